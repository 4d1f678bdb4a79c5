// Shared set-up for the store tests: a fresh database per test on fake-indexeddb, the fixture staff, a recorder.
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import type { Actor, ComplaintCase, TimelineEvent } from '../../../shared/model';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION, type ComplaintsDatabaseOptions } from '../../../renderer/store/db';
import { unlockFixtureStaff } from './sealed-fixtures';
import { recordComplaint, applyCaseAction, type RecordComplaintInput } from '../../../renderer/store/cases';
import type { CaseAction } from '../../../shared/policy';
import { customer as fixtureCustomer, intake, staff, times } from '../../fixtures/cases';

export { actors, staff, times } from '../../fixtures/cases';

const open: ComplaintsDatabase[] = [];

/** A new, empty database with the fixture staff on it; deleted after the test by deleteAll. */
export async function freshDb(
  options: ComplaintsDatabaseOptions = {},
  prepare: (db: ComplaintsDatabase) => void = () => undefined,
  name = `store-test-${crypto.randomUUID()}`,
): Promise<ComplaintsDatabase> {
  const db = new ComplaintsDatabase(name, options);
  open.push(db);
  prepare(db);
  await db.open();
  if ((options.schemaVersion ?? 2) >= 2) await db.users.bulkPut(Object.values(staff));
  // Every fixture person has keys, all unlocked in this window: the store's own checks decide who sees what, as
  // before sealed records. Tests of what each person's keys open (sealed-records.test.ts) unlock one at a time.
  if ((options.schemaVersion ?? LATEST_SCHEMA_VERSION) >= 8) await unlockFixtureStaff(db);
  return db;
}

/** A second connection to the same database: another window. */
export function secondWindow(db: ComplaintsDatabase): ComplaintsDatabase {
  const other = new ComplaintsDatabase(db.name);
  open.push(other);
  // The same people are signed in there (after a reload, sign-in unlocks their keys again).
  for (const keys of db.keyring.users.values()) other.keyring.unlock(keys);
  return other;
}

export async function deleteAll(): Promise<void> {
  const dbs = open.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
}

/**
 * Makes a write to `table` fail with `error()`, as a full disk or a crash part-way would: the next one, or the
 * first after `arm()` when `later` is set. Call before the database opens.
 */
export function failNextWrite(db: ComplaintsDatabase, table: string, error: () => Error, later = false): { arm(): void } {
  let armed = !later;
  db.use({
    stack: 'dbcore',
    name: `fail-next-write-${table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string) {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate(req: DBCoreMutateRequest) {
            if (!armed) return inner.mutate(req);
            armed = false;
            return Promise.reject(error());
          },
        };
      },
    }),
  });
  return {
    arm: () => {
      armed = true;
    },
  };
}

/** Every timeline event in the database, or of one case, in stored order. */
export async function storedEvents(db: ComplaintsDatabase, caseId?: string): Promise<TimelineEvent[]> {
  const pages = await db.timeline.toArray();
  return pages.filter((p) => caseId === undefined || p.caseId === caseId).flatMap((p) => p.events);
}

/** Everything in the database, table by table, to compare before and after a failed write. */
export async function snapshot(db: ComplaintsDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

export function newCustomerInput(overrides: Partial<RecordComplaintInput['complaint']> = {}, name = fixtureCustomer.name): RecordComplaintInput {
  const { customerId: _id, ...complaint } = intake();
  return {
    customer: { details: { name, phone: fixtureCustomer.phone, email: fixtureCustomer.email, accountNumber: fixtureCustomer.accountNumber } },
    complaint: { ...complaint, ...overrides },
  };
}

/** Records a complaint that must be accepted. */
export async function recorded(db: ComplaintsDatabase, by: Actor, input: RecordComplaintInput = newCustomerInput(), now: string = times.recorded): Promise<ComplaintCase> {
  const result = await recordComplaint(db, input, by, now);
  if (!result.ok) throw new Error(`recordComplaint refused: ${result.missing.join('; ')}`);
  return result.case;
}

/** Takes actions in turn that must each be accepted; returns the case after the last. */
export async function acted(db: ComplaintsDatabase, c: ComplaintCase, steps: [CaseAction, Actor, string][]): Promise<ComplaintCase> {
  let current = c;
  for (const [action, by, at] of steps) {
    const result = await applyCaseAction(db, { caseId: current.id, expectedVersion: current.version, action }, by, at);
    if (!result.ok) throw new Error(`${action.type} refused: ${result.missing.join('; ')}`);
    current = result.case;
  }
  return current;
}

/** A complaint naming staff.namedEmployee, recorded by the agent. */
export function staffComplaintInput(): RecordComplaintInput {
  return newCustomerInput({
    concernsStaff: true,
    namedStaffUserIds: [staff.namedEmployee.id],
    dealtWithName: staff.namedEmployee.name,
    dealtWithUserId: staff.namedEmployee.id,
    nature: 'The adviser was rude on the phone and hung up on me twice.',
  });
}
