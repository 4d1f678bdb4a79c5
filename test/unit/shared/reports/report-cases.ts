// Cases for the report tests, each taken through the real workflow from the fixture cases.
import type { ComplaintCase, ComplaintIntakeInput } from '../../../../shared/model';
import { actors, caseHistoryAt, step, type CaseHistory, type FixtureStage } from '../../../fixtures/cases';
import { rightsLetter } from '../../../fixtures/rights-letters';

export function caseReceived(stage: FixtureStage, intake: Partial<ComplaintIntakeInput> = {}, aboutStaff = false): ComplaintCase {
  return caseHistoryAt(stage, { intake, aboutStaff }).case;
}

/** Received Mon 23 Nov 2026 10:00 (acknowledge by Thu 26 Nov) and acknowledged on Fri 27 Nov: a day late. */
export function acknowledgedLate(intake: Partial<ComplaintIntakeInput> = {}): ComplaintCase {
  const h = caseHistoryAt('received', { intake });
  return step(h, { type: 'acknowledge', sentAt: '2026-11-27T10:00:00.000Z', channel: 'letter' }, actors.agent, '2026-11-27T10:00:00.000Z').case;
}

/** Acknowledged, then put on hold by the manager from Wed 25 Nov with the hold still open. */
export function onHold(): ComplaintCase {
  const h = caseHistoryAt('acknowledged');
  return step(h, { type: 'placeHold', holdId: 'hold-1', agency: 'Ofgem', reference: 'OFG-1', from: '2026-11-25' }, actors.manager, '2026-11-25T09:00:00.000Z').case;
}

/**
 * Responded 3 Dec, the customer does not accept (deadlock), the deadlock letter goes, the Ombudsman is told and
 * decides the company must pay £100 and apologise.
 */
export function toTheOmbudsman(): ComplaintCase {
  let h: CaseHistory = caseHistoryAt('responded');
  h = step(h, { type: 'recordCustomerAcceptance', answer: 'deadlock', on: '2026-12-08' }, actors.agent, '2026-12-08T10:00:00.000Z');
  h = step(h, { type: 'sendDeadlockLetter', sentAt: '2026-12-08T11:00:00.000Z', channel: 'letter', ...rightsLetter('deadlock', '2027-12-08') }, actors.agent, '2026-12-08T11:00:00.000Z');
  h = step(h, { type: 'referToOmbudsman', referredOn: '2026-12-09', reference: 'EO-123456' }, actors.agent, '2026-12-09T10:00:00.000Z');
  return step(
    h,
    { type: 'recordOmbudsmanDecision', decision: 'upheld', decidedOn: '2026-12-10', summary: 'Pay £100 for the trouble caused.', remedies: [{ kind: 'apology' }, { kind: 'payment', amountPence: 10_000 }] },
    actors.manager,
    '2026-12-10T10:00:00.000Z',
  ).case;
}
