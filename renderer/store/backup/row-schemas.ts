// What every row of every table must look like to be restored: the shared model's schemas plus the store's own rows.
import { z } from 'zod';
import {
  attachment,
  attachmentSources,
  caseKind,
  caseStage,
  complaintCase,
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
  ombudsmanReferral,
  timelineEvent,
  user,
} from '../../../shared/model';
import { letterKinds } from '../schema/records';

const caseId = entityId('Case id');
const withCase = <T extends z.ZodType>(schema: T) => z.object({ caseId }).and(schema);
const text = (label: string) => z.string({ error: `${label} must be text` });
const flag = z.union([z.literal(0), z.literal(1)], { error: 'confidential must be 0 or 1' });

const caseRow = z.object({
  caseId,
  reference: text('reference'),
  version: z.number().int().min(1),
  kind: caseKind,
  stage: caseStage,
  channel: contactChannel,
  category: text('category'),
  assigneeId: text('assigneeId'),
  customerId: entityId('Customer id'),
  customerName: text('customerName'),
  receivedAt: instant('Received at'),
  summary: text('summary'),
  nextDueOn: z.string().nullable(),
  nextDueKind: z.string().nullable(),
  dueSort: text('dueSort'),
  breach: z.boolean({ error: 'breach must be true or false' }),
  confidential: flag,
  viewerIds: z.array(z.string()),
  hiddenFrom: z.array(z.string()),
  recordedById: entityId('Recorded by'),
  updatedAt: instant('Updated at'),
  timelineSeq: z.number().int().min(0),
  timelineHash: z.string(),
  words: z.array(z.string()).optional(),
  onHold: flag.optional(),
});

const storedCustomer = customerShape.extend({
  nameKey: text('nameKey'),
  nameWords: z.array(z.string()).optional(),
  phoneKey: z.string().optional(),
  emailKey: z.string().optional(),
  accountKey: z.string().optional(),
});

const timelinePage = z.object({ caseId, page: z.number().int().min(0), events: z.array(timelineEvent).min(1, 'a timeline page must hold at least one event') });

const referral = withCase(
  z.discriminatedUnion('kind', [
    z.object({ id: entityId('Referral id'), kind: z.literal('escalation'), on: text('on'), escalation }),
    z.object({ id: entityId('Referral id'), kind: z.literal('ombudsman'), on: text('on'), ombudsman: ombudsmanReferral }),
    z.object({ id: entityId('Referral id'), kind: z.literal('consumer-agency'), on: text('on'), referral: consumerAgencyReferral }),
  ]),
);

const letter = z.object({
  caseId,
  id: entityId('Letter id'),
  kind: z.enum(letterKinds),
  sentAt: instant('Sent at'),
  channel: contactChannel,
  sentById: entityId('Sent by'),
  documentId: z.string().optional(),
});

/** Blob is a browser global; Node 20 has it too. */
const attachmentBlob = z.object({ caseId, id: entityId('Attachment id'), blob: z.instanceof(Blob, { error: 'blob must be the file’s bytes' }) });

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

/** One schema per table of the latest schema version; a table added by a later version must be added here. */
export const rowSchemas: Record<string, z.ZodType> = {
  cases: complaintCase,
  caseRows: caseRow,
  customers: storedCustomer,
  timeline: timelinePage,
  conversations: withCase(conversation),
  attachments: withCase(attachment),
  attachmentBlobs: attachmentBlob,
  consents: withCase(consent),
  holds: withCase(hold),
  referrals: referral,
  improvementActions: withCase(improvementAction),
  letters: letter,
  users: user,
  settings: z.object({ key: text('key'), value: jsonValue }),
  referenceCounters: z.object({ year: z.number().int().min(2000).max(9999), last: z.number().int().min(0) }),
  drafts: draft,
  draftFiles: draftFile,
};

/** "cases row 12 (id 3f…): acknowledgement.sentAt: …". */
export function describeRowProblem(table: string, index: number, key: unknown, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || 'the row'}: ${issue.message}`);
  return `the ${table} table's record ${index + 1} (key ${JSON.stringify(key)}) is not valid: ${issues.join('; ')}`;
}
