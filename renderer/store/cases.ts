// Repository for complaint cases: intention-named reads and writes, each one transaction.
import type { ComplaintsDatabase, StoredCase } from './db';
import type { NewComplaint } from '../features/intake/new-complaint-schema';

function formatReference(year: number, serial: number): string {
  return `JESQ-${year}-${String(serial).padStart(6, '0')}`;
}

export async function recordComplaint(db: ComplaintsDatabase, input: NewComplaint, now: Date): Promise<StoredCase> {
  return db.transaction('rw', db.cases, db.referenceCounters, async () => {
    const year = new Date(input.receivedAt).getUTCFullYear();
    const counter = (await db.referenceCounters.get(year)) ?? { year, last: 0 };
    const next = { year, last: counter.last + 1 };
    await db.referenceCounters.put(next);
    const stored: StoredCase = {
      id: crypto.randomUUID(),
      reference: formatReference(year, next.last),
      customerName: input.customerName.trim(),
      customerContact: input.customerContact.trim(),
      channel: input.channel,
      receivedAt: new Date(input.receivedAt).toISOString(),
      summary: input.summary.trim(),
      recordedAt: now.toISOString(),
    };
    await db.cases.add(stored);
    return stored;
  });
}

export function listCases(db: ComplaintsDatabase): Promise<StoredCase[]> {
  return db.cases.orderBy('receivedAt').reverse().toArray();
}

export function getCase(db: ComplaintsDatabase, id: string): Promise<StoredCase | undefined> {
  return db.cases.get(id);
}
