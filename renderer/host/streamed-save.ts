// Saving a large file piece by piece as it is produced (a case pack): a browser download, or the desktop's streamed save.
import type { DesktopApi, SaveStreamBeginRequest } from '../../shared/ipc-contract';
import type { BrowserEnvironment, HostSaveResult } from './desktop-host';

/** A file being written as it is produced; abort leaves nothing behind. */
export interface StreamedSave {
  write(chunk: Uint8Array): Promise<void>;
  finish(): Promise<HostSaveResult>;
  abort(): Promise<void>;
}

export type BeginSaveResult = StreamedSave | { cancelled: true };

/** Output is gathered into Blob parts of this size, which the browser may keep on disk rather than in the page. */
const BLOB_PART_BYTES = 8 * 1024 * 1024;
const REVOKE_AFTER_MS = 60_000;

export function browserStreamedSave(browser: BrowserEnvironment, request: SaveStreamBeginRequest, download: (url: string, name: string) => void): StreamedSave {
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    // new Blob copies the bytes, so the chunks (which may be the writer's own buffers) can go.
    parts.push(new Blob(pending as Uint8Array<ArrayBuffer>[]));
    pending = [];
    pendingBytes = 0;
  };
  return {
    async write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= BLOB_PART_BYTES) flush();
    },
    async finish() {
      flush();
      const url = browser.createObjectURL(new Blob(parts, { type: request.mimeType }));
      download(url, request.suggestedName);
      browser.later(() => browser.revokeObjectURL(url), REVOKE_AFTER_MS);
      return { downloaded: request.suggestedName };
    },
    async abort() {
      parts.length = 0;
      pending = [];
    },
  };
}

/** Each chunk crosses to the main process, which writes it to a temporary file it renames into place at the end. */
export async function desktopStreamedSave(bridge: DesktopApi, request: SaveStreamBeginRequest): Promise<BeginSaveResult> {
  const begun = await bridge.beginSaveStream(request);
  if ('cancelled' in begun) return begun;
  const { handle } = begun;
  return {
    // Structured clone copies the chunk across to main, so a view of a shared buffer is sent as its own bytes.
    write: (bytes) => bridge.appendSaveStream({ handle, bytes: bytes as Uint8Array<ArrayBuffer> }),
    finish: () => bridge.finishSaveStream({ handle }),
    abort: () => bridge.abortSaveStream({ handle }),
  };
}
