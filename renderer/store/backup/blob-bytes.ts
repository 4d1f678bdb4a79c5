// Blobs as the backup format's byte source, and a collector that turns many pieces into one Blob without holding them all.
import type { ByteSource } from '../../../shared/backup/backup-file';

export function blobSource(blob: Blob): ByteSource {
  return {
    ...(blob instanceof File ? { name: blob.name } : {}),
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Pieces are folded into a Blob every few megabytes, so the browser may keep them on disk rather than in memory. */
export function blobCollector(type = 'application/octet-stream', foldBytes = 32 * 1024 * 1024) {
  let folded = new Blob([], { type });
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const fold = () => {
    if (pending.length === 0) return;
    folded = new Blob([folded, ...pending], { type });
    pending = [];
    pendingBytes = 0;
  };
  return {
    add(piece: Uint8Array) {
      pending.push(piece as Uint8Array<ArrayBuffer>);
      pendingBytes += piece.length;
      if (pendingBytes >= foldBytes) fold();
    },
    blob(): Blob {
      fold();
      return folded;
    },
  };
}
