// One entry on a case's timeline: who did what, when, and the case's fields before and after. Never deleted.
import { z } from 'zod';
import { entityId, instant, requiredText, sha256Hex } from './fields';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const notJson = 'Must be plain JSON: text, numbers, true or false, null, lists and objects';
export const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)], { error: notJson }),
);

export const timelineEventDraft = z.object({
  caseId: entityId('Case id'),
  at: instant('Time of the event'),
  actorId: entityId('Who did it'),
  /** The workflow action's name (e.g. "acknowledge"), or a store event such as "viewed" or "casePackMade". */
  action: requiredText('Action', { max: 100 }),
  summary: requiredText('Summary', { max: 2000 }),
  /** The fields this event changed, as they were (null where absent) and as they became. */
  before: jsonValue,
  after: jsonValue,
});
export type TimelineEventDraft = z.infer<typeof timelineEventDraft>;

/** As stored: the store numbers events per case and chains them, each hash covering the previous one. */
export const timelineEvent = timelineEventDraft.extend({
  id: entityId('Event id'),
  seq: z.number({ error: 'Event number is required' }).int('Event number must be a whole number').min(1, 'Event number must be 1 or more'),
  hash: z.string({ error: 'Event hash is required' }).min(1, 'Event hash is required'),
  /** Empty for a case's first event. */
  prevHash: z.string({ error: 'Previous event hash is required' }),
  /**
   * Set when the case was anonymised: summary, before and after then hold the anonymised content, and this keeps
   * the SHA-256 of the original content, which is what the event's hash covers, so the chain still verifies.
   */
  redaction: z
    .object({
      contentHash: sha256Hex,
      bySeq: z.number({ error: 'Anonymising event number is required' }).int('Anonymising event number must be a whole number').min(1, 'Anonymising event number must be 1 or more'),
    })
    .optional(),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;
