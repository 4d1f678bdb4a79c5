// The public and bank holidays of each UK nation, read from the maintained date-holidays data.
import Holidays from 'date-holidays';
import { isWeekend, parseDay } from './london-time';

export type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const NATIONS: readonly Nation[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export interface BankHoliday {
  /** 'yyyy-MM-dd', always a weekday: the day that is not a business day. */
  date: string;
  name: string;
}

// Wales has no region of its own in the law or in gov.uk's list: it shares England's holidays.
const REGION: Record<Nation, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

// Bank holidays appointed by royal proclamation that date-holidays 3.37 does not carry yet.
// gov.uk lists each one; drop an entry once the package has it (the gov.uk test keeps us honest).
const PROCLAIMED: Record<Nation, readonly BankHoliday[]> = {
  'england-and-wales': [],
  scotland: [{ date: '2026-06-15', name: 'World Cup bank holiday' }],
  'northern-ireland': [],
};

// date-holidays also lists observances (Mother's Day, Easter Sunday); only these take a day off.
const DAY_OFF_TYPES = new Set(['public', 'bank']);

const sources = new Map<Nation, Holidays>();
const byNationYear = new Map<string, readonly BankHoliday[]>();

export function isNation(value: unknown): value is Nation {
  return value === 'england-and-wales' || value === 'scotland' || value === 'northern-ireland';
}

/** Throws in plain words unless `value` is one of the three nations. */
export function assertNation(value: unknown): asserts value is Nation {
  if (!isNation(value)) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw new Error(`Unknown nation ${shown}: choose england-and-wales, scotland or northern-ireland`);
  }
}

function sourceFor(nation: Nation): Holidays {
  let source = sources.get(nation);
  if (!source) {
    source = new Holidays('GB', REGION[nation]);
    sources.set(nation, source);
  }
  return source;
}

/**
 * The weekday public and bank holidays of a nation in a year, substitute days included, sorted.
 * Holidays that fall on a weekend are left out: the substitute day is the one that counts.
 */
export function bankHolidays(nation: Nation, year: number): readonly BankHoliday[] {
  assertNation(nation);
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new Error(`Year ${year} is not a calendar year`);
  const key = `${nation}:${year}`;
  const cached = byNationYear.get(key);
  if (cached) return cached;
  const byDate = new Map<string, BankHoliday>();
  for (const entry of sourceFor(nation).getHolidays(year)) {
    // 'YYYY-MM-DD hh:mm:ss': a holiday that starts after midnight is a half day, not a day off.
    if (!DAY_OFF_TYPES.has(entry.type) || entry.date.slice(11, 19) !== '00:00:00') continue;
    const date = entry.date.slice(0, 10);
    if (!byDate.has(date)) byDate.set(date, { date, name: entry.name });
  }
  for (const proclaimed of PROCLAIMED[nation]) {
    if (proclaimed.date.startsWith(`${year}-`) && !byDate.has(proclaimed.date)) byDate.set(proclaimed.date, proclaimed);
  }
  const list = [...byDate.values()]
    .filter((holiday) => !isWeekend(parseDay(holiday.date, 'Holiday')))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  Object.freeze(list);
  byNationYear.set(key, list);
  return list;
}

/** Day numbers of a nation's weekday holidays in a year (for the business-day tables). */
export function bankHolidayDays(nation: Nation, year: number): number[] {
  return bankHolidays(nation, year).map((holiday) => parseDay(holiday.date, 'Holiday'));
}
