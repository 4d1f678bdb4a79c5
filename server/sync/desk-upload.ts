// A joining desk's own case, uploaded once: its chain checked, the server's accounts put in through the field
// catalogue, numbered again where its reference would collide, its timeline chained again and closed by an event
// that records the desk's verified chain head. The policy's rules are checked as for any push.
import { complaintCase, confidentialityFacts, type Actor, type ComplaintCase, type Role, type TimelineEvent } from '../../shared/model';
import { accountsNamed, remapAccounts } from '../../shared/model/account-remap';
import { canViewCase, cannotBeAssigned, isConfidential, londonDate } from '../../shared/policy';
import {
  CASE_ALREADY_ON_SERVER,
  CUSTOMER_NOT_THE_CASES,
  DESK_UPLOAD_ACTION,
  FILE_NOT_UPLOADED,
  NOT_A_SERVER_ACCOUNT,
  UNMATCHED_ACCOUNT,
  UPLOADER_NAMED,
  type DeskAccount,
  type DeskUploadResult,
  type UploadedCase,
} from '../../shared/sync';
import { eventHash, GENESIS_HASH, type ChainHead } from '../../shared/timeline/chain';
import { checkChain } from '../../shared/timeline/check';
import { nextChangeSeq, type Tx } from '../db/transaction';
import { audienceColumns, audienceOf } from './audience';
import { insertCase } from './case-rows';
import { CLOCK_SKEW_MS, DESK_CLOCK_AHEAD, nextReference } from './push-case';
import { insertEvents } from './timeline';

type Refused = Extract<DeskUploadResult, { status: 'refused' }>;
const refused = (item: UploadedCase, reasons: string[]): Refused => ({ changeId: item.changeId, status: 'refused', caseId: item.case.id, reasons });

/** The desk's accounts as a lookup: every desk id, and the server account of each one matched. */
export interface AccountMatch {
  deskIds: ReadonlySet<string>;
  toServer: ReadonlyMap<string, string>;
}

export function accountMatch(accounts: readonly DeskAccount[]): AccountMatch {
  return {
    deskIds: new Set(accounts.map((a) => a.deskUserId)),
    toServer: new Map(accounts.flatMap((a) => (a.serverUserId === null ? [] : [[a.deskUserId, a.serverUserId] as const]))),
  };
}

/**
 * Keeps the desk's reference when it is in the main series, of the year the case was received, and above every
 * number the server has given that year (the counter moves up to it, so the server never gives it again); else
 * the next of the case's series. A complaint about staff always takes the server's own series: the desk numbered
 * it JESQ-YYYY-S…, which the server's numbering does not use. Desks upload in reference order, so the first desk
 * to join keeps its references. Only the counter is read, never whether some case holds a number, so the answer
 * reveals nothing about cases the uploader may not see.
 */
async function serverReference(tx: Tx, c: ComplaintCase): Promise<string> {
  const confidential = isConfidential(c);
  const year = Number(londonDate(c.receivedAt).slice(0, 4));
  const match = /^JESQ-(\d{4})-(\d{6})$/.exec(c.reference);
  const serial = Number(match?.[2]);
  if (!confidential && match && Number(match[1]) === year && serial > 0 && serial < 500_000) {
    const { rows } = await tx.query<{ last: number }>(
      `INSERT INTO reference_counters AS r (year, series, last) VALUES ($1, 'open', $2)
       ON CONFLICT (year, series) DO UPDATE SET last = $2 WHERE r.last < $2 RETURNING last`,
      [year, serial],
    );
    if (rows[0]) return c.reference;
  }
  return nextReference(tx, c.receivedAt, confidential);
}

