// Streamed saves in main: chunks written in order to a real temp folder, renamed into place, nothing left on abort or a full disk.
import { mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveStreams, type SaveStreamDeps } from '../../../electron/ipc/save-stream';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'complaints-desk-stream-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function realDeps(overrides: Partial<SaveStreamDeps> = {}): SaveStreamDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    askWhereToSave: async (fileName) => {
      asked.push(fileName);
      return path.join(folder, fileName);
    },
    create: (filePath) => open(filePath, 'wx'),
    rename: (from, to) => rename(from, to),
    remove: (filePath) => rm(filePath, { force: true }),
    ...overrides,
  };
}

const request = { suggestedName: 'Case pack JESQ-2026-000123.zip', mimeType: 'application/zip' };

async function begun(streams: SaveStreams): Promise<string> {
  const result = await streams.begin(request);
  if ('cancelled' in result) throw new Error('the save was cancelled');
  return result.handle;
}

describe('SaveStreams', () => {
  it('writes every chunk in order, even when sent without waiting, and puts the file in place at the end', async () => {
    const deps = realDeps();
    const streams = new SaveStreams(deps);
    const handle = await begun(streams);
    const chunks = Array.from({ length: 50 }, (_, i) => new Uint8Array(10_000).fill(i));
    await Promise.all(chunks.map((bytes) => streams.append({ handle, bytes })));
    expect(await readdir(folder)).toEqual([expect.stringMatching(/^\.Case pack JESQ-2026-000123\.zip\.[0-9a-f]{8}\.part$/)]);
    await expect(streams.finish({ handle })).resolves.toEqual({ savedTo: path.join(folder, request.suggestedName) });
    const saved = await readFile(path.join(folder, request.suggestedName));
    expect(saved.length).toBe(500_000);
    expect([...chunks.keys()].every((i) => saved[i * 10_000] === i && saved[i * 10_000 + 9_999] === i)).toBe(true);
    expect(await readdir(folder)).toEqual([request.suggestedName]);
    expect(streams.openCount).toBe(0);
  });

  it('asks nothing more and writes nothing when the dialog is cancelled', async () => {
    const streams = new SaveStreams(realDeps({ askWhereToSave: async () => undefined }));
    await expect(streams.begin(request)).resolves.toEqual({ cancelled: true });
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves an existing file as it was and no temporary file when aborted', async () => {
    await writeFile(path.join(folder, request.suggestedName), 'the pack sent last week');
    const streams = new SaveStreams(realDeps());
    const handle = await begun(streams);
    await streams.append({ handle, bytes: new Uint8Array([1, 2, 3]) });
    await streams.abort({ handle });
    expect(await readdir(folder)).toEqual([request.suggestedName]);
    expect(await readFile(path.join(folder, request.suggestedName), 'utf8')).toBe('the pack sent last week');
    await expect(streams.append({ handle, bytes: new Uint8Array([4]) })).rejects.toThrow('That save is no longer open');
  });

  it('says the disk is full in words for staff, and removes the partial file', async () => {
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const streams = new SaveStreams(
      realDeps({
        create: async (filePath) => {
          const file = await open(filePath, 'wx');
          return { write: async () => Promise.reject(full), close: () => file.close() };
        },
      }),
    );
    const handle = await begun(streams);
    await expect(streams.append({ handle, bytes: new Uint8Array([1]) })).rejects.toThrow('There is not enough space on the disk to save “Case pack JESQ-2026-000123.zip”');
    expect(await readdir(folder)).toEqual([]);
    expect(streams.openCount).toBe(0);
  });

  it('closes and removes every open save when the app quits', async () => {
    const streams = new SaveStreams(realDeps());
    await begun(streams);
    await begun(streams);
    await streams.abortAll();
    expect(await readdir(folder)).toEqual([]);
    expect(streams.openCount).toBe(0);
  });
});
