// Metadata of a file attached to a case; the bytes themselves live in the store as a Blob under the same id.
import { z } from 'zod';
import { entityId, instant, optionalText, requiredText, sha256Hex } from './fields';

export const attachmentSources = ['customer', 'company', 'third-party'] as const;
export type AttachmentSource = (typeof attachmentSources)[number];

export const attachment = z.object({
  id: entityId('Attachment id'),
  name: requiredText('File name', { max: 255 }),
  mimeType: requiredText('File type', { max: 200 }),
  sizeBytes: z
    .number({ error: 'File size is required' })
    .int('File size must be a whole number of bytes')
    .nonnegative('File size cannot be negative'),
  sha256: sha256Hex,
  /** Who supplied it: a customer's document counts towards the checklist's supporting documents. */
  source: z.enum(attachmentSources, { error: 'Choose who supplied the file' }),
  description: optionalText('Description', 500),
  /** Set when the file is an email (.eml or .msg): its Message-ID, so a reply in the same thread finds this case. */
  emailMessageId: optionalText('Email message id', 998),
  /** Set when the app wrote the file (a letter): its words, so that a redacted export can set it anew. */
  letterText: optionalText('Letter text', 50_000),
  addedById: entityId('Who added the file'),
  addedAt: instant('Date the file was added'),
});
export type Attachment = z.infer<typeof attachment>;
