// The shapes stored in each table: the case model as-is, plus the denormalised rows and projections the store keeps.
// Each is a zod schema, its type inferred from it; a restored backup is checked with the same schemas (backup/row-schemas.ts).
import { z } from 'zod';
import {
  attachment,
  caseKind,
  caseStage,
  complaintCategory,
  consent,
  consumerAgencyReferral,
  contactChannel,
  conversation,
  customerShape,
  entityId,
  escalation,
  hold,
  improvementAction,
  instant,
  jsonValue,
  obligation,
  ombudsmanReferral,
  role,
  timelineEvent,
  type ComplaintCase,
  type User,
} from '../../../shared/model';
import { letterKinds } from '../../../shared/letters/letter-kinds';

export type StoredCase = ComplaintCase;
export type StoredUser = User;

/** Events per timeline record: a page is appended to until full, then never written again. */
export const TIMELINE_PAGE_SIZE = 20;

/** Sort key of a case with no next deadline that is still open, and of a finished case (after every date). */
export const NO_DEADLINE = '9999-12-31';
export const FINISHED = 'finished';

/** 0 or 1: IndexedDB cannot index booleans. */
export type Flag = 0 | 1;

const text = (label: string) => z.string({ error: `${label} must be text` });
const caseId = entityId('Case id');
const flag = z.union([z.literal(0), z.literal(1)], { error: 'confidential must be 0 or 1' });

/**
 * One per case, rewritten on every change: what the case list shows and filters on, so a page of the list
 * never reads the (much larger) case records. The schema is the row's one statement: the type is inferred from
 * it and a restored backup is checked with it (backup/row-schemas.ts).
 */
export const caseRow = z.object({
  caseId: entityId('Case id'),
  reference: text('reference'),
  version: z.number().int().min(1),
  kind: caseKind,
  stage: caseStage,
  channel: contactChannel,
  /** '' while not categorised (an index key cannot be undefined). */
  category: z.union([complaintCategory, z.literal('')]),
  /** The investigator, '' when none. */
  assigneeId: text('assigneeId'),
  customerId: entityId('Customer id'),
  customerName: text('customerName'),
  receivedAt: instant('Received at'),
  /** The start of the nature of the complaint. */
  summary: text('summary'),
  nextDueOn: z.string().nullable(),
  nextDueKind: z.union([obligation, z.enum(['ombudsmanEvidence', 'ombudsmanRemedy'])]).nullable(),
  /** nextDueOn, NO_DEADLINE or FINISHED: the list's order, and "overdue" is dueSort < today. */
  dueSort: text('dueSort'),
  /** A policy breach at the time of the last write. */
  breach: z.boolean({ error: 'breach must be true or false' }),
  /** Schema version 4: 1 while a regulator's or agency's hold is open on an unfinished case. */
  onHold: flag.optional(),
  /** Shown as "Confidential" in the list; who may see the case is the audience below, not this flag. */
  confidential: flag,
  /**
   * Schema version 6: the case's audience (shared/policy caseAudience), as its index partition
   * (projections/audience.ts) and as data. Every compound index starts with it, so a viewer reads only the
   * partitions admitting their role.
   */
  audience: z.string(),
  /** The edition of the rule (CASE_AUDIENCE_RULE) the audience columns were derived under. */
  audienceRule: z.number().int(),
  /** Every user of these roles may see the case. */
  viewerRoles: z.array(role),
  /** These users may see it whatever their role (the investigator of a confidential case). */
  viewerIds: z.array(z.string()),
  /** Employees named in the complaint: never shown it, whatever their role. */
  hiddenFrom: z.array(z.string()),
  /** Roles never shown it (administrators). */
  hiddenFromRoles: z.array(role),
  recordedById: entityId('Recorded by'),
  updatedAt: instant('Updated at'),
  /** The last timeline event: lets the verifier notice events cut off the end. */
  timelineSeq: z.number().int().min(0),
  timelineHash: z.string(),
  /** Schema version 2: lower-case words and reference forms for the search index. */
  words: z.array(z.string()).optional(),
  /** Schema version 8, sealed rows only: the opaque token the indexes hold in place of the reference. */
  sortReference: z.string().optional(),
});
export type CaseRow = z.infer<typeof caseRow>;

/** Rows of the customers table: the customer and the keys its look-ups read. */
export const storedCustomer = customerShape.extend({
  /** Lower-case name, for "starts with" look-ups. */
  nameKey: text('nameKey'),
  /** Schema version 2: each word of the name, lower-case. */
  nameWords: z.array(z.string()).optional(),
  /** Digits only, a leading +44 written as 0. */
  phoneKey: z.string().optional(),
  emailKey: z.string().optional(),
  /** Upper-case letters and digits only. */
  accountKey: z.string().optional(),
});
export type StoredCustomer = z.infer<typeof storedCustomer>;

/** Up to TIMELINE_PAGE_SIZE consecutive events of one case; page 0 holds events 1 to 20, and so on. */
export const timelinePage = z.object({ caseId, page: z.number().int().min(0), events: z.array(timelineEvent).min(1, 'a timeline page must hold at least one event') });
export type TimelinePage = z.infer<typeof timelinePage>;

// Rows kept per case for reports and look-ups; the case record stays the source of truth.
const withCase = <T extends z.ZodType>(schema: T) => z.object({ caseId }).and(schema);
export const conversationRow = withCase(conversation);
export type ConversationRow = z.infer<typeof conversationRow>;
export const attachmentRow = withCase(attachment);
export type AttachmentRow = z.infer<typeof attachmentRow>;
export const consentRow = withCase(consent);
export type ConsentRow = z.infer<typeof consentRow>;
export const holdRow = withCase(hold);
export type HoldRow = z.infer<typeof holdRow>;
export const improvementActionRow = withCase(improvementAction);
export type ImprovementActionRow = z.infer<typeof improvementActionRow>;
export const referralRow = withCase(
  z.discriminatedUnion('kind', [
    z.object({ id: entityId('Referral id'), kind: z.literal('escalation'), on: text('on'), escalation }),
    z.object({ id: entityId('Referral id'), kind: z.literal('ombudsman'), on: text('on'), ombudsman: ombudsmanReferral }),
    z.object({ id: entityId('Referral id'), kind: z.literal('consumer-agency'), on: text('on'), referral: consumerAgencyReferral }),
  ]),
);
export type ReferralRow = z.infer<typeof referralRow>;

/** Blob is a browser global; Node 20 has it too. */
export const attachmentBlobRow = z.object({ caseId, id: entityId('Attachment id'), blob: z.instanceof(Blob, { error: 'blob must be the file’s bytes' }) });
export type AttachmentBlobRow = z.infer<typeof attachmentBlobRow>;

// The letters table's kinds are the policy's letters (shared/letters), one list for both.
export { letterKinds, type LetterKind } from '../../../shared/letters/letter-kinds';

export const letterRow = z.object({
  caseId,
  id: entityId('Letter id'),
  kind: z.enum(letterKinds),
  sentAt: instant('Sent at'),
  channel: contactChannel,
  sentById: entityId('Sent by'),
  documentId: z.string().optional(),
});
export type LetterRow = z.infer<typeof letterRow>;

export const settingRecord = z.object({ key: text('key'), value: jsonValue });
export type SettingRecord = z.infer<typeof settingRecord>;

// A joined desk keeps its provisional numbering under the year plus 10,000 (store/references.ts).
export const referenceCounter = z.object({ year: z.number().int().min(2000).max(19999), last: z.number().int().min(0) });
export type ReferenceCounter = z.infer<typeof referenceCounter>;
