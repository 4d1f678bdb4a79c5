// The automatic backup chain on real Dexie (fake-indexeddb) and real files on disk: a base then segments of the
// changes since, restored into an empty desk, give every table as the desk has it; a changed, missing or swapped
// segment is refused and nothing is restored; a complaint about staff is in the files only as ciphertext.
import 'fake-indexeddb/auto';
import './web-platform';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Dexie from 'dexie';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { activeDeskName, type PointerStore } from '../../../../renderer/store/backup/active-desk';
import { prepareChainSegment, type PreparedSegment } from '../../../../renderer/store/backup/chain-segment';
import { restoreChain } from '../../../../renderer/store/backup/restore-chain';
import { ComplaintsDatabase } from '../../../../renderer/store/db';
import { addAttachment } from '../../../../renderer/store/attachments';
import { addDraftFile, discardDraft, saveDraft } from '../../../../renderer/store/drafts';
import { deskPlan } from '../../../../renderer/store/seed/synthetic-desk';
import { seedDesk } from '../../../../renderer/store/seed/write-seed';
import { bytesToHex } from '@noble/hashes/utils.js';
import { openBackupBody, readBackupHeader } from '../../../../shared/backup/backup-file';
import { blobSource } from '../../../../renderer/store/backup/blob-bytes';
import { readSegmentBody } from '../../../../renderer/store/backup/segment-body';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/store/db';
import { UNJOURNALLED_TABLES } from '../../../../renderer/store/schema/v21';
import { actors, deleteAll, freshDb, newCustomerInput, recorded, staff } from '../store-fixtures';

vi.setConfig({ testTimeout: 120_000 });
const now = '2026-12-01T17:00:00.000Z';
const deskKey = 'ab'.repeat(32);
const folder = mkdtempSync(path.join(tmpdir(), 'backup-chain-'));
const opened: ComplaintsDatabase[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await deleteAll();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const memoryPointer = (): PointerStore => {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
};

/** Writes the segment into the folder as the desktop app does, then records it as written. */
async function written(segment: PreparedSegment | null): Promise<string> {
  if (!segment) throw new Error('expected a segment');
  const pieces: Uint8Array[] = [];
  for await (const piece of segment.pieces) pieces.push(piece);
  const file = path.join(folder, segment.fileName);
  writeFileSync(file, Buffer.concat(pieces));
  await segment.commit();
  return file;
}
const segment = (db: ComplaintsDatabase, at = now) => prepareChainSegment(db, { now: at, appVersion: '0.1.0', deskKey });
const fileOf = (file: string) => new File([readFileSync(file)], path.basename(file));

/** Every table but the chain's bookkeeping, rows as stored (sealed ones sealed), files as their bytes. */
async function everyTable(name: string): Promise<Record<string, unknown[]>> {
  const raw = new ComplaintsDatabase(name, { sealing: false, journal: false });
  opened.push(raw);
  const out: Record<string, unknown[]> = {};
  const plain = async (value: unknown): Promise<unknown> => {
    if (value instanceof Blob) return { type: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
    if (value instanceof Uint8Array) return { bytes: [...value] };
    if (Array.isArray(value)) return Promise.all(value.map(plain));
    if (value !== null && typeof value === 'object') return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await plain(v)])));
    return value;
  };
  for (const table of raw.tables) if (!UNJOURNALLED_TABLES.includes(table.name)) out[table.name] = (await plain(await table.toArray())) as unknown[];
  raw.close();
  return out;
}

const STAFF_CUSTOMER = 'Gwenllian Pryce-Whitcombe';
const STAFF_WORDS = 'mocked my Llanfairfechan meter readings';

/** A desk with every table in use, a complaint about staff among its cases. */
async function busyDesk(): Promise<ComplaintsDatabase> {
  const db = await freshDb();
  await seedDesk(db, deskPlan({ cases: 12, batchSize: 6, seed: 7 }));
  await recorded(db, actors.agent, newCustomerInput({ concernsStaff: true, namedStaffUserIds: [staff.namedEmployee.id], dealtWithName: staff.namedEmployee.name, dealtWithUserId: staff.namedEmployee.id, nature: `The adviser ${STAFF_WORDS}.` }, STAFF_CUSTOMER));
  return db;
}

