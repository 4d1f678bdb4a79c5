// What every row of every table must look like to be restored: the shared model's schemas plus the store's own rows.
import { z } from 'zod';
import {
  attachment,
  attachmentSources,
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
import { caseRow, letterKinds } from '../schema/records';

const caseId = entityId('Case id');
const withCase = <T extends z.ZodType>(schema: T) => z.object({ caseId }).and(schema);
const text = (label: string) => z.string({ error: `${label} must be text` });

// The audience columns are derived from the case by the rule (schema/audience-rows.ts) and rebuilt on restore:
// a backup from before schema version 6 has none.
const restoredCaseRow = caseRow.partial({ audience: true, audienceRule: true, viewerRoles: true, hiddenFromRoles: true });

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
});

/** One schema per table of the latest schema version; a table added by a later version must be added here. */
export const rowSchemas: Record<string, z.ZodType> = {
  cases: complaintCase,
  caseRows: restoredCaseRow,
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
