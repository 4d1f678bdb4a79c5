// Business-day tables per nation and closures, and the checked, cached reading of PolicySettings.
import type { OmbudsmanSettings } from './ombudsman';
import { assertNation, bankHolidayDays, type Nation } from './holidays';
import { dayFromCivil, formatDay, isWeekend, parseDay, yearOfDay } from './london-time';

// Internal to shared/policy: calendar.ts and clock.ts expose the public functions built on this.

export interface BusinessHours {
  /** 'HH:mm', Europe/London */
  opens: string;
  /** 'HH:mm', Europe/London; a complaint received at this minute or later counts as after closing. */
  closes: string;
}

export interface PolicySettings {
  nation: Nation;
  /** Company closure dates, 'yyyy-MM-dd'. */
  closures?: readonly string[];
  businessHours?: BusinessHours;
  /** How many years back a received-at date may go (default DEFAULT_RECEIVED_WITHIN_YEARS, received-at.ts). */
  receivedWithinYears?: number;
  /** The Energy Ombudsman's timetable (referral window, evidence due); the defaults when absent. */
  ombudsman?: OmbudsmanSettings;
}

export const DEFAULT_BUSINESS_HOURS: Readonly<BusinessHours> = Object.freeze({ opens: '09:00', closes: '17:30' });

// Wide enough for any complaint on record; the bound stops a typo (year 9999) building 8,000 years of tables.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2299;

/**
 * Which days are business days for one nation and set of closures. Covers whole years, grown on
 * demand, with a running count so that "business days between" is two array reads.
 */
export class BusinessDays {
  private baseDay = 0;
  private firstYear = 0;
  private lastYear = -1;
  private open = new Uint8Array(0);
  // running[i] = number of business days in [baseDay, baseDay + i]
  private running = new Int32Array(0);
  // businessDays[k] = index of the (k + 1)th business day: with running, adding is two array reads.
  private businessDays = new Int32Array(0);

  constructor(
    private readonly nation: Nation,
    private readonly closures: ReadonlySet<number>,
  ) {}

  isBusinessDay(day: number): boolean {
    let index = day - this.baseDay;
    if (index < 0 || index >= this.open.length) {
      this.cover(day);
      index = day - this.baseDay;
    }
    return this.open[index] === 1;
  }

  /** Business days after `from` up to and including `to`; negative when `to` is before `from`. */
  between(from: number, to: number): number {
    this.cover(from);
    this.cover(to);
    return (this.running[to - this.baseDay] ?? 0) - (this.running[from - this.baseDay] ?? 0);
  }

  /** The `count`th business day after `day` (before it when negative); `day` itself when 0. */
  add(day: number, count: number): number {
    if (count === 0) return day;
    for (;;) {
      this.cover(day);
      const index = day - this.baseDay;
      const countToDay = this.running[index] ?? 0;
      // Ordinal (1-based) of the business day wanted, among the business days in the tables.
      const ordinal = count > 0 ? countToDay + count : countToDay - (this.open[index] ?? 0) + count + 1;
      if (ordinal < 1) this.cover(this.baseDay - 1);
      else if (ordinal > this.businessDays.length) this.cover(this.baseDay + this.open.length);
      else return this.baseDay + (this.businessDays[ordinal - 1] ?? 0);
    }
  }