async function emptyDesk(): Promise<ComplaintsDatabase> {
  const db = new ComplaintsDatabase(`empty-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  return db;
}

/** A base and two segments of changes: new cases, files (two with the same bytes), a draft and its deletion. */
async function chainOfThree(db: ComplaintsDatabase): Promise<string[]> {
  const files = [await written(await segment(db))];
  const c = await recorded(db, actors.agent);
  const bill = new Blob(['%PDF-1.4 the bill'], { type: 'application/pdf' });
  const added = await addAttachment(db, { caseId: c.id, expectedVersion: c.version, file: bill, name: 'bill.pdf', source: 'customer' }, actors.agent, now);
  if (!added.ok) throw new Error(added.missing.join('; '));
  // The same bill on another case: the same bytes, written once.
  const c2 = await recorded(db, actors.agent);
  const again = await addAttachment(db, { caseId: c2.id, expectedVersion: c2.version, file: new Blob(['%PDF-1.4 the bill'], { type: 'application/pdf' }), name: 'bill.pdf', source: 'customer' }, actors.agent, now);
  if (!again.ok) throw new Error(again.missing.join('; '));
  const key = { userId: staff.agent.id, form: 'new-complaint' };
  await saveDraft(db, key, { nature: 'Half typed' }, now);
  await addDraftFile(db, key, { name: 'photo.png', source: 'customer', blob: new Blob([Uint8Array.from({ length: 512 }, (_, i) => i % 256)], { type: 'image/png' }) }, now);
  files.push(await written(await segment(db, '2026-12-01T18:00:00.000Z')));
  await discardDraft(db, key);
  await recorded(db, actors.manager);
  files.push(await written(await segment(db, '2026-12-01T19:00:00.000Z')));
  return files;
}

describe('the automatic backup chain', () => {
  it('restores base and segments into an empty desk as every table of the desk', async () => {
    const db = await busyDesk();
    const files = await chainOfThree(db);
    expect(await segment(db)).toBeNull();
    const sizes = files.map((f) => readFileSync(f).length);
    expect(sizes[1]).toBeLessThan(sizes[0]! / 2);
    const before = await everyTable(db.name);

    const pointer = memoryPointer();
    const outcome = await restoreChain(files.map(fileOf).reverse(), deskKey, { pointer, now, current: await emptyDesk() });
    expect(outcome).toMatchObject({ ok: true });
    expect(await everyTable(activeDeskName(pointer))).toEqual(before);
  });

  it('writes each file into the chain once, by its fingerprint', async () => {
    const db = await busyDesk();
    const files = await chainOfThree(db);
    const read = await readBackupHeader(blobSource(fileOf(files[1]!)), LATEST_SCHEMA_VERSION);
    if (!read.ok) throw new Error(read.message);
    const pieces: Uint8Array[] = [];
    expect(await openBackupBody(blobSource(fileOf(files[1]!)), read, deskKey, (p) => void pieces.push(p))).toMatchObject({ ok: true });
    const body = await readSegmentBody(new Blob(pieces as Uint8Array<ArrayBuffer>[]));
    // The bill on two cases: two files named, one written (a draft's files are sealed into its row).
    expect(body.fileList).toHaveLength(2);
    expect(new Set(body.fileList).size).toBe(1);
    expect(body.files.size).toBe(1);
    // The files of the base are not written again.
    for (const digest of body.files.keys()) expect(await db.backupFiles.get(digest)).toBeDefined();
  });

  it('refuses a changed, a missing or a swapped segment, and restores nothing', async () => {
    const db = await busyDesk();
    const files = await chainOfThree(db);
    const current = await emptyDesk();
    const before = await Dexie.getDatabaseNames();

    const changed = readFileSync(files[1]!);
    changed.writeUInt8(changed.readUInt8(changed.length - 20) ^ 0xff, changed.length - 20);
    const tampered = await restoreChain([fileOf(files[0]!), new File([changed], path.basename(files[1]!)), fileOf(files[2]!)], deskKey, { pointer: memoryPointer(), now, current });
    expect(tampered).toMatchObject({ ok: false, message: expect.stringMatching(/^Segment 2 .*damaged.*does not decrypt/) });

    const missing = await restoreChain([fileOf(files[0]!), fileOf(files[2]!)], deskKey, { pointer: memoryPointer(), now, current });
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('segment 2 of the chain is missing') });

    // Another segment 1 made from the same base, after another change: segment 3 names the one written, not this one.
    const state = await db.backupChain.get('automatic');
    const base = await readBackupHeader(blobSource(fileOf(files[0]!)), LATEST_SCHEMA_VERSION);
    if (!state || state.key !== 'automatic' || !base.ok) throw new Error('no chain');
    await recorded(db, actors.agent);
    await db.backupChain.put({ ...state, nextIndex: 1, lastDigest: bytesToHex(base.headerHash) });
    const other = await segment(db);
    if (!other) throw new Error('expected a segment');
    const pieces: Uint8Array[] = [];
    for await (const piece of other.pieces) pieces.push(piece);
    const swapped = await restoreChain([fileOf(files[0]!), new File([Buffer.concat(pieces)], 'other.cdbackup'), fileOf(files[2]!)], deskKey, { pointer: memoryPointer(), now, current });
    expect(swapped).toMatchObject({ ok: false, message: expect.stringContaining('does not follow segment 2') });

    expect(await Dexie.getDatabaseNames()).toEqual(before);
  });

  it('holds a complaint about staff only as ciphertext', async () => {
    const db = await busyDesk();
    const files = await chainOfThree(db);
    for (const file of files) {
      const text = readFileSync(file).toString('latin1') + readFileSync(file).toString('utf8');
      for (const secret of [STAFF_CUSTOMER, 'Llanfairfechan', 'Pryce-Whitcombe', 'Half typed']) expect(text).not.toContain(secret);
    }
  });
});
