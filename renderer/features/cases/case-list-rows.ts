// What each row of the case list shows: the case's facts in staff's words and its next deadline as a date and as words.
import { channelLabels, isFinishedStage, stageLabels } from '../../../shared/model';
import { BREACHING_SOON_BUSINESS_DAYS, nextDeadlineWords, type DeadlineStanding, type Obligation, type PolicySettings } from '../../../shared/policy';
import type { CaseListItem } from '../../store/work-queue';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';

export type DeadlineColour = 'default' | 'info' | 'warning' | 'error';

export interface CaseListRow {
  id: string;
  reference: string;
  customerName: string;
  summary: string;
  stage: string;
  channel: string;
  receivedAt: string;
  investigator: string;
  /** dd/MM/yyyy, "Paused" or "—". */
  nextDue: string;
  /** Which deadline it is ("Acknowledge"), or null. */
  nextDueKind: string | null;
  standing: DeadlineStanding;
  /** "in 2 business days", "due today", "overdue by 3 business days", "paused". */
  dueWords: string;
  colour: DeadlineColour;
  breach: boolean;
  confidential: boolean;
}

export const obligationLabels: Record<Obligation, string> = {
  acknowledge: 'Acknowledge',
  resolve: 'Resolve',
  delayNotice: 'Delay notice',
  eightWeekLetter: '8-week letter',
  ombudsmanEligibility: 'Energy Ombudsman',
};

function colourOf(standing: DeadlineStanding, businessDays: number | null): DeadlineColour {
  if (standing === 'overdue') return 'error';
  if (standing === 'due-today') return 'warning';
  if (standing === 'ahead' && businessDays !== null && businessDays <= BREACHING_SOON_BUSINESS_DAYS) return 'warning';
  if (standing === 'paused') return 'info';
  return 'default';
}

/** A finished case has no deadline to work to: its words say so rather than "no deadline". */
export function caseListRow(item: CaseListItem, today: string, settings: PolicySettings, nameOf: (userId: string | undefined) => string): CaseListRow {
  const finished = isFinishedStage(item.stage);
  const words = nextDeadlineWords(item.nextDueOn, today, settings, item.onHold);
  return {
    id: item.caseId,
    reference: item.reference,
    customerName: item.customerName,
    summary: item.summary,
    stage: item.kind === 'enquiry' ? 'Enquiry' : stageLabels[item.stage],
    channel: channelLabels[item.channel],
    receivedAt: formatDateTime(item.receivedAt),
    investigator: item.assigneeId ? nameOf(item.assigneeId) : '—',
    nextDue: item.nextDueOn ? formatDate(item.nextDueOn) : item.onHold ? 'Paused' : '—',
    nextDueKind: item.nextDueKind ? obligationLabels[item.nextDueKind] : null,
    standing: words.standing,
    dueWords: finished ? 'finished' : item.kind === 'enquiry' ? 'enquiry: no deadlines' : words.words,
    colour: colourOf(words.standing, words.businessDays),
    breach: item.breach,
    confidential: item.confidential,
  };
}
