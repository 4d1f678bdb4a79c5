// What every row of every table must look like to be restored: the shared model's schemas plus the store's own rows.
import { z } from 'zod';
import { attachmentSources, complaintCase, entityId, instant, user } from '../../../shared/model';
import {
  attachmentBlobRow,
  attachmentRow,
  caseRow,
  consentRow,
  conversationRow,
  holdRow,
  improvementActionRow,
  letterRow,
  referenceCounter,
  referralRow,
  settingRecord,
  storedCustomer,
  timelinePage,
} from '../schema/records';
import { outboxRecord, purgeLogRecord, syncStateRecord } from '../schema/v13';

const caseId = entityId('Case id');
const text = (label: string) => z.string({ error: `${label} must be text` });

// The audience columns are derived from the case by the rule (schema/audience-rows.ts) and rebuilt on restore:
// a backup from before schema version 6 has none.
const restoredCaseRow = caseRow.partial({ audience: true, audienceRule: true, viewerRoles: true, hiddenFromRoles: true });

// A draft's values are checked against its form's schema when it is opened (store/drafts.ts), not here.
const draft = z.object({ userId: entityId('Draft owner'), form: text('form'), values: z.unknown(), savedAt: instant('Draft saved at') });
const draftFile = z.object({
  id: entityId('Draft file id'),
  userId: entityId('Draft owner'),
  form: text('form'),
  name: text('name'),
  source: z.enum(attachmentSources),
  blob: z.instanceof(Blob, { error: 'blob must be the file’s bytes' }),
  addedAt: instant('Draft file added at'),
  emailMessageId: z.string().max(998).optional(),
});

const bytes = z.instanceof(Uint8Array, { error: 'must be bytes' });
const envelope = z.object({ v: z.literal(1), iv: bytes, ct: bytes });
/** A sealed row (docs/sealed-records.md): its clear fields and the envelope; what it holds is checked by whoever opens it. */
const sealedRow = z.looseObject({ sealed: envelope, sealedBytes: envelope.optional() });
const orSealed = (schema: z.ZodType) => z.union([sealedRow, schema]);
const wrappedKey = z.looseObject({ alg: z.enum(['ECDH-ES+A256KW', 'A256KW']), keyId: text('keyId'), recipientId: text('recipientId'), wrapped: bytes });

const sealedTablesV8: Record<string, z.ZodType> = {
  userKeys: z.looseObject({ userId: entityId('User id'), v: z.literal(1), publicKey: bytes, privateKey: envelope, personalKey: envelope, createdAt: instant('Keys made at') }),
  caseKeys: z.object({ caseId, recipientId: text('recipientId'), wrap: wrappedKey, by: text('by'), at: instant('Wrapped at') }),
  receipts: z.object({ caseId, recorderId: entityId('Recorded by'), sealed: envelope }),
  dutyLog: z.looseObject({ seq: z.number().int().min(1), at: instant('Logged at'), actorId: text('actorId'), action: text('action'), subjectId: text('subjectId'), prevHash: z.string(), hash: z.string() }),
  roleRequests: z.object({ userId: entityId('User id'), role: text('role'), requestedById: entityId('Requested by'), requestedAt: instant('Requested at') }),
};
// Version 13: the office server's sync tables (schema/v13.ts); a restore on a joined desk empties outbox and checkpoint.

// Version 21: the automatic backup chain's journal and bookkeeping (schema/v21.ts); a restore empties all three.
const hexDigest = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in hexadecimal');
const chainTablesV21: Record<string, z.ZodType> = {
  changeJournal: z.object({ seq: z.number().int().min(1), table: text('table'), key: z.unknown() }),
  backupChain: z.union([
    z.looseObject({ key: z.literal('automatic'), chainId: text('chainId'), nextIndex: z.number().int().min(0), lastDigest: text('lastDigest'), through: z.number().int().min(0) }),
    z.object({ key: z.literal('pending'), chainId: text('chainId'), through: z.number().int().min(0) }),
  ]),
  backupFiles: z.object({ digest: hexDigest }),
};

/** One schema per table of the latest schema version; a table added by a later version must be added here. */
export const rowSchemas: Record<string, z.ZodType> = {
  ...sealedTablesV8,
  ...chainTablesV21,
  cases: orSealed(complaintCase),
  caseRows: orSealed(restoredCaseRow),
  customers: orSealed(storedCustomer),
  timeline: orSealed(timelinePage),
  conversations: orSealed(conversationRow),
  attachments: orSealed(attachmentRow),
  attachmentBlobs: orSealed(attachmentBlobRow),
  consents: orSealed(consentRow),
  holds: orSealed(holdRow),
  referrals: orSealed(referralRow),
  improvementActions: orSealed(improvementActionRow),
  letters: orSealed(letterRow),
  users: user,
  settings: settingRecord,
  referenceCounters: referenceCounter,
  drafts: orSealed(draft),
  draftFiles: orSealed(draftFile),
  outbox: outboxRecord,
  syncState: syncStateRecord,
  purgeLog: purgeLogRecord,
};

/** "cases row 12 (id 3f…): acknowledgement.sentAt: …". */
export function describeRowProblem(table: string, index: number, key: unknown, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || 'the row'}: ${issue.message}`);
  return `the ${table} table's record ${index + 1} (key ${JSON.stringify(key)}) is not valid: ${issues.join('; ')}`;
}
