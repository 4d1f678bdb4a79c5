// The records a pull carries, in the shapes the desk's store already holds (shared/model), with a sealed form for
// a confidential case's content (issue 15a's sealed records: per-case AES key wrapped per user, opaque here).
import { z } from 'zod';
import { complaintCaseShape, customerShape, jsonValue, role, timelineEvent, user } from '../model';

/** Who may see a case, as `caseAudience` computed it (shared/policy/confidentiality): the server stores and sends it. */
export const caseAudienceRecord = z.object({
  roles: z.array(role),
  userIds: z.array(z.string().max(100)),
  excludedUserIds: z.array(z.string().max(100)),
  excludedRoles: z.array(role),
});
export type CaseAudienceRecord = z.infer<typeof caseAudienceRecord>;

/** Largest sealed blob accepted, base64 characters (a case with long free text and its wraps fits easily). */
export const MAX_SEALED_CHARS = 4 * 1024 * 1024;

/**
 * A confidential record's content encrypted by the desk or service (format defined in shared/sealed/ by issue 15a).
 * The server stores and forwards it unread; row-level security still decides who receives it.
 */
export const sealedBlob = z
  .object({
    /** Names the sealing scheme and its version, e.g. "sealed-v1". */
    format: z.string().min(1).max(50),
    /** The sealed bytes, base64. */
    data: z.string().max(MAX_SEALED_CHARS, 'The sealed record is too large').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The sealed record must be base64'),
  })
  .strict();
export type SealedBlob = z.infer<typeof sealedBlob>;

/** A case as pulled: the plain record, or (confidential, sealed) only the fields needed to file it plus the sealed content. */
export const syncCase = z.union([
  z.object({ kind: z.literal('case'), case: complaintCaseShape, audience: caseAudienceRecord }),
  z.object({
    kind: z.literal('case'),
    sealed: sealedBlob,
    caseId: z.string(),
    version: z.number().int().min(1),
    audience: caseAudienceRecord,
  }),
]);

export const syncCustomer = z.object({ kind: z.literal('customer'), customer: customerShape });

export const syncTimelineEvent = z.union([
  z.object({ kind: z.literal('event'), event: timelineEvent }),
  z.object({
    kind: z.literal('event'),
    caseId: z.string(),
    seq: z.number().int().min(1),
    hash: z.string(),
    prevHash: z.string(),
    sealed: sealedBlob,
  }),
]);

/** Office-wide settings under the keys the desk's settings table uses ('policy' holds closure dates, 'letterWording'). */
export const settingKeys = ['policy', 'letterWording', 'retention', 'company'] as const;
export type SettingKey = (typeof settingKeys)[number];
export const settingKey = z.enum(settingKeys, { error: `Setting must be one of ${settingKeys.join(', ')}` });

export const syncSetting = z.object({ kind: z.literal('setting'), key: settingKey, value: jsonValue, version: z.number().int().min(1) });

export const syncUser = z.object({ kind: z.literal('user'), user });

/**
 * The only thing the recorder of a confidential case they may not open receives about it: that they recorded it
 * (shared/policy recorderReceipt). No customer, no details, no progress.
 */
export const syncReceipt = z.object({
  kind: z.literal('receipt'),
  caseId: z.string(),
  reference: z.string(),
  receivedAt: z.string(),
  recordedAt: z.string(),
  message: z.string(),
});

/** A member of staff's public key (raw P-256, base64): what any desk needs to wrap a case key for them. */
export const syncUserKey = z.object({
  kind: z.literal('userKey'),
  userId: z.string(),
  publicKey: z.string().max(100),
  /** Someone's signature that this is now the account's key: a desk accepts a changed key only with one it can check. */
  endorsement: z.object({ by: z.string().max(100), signature: z.string().max(100) }).optional(),
});

/**
 * Attachment metadata and letters sent travel inside the case record (ComplaintCase.attachments and its sent
 * records), which the desk projects into its attachments and letters tables exactly as it does today; the bytes
 * come from GET /v1/attachments/:sha256.
 */
export const syncRecord = z.union([syncCase, syncCustomer, syncTimelineEvent, syncSetting, syncUser, syncReceipt, syncUserKey]);
export type SyncRecord = z.infer<typeof syncRecord>;
export type SyncCase = z.infer<typeof syncCase>;
export type SyncTimelineEvent = z.infer<typeof syncTimelineEvent>;

/**
 * Remove this case from the desk: its record, timeline, files, drafts, and the customer when no case the desk
 * keeps names them. Ids only. Sent when a change hides a case from a user who could see it (reassignment, the
 * staff flag set later); never about a case the desk cannot have held.
 */
export const purgeOrder = z.object({ caseId: z.string(), customerId: z.string() });
export type PurgeOrder = z.infer<typeof purgeOrder>;
