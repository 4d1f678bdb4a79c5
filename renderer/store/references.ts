// Human case references (JESQ-2026-000123): one counter per year, never reused, checked against stored cases;
// complaints about staff in a series of their own (JESQ-2026-S00001, see shared/policy/reference-series.ts).
import { formatCaseReference, formatStaffCaseReference, type CaseReference } from '../../shared/model';
import { londonDate, type ReferenceSeries } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';

export type ReferenceCounter = { year: number; last: number };

/** The last serial of the staff series for a year: read from the references themselves (the unique index), so no table lists them. */
async function lastStaffSerial(db: ComplaintsDatabase, year: number): Promise<number> {
  const prefix = formatStaffCaseReference(year, 0).slice(0, -5);
  const last = await db.cases.where('reference').between(prefix, `${prefix}\uffff`).last();
  return last ? Number(last.reference.slice(prefix.length)) : 0;
}

/**
 * The next free reference for a case received at `receivedAt` (its London year) in `series`, and, for the main
 * series, the counter to store with it. Call inside the transaction that saves the case: if that transaction
 * fails, the counter is not advanced, and since no case holds the number it was never used. A reference already
 * held by a case (a restored backup with a counter behind it) is skipped, so references stay unique.
 */
export async function nextReference(
  db: ComplaintsDatabase,
  receivedAt: string,
  series: ReferenceSeries = 'complaints',
): Promise<{ reference: CaseReference; counter: ReferenceCounter | null }> {
  const year = Number(londonDate(receivedAt).slice(0, 4));
  if (series === 'staff') return { reference: formatStaffCaseReference(year, (await lastStaffSerial(db, year)) + 1), counter: null };
  let last = (await db.referenceCounters.get(year))?.last ?? 0;
  for (;;) {
    last += 1;
    const reference = formatCaseReference(year, last);
    if ((await db.cases.where('reference').equals(reference).count()) === 0) return { reference, counter: { year, last } };
  }
}
