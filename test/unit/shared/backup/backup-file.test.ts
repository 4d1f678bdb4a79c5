// The backup file format: always sealed; round trips, and every kind of bad file (a forged unsealed one too) refused with its message.
import { describe, expect, it } from 'vitest';
import { openBackupBody, readBackupHeader, sealBackup, type BackupDescription, type ByteSource } from '../../../../shared/backup/backup-file';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC, MAX_PBKDF2_ITERATIONS } from '../../../../shared/backup/backup-header';

const description: BackupDescription = {
  schemaVersion: 2,
  createdAt: '2026-12-01T17:00:00.000Z',
  appVersion: '0.1.0',
  contents: { cases: 2, customers: 2, attachments: 1, timelinePages: 2, rows: 20 },
};

const source = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) });

const secret = 'correct horse battery staple';

async function seal(body: Uint8Array, passphrase = secret, partBytes = 1000): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of sealBackup(source(body), description, { passphrase, partBytes })) pieces.push(piece);
  return Uint8Array.from(pieces.flatMap((p) => [...p]));
}

async function open(file: Uint8Array, passphrase?: string, latest = 2) {
  const header = await readBackupHeader(source(file), latest);
  if (!header.ok) return { result: header, body: new Uint8Array() };
  const pieces: Uint8Array[] = [];
  const result = await openBackupBody(source(file), header, passphrase, (piece) => void pieces.push(piece));
  return { result, header: header.header, body: Uint8Array.from(pieces.flatMap((p) => [...p])) };
}

const body = new TextEncoder().encode('{"formatName":"dexie","data":"' + 'x'.repeat(3500) + '"}');

