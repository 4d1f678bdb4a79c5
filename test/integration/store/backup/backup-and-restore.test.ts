// Backup and restore on real Dexie (fake-indexeddb): a round trip gives an identical export; every bad file is
// refused with its message and leaves the desk byte-for-byte as it was.
import 'fake-indexeddb/auto';
import './web-platform';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeDeskName, readDeskPointer, type PointerStore } from '../../../../renderer/store/backup/active-desk';
import { exportDesk } from '../../../../renderer/store/backup/desk-export';
import { backupBlob } from '../../../../renderer/store/backup/make-backup';
import { inspectBackup, restoreBackup, type RestoreProgress } from '../../../../renderer/store/backup/restore-backup';
import { ComplaintsDatabase, LATEST_SCHEMA_VERSION } from '../../../../renderer/store/db';
import { deskPlan } from '../../../../renderer/store/seed/synthetic-desk';
import { seedDesk } from '../../../../renderer/store/seed/write-seed';
import { addAttachment } from '../../../../renderer/store/attachments';
import { rowSchemas } from '../../../../renderer/store/backup/row-schemas';
import { addDraftFile, saveDraft } from '../../../../renderer/store/drafts';
import { sealBackup } from '../../../../shared/backup/backup-file';
import { anonymiseStoredCase } from '../../../../renderer/store/retention';
import { maxKey, MIN } from '../../../../renderer/store/queries/keys';
import { verifyTimeline } from '../../../../renderer/store/timeline/verify';
import { endedCase, jane, janeNature, muchLater, omar } from '../../privacy/privacy-fixtures';
import { actors, deleteAll, freshDb, recorded, snapshot, staff } from '../store-fixtures';

