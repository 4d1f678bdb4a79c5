// Calendar dates as integer day numbers, and instants read as Europe/London dates and times.
import { tzOffset } from '@date-fns/tz';
import { britishSummerTimeOffset } from './british-summer-time';

// Internal to shared/policy: the clock works in day numbers (days since 1970-01-01) so that stepping
// through business days is integer arithmetic, never a Date per step.

export const MS_PER_DAY = 86_400_000;
const LONDON = 'Europe/London';
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Year, month (1-12) and day of a day number, packed as year * 10000 + month * 100 + day. */
function civilFromDay(dayNumber: number): number {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

export function yearOfDay(dayNumber: number): number {
  return Math.floor(civilFromDay(dayNumber) / 10_000);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Formatting the same few thousand dates again and again is the hot path of the work list: dates
// from 1970 to 2328 are kept in a flat array ('' = not yet formatted), others in a map.
const FLAT_DAYS = 1 << 17;
const formattedFlat: string[] = new Array<string>(FLAT_DAYS).fill('');
const formattedOther = new Map<number, string>();

function formatCivil(dayNumber: number): string {
  const civil = civilFromDay(dayNumber);
  const year = Math.floor(civil / 10_000);
  const month = Math.floor(civil / 100) % 100;
  const day = civil % 100;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 'yyyy-MM-dd' of a day number. */
export function formatDay(dayNumber: number): string {
  if (dayNumber >= 0 && dayNumber < FLAT_DAYS) {
    const text = formattedFlat[dayNumber];
    if (text) return text;
    return (formattedFlat[dayNumber] = formatCivil(dayNumber));
  }
  let text = formattedOther.get(dayNumber);
  if (text === undefined) {
    text = formatCivil(dayNumber);
    formattedOther.set(dayNumber, text);
  }
  return text;
}

/** The digit at `at` (0-9), or -1 for anything else, including past the end. */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two digits at `at` as a number, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = digit(text, at);
  const units = digit(text, at + 1);
  return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

const NOT_A_DATE = 'is not a date in yyyy-MM-dd form';

/**
 * Reads 'yyyy-MM-dd' at the start of `text` into a day number. Returns NaN when the characters are
 * not in that form; `dateProblem` then says in words what is wrong.
 */
function readDate(text: string): number {
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = century * 100 + yearInCentury;
  if (day > 28 && day > daysInMonth(year, month)) return Number.NaN;
  return dayFromCivil(year, month, day);
}

/** Why the first ten characters of `text` are not a real 'yyyy-MM-dd' date. */
function dateProblem(text: string): string {
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (year < 0 || month < 0 || day < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NOT_A_DATE;
  if (month < 1 || month > 12) return `is not a real date: there is no month ${month}`;
  return `is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
}

/** Day number of a 'yyyy-MM-dd' date; `what` names the date in the error (e.g. 'Hold start'). */
export function parseDay(text: unknown, what: string): number {
  if (typeof text !== 'string') throw new Error(`${what} must be a date in yyyy-MM-dd form, not ${describe(text)}`);
  const dayNumber = text.length === 10 ? readDate(text) : Number.NaN;
  if (Number.isNaN(dayNumber)) {
    throw new Error(`${what} "${text}" ${text.length === 10 ? dateProblem(text) : NOT_A_DATE}`);
  }
  return dayNumber;
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : value === null ? 'empty' : `a ${typeof value}`;
}

/**
 * Epoch milliseconds of an ISO 8601 instant such as '2026-11-23T10:00:00Z' or
 * '2026-11-23T10:00+01:00'. An offset is required: without one the instant would depend on the
 * machine's time zone.
 */
export function parseInstant(text: unknown, what: string): number {
  if (typeof text !== 'string') throw new Error(`${what} must be an ISO 8601 instant, not ${describe(text)}`);
  const ms = readInstant(text);
  if (Number.isNaN(ms)) throw new Error(`${what} "${text}" ${instantProblem(text)}`);
  return ms;
}

const NOT_AN_INSTANT = 'is not an ISO 8601 instant such as 2026-11-23T10:00:00Z';

/** Epoch milliseconds, or NaN when `text` is not a real instant with an offset (see instantProblem). */
function readInstant(text: string): number {
  const length = text.length;
  if (length < 17) return Number.NaN;
  // The fixed fields, read inline: this runs for every fact of every case on the work list.
  // (x >>> 0) > 9 rejects anything but a digit, negative codes included.
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  const h1 = text.charCodeAt(11) - 48;
  const h2 = text.charCodeAt(12) - 48;
  const n1 = text.charCodeAt(14) - 48;
  const n2 = text.charCodeAt(15) - 48;
  if (
    (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (y4 >>> 0) > 9 ||
    (m1 >>> 0) > 9 || (m2 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9 ||
    (h1 >>> 0) > 9 || (h2 >>> 0) > 9 || (n1 >>> 0) > 9 || (n2 >>> 0) > 9
  ) {
    return Number.NaN;
  }
  const separator = text.charCodeAt(10);
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return Number.NaN;
  if (separator !== 84 && separator !== 116 && separator !== 32) return Number.NaN; // T, t or space
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const dayOfMonth = d1 * 10 + d2;
  const hour = h1 * 10 + h2;
  const minute = n1 * 10 + n2;
  if (month < 1 || month > 12 || dayOfMonth < 1 || (dayOfMonth > 28 && dayOfMonth > daysInMonth(year, month))) {
    return Number.NaN;
  }
  if (hour > 23 || minute > 59) return Number.NaN;
  const dayNumber = dayFromCivil(year, month, dayOfMonth);
  let at = 16;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second < 0 || second > 59) return Number.NaN;
    at += 3;
    const mark = text.charCodeAt(at);
    if (mark === 46 || mark === 44) {
      // Fractions beyond milliseconds are dropped: the clock works in days.
      const fractionStart = at + 1;
      at = fractionStart;
      let scale = 100;
      for (let next = digit(text, at); next >= 0; next = digit(text, at)) {
        millisecond += next * scale;
        scale /= 10;
        at += 1;
      }
      if (at === fractionStart) return Number.NaN;
      millisecond = Math.floor(millisecond);
    }
  }
  const zone = text.charCodeAt(at);
  let offsetMinutes = 0;
  if (zone === 90 || zone === 122) {
    if (at + 1 !== length) return Number.NaN; // Z or z
  } else if (zone === 43 || zone === 45) {
    // ±HH, ±HHmm or ±HH:mm
    const offsetHours = twoDigits(text, at + 1);
    let end = at + 3;
    let offsetMins = 0;
    if (end < length) {
      if (text.charCodeAt(end) === 58) end += 1;
      offsetMins = twoDigits(text, end);
      end += 2;
    }
    if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59 || end !== length) return Number.NaN;
    offsetMinutes = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins);
  } else {
    return Number.NaN;
  }
  return dayNumber * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millisecond;
}

/** Why `text`, which readInstant refused, is not an instant, in words (only on the error path). */
function instantProblem(text: string): string {
  if (text.length >= 10 && Number.isNaN(readDate(text))) {
    const problem = dateProblem(text);
    return problem === NOT_A_DATE ? NOT_AN_INSTANT : problem;
  }
  if (text.length === 10) return 'is a date without a time; give the time and its offset, such as 2026-11-23T10:00:00Z';
  const time = /^.{10}[Tt ](\d\d):(\d\d)(?::(\d\d))?/.exec(text);
  if (!time) return NOT_AN_INSTANT;
  if (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) {
    return `is not a real time of day: ${time[0].slice(11)}`;
  }
  const rest = text.slice(time[0].length).replace(/^[.,]\d+/, '');
  if (rest === '') {
    return 'has no time-zone offset; add Z or +00:00 so it names one instant whatever the machine\u2019s zone';
  }
  const offset = /^[+-](\d\d):?(\d\d)?$/.exec(rest);
  if (offset && (Number(offset[1]) > 23 || Number(offset[2] ?? 0) > 59)) return `has an impossible offset: ${rest}`;
  return NOT_AN_INSTANT;
}

// London's offset per UTC day: British Summer Time's rule for 1996-2099 (british-summer-time.ts), otherwise read
// once from the runtime's time-zone data (through @date-fns/tz).
// A day on which the clocks change keeps the instant of the change, found by bisection.
interface Changeover {
  at: number;
  before: number;
  after: number;
}
const offsetByUtcDay = new Map<number, number | Changeover>();
// The same answers for 1970 to 2328 in a flat table of whole minutes, read first.
const UNKNOWN_OFFSET = -32_768;
const CHANGEOVER = 32_767;
const offsetFlat = new Int16Array(FLAT_DAYS).fill(UNKNOWN_OFFSET);

function offsetAt(ms: number): number {
  const minutes = britishSummerTimeOffset(ms) ?? tzOffset(LONDON, new Date(ms));
  if (!Number.isFinite(minutes)) {
    throw new Error('This system has no time-zone data for Europe/London, so London dates cannot be worked out');
  }
  return minutes;
}

function describeUtcDay(utcDay: number): number | Changeover {
  const start = utcDay * MS_PER_DAY;
  const before = offsetAt(start);
  const after = offsetAt(start + MS_PER_DAY - 1);
  if (before === after) return before;
  // Clocks change on a whole second: bisect the seconds of the day.
  let low = 0;
  let high = 86_400;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (offsetAt(start + middle * 1000) === before) low = middle;
    else high = middle;
  }
  return { at: start + high * 1000, before, after };
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(ms: number): number {
  const utcDay = Math.floor(ms / MS_PER_DAY);
  const flat = utcDay >= 0 && utcDay < FLAT_DAYS ? (offsetFlat[utcDay] ?? UNKNOWN_OFFSET) : UNKNOWN_OFFSET;
  if (flat !== UNKNOWN_OFFSET && flat !== CHANGEOVER) return flat;
  let entry = offsetByUtcDay.get(utcDay);
  if (entry === undefined) {
    entry = describeUtcDay(utcDay);
    offsetByUtcDay.set(utcDay, entry);
    if (utcDay >= 0 && utcDay < FLAT_DAYS) {
      // Only whole-minute offsets that hold all day fit the flat table.
      offsetFlat[utcDay] =
        typeof entry === 'number' && Number.isInteger(entry) && Math.abs(entry) < 1440 ? entry : CHANGEOVER;
    }
  }
  if (typeof entry === 'number') return entry;
  return ms < entry.at ? entry.before : entry.after;
}

/** The London wall-clock reading of an instant, as milliseconds since 1970-01-01 00:00 London. */
export function londonWallClockMs(ms: number): number {
  return ms + londonOffsetMinutes(ms) * 60_000;
}

/** Day number of the London calendar date of an instant. */
export function londonDayOf(ms: number): number {
  return Math.floor(londonWallClockMs(ms) / MS_PER_DAY);
}

/** The Europe/London calendar date ('yyyy-MM-dd') of an ISO 8601 instant. */
export function londonDate(instant: string): string {
  return formatDay(londonDayOf(parseInstant(instant, 'Instant')));
}
