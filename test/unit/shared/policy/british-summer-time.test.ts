// British Summer Time's rule, worked out without time-zone data, agrees with the runtime's Europe/London data.
import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { britishSummerTimeOffset, lastSundayOneAm, RULE_FIRST_YEAR, RULE_LAST_YEAR } from '../../../../shared/policy/british-summer-time';
import { londonDate, londonOffsetMinutes } from '../../../../shared/policy/london-time';

const runtime = (ms: number) => tzOffset('Europe/London', new Date(ms));
const first = Date.UTC(RULE_FIRST_YEAR, 0, 1);
const last = Date.UTC(RULE_LAST_YEAR + 1, 0, 1) - 1;

describe('British Summer Time', () => {
  it.each([
    [2026, '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z'],
    [2027, '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z'],
    [2028, '2028-03-26T01:00:00.000Z', '2028-10-29T01:00:00.000Z'],
    [1996, '1996-03-31T01:00:00.000Z', '1996-10-27T01:00:00.000Z'],
  ])('in %i starts at %s and ends at %s', (year, starts, ends) => {
    expect(new Date(lastSundayOneAm(year, 3)).toISOString()).toBe(starts);
    expect(new Date(lastSundayOneAm(year, 10)).toISOString()).toBe(ends);
    const start = Date.parse(starts);
    const end = Date.parse(ends);
    expect([britishSummerTimeOffset(start - 1), britishSummerTimeOffset(start), britishSummerTimeOffset(end - 1), britishSummerTimeOffset(end)]).toEqual([0, 60, 60, 0]);
  });

  it('leaves years outside 1996-2099 to the time-zone data', () => {
    expect(britishSummerTimeOffset(first - 1)).toBeNull();
    expect(britishSummerTimeOffset(last + 1)).toBeNull();
    // 1995 ended summer time on the fourth Sunday of October, not the last: the data knows, the rule does not.
    // Under the rule 23:30 GMT on 22/10/1995 would already be the 23rd.
    expect(londonOffsetMinutes(Date.parse('1995-10-22T23:30:00Z'))).toBe(0);
    expect(londonDate('1995-10-22T23:30:00Z')).toBe('1995-10-22');
    expect(londonDate('1995-10-21T23:30:00Z')).toBe('1995-10-22');
  });

  it('agrees with the runtime at every changeover from 1996 to 2099, a second either side', () => {
    for (let year = RULE_FIRST_YEAR; year <= RULE_LAST_YEAR; year += 1) {
      for (const change of [lastSundayOneAm(year, 3), lastSundayOneAm(year, 10)]) {
        for (const ms of [change - 1000, change - 1, change, change + 1000]) expect(britishSummerTimeOffset(ms), new Date(ms).toISOString()).toBe(runtime(ms));
      }
    }
  });

  it('agrees with the runtime at any instant from 1996 to 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => {
        expect(britishSummerTimeOffset(ms)).toBe(runtime(ms));
        expect(londonOffsetMinutes(ms)).toBe(runtime(ms));
      }),
      { numRuns: 5_000 },
    );
  });
});
