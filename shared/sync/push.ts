// Push: the desk's outbox, one change per case action, each against the case version the desk saw.
import { z } from 'zod';
import { complaintCaseShape, complaintIntakeShape, customer, entityId, instant, jsonValue, requiredText, timelineEvent } from '../model';
import { caseAction } from '../policy/workflow/actions';
import { caseAudienceRecord, sealedBlob } from './records';

export const MAX_PUSH_CHANGES = 100;
/** Largest push body, bytes (the HTTP layer refuses bigger ones before parsing). */
export const MAX_PUSH_BYTES = 5 * 1024 * 1024;

/** A change's id, chosen by the desk once: pushing it again returns the first answer, never applies it twice. */
export const changeId = z.uuid({ error: 'Change id must be a UUID' });

/** Recording a new complaint: the server assigns the reference and chains the first event. */
export const receiveChange = z
  .object({
    type: z.literal('receive'),
    customer: z.union([z.object({ existingId: entityId('Customer') }).strict(), z.object({ details: customer }).strict()], {
      error: 'Give an existing customer id or the new customer’s details',
    }),
    complaint: complaintIntakeShape.omit({ customerId: true }),
    /** The reference the desk showed while offline (JESQ-…-P…), so it can tell the user the real one. */
    provisionalReference: z.string().max(40).optional(),
    /** The time the desk recorded it (the case's createdAt and first event's time). */
    recordedAt: instant('Time recorded'),
  })
  .strict();

/** A workflow action, re-run by the server through shared/policy's applyAction on the server's copy of the case. */
export const actionChange = z.object({ type: z.literal('action'), action: caseAction, takenAt: instant('Time the action was taken') }).strict();

/** Store events that are not workflow actions: the desk logs them, the server chains them. */
export const deskEventActions = ['viewed', 'subjectAccessExport'] as const;
export const pendingEvent = z
  .object({
    id: z.uuid({ error: 'Event id must be a UUID' }),
    at: instant('Time of the event'),
    action: z.enum(deskEventActions, { error: `A desk may only log these events itself: ${deskEventActions.join(', ')}` }),
    summary: requiredText('Summary', { max: 2000 }),
    before: jsonValue,
    after: jsonValue,
  })
  // Strict: an event carrying its own seq, hash or actor is refused, the server numbers, chains and signs it.
  .strict();
export type PendingEvent = z.infer<typeof pendingEvent>;
export const eventsChange = z.object({ type: z.literal('events'), events: z.array(pendingEvent).min(1).max(100) }).strict();

/** A complaints manager anonymises a case after retention (shared/policy/privacy): every desk's copy follows. */
export const anonymiseChange = z.object({ type: z.literal('anonymise'), takenAt: instant('Time of anonymisation') }).strict();

/**
 * A reader of a complaint about staff gives others its key (an investigator assigned before their keys were known,
 * a complaints manager granting access again): the change's `sealed` carries the case with the new readers' wraps.
 * The server checks that the policy lets each of them read the case; it never sees the key.
 */
export const grantChange = z
  .object({
    type: z.literal('grant'),
    readerIds: z.array(entityId('Reader'), { error: 'Name the readers given access' }).min(1, 'Name at least one reader').max(50, 'Grant at most 50 readers at once'),
    takenAt: instant('Time of the grant'),
  })
  .strict();

export const pushBody = z.discriminatedUnion('type', [receiveChange, actionChange, eventsChange, anonymiseChange, grantChange], {
  error: 'Change type must be receive, action, events, anonymise or grant',
});
export type PushBody = z.infer<typeof pushBody>;

export const pushChange = z
  .object({
    changeId,
    caseId: entityId('Case id'),
    /** The case version the desk's change was made on (0 for receive). Events ignore it: they never conflict. */
    baseVersion: z.number({ error: 'Base version is required' }).int('Base version must be a whole number').min(0, 'Base version cannot be negative'),
    body: pushBody,
    /** The sealed form of the case's content after this change (confidential cases; issue 15a), stored unread. */
    sealed: sealedBlob.optional(),
  })
  .strict();
export type PushChange = z.infer<typeof pushChange>;

export const pushRequest = z
  .object({ changes: z.array(pushChange).min(1, 'Send at least one change').max(MAX_PUSH_CHANGES, `Send at most ${MAX_PUSH_CHANGES} changes at once`) })
  .strict();
export type PushRequest = z.infer<typeof pushRequest>;

export const pushResult = z.discriminatedUnion('status', [
  z.object({
    changeId,
    status: z.literal('accepted'),
    caseId: z.string(),
    version: z.number().int(),
    /** The case's reference (set by the server for a receive). */
    reference: z.string(),
  }),
  /** The case changed since baseVersion: the server's case; re-run the user's action on it, never merge fields. */
  z.object({ changeId, status: z.literal('conflict'), caseId: z.string(), case: complaintCaseShape, audience: caseAudienceRecord }),
  /**
   * The policy refused it, in its words. A case the user cannot see gets the same answer as a case that does
   * not exist, so a refusal never reveals that a confidential case exists.
   */
  z.object({ changeId, status: z.literal('refused'), caseId: z.string(), reasons: z.array(z.string()).min(1) }),
]);
export type PushResult = z.infer<typeof pushResult>;

export const pushResponse = z.object({ results: z.array(pushResult) });
export type PushResponse = z.infer<typeof pushResponse>;

/** POST /v1/history: the whole timeline of cases a desk could not read until now (a wrap of their key arrived later). */
export const MAX_HISTORY_CASES = 100;
export const historyRequest = z
  .object({ caseIds: z.array(entityId('Case id')).min(1, 'Name at least one case').max(MAX_HISTORY_CASES, `Ask for at most ${MAX_HISTORY_CASES} cases at once`) })
  .strict();
export const historyResponse = z.object({ events: z.array(timelineEvent) });
export type HistoryResponse = z.infer<typeof historyResponse>;

/** A grant must carry the case sealed with the new readers' wraps (the server cannot make them). */
export const GRANT_NEEDS_SEALED = 'A grant must carry the complaint sealed with the new readers’ keys';

/** The answer to a change about a case the user cannot see or that does not exist: the same words for both. */
export const NO_SUCH_CASE_ON_SERVER = 'There is no case with this id that you can work on';

// ---- Settings (administrators only) ----

export const putSettingRequest = z
  .object({
    value: jsonValue,
    /** The setting's version the administrator saw (0 when it was never set): a stale write is refused, never merged. */
    baseVersion: z.number({ error: 'Base version is required' }).int().min(0),
  })
  .strict();
export type PutSettingRequest = z.infer<typeof putSettingRequest>;
export const putSettingResponse = z.object({ version: z.number().int() });
