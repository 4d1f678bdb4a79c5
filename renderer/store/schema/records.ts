// The shapes stored in each table: the case model as-is, plus the denormalised rows and projections the store keeps.
import { z } from 'zod';
import {
  caseKind,
  caseStage,
  complaintCategory,
  contactChannel,
  entityId,
  instant,
  obligation,
  role,
  type Attachment,
  type ComplaintCase,
  type Consent,
  type ContactChannel,
  type Conversation,
  type Customer,
  type ConsumerAgencyReferral,
  type Escalation,
  type Hold,
  type ImprovementAction,
  type JsonValue,
  type OmbudsmanReferral,
  type TimelineEvent,
  type User,
} from '../../../shared/model';

export type StoredCase = ComplaintCase;
export type StoredUser = User;

/** Events per timeline record: a page is appended to until full, then never written again. */
export const TIMELINE_PAGE_SIZE = 20;

/** Up to TIMELINE_PAGE_SIZE consecutive events of one case; page 0 holds events 1 to 20, and so on. */
export interface TimelinePage {
  caseId: string;
  page: number;
  events: TimelineEvent[];
}

/** Sort key of a case with no next deadline that is still open, and of a finished case (after every date). */
export const NO_DEADLINE = '9999-12-31';
export const FINISHED = 'finished';

/** 0 or 1: IndexedDB cannot index booleans. */
export type Flag = 0 | 1;

const text = (label: string) => z.string({ error: `${label} must be text` });
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
  nextDueKind: obligation.nullable(),
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
});
export type CaseRow = z.infer<typeof caseRow>;

export interface StoredCustomer extends Customer {
  /** Lower-case name, for "starts with" look-ups. */
  nameKey: string;
  /** Schema version 2: each word of the name, lower-case. */
  nameWords?: string[];
  /** Digits only, a leading +44 written as 0. */
  phoneKey?: string;
  emailKey?: string;
  /** Upper-case letters and digits only. */
  accountKey?: string;
}

/** Rows kept per case for reports and look-ups; the case record stays the source of truth. */
export interface ConversationRow extends Conversation {
  caseId: string;
}
export interface AttachmentRow extends Attachment {
  caseId: string;
}
export interface AttachmentBlobRow {
  caseId: string;
  id: string;
  blob: Blob;
}
export interface ConsentRow extends Consent {
  caseId: string;
}
export interface HoldRow extends Hold {
  caseId: string;
}
export type ReferralRow = { caseId: string; id: string } & (
  | { kind: 'escalation'; on: string; escalation: Escalation }
  | { kind: 'ombudsman'; on: string; ombudsman: OmbudsmanReferral }
  | { kind: 'consumer-agency'; on: string; referral: ConsumerAgencyReferral }
);
export interface ImprovementActionRow extends ImprovementAction {
  caseId: string;
}

// The letters table's kinds are the policy's letters (shared/letters), one list for both.
import type { LetterKind } from '../../../shared/letters/letter-kinds';
export { letterKinds, type LetterKind } from '../../../shared/letters/letter-kinds';

export interface LetterRow {
  caseId: string;
  id: string;
  kind: LetterKind;
  sentAt: string;
  channel: ContactChannel;
  sentById: string;
  documentId?: string;
}

export interface SettingRecord {
  key: string;
  value: JsonValue;
}

export interface ReferenceCounter {
  year: number;
  last: number;
}
