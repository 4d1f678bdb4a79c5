// The browser's streamed save: chunks gathered into Blob parts, one download of the whole file at the end, nothing on abort.
import { describe, expect, it } from 'vitest';
import type { BrowserEnvironment } from '../../../../renderer/host/desktop-host';
import { browserStreamedSave } from '../../../../renderer/host/streamed-save';

function fakeBrowser() {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const later: (() => void)[] = [];
  const browser = {
    document: {} as BrowserEnvironment['document'],
    createObjectURL: (blob: Blob) => {
      const url = `blob:app/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
    later: (run: () => void) => void later.push(run),
  } satisfies BrowserEnvironment;
  return { browser, blobs, revoked, later };
}

describe('browserStreamedSave', () => {
  it('downloads every chunk, in order, as one file of the type asked for', async () => {
    const { browser, blobs, revoked, later } = fakeBrowser();
    const downloads: [string, string][] = [];
    const save = browserStreamedSave(browser, { suggestedName: 'pack.zip', mimeType: 'application/zip' }, (url, name) => void downloads.push([url, name]));
    // Over 8 MB in all, so the bytes pass through more than one Blob part.
    const chunk = (i: number) => new Uint8Array(3 * 1024 * 1024).fill(i);
    for (const i of [1, 2, 3, 4]) await save.write(chunk(i));
    await expect(save.finish()).resolves.toEqual({ downloaded: 'pack.zip' });
    expect(downloads).toEqual([['blob:app/1', 'pack.zip']]);
    const blob = blobs.get('blob:app/1');
    expect(blob?.type).toBe('application/zip');
    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
    expect(bytes.length).toBe(12 * 1024 * 1024);
    expect([0, 1, 2, 3].map((i) => bytes[i * 3 * 1024 * 1024 + 5])).toEqual([1, 2, 3, 4]);
    later.forEach((run) => run());
    expect(revoked).toEqual(['blob:app/1']);
  });

  it('downloads nothing when aborted', async () => {
    const { browser, blobs } = fakeBrowser();
    const save = browserStreamedSave(browser, { suggestedName: 'pack.zip', mimeType: 'application/zip' }, () => {
      throw new Error('must not download');
    });
    await save.write(new Uint8Array([1, 2, 3]));
    await save.abort();
    expect(blobs.size).toBe(0);
  });
});
