// The desk's IndexedDB database (Dexie): the schema, with every version kept so older databases upgrade.
import Dexie, { type EntityTable } from 'dexie';

export type Channel = 'telephone' | 'in-person' | 'email' | 'letter';

export interface StoredCase {
  id: string;
  reference: string;
  customerName: string;
  customerContact: string;
  channel: Channel;
  receivedAt: string;
  summary: string;
  recordedAt: string;
}

export interface ReferenceCounter {
  year: number;
  last: number;
}

export class ComplaintsDatabase extends Dexie {
  cases!: EntityTable<StoredCase, 'id'>;
  referenceCounters!: EntityTable<ReferenceCounter, 'year'>;

  constructor(name = 'complaints-desk') {
    super(name);
    this.version(1).stores({
      cases: 'id, &reference, receivedAt',
      referenceCounters: 'year',
    });
  }
}

export const db = new ComplaintsDatabase();
