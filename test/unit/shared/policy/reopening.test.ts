// Reopening (REQUIREMENTS section 11): worked examples, the workflow's two lives, and the 8-week date that never moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { caseDeadlines, complaintClock, reopenedClock, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, caseAt, settings } from '../../../fixtures/cases';

const RECEIVED = '2026-11-23T10:00:00.000Z';

describe('reopenedClock: worked examples (England and Wales, default hours)', () => {
  // Worked by hand: day 0 is the reopening's business day (or the next one after closing time), then 3 and 10
  // business days on; the 8-week date is 56 days after Mon 23 Nov 2026, whatever the reopening.
  it.each([
    ['never reopened: the first clock', null, ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18']],
    ['reopened Mon 1 Feb 2027 11:00', '2027-02-01T11:00:00.000Z', ['2027-02-01', '2027-02-04', '2027-02-15', '2027-01-18']],
    ['reopened Fri 5 Feb 2027 18:00 (after closing): day 0 is Mon 8 Feb', '2027-02-05T18:00:00.000Z', ['2027-02-08', '2027-02-11', '2027-02-22', '2027-01-18']],
    ['reopened Thu 25 Mar 2027 10:00, Good Friday and Easter Monday follow', '2027-03-25T10:00:00.000Z', ['2027-03-25', '2027-04-01', '2027-04-12', '2027-01-18']],
    ['reopened the day after receipt, before 8 weeks', '2026-11-24T09:30:00.000Z', ['2026-11-24', '2026-11-27', '2026-12-08', '2027-01-18']],
  ] as const)('%s', (_case, reopenedAt, [start, ack, resolve, eight]) => {
    expect(reopenedClock(RECEIVED, reopenedAt, settings)).toEqual({ clockStartsOn: start, acknowledgeBy: ack, resolveBy: resolve, ombudsmanEligibleFrom: eight });
  });

  it('refuses a reopening before the complaint was received', () => {
    expect(() => reopenedClock(RECEIVED, '2026-11-22T10:00:00.000Z', settings)).toThrow('cannot be reopened');
  });
});

const reopen = (reopenedAt: string, id = 'r1'): CaseAction => ({ type: 'reopen', reopeningId: id, reopenedAt, reason: 'The refund promised never arrived.' });

describe('reopening in the workflow', () => {
  it('any agent reopens a closed complaint with a reason; the first life is kept and the clock restarts', () => {
    const closed = caseAt('closed');
    const result = attempt(closed, reopen('2027-02-01T11:00:00.000Z'), actors.agent, '2027-02-01T11:05:00.000Z');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.case;
    expect(c.stage).toBe('received');
    expect(c.response).toBeUndefined();
    expect(c.closeRecord).toBeUndefined();
    expect(c.reopenings?.[0]).toMatchObject({ fromStage: 'closed', reopenedById: actors.agent.userId, reason: 'The refund promised never arrived.' });
    expect(c.reopenings?.[0]?.previous.response?.outcome).toBe(closed.response?.outcome);
    expect(c.reopenings?.[0]?.previous.closeRecord?.closedAt).toBe(closed.closeRecord?.closedAt);
    expect(result.events[0]?.summary).toBe('Complaint reopened (it was closed): The refund promised never arrived.');

    const status = caseDeadlines(c, settings, '2027-02-02T09:00:00.000Z');
    expect(status.clock).toEqual({ clockStartsOn: '2027-02-01', acknowledgeBy: '2027-02-04', resolveBy: '2027-02-15', ombudsmanEligibleFrom: '2027-01-18' });
    expect(status.acknowledge).toMatchObject({ state: 'due', dueOn: '2027-02-04' });
    expect(status.resolve).toMatchObject({ state: 'due', dueOn: '2027-02-15' });
    // Past 8 weeks from the first receipt: the customer may go to the Ombudsman already.
    expect(status.ombudsmanEligibility).toMatchObject({ state: 'met', dueOn: '2027-01-18' });
  });

  it('keeps a first-life deadlock letter opening the Ombudsman, but not as this life’s response', () => {
    let c: ComplaintCase = caseAt('responded');
    const step = (action: CaseAction, at: string) => {
      const r = attempt(c, action, actors.agent, at);
      if (!r.ok) throw new Error(r.missing.join('; '));
      c = r.case;
    };
    step({ type: 'recordCustomerAcceptance', answer: 'deadlock', on: '2026-12-08' }, '2026-12-08T10:00:00.000Z');
    const deadlock = caseDeadlines(c, settings, '2026-12-08T10:00:00.000Z');
    expect(deadlock.ombudsmanEligibility.dueOn).toBe('2027-01-18');
    c = { ...c, deadlockLetter: { sentAt: '2026-12-09T10:00:00.000Z', channel: 'letter', sentById: actors.agent.userId } };
    step({ type: 'addImprovementAction', actionId: 'ia-2', what: 'Check refunds', owner: 'Ops', due: '2026-12-20' }, '2026-12-09T11:00:00.000Z');
    step({ type: 'completeImprovementAction', actionId: 'ia-2', doneOn: '2026-12-10' }, '2026-12-10T10:00:00.000Z');
    for (const a of (c.improvementActions ?? []).filter((x) => !x.doneOn)) step({ type: 'completeImprovementAction', actionId: a.id, doneOn: '2026-12-10' }, '2026-12-10T10:30:00.000Z');
    step({ type: 'confirmActionsTaken' }, '2026-12-10T11:00:00.000Z');
    step({ type: 'close', rootCause: 'process', lessonsLearned: 'Check refunds.' }, '2026-12-11T10:00:00.000Z');
    step(reopen('2026-12-14T10:00:00.000Z'), '2026-12-14T10:00:00.000Z');
    const status = caseDeadlines(c, settings, '2026-12-14T12:00:00.000Z');
    expect(status.ombudsmanEligibility).toMatchObject({ state: 'met', dueOn: '2026-12-09' });
    // Mon 14 Dec + 10 business days, skipping Christmas Day (Fri) and the Boxing Day substitute (Mon 28 Dec).
    expect(status.resolve).toMatchObject({ state: 'due', dueOn: '2026-12-30' });
    expect(status.acknowledge).toMatchObject({ state: 'due', dueOn: '2026-12-17' });
  });

  it.each([
    ['an open case', 'investigating', 'Only a complaint that has ended (closed, resolved or withdrawn) can be reopened'],
  ] as const)('refuses to reopen %s', (_what, stage, message) => {
    const r = attempt(caseAt(stage), reopen('2026-12-20T10:00:00.000Z'), actors.agent, '2026-12-20T11:00:00.000Z');
    expect(r).toEqual({ ok: false, missing: [message] });
  });

  it('needs a reason, and a date after the complaint ended', () => {
    const closed = caseAt('closed');
    expect(attempt(closed, { type: 'reopen', reopeningId: 'r1', reopenedAt: '2027-02-01T11:00:00.000Z', reason: ' ' }, actors.agent, '2027-02-01T12:00:00.000Z')).toEqual({
      ok: false,
      missing: ['Give the reason for reopening the complaint'],
    });
    expect(attempt(closed, reopen('2026-12-10T10:00:00.000Z'), actors.agent, '2027-02-01T12:00:00.000Z')).toEqual({
      ok: false,
      missing: ['Date reopened cannot be before the complaint ended'],
    });
  });

  it('reopens a complaint resolved at first contact and a withdrawn one, twice over', () => {
    for (const stage of ['resolved-at-first-contact', 'withdrawn'] as const) {
      const r = attempt(caseAt(stage), reopen('2027-03-01T10:00:00.000Z'), actors.secondAgent, '2027-03-01T10:05:00.000Z');
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.case.reopenings?.[0]?.fromStage).toBe(stage);
    }
  });
});