describe('the backup file', () => {
  it('gives back exactly the export it sealed', async () => {
    const file = await seal(body);
    const { result, header, body: opened } = await open(file, secret);
    expect(result).toEqual({ ok: true, bytes: body.length });
    expect(opened).toEqual(body);
    expect(header).toMatchObject({ ...description, bodyBytes: body.length, format: 'complaints-desk-backup', formatVersion: 1 });
    expect(header?.encryption).toMatchObject({ keySource: 'passphrase' });
  });

  it('will not make a backup without a passphrase or key', async () => {
    await expect(seal(body, '')).rejects.toThrow('A backup is always encrypted');
  });

  it('keeps an encrypted export unreadable and records PBKDF2 with at least 600,000 iterations', async () => {
    const file = await seal(body, 'correct horse battery staple');
    expect(new TextDecoder('latin1').decode(file)).not.toContain('xxxxxxxx');
    const { header } = await open(file, 'correct horse battery staple');
    expect(header?.encryption).toMatchObject({ cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations: 600_000 });
  });

  it('seals an empty export as one last part', async () => {
    const { result, body: opened } = await open(await seal(new Uint8Array()), secret);
    expect(result).toEqual({ ok: true, bytes: 0 });
    expect(opened).toHaveLength(0);
  });

  it('asks for the passphrase, and refuses a wrong one as such', async () => {
    const file = await seal(body, 'correct horse battery staple');
    expect((await open(file, '')).result).toMatchObject({ ok: false, kind: 'needs-passphrase', message: 'This backup is protected by a passphrase: enter it to restore the backup.' });
    expect((await open(file, 'Correct horse battery staple')).result).toEqual({
      ok: false,
      kind: 'wrong-passphrase',
      message: 'The passphrase is wrong: this backup cannot be opened with it. Check it (capital letters count) and try again. Nothing was changed.',
    });
  });

  const flip = (file: Uint8Array, at: number) => {
    const copy = file.slice();
    copy[at] = (copy[at] ?? 0) ^ 0x20;
    return copy;
  };

  it.each([
    ['in the header', (f: Uint8Array) => flip(f, 40), 'damaged', 'The backup file is damaged: its header does not match its checksum. Nothing was changed.'],
    ['in the body', (f: Uint8Array) => flip(f, f.length - 1500), 'damaged', 'The backup file is damaged: part 3 does not decrypt, so it has been changed or corrupted since it was made. Nothing was changed.'],
    ['cut at a part boundary', (f: Uint8Array) => f.slice(0, f.length - (5 + 16 + (body.length % 1000))), 'truncated', 'The backup file is incomplete: it ends before part 4 (the copy was cut short). Nothing was changed.'],
    ['cut inside a part', (f: Uint8Array) => f.slice(0, f.length - 10), 'truncated', 'The backup file is incomplete: part 4 is cut short. Nothing was changed.'],
    ['cut inside the header', (f: Uint8Array) => f.slice(0, 60), 'truncated', 'The backup file is incomplete: it ends inside its header (the copy was cut short). Nothing was changed.'],
    ['with bytes added at the end', (f: Uint8Array) => Uint8Array.from([...f, 0]), 'damaged', 'The backup file has extra data after its end, so it is not as it was made. Nothing was changed.'],
  ])('refuses a file changed %s with a message saying so', async (_where, change, problemKind, message) => {
    const { result } = await open(change(await seal(body)), secret);
    expect(result).toEqual({ ok: false, kind: problemKind, message });
  });

  it('refuses a file whose parts were swapped', async () => {
    const file = await seal(new Uint8Array(3000).fill(7), secret, 1000);
    const header = await readBackupHeader(source(file), 2);
    if (!header.ok) throw new Error(header.message);
    const partLength = 5 + 1000 + 16;
    const start = header.bodyStart;
    const swapped = Uint8Array.from([...file.subarray(0, start), ...file.subarray(start + partLength, start + 2 * partLength), ...file.subarray(start, start + partLength), ...file.subarray(start + 2 * partLength)]);
    expect((await open(swapped, secret)).result).toMatchObject({ ok: false, kind: 'damaged', message: expect.stringMatching(/^The backup file is damaged: part 1 does not decrypt/) });
  });

  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  it.each([
    ['a PNG', png, 'This file is not a Complaints Desk backup: it is a PNG image. Choose a file ending .cdbackup. Nothing was changed.'],
    ['random JSON', new TextEncoder().encode('{"hello":"world","n":[1,2,3]}'), 'This file is not a Complaints Desk backup: it is a JSON file. Choose a file ending .cdbackup. Nothing was changed.'],
    [
      'another Dexie database’s export',
      new TextEncoder().encode('{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"todo","databaseVersion":1,"tables":[],"data":[]}}'),
      'This file is not a Complaints Desk backup: it is a database export made by another program (a Dexie export), not a Complaints Desk backup. Choose a file ending .cdbackup. Nothing was changed.',
    ],
    ['an empty file', new Uint8Array(), 'This file is not a Complaints Desk backup: it is an empty file. Choose a file ending .cdbackup. Nothing was changed.'],
    ['random bytes', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 251), 'This file is not a Complaints Desk backup: it does not begin with the mark every backup begins with (CDBACKUP). Choose a file ending .cdbackup. Nothing was changed.'],
  ])('names a foreign file (%s)', async (_what, file, message) => {
    expect((await open(file)).result).toEqual({ ok: false, kind: 'not-a-backup', message });
  });

  // A file already named .cdbackup is not told to choose a file ending .cdbackup: it is told what it is.
  it.each([
    ['random bytes', 'x.cdbackup', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 251), 'x.cdbackup is not a Complaints Desk backup, though its name ends .cdbackup: it does not begin with the mark every backup begins with (CDBACKUP), so it was renamed from another file or its start is damaged. Choose a backup that Complaints Desk made. Nothing was changed.'],
    ['a PNG', 'Meter.CDBACKUP', png, 'Meter.CDBACKUP is not a Complaints Desk backup, though its name ends .cdbackup: it is a PNG image. Choose a backup that Complaints Desk made. Nothing was changed.'],
  ])('names a foreign file named .cdbackup (%s)', async (_what, name, file, message) => {
    expect(await readBackupHeader({ ...source(file), name }, 2)).toEqual({ ok: false, kind: 'not-a-backup', message });
  });

  async function withHeader(change: (header: Record<string, unknown>) => Record<string, unknown>): Promise<Uint8Array> {
    const json = new TextEncoder().encode(JSON.stringify(change({ format: 'complaints-desk-backup', formatVersion: 1, ...description, bodyBytes: 0, encryption: null })));
    const block = Uint8Array.from([...BACKUP_MAGIC, 0, 0, (json.length >> 8) & 0xff, json.length & 0xff, ...json]);
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', block));
    return Uint8Array.from([...block, ...hash]);
  }

  it.each([
    ['a newer database version', (h: Record<string, unknown>) => ({ ...h, schemaVersion: 3 }), 'This backup was made by a newer version of Complaints Desk (database version 3; this version reads up to 2). Update Complaints Desk, then restore it. Nothing was changed.'],
    ['a newer backup format', (h: Record<string, unknown>) => ({ ...h, formatVersion: BACKUP_FORMAT_VERSION + 1, somethingNew: true }), `This backup was made by a newer version of Complaints Desk (backup format ${BACKUP_FORMAT_VERSION + 1}). Update Complaints Desk, then restore it. Nothing was changed.`],
  ])('refuses a backup from %s, telling the administrator to update', async (_what, change, message) => {
    expect((await open(await withHeader(change))).result).toEqual({ ok: false, kind: 'newer', message });
  });

  it('refuses a forged unencrypted backup: its checksums are unkeyed, so anyone could have made it', async () => {
    // What a forger writes: a well-formed header saying "not encrypted", a valid checksum over it, and a body.
    const forged = await withHeader((h) => ({ ...h, bodyBytes: 2 }));
    const { result } = await open(Uint8Array.from([...forged, 0, 0, 0, 34, 1, ...new TextEncoder().encode('{}'), ...new Uint8Array(32)]), secret);
    expect(result).toEqual({
      ok: false,
      kind: 'unsealed',
      message: 'This backup is not encrypted, so nothing shows that Complaints Desk made it or that it is unchanged since: it cannot be restored. Restore an encrypted backup instead. Nothing was changed.',
    });
  });

  it.each([
    [MAX_PBKDF2_ITERATIONS + 1, 'encryption.iterations: iterations must be at most 2,000,000'],
    [100_000_000, 'encryption.iterations: iterations must be at most 2,000,000'],
  ])('refuses a header demanding %i key-derivation rounds before deriving anything', async (iterations, problem) => {
    const file = await withHeader((h) => ({ ...h, encryption: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations, salt: '00'.repeat(16), noncePrefix: '00'.repeat(8), keyCheck: '00'.repeat(16) } }));
    const started = performance.now();
    expect((await open(file, secret)).result).toEqual({ ok: false, kind: 'damaged', message: `The backup file's header is not valid (${problem}). Nothing was changed.` });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('names the header fields that are wrong, with a valid checksum over them', async () => {
    const file = await withHeader((h) => ({ ...h, createdAt: 'yesterday', encryption: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations: 1000, salt: 'ab', noncePrefix: '00'.repeat(8), keyCheck: '00'.repeat(16) } }));
    expect((await open(file)).result).toEqual({
      ok: false,
      kind: 'damaged',
      message:
        "The backup file's header is not valid (createdAt: createdAt must be a date and time; encryption.iterations: iterations must be at least 600,000; encryption.salt: salt must be 16 bytes as lower-case hexadecimal). Nothing was changed.",
    });
  });
});
