// Human case references (JESQ-2026-000123): one counter per year, never reused, checked against stored cases.
import { formatCaseReference, type CaseReference } from '../../shared/model';
import { londonDate } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';

/**
 * The next free reference for a case received at `receivedAt` (its London year), and the counter to store with
 * it. Call inside the transaction that saves the case: if that transaction fails, the counter is not advanced,
 * and since no case holds the number it was never used. A reference already held by a case (a restored backup
 * with a counter behind it) is skipped, so references stay unique.
 */
export async function nextReference(db: ComplaintsDatabase, receivedAt: string): Promise<{ reference: CaseReference; counter: { year: number; last: number } }> {
  const year = Number(londonDate(receivedAt).slice(0, 4));
  let last = (await db.referenceCounters.get(year))?.last ?? 0;
  for (;;) {
    last += 1;
    const reference = formatCaseReference(year, last);
    if ((await db.cases.where('reference').equals(reference).count()) === 0) return { reference, counter: { year, last } };
  }
}
