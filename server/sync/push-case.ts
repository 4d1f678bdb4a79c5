// One pushed change to one case: recorded, acted on through shared/policy's workflow, or events appended.
import { confidentialityFacts, formatCaseReference, type Actor, type ComplaintCase, type Customer, type Role } from '../../shared/model';
import { applyAction, canSeeRecordedStub, cannotBeAssigned, isConfidential, londonDate, receiveComplaint, recorderReceipt, type CaseAction } from '../../shared/policy';
import { ANONYMISED_CUSTOMER } from '../../shared/policy/privacy/anonymise';
import { GRANT_NEEDS_SEALED, NO_SUCH_CASE_ON_SERVER, type PushChange, type PushResult } from '../../shared/sync';
import { grant } from './grant';
import { nextChangeSeq, type Tx } from '../db/transaction';
import { anonymise } from './anonymise';
import { assertMayView, audienceColumns, audienceOf } from './audience';
import { audienceRecord, insertCase, lockCase, updateCase, type CaseRow } from './case-rows';
import { orderPurges } from './purges';
import { policySettings } from './settings-read';
import { chainAfter, headOf, headOfRow, insertEvents, takeClockAndAppend, type EventDraft } from './timeline';

/** How far ahead of the server's clock a desk's time may be (clocks drift); further is refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const DESK_CLOCK_AHEAD = 'This desk’s clock is ahead of the office server’s: correct the computer’s date and time, then send again';
export const UNKNOWN_CUSTOMER = 'The customer chosen is not on the office server: find them again or add them';
/** The confidential series starts here, so complaints about staff leave no gaps in the references agents see. */
export const CONFIDENTIAL_SERIES_START = 500_000;

type Refused = Extract<PushResult, { status: 'refused' }>;
const refused = (change: PushChange, reasons: string[]): Refused => ({ changeId: change.changeId, status: 'refused', caseId: change.caseId, reasons });

function fromDesk(at: string, now: Date): string | null {
  return Date.parse(at) > now.getTime() + CLOCK_SKEW_MS ? null : new Date(Date.parse(at)).toISOString();
}

/** The next reference of the case's series for the year it was received. */
export async function nextReference(tx: Tx, receivedAt: string, confidential: boolean): Promise<string> {
  const year = Number(londonDate(receivedAt).slice(0, 4));
  const series = confidential ? 'confidential' : 'open';
  const { rows } = await tx.query<{ last: number }>(
    `INSERT INTO reference_counters (year, series, last) VALUES ($1, $2, $3)
     ON CONFLICT (year, series) DO UPDATE SET last = reference_counters.last + 1 RETURNING last`,
    [year, series, confidential ? CONFIDENTIAL_SERIES_START + 1 : 1],
  );
  return formatCaseReference(year, Number(rows[0]?.last));
}

async function receive(tx: Tx, change: PushChange & { body: { type: 'receive' } }, actor: Actor, now: Date): Promise<PushResult> {
  const { body } = change;
  const at = fromDesk(body.recordedAt, now);
  if (!at) return refused(change, [DESK_CLOCK_AHEAD]);
  let customer: Customer;
  let isNew = false;
  if ('existingId' in body.customer) {
    const { rows } = await tx.query<{ record: Customer }>('SELECT record FROM customers WHERE id = $1', [body.customer.existingId]);
    if (!rows[0]) return refused(change, [UNKNOWN_CUSTOMER]);
    customer = rows[0].record;
    if (customer.anonymisedAt) return refused(change, [ANONYMISED_CUSTOMER]);
  } else {
    customer = body.customer.details;
    if (customer.anonymisedAt) return refused(change, [ANONYMISED_CUSTOMER]);
    isNew = true;
  }
  const intake = { ...body.complaint, customerId: customer.id };
  const confidential = isConfidential({ concernsStaff: intake.concernsStaff, namedStaffUserIds: intake.namedStaffUserIds });
  // Checked with a placeholder first, so a refused intake never takes a reference number.
  const trial = receiveComplaint(intake, actor, at, { id: change.caseId, reference: formatCaseReference(2000, 1) });
  if (!trial.ok) return refused(change, trial.missing);
  const reference = await nextReference(tx, intake.receivedAt, confidential);
  const received = receiveComplaint(intake, actor, at, { id: change.caseId, reference });
  if (!received.ok) return refused(change, received.missing);
  const seq = await nextChangeSeq(tx);
  if (isNew) await tx.query('INSERT INTO customers (id, record, change_seq) VALUES ($1, $2, $3)', [customer.id, customer, seq]);
  const events = chainAfter(null, received.events);
  await insertCase(tx, received.case, seq, change.sealed, headOf(events));
  await insertEvents(tx, events, audienceColumns(audienceOf(received.case)), seq);
  if (canSeeRecordedStub(actor, confidentialityFacts(received.case))) {
    const receipt = recorderReceipt(received.case);
    await tx.query('INSERT INTO case_receipts (case_id, recorded_by, reference, received_at, recorded_at, change_seq) VALUES ($1, $2, $3, $4, $5, $6)', [
      receipt.caseId,
      actor.userId,
      receipt.reference,
      receipt.receivedAt,
      receipt.recordedAt,
      seq,
    ]);
  }
  return { changeId: change.changeId, status: 'accepted', caseId: change.caseId, version: received.case.version, reference };
}

