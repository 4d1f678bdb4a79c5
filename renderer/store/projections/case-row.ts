// The denormalised list row of a case, rebuilt from the case on every write.
import { isFinishedStage, type ComplaintCase } from '../../../shared/model';
import { caseDeadlines, caseOmbudsmanDeadlines, isConfidential, londonDate, nextDeadline, nextOmbudsmanDeadline, type PolicySettings } from '../../../shared/policy';
import type { ChainHead } from '../timeline/chain';
import { FINISHED, NO_DEADLINE, type CaseRow } from '../schema/records';
import { audienceColumns } from './audience';
import { caseWords } from './words';

const SUMMARY_LENGTH = 200;

export function summaryOf(nature: string): string {
  const flat = nature.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1)}…`;
}

/**
 * Next deadline and breach at `now` (the time of the write): enquiries have none; a finished case has none unless
 * the Energy Ombudsman is waiting for the firm (its evidence, or a remedy it ordered), which is a deadline like any other.
 */
function deadlineColumns(c: ComplaintCase, settings: PolicySettings, now: string) {
  const ombudsman = nextOmbudsmanDeadline(caseOmbudsmanDeadlines(c, londonDate(now)));
  if (isFinishedStage(c.stage)) {
    if (ombudsman) return { nextDueOn: ombudsman.dueOn, nextDueKind: ombudsman.obligation, dueSort: ombudsman.dueOn, breach: false };
    return { nextDueOn: null, nextDueKind: null, dueSort: FINISHED, breach: false };
  }
  if (c.kind === 'enquiry') return { nextDueOn: null, nextDueKind: null, dueSort: NO_DEADLINE, breach: false };
  const status = caseDeadlines(c, settings, now);
  const next = nextDeadline(status);
  const first = ombudsman && (!next?.dueOn || ombudsman.dueOn < next.dueOn) ? { dueOn: ombudsman.dueOn, obligation: ombudsman.obligation } : next;
  const nextDueOn = first?.dueOn ?? null;
  return { nextDueOn, nextDueKind: first?.obligation ?? null, dueSort: nextDueOn ?? NO_DEADLINE, breach: status.breach };
}

/** An MPAN core as a bill prints it (13 1234 5678 907): staff type it as they read it, so its groups are words too. */
function mpanAsPrinted(core: string): string {
  return `${core.slice(0, 2)} ${core.slice(2, 6)} ${core.slice(6, 10)} ${core.slice(10)}`;
}

/** What a broker's case is found by besides the customer: the business, its person, suppliers and meter numbers. */
export function businessSearchText(c: ComplaintCase): string[] {
  const b = c.business;
  if (!b) return [];
  const meters = b.meterPoints.flatMap((m) => (m.kind === 'mpan' ? [m.number, mpanAsPrinted(m.number)] : [m.number]));
  return [b.businessName, b.actingPerson, ...b.suppliers.flatMap((s) => [s.name, s.complaintReference ?? '']), ...meters];
}

export function caseRowOf(c: ComplaintCase, customerName: string, settings: PolicySettings, head: ChainHead, now: string): CaseRow {
  const confidential = isConfidential(c);
  const row: CaseRow = {
    caseId: c.id,
    reference: c.reference,
    version: c.version,
    kind: c.kind,
    stage: c.stage,
    channel: c.channel,
    category: c.category ?? '',
    assigneeId: c.investigatorId ?? '',
    customerId: c.customerId,
    customerName,
    receivedAt: c.receivedAt,
    summary: summaryOf(c.nature),
    ...deadlineColumns(c, settings, now),
    onHold: !isFinishedStage(c.stage) && c.holds.some((h) => !h.to) ? 1 : 0,
    confidential: confidential ? 1 : 0,
    ...audienceColumns(c),
    recordedById: c.recordedById,
    updatedAt: c.updatedAt,
    timelineSeq: head.seq,
    timelineHash: head.hash,
  };
  // From the whole nature of the complaint, not the list's shortened summary, so later words are found too.
  return { ...row, words: caseWords({ ...row, summary: c.nature, formerReferences: c.formerReferences }, businessSearchText(c)) };
}