  /** Grows the tables, whole years at a time, until they include `day`. */
  private cover(day: number): void {
    if (day >= this.baseDay && day < this.baseDay + this.open.length) return;
    const year = yearOfDay(day);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new Error(`${formatDay(day)} is outside the business calendar, which covers ${FIRST_YEAR} to ${LAST_YEAR}`);
    }
    const empty = this.lastYear < this.firstYear;
    const firstYear = empty ? year : Math.min(this.firstYear, year);
    const lastYear = empty ? year : Math.max(this.lastYear, year);
    const baseDay = dayFromCivil(firstYear, 1, 1);
    const length = dayFromCivil(lastYear + 1, 1, 1) - baseDay;
    const open = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) open[i] = isWeekend(baseDay + i) ? 0 : 1;
    for (let y = firstYear; y <= lastYear; y += 1) {
      for (const holiday of bankHolidayDays(this.nation, y)) open[holiday - baseDay] = 0;
    }
    for (const closure of this.closures) {
      if (closure >= baseDay && closure < baseDay + length) open[closure - baseDay] = 0;
    }
    const running = new Int32Array(length);
    const businessDays = new Int32Array(length);
    let total = 0;
    for (let i = 0; i < length; i += 1) {
      if (open[i] === 1) businessDays[total++] = i;
      running[i] = total;
    }
    this.baseDay = baseDay;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.open = open;
    this.running = running;
    this.businessDays = businessDays.slice(0, total);
  }
}

/** PolicySettings checked once and turned into what the clock works with. */
export interface ResolvedSettings {
  days: BusinessDays;
  /** Opening and closing time as milliseconds after London midnight. */
  opensMs: number;
  closesMs: number;
}

interface Resolution {
  nation: Nation;
  closures: readonly string[] | undefined;
  closuresLength: number;
  hours: BusinessHours | undefined;
  opens: string;
  closes: string;
  resolved: ResolvedSettings;
}

// Settings are read for every case on the work list: resolve each settings object once. A changed
// nation, closures array or hours object is noticed; settings objects are treated as immutable.
const bySettings = new WeakMap<object, Resolution>();
// Equal settings in different objects (one per render, say) share one set of tables.
const tablesByKey = new Map<string, BusinessDays>();

export function resolveSettings(settings: PolicySettings): ResolvedSettings {
  if (typeof settings !== 'object' || settings === null) throw new Error('Policy settings are missing');
  const known = bySettings.get(settings);
  const hours = settings.businessHours;
  if (
    known &&
    known.nation === settings.nation &&
    known.closures === settings.closures &&
    known.closuresLength === (settings.closures?.length ?? 0) &&
    known.hours === hours &&
    (hours === undefined || (known.opens === hours.opens && known.closes === hours.closes))
  ) {
    return known.resolved;
  }
  const resolution = resolve(settings);
  bySettings.set(settings, resolution);
  return resolution.resolved;
}

function resolve(settings: PolicySettings): Resolution {
  const { nation, closures, businessHours } = settings;
  assertNation(nation);
  if (closures !== undefined && !Array.isArray(closures)) throw new Error('Company closures must be a list of dates');
  const closureDays = [...new Set((closures ?? []).map((closure) => parseDay(closure, 'Company closure')))].sort(
    (a, b) => a - b,
  );
  const key = `${nation}|${closureDays.join(',')}`;
  let days = tablesByKey.get(key);
  if (!days) {
    days = new BusinessDays(nation, new Set(closureDays));
    tablesByKey.set(key, days);
  }
  const hours = businessHours ?? DEFAULT_BUSINESS_HOURS;
  if (typeof hours !== 'object' || hours === null) {
    throw new Error('Business hours must give an opening and a closing time');
  }
  const opensMs = parseClockTime(hours.opens, 'Business hours opening time');
  const closesMs = parseClockTime(hours.closes, 'Business hours closing time');
  if (closesMs <= opensMs) {
    throw new Error(`Business hours close at ${hours.closes}, which is not after they open at ${hours.opens}`);
  }
  return {
    nation,
    closures,
    closuresLength: closures?.length ?? 0,
    hours: businessHours,
    opens: hours.opens,
    closes: hours.closes,
    resolved: { days, opensMs, closesMs },
  };
}

/** Milliseconds after midnight of an 'HH:mm' time. */
function parseClockTime(text: unknown, what: string): number {
  const match = typeof text === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text) : null;
  if (!match) {
    const shown = typeof text === 'string' ? `"${text}"` : String(text);
    throw new Error(`${what} ${shown} is not a time in HH:mm form, such as 09:00`);
  }
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}
