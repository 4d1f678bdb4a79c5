// Recording a new complaint (or enquiry): the first version of the case and the first event on its timeline.
import {
  complaintCase,
  complaintIntake,
  pendingEmployeeProcess,
  storyFieldNames,
  type Actor,
  type CaseReference,
  type ComplaintCase,
  type ComplaintIntakeInput,
  type InformationChecklist,
} from '../../model';
import { londonDate } from '../calendar';
import { receivedTooLongAgo } from '../received-at';
import type { ApplyResult } from './apply';
import { toJson } from './events';
import { intakeChecklist } from './intake-checklist';
import { worksCases, NOT_FOR_ADMINISTRATORS } from './permissions';

/** Plain data with its absent optional fields left out rather than stored as undefined. */
function withoutAbsent<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Builds the case from the intake form. The store supplies the new id and the next reference
 * (JESQ-yyyy-nnnnnn) inside the same transaction that saves it.
 */
/** A complaint cannot be received after it is recorded: the one statement of it, for the intake form and the store. */
export function receivedInFuture(receivedAt: string, now: string): string | null {
  return Date.parse(receivedAt) > Date.parse(now) ? 'Date and time received cannot be in the future' : null;
}

export function receiveComplaint(
  intake: ComplaintIntakeInput,
  actor: Actor,
  now: string,
  ids: { id: string; reference: CaseReference },
  settings: { receivedWithinYears?: number } = {},
): ApplyResult {
  if (!worksCases(actor.role)) return { ok: false, missing: [NOT_FOR_ADMINISTRATORS] };
  const parsed = complaintIntake.safeParse(intake);
  if (!parsed.success) return { ok: false, missing: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const i = parsed.data;
  const future = receivedInFuture(i.receivedAt, now);
  if (future) return { ok: false, missing: [future] };
  const tooLongAgo = receivedTooLongAgo(i.receivedAt, now, settings.receivedWithinYears);
  if (tooLongAgo) return { ok: false, missing: [tooLongAgo] };

  const today = londonDate(now);
  // The customer record always holds a name and a way to contact them; the nature is required here.
  const checklist: InformationChecklist = intakeChecklist({ ...i, nameAndContact: true, nature: true }, today);

  const concernsStaff = i.concernsStaff || i.namedStaffUserIds.length > 0;
  const draft: ComplaintCase = {
    id: ids.id,
    reference: ids.reference,
    version: 1,
    createdAt: now,
    updatedAt: now,
    kind: i.kind,
    ...(i.kind === 'enquiry' && i.enquiryReason ? { enquiry: { reason: i.enquiryReason, recordedById: actor.userId, recordedAt: now } } : {}),
    channel: i.channel,
    receivedAt: i.receivedAt,
    recordedById: actor.userId,
    takenById: i.takenById,
    ...(i.dealtWithName ? { dealtWithName: i.dealtWithName } : {}),
    ...(i.dealtWithUserId ? { dealtWithUserId: i.dealtWithUserId } : {}),
    customerId: i.customerId,
    nature: i.nature,
    ...(i.category ? { category: i.category } : {}),
    ...Object.fromEntries(storyFieldNames.flatMap((name) => (i[name] ? [[name, i[name]]] : []))),
    ...(i.receipt ? { receipt: withoutAbsent(i.receipt) } : {}),
    ...(i.business ? { business: withoutAbsent(i.business) } : {}),
    stage: 'received',
    checklist,
    informationRequests: [],
    conversations: [],
    attachments: [],
    delayNotices: [],
    improvementActions: [],
    holds: [],
    consumerAgencyReferrals: [],
    concernsStaff,
    namedStaffUserIds: [...new Set(i.namedStaffUserIds)],
    ...(concernsStaff ? { employeeProcess: pendingEmployeeProcess() } : {}),
    consents: [],
    lawfulDisclosures: [],
    disclosures: [],
  };
  const checked = complaintCase.safeParse(draft);
  if (!checked.success) return { ok: false, missing: [...new Set(checked.error.issues.map((x) => x.message))] };

  const what = i.kind === 'enquiry' ? 'Enquiry recorded (not a complaint)' : 'Complaint received';
  const confidential = concernsStaff ? '; it concerns staff, so it is confidential' : '';
  return {
    ok: true,
    case: draft,
    events: [{ caseId: draft.id, at: now, actorId: actor.userId, action: 'receive', summary: `${what}${confidential}`, before: null, after: toJson(draft) }],
  };
}
