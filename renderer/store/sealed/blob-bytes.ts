// A file's bytes, read before the transaction that stores it: IndexedDB would commit while a Blob is read, and a
// sealed file is sealed from its bytes inside the transaction.

const bytesOf = new WeakMap<Blob, Uint8Array>();

/** Reads the file's bytes now, so that the store can seal it later inside a transaction. */
export async function readyToSeal<T extends Blob>(blob: T): Promise<T> {
  if (!bytesOf.has(blob)) bytesOf.set(blob, new Uint8Array(await blob.arrayBuffer()));
  return blob;
}

export function takeBlobBytes(blob: Blob): Uint8Array {
  const bytes = bytesOf.get(blob);
  if (!bytes) throw new Error('A confidential file must be read (readyToSeal) before the transaction that stores it');
  return bytes;
}

/** A Blob made from bytes already in hand (the seed): registered without reading it again. */
export function registerBlobBytes(blob: Blob, bytes: Uint8Array): Blob {
  bytesOf.set(blob, bytes);
  return blob;
}
