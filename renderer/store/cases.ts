// Case repository, write side: record a complaint, and take a workflow action on a case. Each is one transaction.
import {
  confidentialityFacts,
  type Actor,
  type ComplaintCase,
  type ComplaintIntakeInput,
  type Customer,
  type TimelineEvent,
} from '../../shared/model';
import {
  applyAction,
  isConfidential,
  cannotBeAssigned,
  canViewCase,
  NOT_FOR_ADMINISTRATORS,
  receiveComplaint,
  referenceSeries,
  worksCases,
  type CaseAction,
} from '../../shared/policy';
import { ANONYMISED_CUSTOMER } from '../../shared/policy/privacy/anonymise';
import { packDateTime as londonDateTime } from '../../shared/case-pack/pack-words';
import { caseWriteTables, type ComplaintsDatabase } from './db';
import { checkNewCustomer, plainCustomer, storedCustomer, type NewCustomer } from './customers';
import { writeCaseChange } from './case-write';
import { guardWrite } from './errors';
import { nextReference, saveReferenceCounter } from './references';
import { loadPolicySettings } from './settings/policy-calendar';
import { lastTimelinePage } from './timeline/pages';
import { applySealingPlan, endSealingPlan, followAudience, planSealing, wrapForInvestigator, type SealingPlan } from './sealed/case-keys';
import type { CaseKeyRow } from './schema/v8';
import { prepareLaterSealing, resealCase, writeReceipt } from './sealed/seal-case';
import { planKeyRotation, rotateCaseKey, type KeyRotation } from './sealed/rotate-key';
import { syncHook } from './sync-hook';

export interface RecordComplaintInput {
  /** An existing customer found with findCustomers, or the details of a new one. */
  customer: { existingId: string } | { details: NewCustomer };
  complaint: Omit<ComplaintIntakeInput, 'customerId'>;
}

export type Refusal = { ok: false; missing: string[] };
export type RecordResult = { ok: true; case: ComplaintCase; customer: Customer; events: TimelineEvent[] } | Refusal;

/** Whether the complaint being recorded is about staff: then it is sealed from its first write. */
function confidentialAtIntake(input: RecordComplaintInput): boolean {
  return isConfidential({ concernsStaff: input.complaint.concernsStaff ?? false, namedStaffUserIds: input.complaint.namedStaffUserIds ?? [] });
}

/**
 * What recording needs before its transaction: the case id and, for a complaint about staff, its new key wrapped
 * for every reader (WebCrypto cannot be awaited inside an IndexedDB transaction).
 */
export async function prepareRecording(db: ComplaintsDatabase, input: RecordComplaintInput, actor: Actor, now: string): Promise<PreparedRecording | Refusal> {
  const caseId = crypto.randomUUID();
  if (!confidentialAtIntake(input)) return { caseId, sealing: null };
  const plan = await planSealing(
    db,
    caseId,
    { concernsStaff: true, namedStaffUserIds: input.complaint.namedStaffUserIds ?? [], recordedById: actor.userId },
    now,
  );
  return 'ok' in plan ? plan : { caseId, sealing: plan };
}

export interface PreparedRecording {
  caseId: string;
  sealing: SealingPlan | null;
}

