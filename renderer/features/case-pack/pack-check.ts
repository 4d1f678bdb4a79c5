// Checking a case pack file chosen on this desk: streamed from the file, with progress, by the shared verifier.
import { verifyCasePack, type PackFileStatus, type VerifyPackResult } from '../../../shared/case-pack/verify-case-pack';
import { blobChunks } from '../../store/case-packs';

export const fileStatusWords: Record<PackFileStatus, string> = {
  ok: 'Unchanged',
  changed: 'Changed',
  missing: 'Missing',
  extra: 'Not in the manifest',
  damaged: 'Damaged',
};

/** Reads the file once, reporting the bytes read so far. */
export async function checkPackFile(file: Blob, onProgress: (bytesRead: number) => void): Promise<VerifyPackResult> {
  async function* counted(): AsyncGenerator<Uint8Array> {
    let read = 0;
    for await (const chunk of blobChunks(file)) {
      read += chunk.length;
      onProgress(read);
      yield chunk;
    }
  }
  return verifyCasePack(counted());
}