describe('property: the 8-week date never moves', () => {
  const instant = (from: number, to: number) => fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString());
  const start = Date.parse('2024-01-01T00:00:00Z');
  const end = Date.parse('2030-12-31T00:00:00Z');

  it('reopening at any later instant, with or without holds, keeps the first receipt’s 8-week date', () => {
    fc.assert(
      fc.property(instant(start, end), fc.integer({ min: 0, max: 2 * 365 * 86_400_000 }), fc.boolean(), (receivedAt, later, held) => {
        const reopenedAt = new Date(Date.parse(receivedAt) + later).toISOString();
        const holds = held ? [{ from: reopenedAt.slice(0, 10), to: null }] : [];
        expect(reopenedClock(receivedAt, reopenedAt, settings, holds).ombudsmanEligibleFrom).toBe(complaintClock(receivedAt, settings).ombudsmanEligibleFrom);
      }),
    );
  });

  it('a closed case reopened again and again, at random times, keeps its 8-week date on every status', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 * 24 }), { minLength: 1, maxLength: 4 }), (gapsHours) => {
        let c: ComplaintCase = caseAt('closed');
        const eightWeeks = caseDeadlines(c, settings, '2026-12-12T10:00:00.000Z').clock.ombudsmanEligibleFrom;
        let at = Date.parse('2026-12-11T10:00:00.000Z');
        gapsHours.forEach((gap, i) => {
          at += gap * 3_600_000;
          const now = new Date(at).toISOString();
          const r = attempt(c, reopen(now, `r${i}`), actors.agent, now);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          c = r.case;
          expect(caseDeadlines(c, settings, now).clock.ombudsmanEligibleFrom).toBe(eightWeeks);
          const ended = attempt(c, { type: 'withdraw', withdrawnAt: now, how: 'email' }, actors.agent, now);
          if (ended.ok) c = ended.case;
        });
      }),
      { numRuns: 50 },
    );
  });
});
