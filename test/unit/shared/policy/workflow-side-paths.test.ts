// Side paths: first-contact resolution, withdrawal, holds, escalation, the Ombudsman, consumer agencies, the eight-week letter.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { caseClock, caseDeadlines, type ApplyResult, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, caseAt, fixtureStages, settings, staff, staffCaseAt } from '../../../fixtures/cases';
import { rightsLetter } from '../../../fixtures/rights-letters';

function accepted(result: ApplyResult): ComplaintCase {
  if (!result.ok) throw new Error(`Refused: ${result.missing.join('; ')}`);
  return result.case;
}
function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

describe('resolved at first contact', () => {
  const resolve = (resolvedAt: string): CaseAction => ({ type: 'resolveAtFirstContact', outcome: 'upheld', summary: 'Refunded on the call.', remedies: [{ kind: 'apology' }], resolvedAt });

  it('ends the case without an acknowledgement, with its deadline record', () => {
    const c = accepted(attempt(caseAt('received'), resolve('2026-11-23T10:20:00.000Z'), actors.agent, '2026-11-23T10:30:00.000Z'));
    expect(c.stage).toBe('resolved-at-first-contact');
    expect(c.firstContactResolution?.deadlineRecord.acknowledge.state).toBe('not-applicable');
    expect(c.firstContactResolution?.deadlineRecord.resolve.state).toBe('met');
  });

  it('is not first contact once acknowledged, or after the acknowledge-by date', () => {
    expect(refusal(attempt(caseAt('acknowledged'), resolve('2026-11-24T10:00:00.000Z')))[0]).toMatch(/^Only a complaint not yet acknowledged can be resolved at first contact/);
    expect(refusal(attempt(caseAt('received'), resolve('2026-11-27T10:00:00.000Z'), actors.agent, '2026-11-27T11:00:00.000Z'))).toEqual([
      'A first-contact resolution must be made by the acknowledge-by date (2026-11-26): acknowledge the complaint and follow the full process',
    ]);
  });

  it('a complaint about staff still needs the employee checklist', () => {
    expect(refusal(attempt(staffCaseAt('received'), resolve('2026-11-23T10:20:00.000Z'), actors.manager, '2026-11-23T10:30:00.000Z'))).toHaveLength(5);
  });
});

describe('withdrawn', () => {
  const withdraw: CaseAction = { type: 'withdraw', withdrawnAt: '2026-11-26T10:00:00.000Z', how: 'email', reason: 'Sorted out with the supplier' };

  it('ends the case at any open stage, keeping the stage it had reached', () => {
    const c = accepted(attempt(caseAt('investigating'), withdraw, actors.agent, '2026-11-26T11:00:00.000Z'));
    expect(c.stage).toBe('withdrawn');
    expect(c.withdrawal).toMatchObject({ atStage: 'investigating', how: 'email', recordedById: staff.agent.id });
    expect(c.withdrawal?.deadlineRecord.frozenAt).toBe('2026-11-26T11:00:00.000Z');
  });

  it('after withdrawal the case takes no further steps, but agency referrals still go on', () => {
    const c = caseAt('withdrawn');
    expect(refusal(attempt(c, { type: 'categorise', category: 'billing' }))).toEqual(['This case is withdrawn: it takes no further steps']);
    expect(refusal(attempt(c, withdraw))).toEqual(['This case is withdrawn: it takes no further steps']);
    expect(refusal(attempt(c, { type: 'requestEscalation', requestedAt: '2026-11-23T16:00:00.000Z', via: 'email' }))).toEqual(['The customer withdrew this complaint']);
  });
});

