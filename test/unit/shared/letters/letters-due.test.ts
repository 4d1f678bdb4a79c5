// Tests for which letters a case needs: acknowledgement on a new case, the 8-week letter once 8 weeks pass unresolved, and so on.
import { describe, expect, it } from 'vitest';
import { lettersDue, type LetterDue, type LetterKind } from '../../../../shared/letters';
import { actors, caseAt, settings } from '../../../fixtures/cases';
import type { ComplaintCase } from '../../../../shared/model';
import { allowedActions } from '../../../../shared/policy';

function due(c: ComplaintCase, now: string, actor = actors.agent): Partial<Record<LetterKind, LetterDue>> {
  return Object.fromEntries(lettersDue(c, settings, now, actor).map((letter) => [letter.kind, letter]));
}

describe('lettersDue', () => {
  it('a new complaint: the acknowledgement is due by day 3, written confirmation may be asked for', () => {
    const letters = due(caseAt('received'), '2026-11-24T10:00:00.000Z');
    expect(letters.acknowledgement).toEqual({ kind: 'acknowledgement', state: 'due', dueOn: '2026-11-26', sentOn: null, allowed: true, missing: [] });
    expect(letters['written-confirmation-request']?.state).toBe('available');
    expect(letters['information-request']?.state).toBe('available');
    expect(letters['final-response']).toBeUndefined();
    expect(letters['eight-week-letter']).toEqual(expect.objectContaining({ state: 'not-yet', dueOn: '2027-01-18', allowed: true }));
  });

  it('an unacknowledged complaint after day 3: the acknowledgement is overdue', () => {
    expect(due(caseAt('received'), '2026-11-27T10:00:00.000Z').acknowledgement).toEqual(expect.objectContaining({ state: 'overdue', dueOn: '2026-11-26' }));
  });

  it('once acknowledged: the acknowledgement shows as sent', () => {
    expect(due(caseAt('acknowledged'), '2026-11-25T10:00:00.000Z').acknowledgement).toEqual({
      kind: 'acknowledgement', state: 'sent', dueOn: null, sentOn: '2026-11-24', allowed: false, missing: [],
    });
  });

  it.each([
    ['telephone', null],
    ['email', '2026-11-25'],
  ] as const)('a request for information made by %s: sent as a letter on %s', (channel, sentOn) => {
    const request = { id: 'request-1', items: ['supportingDocuments' as const], sentAt: '2026-11-25T10:00:00.000Z', channel, sentById: actors.agent.userId };
    const letters = due(caseAt('acknowledged', { informationRequests: [request] }), '2026-11-26T10:00:00.000Z');
    expect(letters['information-request']).toEqual(expect.objectContaining({ state: 'available', sentOn }));
  });

  it('investigating: the final response is due by resolve-by, a delay notice is available until then', () => {
    const letters = due(caseAt('investigating'), '2026-12-02T10:00:00.000Z');
    expect(letters['final-response']).toEqual(expect.objectContaining({ state: 'due', dueOn: '2026-12-07' }));
    expect(letters['delay-notice']).toEqual(expect.objectContaining({ state: 'available', dueOn: '2026-12-07' }));
  });

  it('investigating past resolve-by with no delay notice: the delay notice and the final response are overdue', () => {
    const letters = due(caseAt('investigating'), '2026-12-09T10:00:00.000Z');
    expect(letters['delay-notice']).toEqual(expect.objectContaining({ state: 'overdue', dueOn: '2026-12-07' }));
    expect(letters['final-response']).toEqual(expect.objectContaining({ state: 'overdue', dueOn: '2026-12-07' }));
  });

  it.each([
    ['the day before 8 weeks', '2027-01-17T12:00:00.000Z', 'not-yet'],
    ['on the 8-week date', '2027-01-18T12:00:00.000Z', 'due'],
    ['after 8 weeks', '2027-02-01T12:00:00.000Z', 'overdue'],
  ] as const)('the 8-week letter, unresolved, %s', (_, now, state) => {
    expect(due(caseAt('investigating'), now)['eight-week-letter']).toEqual(expect.objectContaining({ state, dueOn: '2027-01-18' }));
  });

  it('the 8-week letter once sent shows as sent', () => {
    const sent = caseAt('investigating', { eightWeekLetter: { sentAt: '2027-01-18T10:00:00.000Z', channel: 'letter', sentById: 'user-agent' } });
    expect(due(sent, '2027-01-19T10:00:00.000Z')['eight-week-letter']).toEqual(expect.objectContaining({ state: 'sent', sentOn: '2027-01-18' }));
  });

  it('after the final response: no 8-week letter; the deadlock letter is due when the customer does not accept', () => {
    const responded = caseAt('responded');
    expect(due(responded, '2027-01-20T10:00:00.000Z')['eight-week-letter']).toBeUndefined();
    expect(due(responded, '2026-12-05T10:00:00.000Z')['deadlock-letter']).toEqual(expect.objectContaining({ state: 'available', allowed: false }));
    const deadlock = caseAt('responded', { customerAcceptance: { answer: 'deadlock', on: '2026-12-08', recordedById: 'user-agent' } });
    expect(due(deadlock, '2026-12-08T12:00:00.000Z')['deadlock-letter']).toEqual(expect.objectContaining({ state: 'due', allowed: true }));
    expect(due(deadlock, '2026-12-08T12:00:00.000Z')['final-response']).toEqual(expect.objectContaining({ state: 'sent', sentOn: '2026-12-03' }));
  });

  it('an escalation with no reviewer: its outcome letter is due but refused, even to a manager, until a reviewer is assigned', () => {
    const escalated = caseAt('responded', { escalation: { requestedAt: '2026-12-05T10:00:00.000Z', via: 'email', recordedById: 'user-agent' } });
    expect(due(escalated, '2026-12-06T10:00:00.000Z', actors.manager)['escalation-outcome']).toEqual(
      expect.objectContaining({ state: 'due', allowed: false, missing: ['Assign a reviewer for the escalation'] }),
    );
  });

  it('gives the same answer from the verdicts the case page already has', () => {
    const c = caseAt('investigating');
    const now = '2026-12-09T10:00:00.000Z';
    expect(lettersDue(c, settings, now, actors.agent, allowedActions(c, actors.agent, now, settings))).toEqual(lettersDue(c, settings, now, actors.agent));
  });

  it('a case resolved at first contact needs no letters', () => {
    expect(lettersDue(caseAt('resolved-at-first-contact'), settings, '2026-11-24T10:00:00.000Z', actors.agent)).toEqual([]);
  });

  it('an administrator may not record letters: each is shown refused with the policy’s reason', () => {
    const letters = lettersDue(caseAt('received'), settings, '2026-11-24T10:00:00.000Z', actors.admin);
    for (const letter of letters) expect(letter.allowed).toBe(false);
  });
});
