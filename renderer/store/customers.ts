// Customers: find an existing one while recording (name, phone, email or account number), and add new ones.
import { customer as customerSchema, type Customer } from '../../shared/model';
import type { Viewer } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { canSeeRow } from './projections/audience';
import { sealedRowsFor } from './queries/sealed-rows';
import { nameWords, tokens } from './projections/words';
import type { StoredCustomer } from './schema/records';

/** A UK number as digits, +44 written as the leading 0: "+44 (7700) 900-123" → "07700900123". */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('44') && phone.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

export function accountKey(account: string): string {
  return account.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The customer with the look-up keys the indexes use. */
export function storedCustomer(c: Customer): StoredCustomer {
  return {
    ...c,
    nameKey: c.name.trim().toLowerCase(),
    nameWords: nameWords(c.name),
    ...(c.phone ? { phoneKey: phoneKey(c.phone) } : {}),
    ...(c.email ? { emailKey: c.email.trim().toLowerCase() } : {}),
    ...(c.accountNumber ? { accountKey: accountKey(c.accountNumber) } : {}),
  };
}

export function plainCustomer(stored: StoredCustomer): Customer {
  const { nameKey: _n, nameWords: _w, phoneKey: _p, emailKey: _e, accountKey: _a, ...c } = stored;
  return c;
}

export type NewCustomer = Omit<Customer, 'id' | 'anonymisedAt'>;

/** Checks new customer details; the id is the store's. */
export function checkNewCustomer(details: NewCustomer, id: string): { ok: true; customer: Customer } | { ok: false; missing: string[] } {
  const parsed = customerSchema.safeParse({ ...details, id });
  if (!parsed.success) return { ok: false, missing: [...new Set(parsed.error.issues.map((i) => i.message))] };
  return { ok: true, customer: parsed.data };
}

async function byName(db: ComplaintsDatabase, query: string, limit: number): Promise<StoredCustomer[]> {
  const terms = tokens(query);
  const driver = [...terms].sort((a, b) => b.length - a.length)[0];
  if (!driver) return [];
  const matchesAll = (c: StoredCustomer) => terms.every((t) => (c.nameWords ?? nameWords(c.name)).some((w) => w.startsWith(t)));
  return db.customers.where('nameWords').startsWith(driver).filter(matchesAll).distinct().limit(limit).toArray();
}

/**
 * Whether `viewer` may be offered this customer: one with no case yet, or with a case they may see. A customer
 * whose only cases are hidden from them (a complaint about staff) is not offered: finding them would tell that
 * such a complaint exists.
 */
async function offeredTo(db: ComplaintsDatabase, viewer: Viewer, customerId: string): Promise<boolean> {
  const rows = await db.caseRows.where('customerId').equals(customerId).toArray();
  return rows.length === 0 || rows.some((row) => canSeeRow(viewer, row));
}

/**
 * Customers matching what staff typed: an email address, a phone number, an account number or a name (every
 * word must start a word of the name). At most `limit`, sorted by name; customers whose details were
 * anonymised are left out, and so are those whose every case `viewer` may not see.
 */
export async function findCustomers(db: ComplaintsDatabase, query: string, viewer: Viewer, limit = 10): Promise<Customer[]> {
  const text = query.trim();
  if (text.length < 2) return [];
  return db.transaction('r', db.customers, db.caseRows, async () => {
    const found: StoredCustomer[] = [];
    if (text.includes('@')) {
      found.push(...(await db.customers.where('emailKey').startsWith(text.toLowerCase()).limit(limit).toArray()));
    } else {
      const digits = phoneKey(text);
      if (/^[+\d\s()-]+$/.test(text) && digits.length >= 4) {
        found.push(...(await db.customers.where('phoneKey').startsWith(digits).limit(limit).toArray()));
      }
      const account = accountKey(text);
      if (/\d/.test(text) && account.length >= 3) {
        found.push(...(await db.customers.where('accountKey').startsWith(account).limit(limit).toArray()));
      }
      if (/[a-z]/i.test(text)) found.push(...(await byName(db, text, limit)), ...(await sealedByName(db, text, viewer)));
    }
    const unique = new Map(found.filter((c) => !c.anonymisedAt).map((c) => [c.id, c]));
    const offered = await Promise.all([...unique.values()].map(async (c) => ((await offeredTo(db, viewer, c.id)) ? [c] : [])));
    return offered
      .flat()
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .slice(0, limit)
      .map(plainCustomer);
  });
}

/**
 * Customers first met in a complaint about staff are sealed with it, so no index holds their names: they are
 * found through the confidential rows this viewer's session can open (none for anyone outside the audience).
 */
async function sealedByName(db: ComplaintsDatabase, text: string, viewer: Viewer): Promise<StoredCustomer[]> {
  const wanted = text.toLowerCase();
  const rows = (await sealedRowsFor(db, viewer)).filter((row) => {
    const name = row.customerName.toLowerCase();
    return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
  });
  const found = await db.customers.bulkGet([...new Set(rows.map((row) => row.customerId))]);
  return found.filter((c): c is StoredCustomer => c !== undefined);
}

export async function getCustomer(db: ComplaintsDatabase, id: string): Promise<Customer | undefined> {
  const stored = await db.customers.get(id);
  return stored ? plainCustomer(stored) : undefined;
}
