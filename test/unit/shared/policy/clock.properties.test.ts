// Invariants of the complaint clock and the business calendar, over random receipts, nations and holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  londonDate,
  nextBusinessDay,
  type Nation,
  type PolicySettings,
} from '../../../../shared/policy/calendar';
import { complaintClock, type Hold } from '../../../../shared/policy/clock';

const DAY_MS = 86_400_000;
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2028, 5, 30);

/** 'yyyy-MM-dd' of a UTC day: test-side arithmetic that cannot depend on the machine's zone. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);

const settingsArb: fc.Arbitrary<PolicySettings> = fc.record({
  nation: fc.constantFrom<Nation>('england-and-wales', 'scotland', 'northern-ireland'),
  closures: fc.constantFrom<string[] | undefined>(undefined, ['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31'], ['2027-08-20']),
});
const receivedArb = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString());

/** A hold placed relative to the receipt date: from 10 days before to 40 after, up to 25 days long. */
interface HoldShape {
  startOffset: number;
  length: number;
  open: boolean;
}
const holdShapeArb: fc.Arbitrary<HoldShape> = fc.record({
  startOffset: fc.integer({ min: -10, max: 40 }),
  length: fc.integer({ min: 0, max: 25 }),
  // About one hold in seven is still open.
  open: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
});
const toHold = (received: string, shape: HoldShape): Hold => {
  const from = plusDays(londonDate(received), shape.startOffset);
  return shape.open ? { from } : { from, to: plusDays(from, shape.length) };
};
const holdsArb = fc.array(holdShapeArb, { maxLength: 3 });

/** null (paused) sorts after every date. */
const laterOrEqual = (a: string | null, b: string | null) => a === null || (b !== null && a >= b);

const runs = { numRuns: 300 };

describe('complaint clock invariants', () => {
  it('resolve-by is never before acknowledge-by', () => {
    fc.assert(
      fc.property(receivedArb, settingsArb, holdsArb, (received, settings, shapes) => {
        const clock = complaintClock(received, settings, shapes.map((shape) => toHold(received, shape)));
        expect(laterOrEqual(clock.resolveBy, clock.acknowledgeBy)).toBe(true);
      }),
      runs,
    );
  });

  it('a longer hold never moves resolve-by earlier', () => {
    fc.assert(
      fc.property(receivedArb, settingsArb, holdShapeArb, fc.integer({ min: 1, max: 20 }), (received, settings, shape, extra) => {
        const shorter = complaintClock(received, settings, [toHold(received, { ...shape, open: false })]);
        const longer = complaintClock(received, settings, [toHold(received, { ...shape, open: false, length: shape.length + extra })]);
        const open = complaintClock(received, settings, [toHold(received, { ...shape, open: true })]);
        expect(laterOrEqual(longer.resolveBy, shorter.resolveBy)).toBe(true);
        expect(laterOrEqual(open.resolveBy, longer.resolveBy)).toBe(true);
      }),
      runs,
    );
  });

  it('every day 0, acknowledge-by and resolve-by is a business day', () => {
    fc.assert(
      fc.property(receivedArb, settingsArb, holdsArb, (received, settings, shapes) => {
        const clock = complaintClock(received, settings, shapes.map((shape) => toHold(received, shape)));
        expect(isBusinessDay(clock.clockStartsOn, settings)).toBe(true);
        expect(isBusinessDay(clock.acknowledgeBy, settings)).toBe(true);
        if (clock.resolveBy !== null) expect(isBusinessDay(clock.resolveBy, settings)).toBe(true);
      }),
      runs,
    );
  });

  it('holds never change acknowledge-by or the Ombudsman date', () => {
    fc.assert(
      fc.property(receivedArb, settingsArb, holdsArb, (received, settings, shapes) => {
        const without = complaintClock(received, settings);
        const withHolds = complaintClock(received, settings, shapes.map((shape) => toHold(received, shape)));
        expect(withHolds.clockStartsOn).toBe(without.clockStartsOn);
        expect(withHolds.acknowledgeBy).toBe(without.acknowledgeBy);
        expect(withHolds.ombudsmanEligibleFrom).toBe(without.ombudsmanEligibleFrom);
        expect(laterOrEqual(withHolds.resolveBy, without.resolveBy)).toBe(true);
      }),
      runs,
    );
  });

  it('counts 3 and 10 business days from day 0, and 56 calendar days from receipt', () => {
    fc.assert(
      fc.property(receivedArb, settingsArb, (received, settings) => {
        const clock = complaintClock(received, settings);
        const receivedOn = londonDate(received);
        expect(clock.clockStartsOn >= receivedOn).toBe(true);
        expect(businessDaysBetween(clock.clockStartsOn, clock.acknowledgeBy, settings)).toBe(3);
        expect(businessDaysBetween(clock.clockStartsOn, clock.resolveBy ?? '', settings)).toBe(10);
        expect(clock.ombudsmanEligibleFrom).toBe(plusDays(receivedOn, 56));
      }),
      runs,
    );
  });

  it('agrees with a day-by-day count that skips held days', () => {
    fc.assert(
      fc.property(receivedArb, settingsArb, holdsArb, (received, settings, shapes) => {
        const holds = shapes.map((shape) => toHold(received, shape));
        const clock = complaintClock(received, settings, holds);
        const held = (date: string) => holds.some((hold) => hold.from <= date && (hold.to == null || date <= hold.to));
        // Walk business days after day 0; stop at 10 counted, or give up if a hold never ends.
        let day = clock.clockStartsOn;
        let counted = 0;
        let expected: string | null = null;
        for (let steps = 0; steps < 400 && expected === null; steps += 1) {
          day = nextBusinessDay(day, settings);
          if (held(day)) continue;
          counted += 1;
          if (counted === 10) expected = day;
        }
        expect(clock.resolveBy).toBe(expected);
      }),
      runs,
    );
  });
});