/** Records a complaint (or enquiry), with a new customer if need be, its reference and its first event. */
export async function recordComplaint(db: ComplaintsDatabase, input: RecordComplaintInput, actor: Actor, now: string, prepared?: PreparedRecording): Promise<RecordResult> {
  const ready = prepared ?? (await prepareRecording(db, input, actor, now));
  if ('ok' in ready) return ready;
  try {
    return await guardWrite(() =>
      db.transaction('rw', [...caseWriteTables(db), db.referenceCounters], async (): Promise<RecordResult> => {
        let customer: Customer;
        let isNew = false;
        if ('existingId' in input.customer) {
          const found = await db.customers.get(input.customer.existingId);
          if (!found) return { ok: false, missing: ['The customer chosen is no longer on this desk: find them again or add them'] };
          if (found.anonymisedAt) return { ok: false, missing: [ANONYMISED_CUSTOMER] };
          customer = plainCustomer(found);
        } else {
          const checked = checkNewCustomer(input.customer.details, crypto.randomUUID());
          if (!checked.ok) return checked;
          customer = checked.customer;
          isNew = true;
        }
        const hook = syncHook();
        const series = referenceSeries({ concernsStaff: input.complaint.concernsStaff ?? false, namedStaffUserIds: input.complaint.namedStaffUserIds ?? [] });
        const { reference, counter } = await nextReference(db, input.complaint.receivedAt, series, hook !== null);
        const settings = await loadPolicySettings(db);
        const received = receiveComplaint({ ...input.complaint, customerId: customer.id }, actor, now, { id: ready.caseId, reference }, settings);
        if (!received.ok) return received;
        if (ready.sealing) {
          await applySealingPlan(db, ready.sealing);
          // A customer first met in a complaint about staff is sealed with it: nobody else may learn of them.
          if (isNew) db.keyring.sealedCustomers.set(customer.id, ready.caseId);
          if (!ready.sealing.recorderReads) await writeReceipt(db, received.case, actor.userId);
        }
        await saveReferenceCounter(db, counter);
        // On a joined desk the server gives the reference and chains the events; a complaint about staff goes sealed.
        if (hook) await hook.received(db, { case: received.case, customer: isNew ? { details: customer } : { existingId: customer.id }, complaint: input.complaint, actor, now });
        if (isNew) await db.customers.add(storedCustomer(customer));
        const events = await writeCaseChange(db, {
          before: null,
          after: received.case,
          drafts: received.events,
          customerName: customer.name,
          settings,
          now,
        });
        return { ok: true, case: received.case, customer, events };
      }),
    );
  } finally {
    if (ready.sealing && !prepared) endSealingPlan(db, ready.sealing);
  }
}

export interface CaseActionRequest {
  caseId: string;
  /** The version the screen showed: a newer stored version means someone else changed the case meanwhile. */
  expectedVersion: number;
  action: CaseAction;
}

export type CaseActionResult =
  | { ok: true; case: ComplaintCase; events: TimelineEvent[] }
  | { ok: false; missing: string[]; conflict?: { currentVersion: number; changedAt: string } };

export const NO_SUCH_CASE = 'This case is not on this desk';

export function staleVersionMessage(current: ComplaintCase, expectedVersion: number): string {
  return (
    `This case was changed elsewhere (another window or another member of staff) at ${londonDateTime(current.updatedAt)}, ` +
    `after you opened it: you were working on version ${expectedVersion}, it is now version ${current.version}. ` +
    'Your change was not saved. Reload the case, check what changed, then try again.'
  );
}

/** Who is being assigned must be an active member of staff the policy allows in that role. */
async function assignmentProblem(db: ComplaintsDatabase, c: ComplaintCase, action: CaseAction): Promise<string | null> {
  if (action.type !== 'assignInvestigator' && action.type !== 'assignReviewer') return null;
  const id = action.type === 'assignInvestigator' ? action.investigatorId : action.reviewerId;
  const as = action.type === 'assignInvestigator' ? 'investigator' : 'reviewer';
  const candidate = await db.users.get(id);
  if (!candidate) return `Choose the ${as} from the staff list: that person is not on this desk`;
  return cannotBeAssigned(c, candidate, as);
}

/**
 * The body of applyCaseAction, for callers that add writes of their own to the same transaction (attachments).
 * Must run inside a rw transaction over caseWriteTables(db).
 */
