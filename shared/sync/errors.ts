// The one shape of every refused request: a code a desk can act on and a message that says what is wrong.
import { z } from 'zod';

export const syncErrorCodes = [
  'malformed',
  'too-large',
  'signed-out',
  'forbidden',
  'not-found',
  'rate-limited',
  'protocol-mismatch',
  'conflict',
  'server-error',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

export const syncError = z.object({
  error: z.enum(syncErrorCodes),
  message: z.string(),
  /** For a malformed body: each problem with where it is, e.g. { path: 'changes.0.baseVersion', message: '...' }. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** For rate-limited sign-in: seconds until the next attempt is allowed. */
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type SyncError = z.infer<typeof syncError>;