const now = '2026-12-01T17:00:00.000Z';
// Each test exports, seals, restores and exports again: real work, on a machine shared with other test runs.
vi.setConfig({ testTimeout: 90_000 });
const passphrase = 'Meter readings at dawn 42';
const opened: ComplaintsDatabase[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await deleteAll();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

function memoryPointer(): PointerStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A small desk with every table in use: seeded cases with files, a case recorded through the store, a file. */
async function deskWithEverything(): Promise<ComplaintsDatabase> {
  const db = await freshDb();
  await seedDesk(db, deskPlan({ cases: 16, batchSize: 8, seed: 7 }));
  const c = await recorded(db, actors.agent);
  const added = await addAttachment(db, { caseId: c.id, expectedVersion: c.version, file: new Blob(['%PDF-1.4 the bill'], { type: 'application/pdf' }), name: 'bill.pdf', source: 'customer' }, actors.agent, now);
  if (!added.ok) throw new Error(added.missing.join('; '));
  // Every byte value, so the round trip is shown to keep binary files exactly.
  const binary = new Blob([Uint8Array.from({ length: 1024 }, (_, i) => i % 256)], { type: 'image/png' });
  const photo = await addAttachment(db, { caseId: c.id, expectedVersion: added.case.version, file: binary, name: 'meter.png', source: 'customer' }, actors.agent, now);
  if (!photo.ok) throw new Error(photo.missing.join('; '));
  // A complaint half typed, with a file dropped on it: drafts are part of the desk too.
  const key = { userId: staff.agent.id, form: 'new-complaint' };
  await saveDraft(db, key, { nature: 'Half typed' }, now);
  await addDraftFile(db, key, { name: 'photo.png', source: 'customer', blob: binary }, now);
  return db;
}

function openDesk(pointer: PointerStore): ComplaintsDatabase {
  const db = new ComplaintsDatabase(activeDeskName(pointer));
  opened.push(db);
  return db;
}

describe('a backup and restore round trip', () => {
  it('has a row check for every table of the latest schema', async () => {
    const db = await freshDb();
    expect(Object.keys(rowSchemas).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('restores a wiped desk to an identical export', async () => {
    const secret = passphrase;
    const db = await deskWithEverything();
    const before = await bytesOf(await exportDesk(db));
    const { blob, description } = await backupBlob(db, { now, appVersion: '0.1.0', passphrase: secret });
    expect(description.contents).toMatchObject({ cases: 17, attachments: (await db.attachmentBlobs.count()) });
    expect(description.contents.attachments).toBeGreaterThan(1);

    db.close();
    await Dexie.delete(db.name);
    const pointer = memoryPointer();
    const empty = await freshDb();
    await empty.users.clear();
    const progress: RestoreProgress[] = [];
    const outcome = await restoreBackup(blob, secret, { pointer, now, current: empty, onProgress: (p) => progress.push(p) });
    expect(outcome).toMatchObject({ ok: true, header: { contents: description.contents } });
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['reading', 'importing', 'checking']));

    const restored = openDesk(pointer);
    expect(restored.name).not.toBe(db.name);
    expect(await bytesOf(await exportDesk(restored))).toEqual(before);
  });

  it('shows what a backup holds before restoring it', async () => {
    const db = await deskWithEverything();
    const { blob } = await backupBlob(db, { now, appVersion: '0.1.0', passphrase });
    const inspected = await inspectBackup(blob);
    expect(inspected).toMatchObject({ ok: true, header: { createdAt: now, schemaVersion: LATEST_SCHEMA_VERSION, contents: { cases: 17 }, encryption: { kdf: 'PBKDF2-SHA256' } } });
  });

  it('replaces the desk with the backup: work done since is gone, the staff on the desk now are kept', async () => {
    const db = await freshDb();
    const first = await recorded(db, actors.agent);
    const { blob } = await backupBlob(db, { now, appVersion: '0.1.0', passphrase });
    await recorded(db, actors.agent);
    const newcomer = { id: 'user-new', name: 'Nia Newcomer', role: 'agent' as const, active: true };
    await db.users.put(newcomer);
    const pointer = memoryPointer();
    expect((await restoreBackup(blob, passphrase, { pointer, now, current: db })).ok).toBe(true);
    const restored = openDesk(pointer);
    expect((await restored.cases.toArray()).map((c) => c.id)).toEqual([first.id]);
    expect((await restored.users.toArray()).map((u) => u.id).sort()).toEqual([...Object.values(staff).map((u) => u.id), newcomer.id].sort());
    expect(readDeskPointer(pointer)).toEqual({ active: restored.name, previous: 'complaints-desk' });
  });

  it('never brings back an account deactivated since, nor a role as it was: the accounts stay as they are now', async () => {
    const db = await freshDb();
    await recorded(db, actors.agent);
    const { blob } = await backupBlob(db, { now, appVersion: '0.1.0', passphrase });
    // Since the backup: the agent left (deactivated), the manager became an agent, and the backup alone knows of nobody.
    await db.users.put({ ...staff.agent, active: false });
    await db.users.put({ ...staff.manager, role: 'agent' });
    const accountsNow = (await db.users.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    const pointer = memoryPointer();
    const outcome = await restoreBackup(blob, passphrase, { pointer, now, current: db });
    expect(outcome).toMatchObject({ ok: true, kept: { accountsKept: 2, accountsDeactivated: 0, casesKeptAnonymised: 0 } });
    const restored = openDesk(pointer);
    expect((await restored.users.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(accountsNow);
  });

  it('restores an account only the backup knows as deactivated', async () => {
    const db = await freshDb();
    const departed = { id: 'user-departed', name: 'Dee Parted', role: 'complaints-manager' as const, active: true };
    await db.users.put(departed);
    const { blob } = await backupBlob(db, { now, appVersion: '0.1.0', passphrase });
    await db.users.delete(departed.id);
    const pointer = memoryPointer();
    expect(await restoreBackup(blob, passphrase, { pointer, now, current: db })).toMatchObject({ ok: true, kept: { accountsDeactivated: 1 } });
    expect(await openDesk(pointer).users.get(departed.id)).toEqual({ ...departed, active: false });
  });

  it('never brings back a customer anonymised since the backup was made', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    await endedCase(db, omar, 'Omar was charged an exit fee');
    const { blob } = await backupBlob(db, { now, appVersion: '0.1.0', passphrase });
    const anonymised = await anonymiseStoredCase(db, c.id, c.version, actors.manager, muchLater);
    if (!anonymised.ok) throw new Error(anonymised.missing.join('; '));
    const pointer = memoryPointer();
    expect(await restoreBackup(blob, passphrase, { pointer, now, current: db })).toMatchObject({ ok: true, kept: { casesKeptAnonymised: 1 } });
    const restored = openDesk(pointer);
    const tables = JSON.stringify(await snapshot(restored)).toLowerCase();
    for (const original of [jane.name, 'Whitfield', jane.email, jane.accountNumber, janeNature, 'Mill Lane']) {
      expect(tables.includes(original.toLowerCase()), `${original} came back with the restore`).toBe(false);
    }
    expect(await restored.attachmentBlobs.where('[caseId+id]').between([c.id, MIN], [c.id, maxKey()]).count()).toBe(0);
    expect(await verifyTimeline(restored, c.id)).toMatchObject({ ok: true });
    expect(tables).toContain(omar.name.toLowerCase());
    expect(await restored.cases.count()).toBe(2);
  });

  it('restores a backup made by schema version 1 and runs the migrations', async () => {
    const v1 = await freshDb({ schemaVersion: 1 });
    await v1.users.bulkPut(Object.values(staff));
    const c = await recorded(v1, actors.agent);
    await v1.caseRows.toCollection().modify((row) => void delete row.words);
    await v1.customers.toCollection().modify((customer) => void delete customer.nameWords);
    const { blob, description } = await backupBlob(v1, { now, appVersion: '0.0.9', passphrase });
    expect(description.schemaVersion).toBe(1);
    const pointer = memoryPointer();
    const current = await freshDb();
    expect(await restoreBackup(blob, passphrase, { pointer, now, current })).toMatchObject({ ok: true });
    const restored = openDesk(pointer);
    await restored.open();
    expect(restored.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await restored.caseRows.get(c.id))?.words).toEqual(expect.arrayContaining(['jane', 'whitfield']));
    expect((await restored.customers.toArray())[0]?.nameWords).toEqual(['jane', 'whitfield']);
  });
});

describe('a restore of a bad file', () => {
  /** Restores `file` onto a desk and checks that it is refused with `message` and the desk's export is unchanged. */
  async function refused(file: Blob, secret: string | undefined, message: string | RegExp, db?: ComplaintsDatabase) {
    const desk = db ?? (await deskWithEverything());
    const before = await bytesOf(await exportDesk(desk));
    const namesBefore = (await Dexie.getDatabaseNames()).sort();
    const pointer = memoryPointer();
    const outcome = await restoreBackup(file, secret, { pointer, now, current: desk });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    if (typeof message === 'string') expect(outcome.message).toBe(message);
    else expect(outcome.message).toMatch(message);
    expect(pointer.map.size).toBe(0);
    expect((await Dexie.getDatabaseNames()).sort()).toEqual(namesBefore);
    expect(await bytesOf(await exportDesk(desk))).toEqual(before);
  }

  async function goodBackup(secret = passphrase) {
    const source = await deskWithEverything();
    const { blob } = await backupBlob(source, { now, appVersion: '0.1.0', passphrase: secret });
    source.close();
    await Dexie.delete(source.name);
    return blob;
  }

  it('refuses a wrong passphrase', async () => {
    await refused(await goodBackup(passphrase), 'meter readings at dawn 42', 'The passphrase is wrong: this backup cannot be opened with it. Check it (capital letters count) and try again. Nothing was changed.');
  });

  it('refuses a truncated file', async () => {
    const blob = await goodBackup();
    await refused(blob.slice(0, blob.size - 1000), passphrase, /^The backup file is incomplete: part \d+ is cut short\. Nothing was changed\.$/);
  });

  it.each([
    ['header', 30],
    ['body', -5000],
  ])('refuses a corrupted byte in the %s', async (where, at) => {
    const blob = await goodBackup(passphrase);
    const bytes = await bytesOf(blob);
    const index = at < 0 ? bytes.length + at : at;
    bytes[index] = (bytes[index] ?? 0) ^ 1;
    const expected = where === 'header' ? 'The backup file is damaged: its header does not match its checksum. Nothing was changed.' : /does not decrypt/;
    await refused(new Blob([bytes]), passphrase, expected);
  });

  it('refuses a PNG and random JSON', async () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const db = await deskWithEverything();
    await refused(new Blob([png]), undefined, 'This file is not a Complaints Desk backup: it is a PNG image. Choose a file ending .cdbackup. Nothing was changed.', db);
    await refused(new Blob(['{"cases":[1,2,3]}']), undefined, 'This file is not a Complaints Desk backup: it is a JSON file. Choose a file ending .cdbackup. Nothing was changed.', db);
  });

  it('refuses another Dexie database’s export, bare or sealed as a backup', async () => {
    const other = new Dexie(`todo-${crypto.randomUUID()}`);
    other.version(1).stores({ todos: '++id, done' });
    await other.table('todos').bulkAdd([{ title: 'Buy milk', done: 0 }]);
    const { exportDB } = await import('dexie-export-import');
    const foreign = await exportDB(other);
    other.close();
    const db = await deskWithEverything();
    await refused(foreign, undefined, /^This file is not a Complaints Desk backup: it is a database export made by another program \(a Dexie export\)/, db);
    const sealed: Uint8Array[] = [];
    const source = { size: foreign.size, read: async (o: number, l: number) => new Uint8Array(await foreign.slice(o, o + l).arrayBuffer()) };
    for await (const piece of sealBackup(source, { schemaVersion: LATEST_SCHEMA_VERSION, createdAt: now, appVersion: '0.1.0', contents: { cases: 0, customers: 0, attachments: 0, timelinePages: 0, rows: 1 } }, { passphrase })) sealed.push(piece);
    await refused(new Blob(sealed as Uint8Array<ArrayBuffer>[]), passphrase, 'This backup cannot be restored: it holds another database (tables todos), not a Complaints Desk desk. Nothing was changed: the desk is as it was.', db);
  });

  it('refuses a backup whose rows are not valid, naming the table and the field', async () => {
    const source = await deskWithEverything();
    const c = (await source.cases.toArray())[0]!;
    await source.cases.put({ ...c, receivedAt: 'last Tuesday' });
    const { blob } = await backupBlob(source, { now, appVersion: '0.1.0', passphrase });
    await refused(blob, passphrase, /^This backup cannot be restored: the cases table's record 1 \(key ".+"\) is not valid: receivedAt: .+\. Nothing was changed: the desk is as it was\.$/);
  });

  it('refuses a backup whose timeline was altered', async () => {
    const source = await deskWithEverything();
    const page = (await source.timeline.toArray())[0]!;
    const raw = new Dexie(source.name);
    source.close();
    await raw.open();
    await raw.table('timeline').put({ ...page, events: page.events.map((e, i) => (i === 0 ? { ...e, summary: 'Nothing happened' } : e)) });
    raw.close();
    const reopened = new ComplaintsDatabase(source.name);
    opened.push(reopened);
    const { blob } = await backupBlob(reopened, { now, appVersion: '0.1.0', passphrase });
    await refused(blob, passphrase, /^This backup cannot be restored: the timeline of case JESQ-\d{4}-\d{6} does not verify: Event 1 has been altered: its contents no longer match its hash\./);
  });

  it('refuses a backup whose file bytes no longer match their fingerprint', async () => {
    const source = await deskWithEverything();
    const stored = (await source.attachmentBlobs.toArray())[0]!;
    await source.attachmentBlobs.put({ ...stored, blob: new Blob(['something else']) });
    const { blob } = await backupBlob(source, { now, appVersion: '0.1.0', passphrase });
    await refused(blob, passphrase, /^This backup cannot be restored: the file “.+” does not match its fingerprint: its bytes have changed\./);
  });

  it('refuses a full disk part-way through the restore and says so', async () => {
    const blob = await goodBackup();
    const desk = await deskWithEverything();
    // The import writes into its own database: its third write fails as a full disk does (a DBCore middleware on
    // every Dexie instance, so the restore's own database gets it too).
    let writes = 0;
    const quota = (db: Dexie) => {
      if (!db.name.startsWith('complaints-desk-restored-')) return;
      db.use({
        stack: 'dbcore',
        name: 'full-disk',
        create: (down: DBCore): DBCore => ({
          ...down,
          table: (name: string) => {
            const table = down.table(name);
            return {
              ...table,
              mutate: (req: DBCoreMutateRequest) => {
                writes += 1;
                return writes === 3 ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req);
              },
            };
          },
        }),
      });
    };
    Dexie.addons.push(quota);
    try {
      await refused(blob, passphrase, /^There is not enough space on this computer to restore this backup \(it needs about \d+ MB free\)\. Nothing was changed: the desk is as it was\. Free some disk space, then try again\.$/, desk);
    } finally {
      Dexie.addons.splice(Dexie.addons.indexOf(quota), 1);
    }
    expect(writes).toBeGreaterThanOrEqual(3);
  });
});