export async function takeCaseAction(
  db: ComplaintsDatabase,
  request: CaseActionRequest,
  actor: Actor,
  now: string,
  keys: CaseActionKeys = {},
): Promise<CaseActionResult> {
  if (!worksCases(actor.role)) return { ok: false, missing: [NOT_FOR_ADMINISTRATORS] };
  // Everything the save needs is read at once; nothing is written unless the action is accepted.
  const [current, settings, row, lastPage] = await Promise.all([
    db.cases.get(request.caseId),
    loadPolicySettings(db),
    db.caseRows.get(request.caseId),
    lastTimelinePage(db, request.caseId),
  ]);
  if (!current || !canViewCase(actor, confidentialityFacts(current))) return { ok: false, missing: [NO_SUCH_CASE] };
  if (current.version !== request.expectedVersion) {
    return {
      ok: false,
      missing: [staleVersionMessage(current, request.expectedVersion)],
      conflict: { currentVersion: current.version, changedAt: current.updatedAt },
    };
  }
  const problem = await assignmentProblem(db, current, request.action);
  if (problem) return { ok: false, missing: [problem] };
  const result = applyAction(current, request.action, actor, now, settings);
  if (!result.ok) return result;
  const customerName =
    row && result.case.customerId === current.customerId ? row.customerName : ((await db.customers.get(result.case.customerId))?.name ?? '');
  const becomesSealed = isConfidential(result.case) && !db.keyring.sealedCases.has(current.id);
  if (becomesSealed) {
    if (!keys.sealing) return { ok: false, missing: [NOT_SEALED_YET] };
    await applySealingPlan(db, keys.sealing);
    await resealCase(db, current.id);
  }
  if (keys.rotation) {
    // Planned against this version of the case: a change made since may have changed who reads it.
    if (keys.rotation.caseId !== current.id || keys.rotation.version !== current.version) return { ok: false, missing: [staleVersionMessage(current, keys.rotation.version)] };
    await rotateCaseKey(db, keys.rotation, current.customerId);
  }
  const events = await writeCaseChange(db, { before: current, after: result.case, drafts: result.events, customerName, settings, now, lastPage });
  // Awaited only when it has work: an awaited call that touches no table would end the transaction's zone.
  if (db.keyring.sealedCases.has(result.case.id)) await followAudience(db, result.case, keys.investigator ?? null);
  await syncHook()?.acted(db, { before: current, after: result.case, action: request.action, actor, now });
  return { ok: true, case: result.case, events };
}

/**
 * Takes one workflow action through the policy engine and saves the result, or says why not: the policy's
 * refusal, or a conflict when the case has moved on since `expectedVersion`. Nothing is written unless accepted.
 */
export async function applyCaseAction(db: ComplaintsDatabase, request: CaseActionRequest, actor: Actor, now: string): Promise<CaseActionResult> {
  const keys = await prepareCaseKeys(db, request, actor, now);
  try {
    return await guardWrite(() => db.transaction('rw', [...caseWriteTables(db), db.attachmentBlobs], () => takeCaseAction(db, request, actor, now, keys)));
  } finally {
    if (keys.sealing) endSealingPlan(db, keys.sealing);
  }
}

/** Keys an action needs made before its transaction: a new investigator's wrap, or a case becoming confidential. */
export interface CaseActionKeys {
  investigator?: CaseKeyRow | null;
  sealing?: SealingPlan;
  rotation?: KeyRotation;
}

export const NOT_SEALED_YET = 'This change makes the case confidential: save it from the case page so that its key can be made';

async function prepareCaseKeys(db: ComplaintsDatabase, request: CaseActionRequest, actor: Actor, now: string): Promise<CaseActionKeys> {
  const current = await db.cases.get(request.caseId);
  if (!current || !canViewCase(actor, confidentialityFacts(current))) return {};
  if (db.keyring.sealedCases.has(current.id)) {
    // Someone losing the right to read it (an investigator removed or replaced): a new key, wrapped for the rest.
    const after = applyAction(current, request.action, actor, now, await loadPolicySettings(db));
    const rotation = after.ok ? await planKeyRotation(db, current.version, after.case, actor.userId, now) : null;
    if (rotation) return { rotation };
  }
  if (request.action.type === 'assignInvestigator' && db.keyring.sealedCases.has(current.id)) {
    return { investigator: await wrapForInvestigator(db, current, request.action.investigatorId, actor.userId, now) };
  }
  const sealing = await prepareLaterSealing(db, current, request.action, actor, now);
  return sealing ? { sealing } : {};
}
