// A desk's own cases as it holds them before it joins the office server: desk-local accounts (the fixtures' staff),
// desk references, each timeline chained on the desk.
import { createHash, randomUUID } from 'node:crypto';
import { formatCaseReference, formatStaffCaseReference, type ComplaintCase, type Customer, type TimelineEvent } from '../../shared/model';
import { chainEvents } from '../../shared/timeline/chain';
import { caseHistoryAt, CASE_ID, CASE_REFERENCE, customer as fixtureCustomer, staff, type FixtureStage } from '../fixtures/cases';

export const deskStaff = staff;
/** The bytes of the file the fixtures attach from the review on (their SHA-256 replaces the fixtures' made-up one). */
export const DESK_FILE = Buffer.from('Desk file: the November bill, two standing charges');
export const DESK_FILE_SHA = createHash('sha256').update(DESK_FILE).digest('hex');

export interface DeskCase {
  case: ComplaintCase;
  events: TimelineEvent[];
  customer: Customer;
}

/** A case at `stage`, numbered `serial` in the desk's series, for a customer of its own. */
export function deskCase(serial: number, stage: FixtureStage, options: { aboutStaff?: boolean; customerName?: string; nature?: string } = {}): DeskCase {
  const history = caseHistoryAt(stage, { aboutStaff: options.aboutStaff ?? false, ...(options.nature ? { intake: { nature: options.nature } } : {}) });
  const caseId = randomUUID();
  const customerId = randomUUID();
  const reference = options.aboutStaff ? formatStaffCaseReference(2026, serial) : formatCaseReference(2026, serial);
  const renamed = JSON.stringify({ case: history.case, events: history.events })
    .replaceAll(CASE_ID, caseId)
    .replaceAll(CASE_REFERENCE, reference)
    .replaceAll(fixtureCustomer.id, customerId)
    .replaceAll('a'.repeat(64), DESK_FILE_SHA);
  const parsed = JSON.parse(renamed) as { case: ComplaintCase; events: Parameters<typeof chainEvents>[0] };
  const events = chainEvents(parsed.events, null, () => randomUUID());
  const customer: Customer = { ...fixtureCustomer, id: customerId, name: options.customerName ?? `Customer ${serial}` };
  return { case: parsed.case, events, customer };
}
