// The backup forms' fields: a passphrase typed twice (every backup made on demand is encrypted with one).
import { z } from 'zod';

export const MIN_PASSPHRASE_LENGTH = 10;

export const backUpNowSchema = z
  .object({ passphrase: z.string(), confirmPassphrase: z.string() })
  .refine((v) => v.passphrase.length >= MIN_PASSPHRASE_LENGTH, {
    path: ['passphrase'],
    message: `Every backup is encrypted: give a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`,
  })
  .refine((v) => v.passphrase === v.confirmPassphrase, { path: ['confirmPassphrase'], message: 'The two passphrases are not the same: type it again' });
export type BackUpNowValues = z.infer<typeof backUpNowSchema>;

export const restorePassphraseSchema = z.object({ passphrase: z.string().min(1, 'Enter the passphrase the backup was made with') });
