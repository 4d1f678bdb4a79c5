// Tests that verifying a made pack catches a changed byte in any file, and that scripts/verify-pack.ts says so by its exit code.
import { execFileSync } from 'node:child_process';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCasePack } from '../../../../shared/case-pack/verify-case-pack';
import { packRequestAt } from '../../../fixtures/case-packs';
import { makeSoundPack, type MadePack } from './pack-reading';

const folder = mkdtempSync(join(tmpdir(), 'pack-verify-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let pack: MadePack;
beforeAll(async () => {
  pack = await makeSoundPack(packRequestAt('closed'));
});

/** The pack re-zipped, as someone with a ZIP tool would, with `change` applied to its files. */
function rezipped(change: (files: Zippable) => void): Uint8Array {
  const files: Zippable = Object.fromEntries([...pack.files].map(([path, bytes]) => [path, bytes.slice()]));
  change(files);
  return zipSync(files, { mtime: new Date('2026-12-11T12:00:00Z') });
}

describe('verifying a made pack', () => {
  it('finds it sound, each file ok', async () => {
    const result = await verifyCasePack(pack.zip);
    expect(result.ok).toBe(true);
    expect(result.files?.map((f) => f.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it.each(['summary.pdf', 'case.json', 'letters/Acknowledgement.pdf', 'attachments/november-bill.pdf'])('reports %s as changed when one byte of it changes', async (path) => {
    const zip = rezipped((files) => {
      const bytes = files[path] as Uint8Array;
      const at = Math.floor(bytes.length / 2);
      bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    });
    const result = await verifyCasePack(zip);
    expect(result.ok).toBe(false);
    expect(result.files).toContainEqual({ path, status: 'changed' });
    expect(result.files?.filter((f) => f.status !== 'ok')).toHaveLength(1);
    if (!result.ok) expect(result.problems).toContain(`${path} was changed: its SHA-256 does not match the manifest`);
  });

  it('reports a changed manifest, a missing file and an extra file', async () => {
    const manifestChanged = rezipped((files) => {
      files['manifest.json'] = strToU8(new TextDecoder().decode(files['manifest.json'] as Uint8Array).replace(/"size": (\d+)/, '"size": 1$1'));
    });
    expect((await verifyCasePack(manifestChanged)).files).toContainEqual({ path: 'summary.pdf', status: 'changed' });
    const missing = rezipped((files) => delete files['letters/Acknowledgement.pdf']);
    expect((await verifyCasePack(missing)).files).toContainEqual({ path: 'letters/Acknowledgement.pdf', status: 'missing' });
    const extra = rezipped((files) => void (files['attachments/added.txt'] = strToU8('added later')));
    expect((await verifyCasePack(extra)).files).toContainEqual({ path: 'attachments/added.txt', status: 'extra' });
  });
});

/** Replaces a file and updates the manifest to match, as a careful forger would. */
function withListedFile(files: Zippable, path: string, bytes: Uint8Array): void {
  files[path] = bytes;
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'] as Uint8Array)) as { files: { path: string; size: number; sha256: string }[] };
  for (const file of manifest.files) if (file.path === path) Object.assign(file, { size: bytes.length, sha256: bytesToHex(sha256(bytes)) });
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
}

describe('scripts/verify-pack.ts', () => {
  const run = (file: string): { status: number; output: string } => {
    try {
      return { status: 0, output: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/verify-pack.ts', file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: failed.stdout + failed.stderr };
    }
  };

  // Three runs of the script through tsx: each starts a Node process, slow on a busy machine.
  it('exits 0 for a sound pack, and 1 naming the file for a changed byte or a case.json the schema refuses', { timeout: 90_000 }, () => {
    const sound = join(folder, 'sound.zip');
    const changed = join(folder, 'changed.zip');
    const foreign = join(folder, 'foreign.zip');
    writeFileSync(sound, pack.zip);
    writeFileSync(changed, rezipped((files) => void ((files['attachments/november-bill.pdf'] as Uint8Array)[0] = 0x21)));
    // A case.json that is valid JSON but not a case, with a manifest that matches it: only the schema can tell.
    writeFileSync(foreign, rezipped((files) => withListedFile(files, 'case.json', strToU8('{"reference":"x"}'))));
    const good = run(sound);
    expect(good).toMatchObject({ status: 0, output: expect.stringContaining('OK: sound.zip is a complete, unchanged Complaints Desk case pack.') });
    expect(run(changed)).toEqual({ status: 1, output: 'NOT OK: changed.zip failed the case pack check:\n  - attachments/november-bill.pdf was changed: its SHA-256 does not match the manifest\n' });
    expect(run(foreign)).toMatchObject({ status: 1, output: expect.stringContaining('case.json is not valid (format)') });
    expect(run(join(folder, 'no-such.zip'))).toMatchObject({ status: 1, output: expect.stringContaining('there is no such file') });
  });
});
