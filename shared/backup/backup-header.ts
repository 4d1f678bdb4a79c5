// The backup file's header: what it holds and how it is sealed, checked with zod before anything else is read.
import { z } from 'zod';

/** "CDBACKUP" then CR LF SUB LF, as PNG does: a file mangled by a text-mode copy no longer matches. */
export const BACKUP_MAGIC = Uint8Array.from([0x43, 0x44, 0x42, 0x41, 0x43, 0x4b, 0x55, 0x50, 0x0d, 0x0a, 0x1a, 0x0a]);
export const BACKUP_FORMAT = 'complaints-desk-backup';
/** The newest backup format this version reads: 1 for a whole desk, 2 for a segment of an automatic backup chain. */
export const BACKUP_FORMAT_VERSION = 2;
export const FULL_BACKUP_FORMAT_VERSION = 1;
export const CHAIN_SEGMENT_FORMAT_VERSION = 2;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a header asking for fewer is refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/**
 * The most rounds a header may ask for: about a second of derivation on a slow desk. A forged header demanding
 * 100,000,000 rounds would otherwise stall the window for half a minute at every attempt.
 */
export const MAX_PBKDF2_ITERATIONS = 2_000_000;
export const BACKUP_FILE_EXTENSION = 'cdbackup';
/** A header longer than this is not ours (ours is well under 2 KB). */
export const MAX_HEADER_BYTES = 64 * 1024;

const hexBytes = (label: string, bytes: number) =>
  z
    .string({ error: `${label} is missing` })
    .regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${label} must be ${bytes} bytes as lower-case hexadecimal`);

export const backupEncryption = z.strictObject({
  cipher: z.literal('AES-256-GCM', { error: 'cipher must be AES-256-GCM' }),
  kdf: z.literal('PBKDF2-SHA256', { error: 'kdf must be PBKDF2-SHA256' }),
  iterations: z
    .number({ error: 'iterations must be a number' })
    .int('iterations must be a whole number')
    .min(MIN_PBKDF2_ITERATIONS, `iterations must be at least ${MIN_PBKDF2_ITERATIONS.toLocaleString('en-GB')}`)
    .max(MAX_PBKDF2_ITERATIONS, `iterations must be at most ${MAX_PBKDF2_ITERATIONS.toLocaleString('en-GB')}`),
  salt: hexBytes('salt', 16),
  /** The first 8 bytes of every part's 12-byte nonce; the last 4 count the parts. */
  noncePrefix: hexBytes('noncePrefix', 8),
  /** A tag sealed with the key over nothing: tells a wrong passphrase from a damaged file. */
  keyCheck: hexBytes('keyCheck', 16),
  /**
   * What the key was derived from: a passphrase someone typed, or the desk backup key the desktop app keeps in the
   * system's key store (automatic backups). Absent in files made before automatic backups were sealed: a passphrase.
   */
  keySource: z.enum(['passphrase', 'desk-key'], { error: 'keySource must be passphrase or desk-key' }).optional(),
});
export type BackupEncryption = z.infer<typeof backupEncryption>;
export type BackupKeySource = NonNullable<BackupEncryption['keySource']>;

const count = (label: string) => z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} must not be negative`);

export const backupContents = z.strictObject({
  cases: count('cases'),
  customers: count('customers'),
  attachments: count('attachments'),
  timelinePages: count('timelinePages'),
  rows: count('rows'),
});
export type BackupContents = z.infer<typeof backupContents>;

/**
 * A segment of an automatic backup chain (renderer/store/backup/chain-segment.ts): segment 0 holds the whole desk,
 * each later one the rows changed since the one before, which it names by its header's SHA-256. The header is
 * authenticated by every part's tag, so a segment missing, swapped for another chain's or replaced is found.
 */
export const backupChain = z
  .strictObject({
    id: z.uuid({ error: 'chain.id must be a UUID' }),
    index: count('chain.index'),
    previous: hexBytes('chain.previous', 32).nullable(),
    /** The last change journal entry the chain holds after this segment. */
    through: count('chain.through'),
  })
  .refine((c) => (c.index === 0) === (c.previous === null), { error: 'chain.previous must be empty for segment 0 and only for it' });
export type BackupChain = z.infer<typeof backupChain>;

export const backupHeader = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `format must be ${BACKUP_FORMAT}` }),
  formatVersion: z.number({ error: 'formatVersion must be a number' }).int('formatVersion must be a whole number').min(1, 'formatVersion must be 1 or more'),
  /** The desk database's schema version (Dexie verno) the data was written under. */
  schemaVersion: z.number({ error: 'schemaVersion must be a number' }).int('schemaVersion must be a whole number').min(1, 'schemaVersion must be 1 or more'),
  createdAt: z.iso.datetime({ offset: true, error: 'createdAt must be a date and time' }),
  appVersion: z.string({ error: 'appVersion must be text' }).max(50, 'appVersion must be at most 50 characters'),
  /** Length of the database export inside, before sealing. */
  bodyBytes: count('bodyBytes'),
  contents: backupContents,
  /** Null only in files of older versions (and forgeries): such a file is refused, as nothing proves who made it. */
  encryption: backupEncryption.nullable(),
  chain: backupChain.optional(),
});
export type BackupHeader = z.infer<typeof backupHeader>;

/** Only the format and version, read first so a newer file gets "update the app" rather than a field list. */
export const backupHeaderVersion = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number().int() });

/** "salt must be 16 bytes; contents.cases must be a whole number". */
export function describeHeaderProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'the header'}: ${issue.message}`).join('; ');
}
