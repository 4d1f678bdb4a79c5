// The shapes stored in each table: the case model as-is, plus the denormalised rows and projections the store keeps.
import type {
  Attachment,
  CaseKind,
  CaseStage,
  ComplaintCase,
  ComplaintCategory,
  Consent,
  ContactChannel,
  Conversation,
  Customer,
  ConsumerAgencyReferral,
  Escalation,
  Hold,
  ImprovementAction,
  JsonValue,
  OmbudsmanReferral,
  Role,
  TimelineEvent,
  User,
} from '../../../shared/model';
import type { Obligation, OmbudsmanObligation } from '../../../shared/policy';

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

/**
 * One per case, rewritten on every change: what the case list shows and filters on, so a page of the list
 * never reads the (much larger) case records.
 */
export interface CaseRow {
  caseId: string;
  reference: string;
  version: number;
  kind: CaseKind;
  stage: CaseStage;
  channel: ContactChannel;
  /** '' while not categorised (an index key cannot be undefined). */
  category: ComplaintCategory | '';
  /** The investigator, '' when none. */
  assigneeId: string;
  customerId: string;
  customerName: string;
  receivedAt: string;
  /** The start of the nature of the complaint. */
  summary: string;
  nextDueOn: string | null;
  nextDueKind: Obligation | OmbudsmanObligation | null;
  /** nextDueOn, NO_DEADLINE or FINISHED: the list's order, and "overdue" is dueSort < today. */
  dueSort: string;
  /** A policy breach at the time of the last write. */
  breach: boolean;
  /** Schema version 4: 1 while a regulator's or agency's hold is open on an unfinished case. */
  onHold?: Flag;
  /** Shown as "Confidential" in the list; who may see the case is the audience below, not this flag. */
  confidential: Flag;
  /**
   * Schema version 6: the case's audience (shared/policy caseAudience), as its index partition (projections/audience.ts)
   * and as data. Every compound index starts with it, so a viewer reads only the partitions admitting their role.
   */
  audience: string;
  /** The edition of the rule (CASE_AUDIENCE_RULE) the audience columns were derived under. */
  audienceRule: number;
  /** Every user of these roles may see the case. */
  viewerRoles: Role[];
  /** These users may see it whatever their role (the investigator of a confidential case). */
  viewerIds: string[];
  /** Employees named in the complaint: never shown it, whatever their role. */
  hiddenFrom: string[];
  /** Roles never shown it (administrators). */
  hiddenFromRoles: Role[];
  recordedById: string;
  updatedAt: string;
  /** The last timeline event: lets the verifier notice events cut off the end. */
  timelineSeq: number;
  timelineHash: string;
  /** Schema version 2: lower-case words and reference forms for the search index. */
  words?: string[];
}

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
