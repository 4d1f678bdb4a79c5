// Human case references (JESQ-2026-000123): one counter per year, never reused, checked against stored cases;
// complaints about staff in a series of their own (JESQ-2026-S00001, see shared/policy/reference-series.ts).
import { formatCaseReference, formatStaffCaseReference, type CaseReference } from '../../shared/model';
import { londonDate, type ReferenceSeries } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';

export type ReferenceCounter = { year: number; last: number; series?: ReferenceSeries };

/** Provisional references (a joined desk, before the server answers) are JESQ-YYYY-9NNNNN. */
export const PROVISIONAL_FIRST = 900_000;
/** Their counter is kept under the year plus this, beside the year's own. */
const PROVISIONAL_COUNTER_OFFSET = 10_000;

export function isProvisionalReference(reference: string): boolean {
  return Number(reference.slice(-6)) > PROVISIONAL_FIRST;
}

/** Where the staff series' counter is kept: a setting, since the references themselves are sealed at rest. */
function staffCounterKey(year: number): string {
  return `staff-reference-counter:${year}`;
}

/**
 * The last serial of the staff series for a year. Its references are sealed at rest (docs/sealed-records.md), so
 * the counter is kept beside them; references still in clear (recorded before sealing) are read as a floor.
 */
async function lastStaffSerial(db: ComplaintsDatabase, year: number): Promise<number> {
  const prefix = formatStaffCaseReference(year, 0).slice(0, -5);
  const inClear = await db.cases.where('reference').between(prefix, `${prefix}\uffff`).last();
  const stored = (await db.settings.get(staffCounterKey(year)))?.value;
  const counted = stored && typeof stored === 'object' && !Array.isArray(stored) && typeof stored.last === 'number' ? stored.last : 0;
  return Math.max(counted, inClear ? Number(inClear.reference.slice(prefix.length)) : 0);
}

/** Stores the counter `nextReference` returned, in the transaction that saves the case. */
export async function saveReferenceCounter(db: ComplaintsDatabase, counter: ReferenceCounter): Promise<void> {
  if (counter.series === 'staff') await db.settings.put({ key: staffCounterKey(counter.year), value: { last: counter.last } });
  else await db.referenceCounters.put({ year: counter.year, last: counter.last });
}

/**
 * The next free reference for a case received at `receivedAt` (its London year) in `series`, and the counter to
 * store with it (saveReferenceCounter). Call inside the transaction that saves the case: if that transaction
 * fails, the counter is not advanced, and since no case holds the number it was never used. A reference already
 * held by a case (a restored backup with a counter behind it) is skipped, so references stay unique.
 */
export async function nextReference(
  db: ComplaintsDatabase,
  receivedAt: string,
  series: ReferenceSeries = 'complaints',
  provisional = false,
): Promise<{ reference: CaseReference; counter: ReferenceCounter }> {
  const year = Number(londonDate(receivedAt).slice(0, 4));
  // A desk joined to an office server numbers its cases provisionally, in a range of its own, until the server
  // gives the real reference (within seconds when online): the two ranges never meet, so no two cases share one.
  // A complaint about staff is sealed here and renumbered by the server, so it never takes one.
  if (series === 'staff' && !provisional) {
    const last = (await lastStaffSerial(db, year)) + 1;
    return { reference: formatStaffCaseReference(year, last), counter: { year, last, series } };
  }
  const key = provisional ? year + PROVISIONAL_COUNTER_OFFSET : year;
  let last = (await db.referenceCounters.get(key))?.last ?? 0;
  for (;;) {
    last += 1;
    const reference = formatCaseReference(year, provisional ? PROVISIONAL_FIRST + last : last);
    if ((await db.cases.where('reference').equals(reference).count()) === 0) return { reference, counter: { year: key, last } };
  }
}
