// The per-case tables derived from a case (conversations, files, consents, holds, referrals, actions, letters).
import type { ComplaintCase, SentRecord } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import type {
  AttachmentRow,
  ConsentRow,
  ConversationRow,
  HoldRow,
  ImprovementActionRow,
  LetterKind,
  LetterRow,
  ReferralRow,
} from '../schema/records';
import { canonicalJson } from '../timeline/chain';
import type { JsonValue } from '../../../shared/model';

export interface CaseChildren {
  conversations: ConversationRow[];
  attachments: AttachmentRow[];
  consents: ConsentRow[];
  holds: HoldRow[];
  referrals: ReferralRow[];
  improvementActions: ImprovementActionRow[];
  letters: LetterRow[];
}
export type ChildTable = keyof CaseChildren;
export const childTables: readonly ChildTable[] = ['conversations', 'attachments', 'consents', 'holds', 'referrals', 'improvementActions', 'letters'];

function lettersOf(c: ComplaintCase): LetterRow[] {
  const letters: LetterRow[] = [];
  const add = (kind: LetterKind, id: string, sent: SentRecord | undefined) => {
    if (!sent) return;
    const { sentAt, channel, sentById, documentId } = sent;
    letters.push({ caseId: c.id, id, kind, sentAt, channel, sentById, ...(documentId ? { documentId } : {}) });
  };
  add('acknowledgement', 'acknowledgement', c.acknowledgement);
  for (const r of c.informationRequests) add('information-request', `information-request:${r.id}`, r);
  add('written-confirmation-request', 'written-confirmation-request', c.writtenConfirmationRequest);
  for (const n of c.delayNotices) add('delay-notice', `delay-notice:${n.id}`, n);
  add('final-response', 'final-response', c.response);
  add('deadlock-letter', 'deadlock-letter', c.deadlockLetter);
  add('eight-week-letter', 'eight-week-letter', c.eightWeekLetter);
  add('escalation-outcome', 'escalation-outcome', c.escalation?.outcome);
  return letters;
}

function referralsOf(c: ComplaintCase): ReferralRow[] {
  const rows: ReferralRow[] = [];
  if (c.escalation) rows.push({ caseId: c.id, id: 'escalation', kind: 'escalation', on: c.escalation.requestedAt, escalation: c.escalation });
  if (c.ombudsman) rows.push({ caseId: c.id, id: 'ombudsman', kind: 'ombudsman', on: c.ombudsman.referredOn, ombudsman: c.ombudsman });
  for (const r of c.consumerAgencyReferrals) rows.push({ caseId: c.id, id: `consumer-agency:${r.id}`, kind: 'consumer-agency', on: r.referredOn, referral: r });
  return rows;
}

export function childRowsOf(c: ComplaintCase | null): CaseChildren {
  if (!c) return { conversations: [], attachments: [], consents: [], holds: [], referrals: [], improvementActions: [], letters: [] };
  const caseId = c.id;
  return {
    conversations: c.conversations.map((x) => ({ ...x, caseId })),
    attachments: c.attachments.map((x) => ({ ...x, caseId })),
    consents: c.consents.map((x) => ({ ...x, caseId })),
    holds: c.holds.map((x) => ({ ...x, caseId })),
    referrals: referralsOf(c),
    improvementActions: c.improvementActions.map((x) => ({ ...x, caseId })),
    letters: lettersOf(c),
  };
}

function fingerprints(rows: readonly { id: string }[]): Map<string, string> {
  return new Map(rows.map((r) => [r.id, canonicalJson(r as unknown as JsonValue)]));
}

/** Writes only what changed between `before` and `after` (inside the caller's transaction). */
export async function syncChildren(db: ComplaintsDatabase, before: ComplaintCase | null, after: ComplaintCase): Promise<void> {
  const was = childRowsOf(before);
  const now = childRowsOf(after);
  const writes: Promise<unknown>[] = [];
  for (const name of childTables) {
    const old = fingerprints(was[name]);
    const rows: { id: string }[] = now[name];
    const changed = rows.filter((r) => old.get(r.id) !== canonicalJson(r as unknown as JsonValue));
    const kept = new Set(rows.map((r) => r.id));
    const removed = [...old.keys()].filter((id) => !kept.has(id)).map((id): [string, string] => [after.id, id]);
    const table = db.table<{ id: string }, [string, string]>(name);
    if (changed.length > 0) writes.push(table.bulkPut(changed));
    if (removed.length > 0) writes.push(table.bulkDelete(removed));
  }
  await Promise.all(writes);
}