// Intl's own reading of London wall-clock time: an oracle independent of the code under test.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
function intlLondon(ms: number): { date: string; time: string } {
  const part = (type: string) => londonParts.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}:${part('second')}` };
}

/** The same instant written with an offset of `minutes` from UTC, as a caller in another zone might send it. */
function withOffset(ms: number, minutes: number): string {
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('London time', () => {
  const instantArb = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });
  const offsetArb = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15);

  it('londonDate agrees with Intl, whatever offset the instant is written with', () => {
    fc.assert(
      fc.property(instantArb, offsetArb, (ms, offset) => {
        expect(londonDate(withOffset(ms, offset))).toBe(intlLondon(ms).date);
      }),
      { numRuns: 1000 },
    );
  });

  it('day 0 is the receipt date if a business day before 17:30 London time, else the next business day', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), settingsArb, (ms, settings) => {
        const { date, time } = intlLondon(ms);
        const expected = isBusinessDay(date, settings) && time < '17:30:00' ? date : nextBusinessDay(date, settings);
        expect(complaintClock(new Date(ms).toISOString(), settings).clockStartsOn).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('business calendar invariants', () => {
  const dateArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }).map(isoDay);

  it('addBusinessDays(d, n) is strictly increasing in n', () => {
    fc.assert(
      fc.property(dateArb, settingsArb, fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 50 }), (date, settings, n, step) => {
        expect(addBusinessDays(date, n + step, settings) > addBusinessDays(date, n, settings)).toBe(true);
      }),
      runs,
    );
  });

  it('businessDaysBetween undoes addBusinessDays', () => {
    fc.assert(
      fc.property(dateArb, settingsArb, fc.integer({ min: -300, max: 300 }), (date, settings, n) => {
        // From a business day, n steps away is exactly n business days away, either way.
        const start = isBusinessDay(date, settings) ? date : nextBusinessDay(date, settings);
        const end = addBusinessDays(start, n, settings);
        expect(businessDaysBetween(start, end, settings)).toBe(n);
        expect(businessDaysBetween(end, start, settings)).toBe(0 - n); // 0 - n: never -0
      }),
      runs,
    );
  });

  it('nextBusinessDay is the first business day after the date', () => {
    fc.assert(
      fc.property(dateArb, settingsArb, (date, settings) => {
        const next = nextBusinessDay(date, settings);
        expect(next > date && isBusinessDay(next, settings)).toBe(true);
        for (let day = plusDays(date, 1); day < next; day = plusDays(day, 1)) expect(isBusinessDay(day, settings)).toBe(false);
      }),
      runs,
    );
  });
});
