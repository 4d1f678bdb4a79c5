// The checklist for a complaint about an employee: informed, heard, supported, kept updated and told the result.
import { z } from 'zod';
import { entityId, isoDate, requiredText } from './fields';

export const employeeChecklistItems = [
  'informed',
  'opportunityToExplain',
  'supportOffered',
  'keptUpdated',
  'toldResult',
] as const;
export type EmployeeChecklistItem = (typeof employeeChecklistItems)[number];

export const employeeChecklistLabels: Record<EmployeeChecklistItem, string> = {
  informed: 'Employee informed of the complaint',
  opportunityToExplain: 'Employee given the opportunity to explain',
  supportOffered: 'Support offered to the employee',
  keptUpdated: 'Employee kept updated on the investigation',
  toldResult: 'Employee told the result',
};

/** How a missing item reads in a refusal: "Complete the employee checklist: employee not yet told the result". */
export const employeeChecklistGaps: Record<EmployeeChecklistItem, string> = {
  informed: 'employee not yet informed',
  opportunityToExplain: 'employee not yet given the opportunity to explain',
  supportOffered: 'support not yet offered to the employee',
  keptUpdated: 'employee not yet kept updated on the investigation',
  toldResult: 'employee not yet told the result',
};

export const employeeChecklistItem = z.enum(employeeChecklistItems, { error: 'Choose an employee checklist item' });

const pending = z.object({ status: z.literal('pending') });
const waived = z.object({
  status: z.literal('waived'),
  on: isoDate('Date waived'),
  reason: requiredText('Reason for waiving the step', { max: 1000 }),
  recordedById: entityId('Who waived the step'),
});
function done<T extends z.ZodRawShape>(extra: T) {
  return z.object({
    status: z.literal('done'),
    on: isoDate('Date done'),
    recordedById: entityId('Who recorded the step'),
    ...extra,
  });
}
const stepError = { error: 'Choose whether the step is pending, done or waived' };

export const employeeProcess = z.object({
  informed: z.discriminatedUnion('status', [pending, done({}), waived], stepError),
  /** The employee's own account: confidential, and left out of exports unless a manager includes it. */
  opportunityToExplain: z.discriminatedUnion(
    'status',
    [pending, done({ account: requiredText("The employee's account", { max: 10_000 }) }), waived],
    stepError,
  ),
  supportOffered: z.discriminatedUnion(
    'status',
    [pending, done({ support: requiredText('Support offered', { max: 2000 }) }), waived],
    stepError,
  ),
  keptUpdated: z.discriminatedUnion('status', [pending, done({}), waived], stepError),
  toldResult: z.discriminatedUnion('status', [pending, done({}), waived], stepError),
});
export type EmployeeProcess = z.infer<typeof employeeProcess>;

export function pendingEmployeeProcess(): EmployeeProcess {
  return {
    informed: { status: 'pending' },
    opportunityToExplain: { status: 'pending' },
    supportOffered: { status: 'pending' },
    keptUpdated: { status: 'pending' },
    toldResult: { status: 'pending' },
  };
}