async function assignmentProblem(tx: Tx, c: ComplaintCase, action: CaseAction): Promise<string | null> {
  if (action.type !== 'assignInvestigator' && action.type !== 'assignReviewer') return null;
  const id = action.type === 'assignInvestigator' ? action.investigatorId : action.reviewerId;
  const as = action.type === 'assignInvestigator' ? 'investigator' : 'reviewer';
  const { rows } = await tx.query<{ id: string; role: Role; active: boolean }>('SELECT id, role, active FROM users WHERE id = $1', [id]);
  if (!rows[0]) return `Choose the ${as} from the staff list: that person has no account on the office server`;
  return cannotBeAssigned(c, rows[0], as);
}

/** Records the files a change added, so their bytes may be downloaded by whoever may see the case. */
async function noteAttachments(tx: Tx, before: ComplaintCase, after: ComplaintCase): Promise<void> {
  const known = new Set(before.attachments.map((a) => a.id));
  for (const a of after.attachments) {
    if (!known.has(a.id)) await tx.query('INSERT INTO case_attachments (case_id, attachment_id, sha256) VALUES ($1, $2, $3)', [after.id, a.id, a.sha256]);
  }
}

export async function saveChangedCase(tx: Tx, row: CaseRow, next: ComplaintCase, drafts: readonly EventDraft[], sealed: unknown): Promise<void> {
  const before = audienceOf(row.record);
  // Written while the case is still in the user's sight: the change may take it out (a staff concern recorded).
  await noteAttachments(tx, row.record, next);
  // The clock is taken as late as it can be: from here to commit every other write waits for this one.
  const seq = await takeClockAndAppend(tx, row.id, headOfRow(row), drafts, row);
  await updateCase(tx, next, seq, sealed);
  await orderPurges(tx, before, audienceOf(next), { caseId: row.id, customerId: next.customerId, createdSeq: Number(row.created_seq) }, seq);
}

async function visibleCase(tx: Tx, change: PushChange, actor: Actor): Promise<CaseRow | null> {
  const row = await lockCase(tx, change.caseId);
  if (!row) return null;
  assertMayView(actor, confidentialityFacts(row.record), `case ${change.caseId}`);
  return row;
}

async function act(tx: Tx, change: PushChange & { body: { type: 'action' } }, actor: Actor, now: Date): Promise<PushResult> {
  const at = fromDesk(change.body.takenAt, now);
  if (!at) return refused(change, [DESK_CLOCK_AHEAD]);
  const row = await visibleCase(tx, change, actor);
  if (!row) return refused(change, [NO_SUCH_CASE_ON_SERVER]);
  if (row.version !== change.baseVersion) {
    return { changeId: change.changeId, status: 'conflict', caseId: row.id, case: row.record, audience: audienceRecord(row) };
  }
  const problem = await assignmentProblem(tx, row.record, change.body.action);
  if (problem) return refused(change, [problem]);
  const result = applyAction(row.record, change.body.action, actor, at, await policySettings(tx));
  if (!result.ok) return refused(change, result.missing);
  await saveChangedCase(tx, row, result.case, result.events, change.sealed);
  return { changeId: change.changeId, status: 'accepted', caseId: row.id, version: result.case.version, reference: result.case.reference };
}

async function logEvents(tx: Tx, change: PushChange & { body: { type: 'events' } }, actor: Actor, now: Date): Promise<PushResult> {
  const row = await visibleCase(tx, change, actor);
  if (!row) return refused(change, [NO_SUCH_CASE_ON_SERVER]);
  const drafts = [];
  for (const e of change.body.events) {
    const at = fromDesk(e.at, now);
    if (!at) return refused(change, [DESK_CLOCK_AHEAD]);
    drafts.push({ id: e.id, caseId: row.id, at, actorId: actor.userId, action: e.action, summary: e.summary, before: e.before, after: e.after });
  }
  await takeClockAndAppend(tx, row.id, headOfRow(row), drafts, row);
  return { changeId: change.changeId, status: 'accepted', caseId: row.id, version: row.version, reference: row.reference };
}

export async function pushCaseChange(tx: Tx, change: PushChange, actor: Actor, now: Date): Promise<PushResult> {
  switch (change.body.type) {
    case 'receive':
      return receive(tx, { ...change, body: change.body }, actor, now);
    case 'action':
      return act(tx, { ...change, body: change.body }, actor, now);
    case 'events':
      return logEvents(tx, { ...change, body: change.body }, actor, now);
    case 'anonymise':
      return anonymise(tx, { ...change, body: change.body }, actor, now);
    case 'grant':
      if (!change.sealed) return refused(change, [GRANT_NEEDS_SEALED]);
      return grant(tx, { ...change, body: change.body }, (c) => visibleCase(tx, c, actor));
  }
}
