// The report laid out as titled tables in the policy's words: the screen's accessible tables and the CSV both use them.
import {
  channelLabels,
  complaintCategoryLabels,
  remedyLabels,
  responseOutcomeLabels,
  rootCauseLabels,
} from '../model';
import { CLOCK_RULES } from '../policy';
import type { CategoryKey, ComplaintReport, Count, DeadlineTally, Rate, ReportOutcome } from './complaint-report';

export type ReportCell =
  | { kind: 'text'; text: string }
  | { kind: 'count'; value: number }
  | { kind: 'pence'; value: number }
  | { kind: 'rate'; rate: Rate };

export interface ReportTable {
  /** Stable name for the screen's ids and the tests. */
  id: string;
  title: string;
  columns: string[];
  /** Each row starts with its label (a text cell). */
  rows: ReportCell[][];
}

const text = (t: string): ReportCell => ({ kind: 'text', text: t });
const count = (value: number): ReportCell => ({ kind: 'count', value });
const pence = (value: number): ReportCell => ({ kind: 'pence', value });
const rate = (r: Rate): ReportCell => ({ kind: 'rate', rate: r });

export const outcomeLabels: Record<ReportOutcome, string> = {
  ...responseOutcomeLabels,
  withdrawn: 'Withdrawn',
  awaiting: 'No outcome yet',
};
export const categoryLabels: Record<CategoryKey, string> = { ...complaintCategoryLabels, uncategorised: 'Not categorised yet' };

export const ACKNOWLEDGED_IN_TIME = `Acknowledged within ${CLOCK_RULES.acknowledgeWithinBusinessDays} business days`;
export const RESOLVED_IN_TIME = `Resolved within ${CLOCK_RULES.resolveWithinBusinessDays} business days`;
export const REACHED_EIGHT_WEEKS = 'Reached 8 weeks unresolved';

function countRows<K extends string>(counts: Count<K>[], labels: Record<K, string>): ReportCell[][] {
  return counts.map((c) => [text(labels[c.key]), count(c.count)]);
}

function deadlineRows(t: DeadlineTally, withPaused: boolean): ReportCell[][] {
  return [
    [text('In time'), count(t.inTime)],
    [text('Late'), count(t.late)],
    [text('Overdue, not done yet'), count(t.overdue)],
    [text('Not yet due'), count(t.notYetDue)],
    ...(withPaused ? [[text('Paused: on hold'), count(t.paused)]] : []),
    [text('Not needed'), count(t.notNeeded)],
  ];
}

function summaryTable(r: ComplaintReport): ReportTable {
  return {
    id: 'summary',
    title: 'Figures',
    columns: ['Figure', 'Value'],
    rows: [
      [text('Complaints received'), count(r.complaints)],
      [text('Complaints about staff (confidential)'), count(r.aboutStaff)],
      [text(ACKNOWLEDGED_IN_TIME), rate(r.acknowledge.withinTarget)],
      [text(RESOLVED_IN_TIME), rate(r.resolve.withinTarget)],
      [text(REACHED_EIGHT_WEEKS), count(r.reachedEightWeeks)],
      [text('Referred to the Energy Ombudsman'), count(r.referredToOmbudsman)],
      [text('Resolved at first contact'), rate(r.firstContact)],
      [text('Total value of remedies'), pence(r.remedies.totalValuePence)],
      [text('Improvement actions open'), count(r.improvementActions.open)],
      [text('Improvement actions overdue'), count(r.improvementActions.overdue)],
      [text('Enquiries (not complaints)'), count(r.enquiries.total)],
    ],
  };
}

/** Every table of the report, in the order the screen and the CSV show them. */
export function reportTables(r: ComplaintReport): ReportTable[] {
  const enquiriesBy = new Map(r.enquiries.byChannel.map((c) => [c.key, c.count]));
  const required = new Map(r.remedies.ombudsmanRequired.map((c) => [c.key, c.count]));
  return [
    summaryTable(r),
    {
      id: 'channel',
      title: 'Complaints by channel',
      columns: ['Channel', 'Complaints', 'Enquiries'],
      rows: r.byChannel.map((c) => [text(channelLabels[c.key]), count(c.count), count(enquiriesBy.get(c.key) ?? 0)]),
    },
    { id: 'category', title: 'Complaints by category', columns: ['Category', 'Complaints'], rows: countRows(r.byCategory, categoryLabels) },
    { id: 'outcome', title: 'Complaints by outcome', columns: ['Outcome', 'Complaints'], rows: countRows(r.byOutcome, outcomeLabels) },
    { id: 'acknowledge', title: ACKNOWLEDGED_IN_TIME, columns: ['Acknowledgement', 'Complaints'], rows: deadlineRows(r.acknowledge, false) },
    { id: 'resolve', title: RESOLVED_IN_TIME, columns: ['Resolution', 'Complaints'], rows: deadlineRows(r.resolve, true) },
    { id: 'root-cause', title: 'Root causes of closed complaints', columns: ['Root cause', 'Complaints'], rows: countRows(r.rootCauses, rootCauseLabels) },
    {
      id: 'remedies',
      title: 'Remedies',
      columns: ['Remedy', 'Offered in our responses', 'Required by the Energy Ombudsman'],
      rows: r.remedies.offered.map((c) => [text(remedyLabels[c.key]), count(c.count), count(required.get(c.key) ?? 0)]),
    },
    {
      id: 'remedy-value',
      title: 'Value of remedies',
      columns: ['Payments', 'Total'],
      rows: [
        [text('Offered in our responses'), pence(r.remedies.offeredPaymentsPence)],
        [text('Required by the Energy Ombudsman'), pence(r.remedies.ombudsmanPaymentsPence)],
        [text('All remedies'), pence(r.remedies.totalValuePence)],
      ],
    },
    {
      id: 'improvement',
      title: 'Improvement actions',
      columns: ['Improvement actions', 'Number'],
      rows: [
        [text('Recorded'), count(r.improvementActions.total)],
        [text('Done'), count(r.improvementActions.done)],
        [text('Open'), count(r.improvementActions.open)],
        [text('Overdue (open past their due date)'), count(r.improvementActions.overdue)],
      ],
    },
  ];
}
