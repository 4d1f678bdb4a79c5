// The business calendar: business days, adding and counting them, and London dates of instants.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  DEFAULT_BUSINESS_HOURS,
  isBusinessDay,
  londonDate,
  nextBusinessDay,
  type PolicySettings,
} from '../../../../shared/policy/calendar';

const EW: PolicySettings = { nation: 'england-and-wales' };
const SCT: PolicySettings = { nation: 'scotland' };

describe('isBusinessDay', () => {
  it.each<[string, PolicySettings, boolean, string]>([
    ['2026-11-23', EW, true, 'a Monday'],
    ['2026-11-28', EW, false, 'a Saturday'],
    ['2026-11-29', EW, false, 'a Sunday'],
    ['2026-04-03', EW, false, 'Good Friday'],
    ['2026-04-06', SCT, true, 'Easter Monday in Scotland'],
    ['2026-11-30', SCT, false, 'St Andrew\u2019s Day in Scotland'],
    ['2026-11-30', EW, true, 'St Andrew\u2019s Day in England'],
    ['2026-12-24', { nation: 'england-and-wales', closures: ['2026-12-24'] }, false, 'a company closure'],
  ])('%s with %o is %s (%s)', (date, settings, expected) => {
    expect(isBusinessDay(date, settings)).toBe(expected);
  });

  it('refuses an impossible date', () => {
    expect(() => isBusinessDay('2026-02-30', EW)).toThrow('Date "2026-02-30" is not a real date: February 2026 has 28 days');
    expect(() => isBusinessDay('23/11/2026', EW)).toThrow('Date "23/11/2026" is not a date in yyyy-MM-dd form');
  });

  it('notices a changed settings object (closures replaced)', () => {
    const settings: { nation: 'england-and-wales'; closures: string[] } = { nation: 'england-and-wales', closures: [] };
    expect(isBusinessDay('2026-12-24', settings)).toBe(true);
    settings.closures = ['2026-12-24'];
    expect(isBusinessDay('2026-12-24', settings)).toBe(false);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-28', 0, '2026-11-28'],
    ['2026-11-23', 1, '2026-11-24'],
    ['2026-11-27', 1, '2026-11-30'],
    ['2026-11-28', 1, '2026-11-30'],
    ['2026-12-24', 1, '2026-12-29'],
    ['2026-12-24', 5, '2027-01-05'],
    ['2026-11-30', -1, '2026-11-27'],
    ['2026-12-29', -1, '2026-12-24'],
    ['2027-01-05', -5, '2026-12-24'],
    ['2026-01-01', 253, '2026-12-31'],
    ['2026-01-01', 254, '2027-01-04'],
  ])('%s + %i = %s in England and Wales', (date, days, expected) => {
    expect(addBusinessDays(date, days, EW)).toBe(expected);
  });

  it('crosses several years in one step', () => {
    const far = addBusinessDays('2026-01-02', 2000, EW);
    expect(addBusinessDays(far, -2000, EW)).toBe('2026-01-02');
    expect(businessDaysBetween('2026-01-02', far, EW)).toBe(2000);
  });

  it('refuses a number of days that is not whole', () => {
    expect(() => addBusinessDays('2026-11-23', 1.5, EW)).toThrow('Cannot add 1.5 business days: give a whole number');
  });

  it('refuses dates beyond the years the calendar covers', () => {
    // Its own closures, so the tables are not grown from 2026 all the way to 2299.
    const farOff: PolicySettings = { nation: 'england-and-wales', closures: ['2299-12-30'] };
    expect(() => addBusinessDays('2299-12-29', 5, farOff)).toThrow(
      '2300-01-01 is outside the business calendar, which covers 1900 to 2299',
    );
  });
});

describe('nextBusinessDay', () => {
  it.each<[string, PolicySettings, string]>([
    ['2026-11-27', EW, '2026-11-30'],
    ['2026-11-23', EW, '2026-11-24'],
    ['2026-11-27', SCT, '2026-12-01'],
    ['2026-12-31', SCT, '2027-01-05'],
    ['2026-12-31', EW, '2027-01-04'],
  ])('after %s is %s', (date, settings, expected) => {
    expect(nextBusinessDay(date, settings)).toBe(expected);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-23', '2026-11-25', 2],
    ['2026-11-27', '2026-11-30', 1],
    ['2026-11-28', '2026-11-29', 0],
    ['2026-11-25', '2026-11-23', -2],
    ['2026-12-07', '2026-12-10', 3],
    ['2026-12-10', '2026-12-07', -3],
    ['2026-12-24', '2027-01-04', 4],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(businessDaysBetween(from, to, EW)).toBe(expected);
  });

  it('is the inverse of addBusinessDays from a business day', () => {
    for (let n = -30; n <= 30; n += 1) {
      expect(businessDaysBetween('2026-12-22', addBusinessDays('2026-12-22', n, EW), EW)).toBe(n);
    }
  });
});

describe('londonDate', () => {
  it.each([
    ['2026-12-31T23:30:00Z', '2026-12-31', 'winter: London is on UTC'],
    ['2026-06-30T23:30:00Z', '2026-07-01', 'summer: 23:30 UTC is 00:30 BST the next day'],
    ['2026-07-01T00:30:00+01:00', '2026-07-01', 'an explicit +01:00 offset'],
    ['2026-06-30T19:30:00-04:00', '2026-07-01', 'New York evening is London after midnight'],
    ['2026-03-29T00:59:59Z', '2026-03-29', 'the second before the clocks go forward'],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'the instant the clocks go forward (02:00 BST)'],
    ['2026-03-28T23:30:00Z', '2026-03-28', 'the night before the clocks go forward, still GMT'],
    ['2026-10-24T23:30:00Z', '2026-10-25', 'the night before the clocks go back, still BST'],
    ['2026-10-25T23:30:00Z', '2026-10-25', 'the night after the clocks go back, GMT again'],
  ])('%s is %s in London (%s)', (instant, expected) => {
    expect(londonDate(instant)).toBe(expected);
  });

  it('refuses an instant without an offset', () => {
    expect(() => londonDate('2026-07-01T00:30:00')).toThrow('Instant "2026-07-01T00:30:00" has no time-zone offset');
  });
});

describe('DEFAULT_BUSINESS_HOURS', () => {
  it('is 09:00 to 17:30 and cannot be changed by accident', () => {
    expect(DEFAULT_BUSINESS_HOURS).toEqual({ opens: '09:00', closes: '17:30' });
    expect(Object.isFrozen(DEFAULT_BUSINESS_HOURS)).toBe(true);
  });
});
