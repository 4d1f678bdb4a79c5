// The six-point main path: each step forward, and each refusal saying what is missing.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { allowedActions, applyAction, caseDeadlines, receiveComplaint, type ApplyResult, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, CASE_ID, CASE_REFERENCE, caseAt, intake, laterThan, settings, staff, times } from '../../../fixtures/cases';
import { rightsLetter } from '../../../fixtures/rights-letters';

function accepted(result: ApplyResult): ComplaintCase {
  if (!result.ok) throw new Error(`Refused: ${result.missing.join('; ')}`);
  return result.case;
}

function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

describe('receiving a complaint', () => {
  it('creates version 1 at Received, with the checklist filled from what intake knows', () => {
    const result = receiveComplaint(intake(), actors.agent, times.recorded, { id: CASE_ID, reference: CASE_REFERENCE });
    const c = accepted(result);
    expect(c).toMatchObject({ version: 1, stage: 'received', kind: 'complaint', recordedById: staff.agent.id, concernsStaff: false });
    expect(c.checklist.nature.status).toBe('provided');
    expect(c.checklist.stepsTaken.status).toBe('provided');
    expect(c.checklist.conversations.status).toBe('outstanding');
    expect(result.ok && result.events).toEqual([expect.objectContaining({ action: 'receive', before: null, actorId: staff.agent.id, at: times.recorded })]);
  });

  it.each([
    ['no nature', { nature: '  ' }, 'Nature of the complaint is required'],
    ['no customer', { customerId: '' }, 'Choose the customer'],
    ['no channel', { channel: undefined }, 'Choose how the complaint was made'],
    ['received in the future', { receivedAt: '2026-11-24T10:00:00.000Z' }, 'Date and time received cannot be in the future'],
    ['enquiry without a reason', { kind: 'enquiry' as const }, 'Reason this is not a complaint is required'],
  ])('refuses %s', (_name, overrides, message) => {
    expect(refusal(receiveComplaint(intake(overrides), actors.agent, times.recorded, { id: CASE_ID, reference: CASE_REFERENCE }))).toContain(message);
  });

  it('refuses an administrator', () => {
    expect(refusal(receiveComplaint(intake(), actors.admin, times.recorded, { id: CASE_ID, reference: CASE_REFERENCE }))[0]).toMatch(/^Administrators manage accounts/);
  });
});

