// The nations' holidays from date-holidays, checked against gov.uk's bank-holiday lists for 2026 to 2028.
import { describe, expect, it } from 'vitest';
import { bankHolidays, isBusinessDay, type Nation } from '../../../../shared/policy/calendar';

// Typed out from https://www.gov.uk/bank-holidays (the dates gov.uk lists; every one is a weekday).
const GOV_UK: Record<Nation, Record<number, string[]>> = {
  'england-and-wales': {
    2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
    2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
    2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  },
  scotland: {
    2026: ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-06-15', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28'],
    2027: ['2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28'],
    2028: ['2028-01-03', '2028-01-04', '2028-04-14', '2028-05-01', '2028-05-29', '2028-08-07', '2028-11-30', '2028-12-25', '2028-12-26'],
  },
  'northern-ireland': {
    2026: ['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28'],
    2027: ['2027-01-01', '2027-03-17', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-07-12', '2027-08-30', '2027-12-27', '2027-12-28'],
    2028: ['2028-01-03', '2028-03-17', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-07-12', '2028-08-28', '2028-12-25', '2028-12-26'],
  },
};

const cases = (Object.keys(GOV_UK) as Nation[]).flatMap((nation) =>
  [2026, 2027, 2028].map((year) => ({ nation, year, expected: GOV_UK[nation][year] ?? [] })),
);

/** Every weekday of a year, 'yyyy-MM-dd', worked out with UTC dates so the machine's zone cannot matter. */
function weekdaysOf(year: number): string[] {
  const days: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); new Date(ms).getUTCFullYear() === year; ms += 86_400_000) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

describe('bankHolidays matches gov.uk', () => {
  it.each(cases)('$nation $year', ({ nation, year, expected }) => {
    expect(bankHolidays(nation, year).map((holiday) => holiday.date)).toEqual(expected);
  });
});

describe('isBusinessDay agrees with gov.uk on every weekday', () => {
  it.each(cases)('$nation $year', ({ nation, year, expected }) => {
    const notBusiness = weekdaysOf(year).filter((date) => !isBusinessDay(date, { nation }));
    expect(notBusiness).toEqual(expected);
  });
});

describe('what date-holidays gives, and what we keep', () => {
  it('counts substitute days and names them', () => {
    const boxingDay = bankHolidays('england-and-wales', 2026).find((holiday) => holiday.date === '2026-12-28');
    expect(boxingDay?.name).toMatch(/substitute/i);
  });

  it('leaves out observances such as Easter Sunday and Mother\u2019s Day', () => {
    const names = bankHolidays('england-and-wales', 2026).map((holiday) => holiday.name);
    expect(names).not.toContain('Easter Sunday');
    expect(names.some((name) => /mother/i.test(name))).toBe(false);
  });

  it('leaves out holidays that fall on a weekend, keeping their substitute', () => {
    // Battle of the Boyne 2026 is a Sunday; Monday 13 July is the day off.
    const dates = bankHolidays('northern-ireland', 2026).map((holiday) => holiday.date);
    expect(dates).not.toContain('2026-07-12');
    expect(dates).toContain('2026-07-13');
  });

  it('keeps Scotland\u2019s 2026 World Cup bank holiday, which date-holidays does not carry yet', () => {
    expect(bankHolidays('scotland', 2026)).toContainEqual({ date: '2026-06-15', name: 'World Cup bank holiday' });
    expect(isBusinessDay('2026-06-15', { nation: 'england-and-wales' })).toBe(true);
  });

  it.each<[Nation, string, string]>([
    ['scotland', '2030-12-02', 'St Andrew\u2019s Day on a Saturday moves to Monday'],
    ['northern-ireland', '2029-03-19', 'St Patrick\u2019s Day on a Saturday moves to Monday'],
    ['northern-ireland', '2025-07-14', 'Battle of the Boyne on a Saturday moves to Monday'],
    ['scotland', '2033-01-04', '2 January on a Sunday moves after the New Year substitute'],
  ])('%s %s: %s', (nation, date) => {
    expect(isBusinessDay(date, { nation })).toBe(false);
    expect(isBusinessDay(date, { nation: 'england-and-wales' })).toBe(true);
  });

  it('refuses an unknown nation in plain words', () => {
    expect(() => bankHolidays('wales' as Nation, 2026)).toThrow('Unknown nation "wales"');
  });
});