describe('on hold', () => {
  const place: CaseAction = { type: 'placeHold', holdId: 'h1', agency: 'Ofgem', reference: 'OFG-77', from: '2026-11-25' };
  const now = '2026-11-25T12:00:00.000Z';

  it('only a complaints manager places or releases a hold', () => {
    expect(refusal(attempt(caseAt('acknowledged'), place, actors.agent, now))).toEqual(['Only a complaints manager can place a case on hold']);
    const held = accepted(attempt(caseAt('acknowledged'), place, actors.manager, now));
    expect(refusal(attempt(held, { type: 'releaseHold', to: '2026-11-25' }, actors.agent, now))).toEqual(['Only a complaints manager can release a hold']);
  });

  it('pauses only the resolve-by target; the stage continues underneath', () => {
    const held = accepted(attempt(caseAt('acknowledged'), place, actors.manager, now));
    expect(held.stage).toBe('acknowledged');
    expect(held.holds[0]).toMatchObject({ agency: 'Ofgem', reference: 'OFG-77', decidedById: staff.manager.id, from: '2026-11-25' });
    expect(caseClock(held, settings)).toEqual({ clockStartsOn: '2026-11-23', acknowledgeBy: '2026-11-26', resolveBy: null, ombudsmanEligibleFrom: '2027-01-18' });
    const reviewing = accepted(attempt(held, { type: 'startReview' }, actors.agent, now));
    expect(reviewing.stage).toBe('under-review');
  });

  it('the worked example: a hold from Wed 25 Nov to Tue 1 Dec moves resolve-by to Mon 14 Dec', () => {
    const held = accepted(attempt(caseAt('acknowledged'), place, actors.manager, now));
    const released = accepted(attempt(held, { type: 'releaseHold', to: '2026-12-01' }, actors.manager, '2026-12-01T16:00:00.000Z'));
    expect(caseClock(released, settings)).toEqual({ clockStartsOn: '2026-11-23', acknowledgeBy: '2026-11-26', resolveBy: '2026-12-14', ombudsmanEligibleFrom: '2027-01-18' });
    expect(caseDeadlines(released, settings, '2026-12-01T16:00:00.000Z').resolve.dueOn).toBe('2026-12-14');
  });

  it('refuses a second open hold, a release before the start, a hold after the response, and overlapping holds', () => {
    const held = accepted(attempt(caseAt('acknowledged'), place, actors.manager, now));
    expect(refusal(attempt(held, { ...place, holdId: 'h2' }, actors.manager, now))).toEqual(['The case is already on hold']);
    expect(refusal(attempt(held, { type: 'releaseHold', to: '2026-11-24' }, actors.manager, now))).toEqual(['Last day of the hold cannot be before the first day of the hold']);
    expect(refusal(attempt(caseAt('responded'), place, actors.manager))[0]).toMatch(/^A hold pauses the resolve-by target, so it is placed before the final response/);
    expect(refusal(attempt(caseAt('acknowledged'), { type: 'releaseHold', to: '2026-11-25' }, actors.manager, now))).toEqual(['The case is not on hold']);
    const released = accepted(attempt(held, { type: 'releaseHold', to: '2026-11-27' }, actors.manager, '2026-11-27T12:00:00.000Z'));
    expect(refusal(attempt(released, { ...place, holdId: 'h2', from: '2026-11-26' }, actors.manager, '2026-11-27T12:00:00.000Z'))).toEqual([
      'The hold cannot start before the end of the previous hold (2026-11-27)',
    ]);
  });
});

describe('escalation requested', () => {
  const request: CaseAction = { type: 'requestEscalation', requestedAt: '2026-12-12T10:00:00.000Z', via: 'letter', reason: 'Wants the refund reviewed' };
  const outcome: CaseAction = { type: 'recordEscalationOutcome', decision: 'not-upheld', summary: 'The refund was correct.', sentAt: '2026-12-18T10:00:00.000Z', channel: 'letter' };
  const now = '2026-12-18T12:00:00.000Z';

  it('goes on a closed case: request, independent reviewer, outcome', () => {
    let c = accepted(attempt(caseAt('closed'), request, actors.agent, now));
    expect(refusal(attempt(c, request, actors.agent, now))).toEqual(['The customer has already asked for escalation']);
    expect(refusal(attempt(c, outcome, actors.manager, now))).toEqual(['Assign a reviewer for the escalation']);
    expect(refusal(attempt(c, { type: 'assignReviewer', reviewerId: staff.reviewer.id }, actors.agent, now))).toEqual(['Only a complaints manager can assign the escalation reviewer']);
    expect(refusal(attempt(c, { type: 'assignReviewer', reviewerId: staff.investigator.id }, actors.manager, now))).toEqual([
      'The reviewer must not be the investigator: the review must be independent',
    ]);
    c = accepted(attempt(c, { type: 'assignReviewer', reviewerId: staff.reviewer.id }, actors.manager, now));
    expect(refusal(attempt(c, outcome, actors.agent, now))).toEqual(['Only the reviewer or a complaints manager can record the review outcome']);
    c = accepted(attempt(c, outcome, actors.reviewer, now));
    expect(c.escalation?.outcome).toMatchObject({ decision: 'not-upheld', decidedById: staff.reviewer.id, channel: 'letter' });
    expect(refusal(attempt(c, outcome, actors.reviewer, now))).toEqual(['The escalation review is already decided']);
  });

  it('blocks closing until the review has its outcome', () => {
    const c = accepted(attempt(caseAt('actions-taken'), { ...request, requestedAt: '2026-12-10T11:30:00.000Z' } as CaseAction, actors.agent, '2026-12-10T12:00:00.000Z'));
    expect(refusal(attempt(c, { type: 'close', rootCause: 'process', lessonsLearned: 'x' }))).toEqual(['Record the outcome of the escalation review']);
  });

  it('refuses an outcome sent before the request', () => {
    let c = accepted(attempt(caseAt('closed'), request, actors.agent, now));
    c = accepted(attempt(c, { type: 'assignReviewer', reviewerId: staff.reviewer.id }, actors.manager, now));
    expect(refusal(attempt(c, { ...outcome, sentAt: '2026-12-11T10:00:00.000Z' } as CaseAction, actors.reviewer, now))).toEqual([
      'Date the review outcome was sent cannot be before the customer asked for escalation',
    ]);
  });
});

