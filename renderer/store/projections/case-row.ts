// The denormalised list row of a case, rebuilt from the case on every write.
import { isFinishedStage, type ComplaintCase } from '../../../shared/model';
import { caseDeadlines, isConfidential, nextDeadline, type PolicySettings } from '../../../shared/policy';
import type { ChainHead } from '../timeline/chain';
import { FINISHED, NO_DEADLINE, type CaseRow } from '../schema/records';
import { audienceColumns } from './audience';
import { caseWords } from './words';

const SUMMARY_LENGTH = 200;

export function summaryOf(nature: string): string {
  const flat = nature.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1)}…`;
}

/** Next deadline and breach at `now` (the time of the write): finished cases and enquiries have none. */
function deadlineColumns(c: ComplaintCase, settings: PolicySettings, now: string) {
  if (isFinishedStage(c.stage)) return { nextDueOn: null, nextDueKind: null, dueSort: FINISHED, breach: false };
  if (c.kind === 'enquiry') return { nextDueOn: null, nextDueKind: null, dueSort: NO_DEADLINE, breach: false };
  const status = caseDeadlines(c, settings, now);
  const next = nextDeadline(status);
  const nextDueOn = next?.dueOn ?? null;
  return { nextDueOn, nextDueKind: next?.obligation ?? null, dueSort: nextDueOn ?? NO_DEADLINE, breach: status.breach };
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
  return { ...row, words: caseWords({ ...row, summary: c.nature }) };
}
