// Attachment bytes: content-addressed by SHA-256, uploaded once, streamed, size-limited and checked on arrival.
import { z } from 'zod';
import { sha256Hex } from '../model';

/** Largest file accepted (the desk's own limit is the same). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** PUT /v1/attachments/:sha256 with the raw bytes (application/octet-stream); GET the same path to download. */
export const attachmentPath = z.object({ sha256: sha256Hex }).strict();

/**
 * The same answer whether the bytes were new or already held, so an upload never tells anyone that another
 * case holds the same file. A download needs a case the user can see whose attachments name the SHA-256.
 */
export const uploadResponse = z.object({ sha256: sha256Hex, sizeBytes: z.number().int().nonnegative() });
export type UploadResponse = z.infer<typeof uploadResponse>;

export const ATTACHMENT_MISMATCH = 'The file received does not match its SHA-256: nothing was stored. Send it again.';
