// Invariants of the workflow over random sequences of actions: inputs never change, refusals change nothing, cases stay valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseProblems, complaintCase, type Actor, type ComplaintCase } from '../../../../shared/model';
import { allowedActions, applyAction, CONFIDENTIAL_CASE, type CaseAction } from '../../../../shared/policy';
import { actors, caseAt, fixtureStages, settings, staff } from '../../../fixtures/cases';
import { rightsLetter } from '../../../fixtures/rights-letters';

const NOW = '2027-01-20T12:00:00.000Z';
const hash = 'c'.repeat(64);
const ombudsman = { kind: 'energy-ombudsman', name: 'Energy Ombudsman' } as const;

const pool: CaseAction[] = [
  { type: 'acknowledge', sentAt: '2026-11-24T09:30:00.000Z', channel: 'email' },
  { type: 'startReview' },
  { type: 'categorise', category: 'metering' },
  { type: 'assignInvestigator', investigatorId: staff.investigator.id },
  { type: 'assignInvestigator', investigatorId: staff.secondAgent.id },
  { type: 'assignInvestigator', investigatorId: staff.namedEmployee.id },
  { type: 'startInvestigation' },
  { type: 'recordFindings', factsEstablished: 'Facts.', cause: 'Cause.' },
  { type: 'sendDelayNotice', noticeId: 'd1', reason: 'Supplier slow', newExpectedDate: '2027-01-30', sentAt: '2026-12-04T10:00:00.000Z', channel: 'letter' },
  { type: 'respond', outcome: 'not-upheld', remedies: [{ kind: 'explanation' }], summary: 'Explained.', sentAt: '2026-12-20T10:00:00.000Z', channel: 'email' },
  { type: 'recordCustomerAcceptance', answer: 'deadlock', on: '2027-01-19' },
  { type: 'recordCustomerAcceptance', answer: 'accepted', on: '2027-01-19' },
  { type: 'sendDeadlockLetter', sentAt: '2027-01-19T10:00:00.000Z', channel: 'letter', ...rightsLetter('deadlock', '2028-01-19') },
  { type: 'addImprovementAction', actionId: 'ia-9', what: 'Fix it', owner: 'Ops', due: '2027-02-01' },
  { type: 'completeImprovementAction', actionId: 'ia-9', doneOn: '2027-01-20' },
  { type: 'completeImprovementAction', actionId: 'improvement-1', doneOn: '2027-01-20' },
  { type: 'recordNoImprovementNeeded', reason: 'One-off' },
  { type: 'confirmActionsTaken' },
  { type: 'close', rootCause: 'systems', lessonsLearned: 'Lessons.' },
  { type: 'requestInformation', requestId: 'r9', items: ['conversations', 'supportingDocuments'], sentAt: '2026-11-24T12:00:00.000Z', channel: 'letter' },
  { type: 'recordInformationReceived', items: ['conversations', 'supportingDocuments'], receivedAt: '2026-11-26T12:00:00.000Z' },
  { type: 'markChecklistItem', item: 'supportingDocuments', state: { status: 'not-applicable', reason: 'None exist' } },
  { type: 'requestWrittenConfirmation', sentAt: '2026-11-24T12:00:00.000Z', channel: 'email' },
  { type: 'recordWrittenConfirmation', receivedAt: '2026-11-30T12:00:00.000Z' },
  { type: 'recordConversation', conversationId: 'c9', on: '2026-11-20', channel: 'telephone', people: [{ name: 'Jane' }, { name: 'Dave', userId: staff.namedEmployee.id }], summary: 'Call.' },
  { type: 'attachDocument', attachmentId: 'a9', name: 'x.pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: hash, source: 'customer' },
  { type: 'resolveAtFirstContact', outcome: 'upheld', summary: 'Sorted.', remedies: [], resolvedAt: '2026-11-23T10:30:00.000Z' },
  { type: 'withdraw', withdrawnAt: '2027-01-10T10:00:00.000Z', how: 'email' },
  { type: 'placeHold', holdId: 'h9', agency: 'Ofgem', reference: 'O-1', from: '2026-11-25' },
  { type: 'releaseHold', to: '2026-12-01' },
  { type: 'requestEscalation', requestedAt: '2027-01-02T10:00:00.000Z', via: 'letter' },
  { type: 'assignReviewer', reviewerId: staff.reviewer.id },
  { type: 'assignReviewer', reviewerId: staff.investigator.id },
  { type: 'recordEscalationOutcome', decision: 'upheld', summary: 'Review.', sentAt: '2027-01-15T10:00:00.000Z', channel: 'letter' },
  { type: 'referToOmbudsman', referredOn: '2027-01-19', reference: 'EO-9' },
  { type: 'recordOmbudsmanDecision', decision: 'upheld', decidedOn: '2027-01-20', summary: 'Pay.', remedies: [{ kind: 'payment', amountPence: 100 }] },
  { type: 'completeOmbudsmanRemedy', completedOn: '2027-01-20' },
  { type: 'referToConsumerAgency', referralId: 'ca9', agency: 'Citizens Advice', referredOn: '2027-01-05' },
  { type: 'sendEightWeekLetter', sentAt: '2027-01-18T10:00:00.000Z', channel: 'letter', ...rightsLetter('eight-week', '2028-01-18') },
  { type: 'recordStaffConcern', namedStaffUserIds: [staff.namedEmployee.id] },
  { type: 'recordEmployeeChecklistItem', item: 'informed', outcome: 'done', on: '2026-11-26' },
  { type: 'recordEmployeeChecklistItem', item: 'toldResult', outcome: 'waived', on: '2026-11-26', reason: 'Left' },
  { type: 'recordConsent', consentId: 'k9', recipient: ombudsman, purpose: 'Ombudsman review', givenAt: '2027-01-02T10:00:00.000Z', how: 'email' },
  { type: 'withdrawConsent', consentId: 'k9', withdrawnAt: '2027-01-10T10:00:00.000Z', how: 'telephone' },
  { type: 'recordLawfulDisclosure', disclosureId: 'l9', recipient: ombudsman, basis: 'ombudsman-or-regulator-rules', reason: 'Scheme rules' },
  { type: 'recordCasePack', packId: 'p9', recipient: ombudsman, fileName: 'pack.zip', sha256: hash },
  { type: 'convertEnquiryToComplaint' },
  { type: 'markAsEnquiry', reason: 'Not a complaint' },
  { type: 'correctCaseDetails', changes: { nature: 'Corrected nature.', dealtWithName: null }, reason: 'Typo' },
  { type: 'correctCaseDetails', changes: { receivedAt: '2026-11-20T09:00:00.000Z' }, reason: 'Earlier' },
  { type: 'correctSentDate', record: 'acknowledgement', sentAt: '2026-11-24T08:00:00.000Z', channel: 'letter', reason: 'Wrong time' },
];

const people: Actor[] = [actors.agent, actors.manager, actors.investigator, actors.reviewer, actors.namedEmployee, actors.admin];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const starts: ComplaintCase[] = fixtureStages.flatMap((stage) => [caseAt(stage), caseAt(stage, {}, { aboutStaff: true })]).map(deepFreeze);

const scenario = fc.record({
  start: fc.constantFrom(...starts),
  steps: fc.array(fc.record({ action: fc.constantFrom(...pool), actor: fc.constantFrom(...people) }), { maxLength: 25 }),
});

describe('workflow invariants', () => {
  it('never changes its input; accepted actions give a valid case, version + 1 and an event with what changed', () => {
    fc.assert(
      fc.property(scenario, ({ start, steps }) => {
        let c = start;
        for (const { action, actor } of steps) {
          const snapshot = JSON.stringify(c);
          const result = applyAction(c, action, actor, NOW, settings);
          expect(JSON.stringify(c)).toBe(snapshot);
          if (!result.ok) {
            expect(result.missing.length).toBeGreaterThan(0);
            continue;
          }
          const next = result.case;
          expect(next.version).toBe(c.version + 1);
          expect(caseProblems(next)).toEqual([]);
          expect(complaintCase.safeParse(next).success).toBe(true);
          expect(result.events).toHaveLength(1);
          const event = result.events[0];
          expect(event).toMatchObject({ caseId: c.id, at: NOW, actorId: actor.userId, action: action.type });
          const changed = Object.keys((event?.after ?? {}) as object);
          expect(changed.length).toBeGreaterThan(0);
          expect(Object.keys((event?.before ?? {}) as object)).toEqual(changed);
          c = deepFreeze(next);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('allowedActions and applyAction agree: what is not allowed is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.constantFrom(...pool), fc.constantFrom(...people), (c, action, actor) => {
        const listed = allowedActions(c, actor, NOW, settings).find((a) => a.type === action.type);
        const result = applyAction(c, action, actor, NOW, settings);
        if (!listed?.allowed) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.missing).toEqual(listed?.missing);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a named employee can never act on the complaint about them, whatever their role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.constantFrom(...pool),
        fc.constantFrom<Actor['role']>('agent', 'complaints-manager', 'administrator'),
        (start, action, role) => {
          const c = { ...start, concernsStaff: true, namedStaffUserIds: [...start.namedStaffUserIds, 'user-subject'] };
          const result = applyAction(c, action, { userId: 'user-subject', role }, NOW, settings);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.missing[0]).toMatch(role === 'administrator' ? /^Administrators/ : new RegExp(`^${CONFIDENTIAL_CASE}$`));
        },
      ),
    );
  });
});