describe('Received → Acknowledged', () => {
  const ack: CaseAction = { type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' };

  it('records how and when, and the event carries before and after', () => {
    const result = attempt(caseAt('received'), ack, actors.agent, times.acknowledged);
    const c = accepted(result);
    expect(c.stage).toBe('acknowledged');
    expect(c.acknowledgement).toEqual({ sentAt: times.acknowledged, channel: 'email', sentById: staff.agent.id });
    expect(c.version).toBe(2);
    expect(result.ok && result.events[0]).toEqual({
      caseId: CASE_ID,
      at: times.acknowledged,
      actorId: staff.agent.id,
      action: 'acknowledge',
      summary: 'Acknowledged by email',
      before: { stage: 'received', acknowledgement: null },
      after: { stage: 'acknowledged', acknowledgement: { sentAt: times.acknowledged, channel: 'email', sentById: staff.agent.id } },
    });
  });

  it.each([
    ['how it was sent', { type: 'acknowledge', sentAt: times.acknowledged }, 'Record how the acknowledgement was sent'],
    ['when it was sent', { type: 'acknowledge', channel: 'letter' }, 'Record when the acknowledgement was sent'],
  ])('refuses without %s', (_name, action, message) => {
    expect(refusal(attempt(caseAt('received'), action as CaseAction, actors.agent, times.acknowledged))).toEqual([message]);
  });

  it('refuses a sent date in the future or before the complaint arrived', () => {
    expect(refusal(attempt(caseAt('received'), { ...ack, sentAt: '2026-11-25T09:00:00.000Z' } as CaseAction, actors.agent, times.acknowledged))).toEqual([
      'Date the acknowledgement was sent cannot be in the future',
    ]);
    expect(refusal(attempt(caseAt('received'), { ...ack, sentAt: '2026-11-22T09:00:00.000Z' } as CaseAction, actors.agent, times.acknowledged))).toEqual([
      'Date the acknowledgement was sent cannot be before the complaint was received',
    ]);
  });

  it('refuses a second acknowledgement', () => {
    expect(refusal(attempt(caseAt('acknowledged'), ack))).toEqual(['This complaint has already been acknowledged']);
  });
});

describe('Acknowledged → Under review', () => {
  it('starts the review', () => {
    expect(accepted(attempt(caseAt('acknowledged'), { type: 'startReview' })).stage).toBe('under-review');
  });
  it('refuses before the acknowledgement', () => {
    expect(refusal(attempt(caseAt('received'), { type: 'startReview' }))).toEqual(['The review starts once the complaint is acknowledged (the case is received)']);
  });
});

describe('Under review → Investigating', () => {
  const bare = () => accepted(attempt(caseAt('acknowledged'), { type: 'startReview' }));

  it('needs the checklist complete or requested, a category and an investigator', () => {
    expect(refusal(attempt(bare(), { type: 'startInvestigation' }))).toEqual([
      'Complete the information checklist: relevant conversations not yet provided, requested or marked not applicable',
      'Complete the information checklist: supporting documents not yet provided, requested or marked not applicable',
      'Categorise the complaint',
      'Assign an investigator',
    ]);
  });

  it('accepts requested gaps in place of provided items', () => {
    let c = bare();
    const at = '2026-11-24T12:00:00.000Z';
    c = accepted(attempt(c, { type: 'requestInformation', requestId: 'r1', items: ['conversations', 'supportingDocuments'], sentAt: at, channel: 'email' }, actors.agent, at));
    expect(refusal(attempt(c, { type: 'startInvestigation' }))).toEqual(['Categorise the complaint', 'Assign an investigator']);
    c = accepted(attempt(c, { type: 'categorise', category: 'billing' }));
    c = accepted(attempt(c, { type: 'assignInvestigator', investigatorId: staff.investigator.id }));
    c = accepted(attempt(c, { type: 'startInvestigation' }));
    expect(c.stage).toBe('investigating');
  });

  it('refuses from any other stage', () => {
    expect(refusal(attempt(caseAt('acknowledged'), { type: 'startInvestigation' }))).toEqual(['The investigation starts after the review (the case is acknowledged)']);
  });
});

describe('the investigation', () => {
  it('will not make a named employee the investigator', () => {
    const c = caseAt('under-review', { concernsStaff: true, namedStaffUserIds: [staff.secondAgent.id], employeeProcess: caseAt('investigating', {}, { aboutStaff: true }).employeeProcess });
    expect(refusal(attempt(c, { type: 'assignInvestigator', investigatorId: staff.secondAgent.id }, actors.manager))).toEqual([
      'The investigator cannot be an employee named in the complaint',
    ]);
  });

  it('records a change of investigator as such', () => {
    const result = attempt(caseAt('investigating'), { type: 'assignInvestigator', investigatorId: staff.secondAgent.id });
    expect(result.ok && result.events[0]?.summary).toBe('Investigator changed');
    expect(refusal(attempt(caseAt('investigating'), { type: 'assignInvestigator', investigatorId: staff.investigator.id }))).toEqual(['This person is already the investigator']);
  });

  it('lets only the investigator or a complaints manager record findings', () => {
    const findings: CaseAction = { type: 'recordFindings', factsEstablished: 'Billed twice.', cause: 'Renewal error.' };
    expect(accepted(attempt(caseAt('investigating'), findings, actors.investigator)).findings?.recordedById).toBe(staff.investigator.id);
    expect(accepted(attempt(caseAt('investigating'), findings, actors.manager)).findings?.cause).toBe('Renewal error.');
    expect(refusal(attempt(caseAt('investigating'), findings, actors.secondAgent))).toEqual(['Only the investigator or a complaints manager can record the findings']);
    expect(refusal(attempt(caseAt('investigating'), { type: 'recordFindings', factsEstablished: '', cause: '' } as CaseAction, actors.investigator))).toEqual([
      'Record the facts established',
      'Record the cause',
    ]);
  });

  it('records delay notices while the customer awaits the response', () => {
    const at = '2026-12-04T10:00:00.000Z';
    const notice: CaseAction = { type: 'sendDelayNotice', noticeId: 'd1', reason: 'Waiting for the supplier', newExpectedDate: '2026-12-18', sentAt: at, channel: 'letter' };
    const c = accepted(attempt(caseAt('investigating'), notice, actors.agent, at));
    expect(c.delayNotices).toHaveLength(1);
    expect(caseDeadlines(c, settings, at).delayNotice.state).toBe('met');
    expect(refusal(attempt(caseAt('investigating'), { ...notice, newExpectedDate: '2026-12-04' } as CaseAction, actors.agent, at))).toEqual([
      'The new expected date must be after the day the notice is sent',
    ]);
    expect(refusal(attempt(caseAt('responded'), notice, actors.agent, '2026-12-20T10:00:00.000Z'))[0]).toMatch(/^A delay notice is sent only while the customer awaits the final response/);
  });
});

describe('Investigating → Responded', () => {
  const respond = (over: Record<string, unknown> = {}) =>
    ({ type: 'respond', outcome: 'partly-upheld', remedies: [{ kind: 'explanation' }, { kind: 'payment', amountPence: 2500 }], summary: 'We are sorry.', sentAt: '2026-12-03T15:00:00.000Z', channel: 'email', ...over }) as CaseAction;

  it('needs the findings', () => {
    const c = caseAt('investigating', { findings: undefined });
    expect(refusal(attempt(c, respond(), actors.agent, times.responded))).toEqual(['Record the findings: the facts established and the cause']);
  });

  it('sends the final response with outcome and remedies', () => {
    const c = caseAt('investigating', { findings: caseAt('responded').findings });
    const result = attempt(c, respond(), actors.agent, times.responded);
    expect(accepted(result).stage).toBe('responded');
    expect(result.ok && result.events[0]?.summary).toBe('Final response sent by email: partly upheld, with explanation and payment of £25.00');
  });

  it.each([
    ['a payment of nothing', { remedies: [{ kind: 'payment', amountPence: 0 }] }, 'Payment amount must be more than £0.00'],
    ['a payment in part pence', { remedies: [{ kind: 'payment', amountPence: 10.5 }] }, 'Payment amount must be a whole number of pence'],
    ['no remedy', { remedies: [] }, 'Record the remedy offered (an explanation at least)'],
    ['no outcome', { outcome: undefined }, 'Choose the outcome: upheld, partly upheld or not upheld'],
    ['another remedy without words', { remedies: [{ kind: 'other', text: ' ' }] }, 'Description of the other remedy is required'],
    ['no channel', { channel: undefined }, 'Record how the final response was sent'],
  ])('refuses %s', (_name, over, message) => {
    const c = caseAt('investigating', { findings: caseAt('responded').findings });
    expect(refusal(attempt(c, respond(over), actors.agent, times.responded))).toContain(message);
  });
});

describe("the customer's answer and the deadlock letter", () => {
  it('cannot be recorded before the final response', () => {
    expect(refusal(attempt(caseAt('investigating'), { type: 'recordCustomerAcceptance', answer: 'accepted', on: '2026-12-01' }))).toEqual(['Send the final response first']);
  });

  it('refuses an answer dated before the response', () => {
    expect(refusal(attempt(caseAt('responded'), { type: 'recordCustomerAcceptance', answer: 'accepted', on: '2026-12-02' }))).toEqual([
      'Date of the customer’s answer cannot be before the final response was sent',
    ]);
  });

  it('sends a deadlock letter only when the customer does not accept', () => {
    const letter: CaseAction = { type: 'sendDeadlockLetter', sentAt: '2026-12-09T10:00:00.000Z', channel: 'letter', ...rightsLetter('deadlock', '2027-12-09') };
    const at = '2026-12-09T11:00:00.000Z';
    expect(refusal(attempt(caseAt('responded'), letter, actors.agent, at))).toEqual(['Record that the customer does not accept the final response']);
    const deadlock = accepted(attempt(caseAt('responded'), { type: 'recordCustomerAcceptance', answer: 'deadlock', on: '2026-12-08' }, actors.agent, at));
    const sent = accepted(attempt(deadlock, letter, actors.agent, at));
    expect(caseDeadlines(sent, settings, at).ombudsmanEligibility).toMatchObject({ state: 'met', dueOn: '2026-12-09' });
    expect(refusal(attempt(sent, { type: 'recordCustomerAcceptance', answer: 'accepted', on: '2026-12-09' }, actors.agent, at))).toEqual([
      "The deadlock letter has been sent: the customer's answer stands",
    ]);
    expect(refusal(attempt(sent, letter, actors.agent, at))).toEqual(['The deadlock letter has already been sent']);
  });
});

describe('Responded → Actions taken', () => {
  const confirm: CaseAction = { type: 'confirmActionsTaken' };

  it("needs the customer's answer and every improvement action done", () => {
    expect(refusal(attempt(caseAt('responded'), confirm))).toEqual([
      'Record whether the customer accepts the final response',
      'Complete the improvement action due 2026-12-31: Add a check that closes the old supply record at renewal',
    ]);
  });

  it('needs improvement actions or "none needed" with a reason', () => {
    const c = caseAt('responded', { improvementActions: [], customerAcceptance: { answer: 'no-reply', on: '2026-12-10', recordedById: staff.agent.id } });
    expect(refusal(attempt(c, confirm))).toEqual(['Record the improvement actions, or that none are needed and why']);
    const none = accepted(attempt(c, { type: 'recordNoImprovementNeeded', reason: 'One-off supplier error' }));
    expect(accepted(attempt(none, confirm)).stage).toBe('actions-taken');
  });

  it('refuses "none needed" when actions are recorded, and a new action replaces "none needed"', () => {
    expect(refusal(attempt(caseAt('responded'), { type: 'recordNoImprovementNeeded', reason: 'x' }))).toEqual([
      'Improvement actions are recorded for this case: complete them instead',
    ]);
    const c = caseAt('responded', { improvementActions: [] });
    const none = accepted(attempt(c, { type: 'recordNoImprovementNeeded', reason: 'One-off' }));
    const added = accepted(attempt(none, { type: 'addImprovementAction', actionId: 'ia-2', what: 'Train the team', owner: 'Team lead', due: '2027-01-31' }));
    expect(added.noImprovementNeeded).toBeUndefined();
    expect('noImprovementNeeded' in added).toBe(false);
  });

  it('checks improvement action details', () => {
    const c = caseAt('responded');
    expect(refusal(attempt(c, { type: 'addImprovementAction', actionId: 'improvement-1', what: 'x', owner: 'y', due: '2027-01-01' }))).toEqual([
      'This improvement action is already recorded',
    ]);
    expect(refusal(attempt(c, { type: 'addImprovementAction', actionId: 'n', what: 'x', owner: 'y', due: '2026-12-01' }))).toEqual(['Due date cannot be in the past']);
    expect(refusal(attempt(c, { type: 'completeImprovementAction', actionId: 'nope', doneOn: '2026-12-04' }))).toEqual(['Choose the improvement action']);
    expect(refusal(attempt(c, { type: 'completeImprovementAction', actionId: 'improvement-1', doneOn: '2026-12-01' }))).toEqual([
      'Date done cannot be before the action was added',
    ]);
  });
});

describe('Actions taken → Closed', () => {
  const close: CaseAction = { type: 'close', rootCause: 'process', lessonsLearned: 'Close old supply records at renewal.' };

  it('records root cause and lessons, and freezes the deadline record as it stands at close', () => {
    const c = caseAt('actions-taken');
    const closed = accepted(attempt(c, close, actors.agent, times.closed));
    expect(closed.stage).toBe('closed');
    const { frozenAt, ...frozen } = closed.closeRecord?.deadlineRecord ?? { frozenAt: '' };
    expect(frozenAt).toBe(times.closed);
    expect(frozen).toEqual(caseDeadlines(closed, settings, times.closed));
    expect(frozen).toMatchObject({ clock: { acknowledgeBy: '2026-11-26', resolveBy: '2026-12-07', ombudsmanEligibleFrom: '2027-01-18' }, breach: false });
  });

  it.each([
    ['root cause', { rootCause: undefined }, 'Choose the root-cause category'],
    ['lessons learned', { lessonsLearned: '' }, 'Record the lessons learned'],
  ])('refuses without the %s', (_name, over, message) => {
    expect(refusal(attempt(caseAt('actions-taken'), { ...close, ...over } as CaseAction))).toEqual([message]);
  });

  it('refuses before actions are taken, and after closing', () => {
    expect(refusal(attempt(caseAt('responded'), close))).toEqual(['A case is closed once its actions are taken (the case is responded)']);
    expect(refusal(attempt(caseAt('closed'), close))).toEqual(['A case is closed once its actions are taken (the case is closed)']);
  });

  it('refuses while a hold is open', () => {
    let c = caseAt('investigating');
    c = accepted(attempt(c, { type: 'placeHold', holdId: 'h1', agency: 'Ofgem', reference: 'OFG-1', from: '2026-11-25' }, actors.manager));
    const open = caseAt('actions-taken', { holds: c.holds });
    expect(refusal(attempt(open, close))).toEqual(['Release the hold (Ofgem, since 2026-11-25) before closing']);
  });
});

describe('one step forward per stage', () => {
  const forward = ['acknowledge', 'startReview', 'startInvestigation', 'respond', 'confirmActionsTaken', 'close'];
  it.each([
    ['received', 'acknowledge'],
    ['acknowledged', 'startReview'],
    ['under-review', 'startInvestigation'],
    ['investigating', 'respond'],
    ['responded', 'confirmActionsTaken'],
    ['actions-taken', 'close'],
    ['closed', 'nothing'],
  ] as const)('at %s the only step forward offered is %s', (stage, next) => {
    const c = caseAt(stage);
    const offered = allowedActions(c, actors.agent, laterThan(c), settings).filter((a) => forward.includes(a.type) && a.relevant);
    expect(offered.map((a) => a.type)).toEqual(next === 'nothing' ? [] : [next]);
  });
});

describe('applyAction', () => {
  it('reports an unknown action in plain words', () => {
    expect(refusal(applyAction(caseAt('received'), { type: 'fly' } as unknown as CaseAction, actors.agent, times.acknowledged, settings))).toEqual([
      'Choose an action the case supports',
    ]);
  });
});
