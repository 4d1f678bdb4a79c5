// The timeline's hash chain (shared by desk and server): each event's SHA-256 covers its canonical JSON and the previous event's hash.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { JsonValue, TimelineEvent, TimelineEventDraft } from '../model';

/** The previous hash of a case's first event. */
export const GENESIS_HASH = '';

/** JSON with object keys sorted and undefined left out, so the same event always gives the same text. */
export function canonicalJson(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${text}]`;
  }
  const keys = Object.keys(value).sort();
  let text = '{';
  for (const key of keys) {
    const v = value[key];
    if (v === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${text}}`;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** SHA-256 of what an event says (summary, before, after): the part anonymisation may replace. */
export function contentHash(event: Pick<TimelineEvent, 'summary' | 'before' | 'after'>): string {
  const { summary, before, after } = event;
  return sha256Hex(canonicalJson({ summary, before, after }));
}

/**
 * The hash an event must carry: over every field but the hash itself, previous hash included, with the content
 * taken as its own SHA-256. Why: anonymising a case must remove the customer's details from its earlier events
 * without breaking the chain. A redacted event keeps the original content's hash (event.redaction), so the chain
 * still proves that nothing else about any event (who, when, what action, its place) was changed, and that the
 * content removed was exactly what was recorded; the content itself can no longer be recovered.
 */
export function eventHash(event: Omit<TimelineEvent, 'hash'>): string {
  const { id, caseId, seq, at, actorId, action, prevHash } = event;
  const content = event.redaction?.contentHash ?? contentHash(event);
  return sha256Hex(canonicalJson({ id, caseId, seq, at, actorId, action, prevHash, content }));
}

/** The event with its content replaced by `content` (anonymised), recording the original's hash and the anonymising event. */
export function redactedEvent(event: TimelineEvent, content: Pick<TimelineEvent, 'summary' | 'before' | 'after'>, bySeq: number): TimelineEvent {
  if (event.redaction) return event;
  return { ...event, ...content, redaction: { contentHash: contentHash(event), bySeq } };
}

/** True when `next` is `stored` with only its content redacted, as redactedEvent does. */
export function isRedactionOf(stored: TimelineEvent, next: TimelineEvent): boolean {
  if (stored.redaction || !next.redaction || next.redaction.bySeq <= stored.seq) return false;
  const meta = ({ id, caseId, seq, at, actorId, action, prevHash, hash }: TimelineEvent) => canonicalJson({ id, caseId, seq, at, actorId, action, prevHash, hash });
  return next.redaction.contentHash === contentHash(stored) && meta(stored) === meta(next);
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** Numbers and chains new events after `head` (null for a new case). */
export function chainEvents(drafts: readonly TimelineEventDraft[], head: ChainHead | null, newId: () => string): TimelineEvent[] {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return drafts.map((draft) => {
    seq += 1;
    const unhashed = { ...draft, id: newId(), seq, prevHash };
    const event: TimelineEvent = { ...unhashed, hash: eventHash(unhashed) };
    prevHash = event.hash;
    return event;
  });
}

export function headOf(events: readonly TimelineEvent[], fallback: ChainHead | null): ChainHead | null {
  const last = events[events.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : fallback;
}
