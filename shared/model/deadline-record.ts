// The case's deadlines and where each stood, frozen when the case ends so its record never shifts afterwards.
import { z } from 'zod';
import { instant, isoDate } from './fields';

// Mirrors ComplaintClock and DeadlineStatus in shared/policy (clock.ts, case-status.ts); the workflow
// builds a DeadlineRecord from them, so the compiler checks the two stay in step.

export const frozenClock = z.object({
  clockStartsOn: isoDate('Day the clock started'),
  acknowledgeBy: isoDate('Acknowledge-by date'),
  resolveBy: isoDate('Resolve-by date').nullable(),
  ombudsmanEligibleFrom: isoDate('Ombudsman-eligible date'),
});

/** The policy's obligations on a complaint, each with its own deadline. */
export const obligations = ['acknowledge', 'resolve', 'delayNotice', 'eightWeekLetter', 'ombudsmanEligibility'] as const;
export type Obligation = (typeof obligations)[number];
export const obligation = z.enum(obligations);

export const obligationStatus = z.object({
  obligation,
  state: z.enum(['met', 'due', 'overdue', 'missed', 'paused', 'not-applicable']),
  dueOn: isoDate('Due date').nullable(),
  doneOn: isoDate('Date done').nullable(),
  businessDaysLeft: z.number().int().nullable(),
  breach: z.boolean(),
});
export type FrozenObligationStatus = z.infer<typeof obligationStatus>;

export const deadlineRecord = z.object({
  frozenAt: instant('Date the deadline record was frozen'),
  clock: frozenClock,
  acknowledge: obligationStatus,
  resolve: obligationStatus,
  delayNotice: obligationStatus,
  eightWeekLetter: obligationStatus,
  ombudsmanEligibility: obligationStatus,
  expectedResolutionBy: isoDate('Expected resolution date').nullable(),
  breach: z.boolean(),
});
export type DeadlineRecord = z.infer<typeof deadlineRecord>;