describe('referred to the Energy Ombudsman', () => {
  const now = '2027-03-01T10:00:00.000Z';

  it('records referral, decision with remedy, and completion', () => {
    let c = accepted(attempt(caseAt('closed'), { type: 'referToOmbudsman', referredOn: '2027-01-20', reference: 'EO-555' }, actors.agent, now));
    expect(refusal(attempt(c, { type: 'referToOmbudsman', referredOn: '2027-01-20', reference: 'EO-555' }, actors.agent, now))).toEqual([
      'The case is already referred to the Energy Ombudsman',
    ]);
    expect(refusal(attempt(c, { type: 'completeOmbudsmanRemedy', completedOn: '2027-02-20' }, actors.agent, now))).toEqual(["Record the Ombudsman's decision first"]);
    expect(refusal(attempt(c, { type: 'recordOmbudsmanDecision', decision: 'upheld', decidedOn: '2027-01-19', summary: 'x', remedies: [] }, actors.agent, now))).toEqual([
      "Date of the Ombudsman's decision cannot be before the referral",
    ]);
    c = accepted(attempt(c, { type: 'recordOmbudsmanDecision', decision: 'upheld', decidedOn: '2027-02-15', summary: 'Pay £50 goodwill.', remedies: [{ kind: 'payment', amountPence: 5000 }], remedyDueOn: '2027-03-15' }, actors.agent, now));
    c = accepted(attempt(c, { type: 'completeOmbudsmanRemedy', completedOn: '2027-02-25' }, actors.agent, now));
    expect(c.ombudsman).toMatchObject({ reference: 'EO-555', decision: { decision: 'upheld' }, remedyCompletedOn: '2027-02-25' });
  });

  it('a decision without a remedy has nothing to complete', () => {
    let c = accepted(attempt(caseAt('closed'), { type: 'referToOmbudsman', referredOn: '2027-01-20', reference: 'EO-1' }, actors.agent, now));
    c = accepted(attempt(c, { type: 'recordOmbudsmanDecision', decision: 'not-upheld', decidedOn: '2027-02-15', summary: 'Fair.', remedies: [] }, actors.agent, now));
    expect(refusal(attempt(c, { type: 'completeOmbudsmanRemedy', completedOn: '2027-02-25' }, actors.agent, now))).toEqual(['The Ombudsman required no remedy']);
  });

  it('decision before referral is refused', () => {
    expect(refusal(attempt(caseAt('closed'), { type: 'recordOmbudsmanDecision', decision: 'settled', decidedOn: '2027-01-01', summary: 'x', remedies: [] }, actors.agent, now))).toEqual([
      'Record the referral to the Energy Ombudsman first',
    ]);
  });
});

describe('referred to a consumer protection agency', () => {
  it.each(fixtureStages)('may be recorded at any time: %s', (stage) => {
    const c = caseAt(stage);
    const result = attempt(c, { type: 'referToConsumerAgency', referralId: 'ca1', agency: 'Citizens Advice', referredOn: '2026-11-23', reference: 'CA-1' });
    expect(accepted(result).consumerAgencyReferrals).toHaveLength(1);
  });

  it('never blocks anything', () => {
    const c = accepted(attempt(caseAt('actions-taken'), { type: 'referToConsumerAgency', referralId: 'ca1', agency: 'Citizens Advice', referredOn: '2026-12-10' }));
    expect(accepted(attempt(c, { type: 'close', rootCause: 'process', lessonsLearned: 'x' })).stage).toBe('closed');
  });
});

describe('the eight-week letter', () => {
  const letter = (sentAt: string): CaseAction => ({ type: 'sendEightWeekLetter', sentAt, channel: 'letter', ...rightsLetter('eight-week', '2028-01-18') });

  it('is sent once the case reaches eight weeks unresolved', () => {
    expect(refusal(attempt(caseAt('investigating'), letter('2027-01-15T10:00:00.000Z'), actors.agent, '2027-01-15T11:00:00.000Z'))).toEqual([
      'The eight-week letter can be sent from 2027-01-18',
    ]);
    const c = accepted(attempt(caseAt('investigating'), letter('2027-01-18T10:00:00.000Z'), actors.agent, '2027-01-18T11:00:00.000Z'));
    expect(caseDeadlines(c, settings, '2027-01-18T11:00:00.000Z').eightWeekLetter.state).toBe('met');
    expect(refusal(attempt(c, letter('2027-01-18T10:00:00.000Z'), actors.agent, '2027-01-18T11:00:00.000Z'))).toEqual(['The eight-week letter has already been sent']);
  });

  it('is not needed once the final response is sent', () => {
    expect(refusal(attempt(caseAt('responded'), letter('2027-01-18T10:00:00.000Z'), actors.agent, '2027-01-18T11:00:00.000Z'))).toEqual([
      'The final response has been sent: it told the customer of their right to go to the Energy Ombudsman',
    ]);
  });
});