/** The accounts the policy reads (recorder, taker, named employees, investigator, reviewer) and every actor. */
function accountsTheServerMustHave(c: ComplaintCase, events: readonly TimelineEvent[]): string[] {
  const ids = [c.recordedById, c.takenById, ...c.namedStaffUserIds, c.investigatorId, c.dealtWithUserId, c.escalation?.reviewerId, ...events.map((e) => e.actorId)];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** The events chained again from the start, ids, times, actions and any anonymisation's redaction kept. */
function chainAgain(events: readonly TimelineEvent[]): TimelineEvent[] {
  let prevHash = GENESIS_HASH;
  return events.map((e) => {
    const { hash: _old, ...rest } = e;
    const unhashed = { ...rest, prevHash };
    const event: TimelineEvent = { ...unhashed, hash: eventHash(unhashed) };
    prevHash = event.hash;
    return event;
  });
}

function closingEvent(c: ComplaintCase, deskReference: string, deskHead: ChainHead, after: ChainHead, actor: Actor, at: string): TimelineEvent {
  const numbered = c.reference === deskReference ? `kept its reference ${deskReference}` : `was ${deskReference} at the desk, now ${c.reference}`;
  const unhashed = {
    id: crypto.randomUUID(),
    caseId: c.id,
    seq: after.seq + 1,
    at,
    actorId: actor.userId,
    action: DESK_UPLOAD_ACTION,
    summary: `Uploaded from a desk that joined the office server (${numbered}); the desk's timeline of ${deskHead.seq} events was verified, ending in ${deskHead.hash}`,
    before: { reference: deskReference, deskChainHead: { seq: deskHead.seq, hash: deskHead.hash } },
    after: { reference: c.reference },
    prevHash: after.hash,
  };
  return { ...unhashed, hash: eventHash(unhashed) };
}

async function serverAccounts(tx: Tx, ids: readonly string[]): Promise<Map<string, { id: string; role: Role; active: boolean }>> {
  const { rows } = await tx.query<{ id: string; role: Role; active: boolean }>('SELECT id, role, active FROM users WHERE id = ANY($1::text[])', [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** What the policy refuses in the case as the server would hold it (the same rules a push is held to). */
async function policyProblems(tx: Tx, c: ComplaintCase, events: readonly TimelineEvent[], actor: Actor): Promise<string[]> {
  const checked = complaintCase.safeParse(c);
  if (!checked.success) return checked.error.issues.map((i) => i.message);
  const ids = accountsTheServerMustHave(c, events);
  const known = await serverAccounts(tx, ids);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) return missing.map(NOT_A_SERVER_ACCOUNT);
  // Assigned while they were active: the rules that do not change with time are checked again.
  const assigned = [
    ['investigator', c.investigatorId],
    ['reviewer', c.escalation?.reviewerId],
  ] as const;
  for (const [as, id] of assigned) {
    const who = id === undefined ? undefined : known.get(id);
    const problem = who ? cannotBeAssigned(c, { ...who, active: true }, as) : null;
    if (problem) return [problem];
  }
  if (!canViewCase(actor, confidentialityFacts(c))) return [UPLOADER_NAMED];
  return [];
}

export async function uploadDeskCase(tx: Tx, item: UploadedCase, accounts: AccountMatch, actor: Actor, now: Date): Promise<DeskUploadResult> {
  const desk = item.case;
  const check = checkChain(desk.id, item.events, null);
  if (!check.ok) return refused(item, [`The desk's timeline of ${desk.reference} does not verify: ${check.reason}`]);
  if (item.customer.id !== desk.customerId) return refused(item, [CUSTOMER_NOT_THE_CASES]);
  const deskHead = check.head ?? { seq: 0, hash: GENESIS_HASH };
  if (item.events.some((e) => Date.parse(e.at) > now.getTime() + CLOCK_SKEW_MS)) return refused(item, [DESK_CLOCK_AHEAD]);
  const unmatched = [...accountsNamed([desk, item.events], accounts.deskIds)].filter((id) => !accounts.toServer.has(id));
  if (unmatched.length > 0) return refused(item, unmatched.map(UNMATCHED_ACCOUNT));
  const { rows: held } = await tx.query('SELECT 1 FROM cases WHERE id = $1', [desk.id]);
  if (held.length > 0) return refused(item, [CASE_ALREADY_ON_SERVER]);

  const remapped = remapAccounts(desk, accounts.toServer);
  const deskEvents = remapAccounts(item.events, accounts.toServer);
  const problems = await policyProblems(tx, remapped, deskEvents, actor);
  if (problems.length > 0) return refused(item, problems);

  const at = now.toISOString();
  const reference = await serverReference(tx, remapped);
  const formerReferences = reference === desk.reference ? remapped.formerReferences : [...(remapped.formerReferences ?? []), desk.reference];
  const c: ComplaintCase = { ...remapped, reference, ...(formerReferences ? { formerReferences } : {}), version: remapped.version + 1, updatedAt: at };
  const chained = chainAgain(deskEvents);
  const last = chained[chained.length - 1];
  const events = [...chained, closingEvent(c, desk.reference, deskHead, { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }, actor, at)];

  const seq = await nextChangeSeq(tx);
  await insertCustomer(tx, item, seq);
  const head = events[events.length - 1];
  await insertCase(tx, c, seq, item.sealed, head ? { seq: head.seq, hash: head.hash } : null);
  await insertEvents(tx, events, audienceColumns(audienceOf(c)), seq);
  for (const a of c.attachments) await tx.query('INSERT INTO case_attachments (case_id, attachment_id, sha256) VALUES ($1, $2, $3)', [c.id, a.id, a.sha256]);
  const files = c.attachments.map((a) => a.sha256);
  const { rows: stored } = await tx.query<{ sha256: string }>('SELECT sha256 FROM attachment_blobs WHERE sha256 = ANY($1::text[])', [files]);
  const absent = c.attachments.find((a) => !stored.some((s) => s.sha256 === a.sha256));
  if (absent) return refused(item, [FILE_NOT_UPLOADED(absent.name)]);
  // No receipt is written for the recorder of a complaint about staff: row-level security lets only the recorder
  // write their own, and the desk that uploads it is the one where they recorded it and keep its receipt.
  return { changeId: item.changeId, status: 'accepted', caseId: c.id, version: c.version, reference, deskReference: desk.reference };
}

/** The case's customer, unless an earlier case of the same desk brought them (the same id: the same person). */
async function insertCustomer(tx: Tx, item: UploadedCase, seq: number): Promise<void> {
  await tx.query('SAVEPOINT customer');
  try {
    await tx.query('INSERT INTO customers (id, record, change_seq) VALUES ($1, $2, $3)', [item.customer.id, item.customer, seq]);
    await tx.query('RELEASE SAVEPOINT customer');
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await tx.query('ROLLBACK TO SAVEPOINT customer');
  }
}
