// The complaints return as CSV and as an A4 PDF summary fit to publish: counts only, no personal data, no case described.
import { complaintCategoryLabels, formatPence, ombudsmanDecisionLabels, rootCauseLabels } from '../model';
import { returnBandLabels, returnBands, type ComplaintsReturn, type ReturnOutcome } from '../policy';
import type { A4Document, DocumentBlock } from '../pdf/a4-document';
import { csvDocument, type CsvValue } from './csv';

const outcomeLabels: Record<ReturnOutcome, string> = { upheld: 'Upheld', 'partly-upheld': 'Partly upheld', 'not-upheld': 'Not upheld', withdrawn: 'Withdrawn' };
const categoryLabels = { ...complaintCategoryLabels, uncategorised: 'Not categorised' };
const causeLabels = { ...rootCauseLabels, 'not-recorded': 'Not recorded (resolved at first contact or withdrawn)' };

const ukDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Every figure of the return as [section, measure, value] rows, in the order the summary shows them. */
export function returnRows(r: ComplaintsReturn): [string, string, CsvValue][] {
  const rows: [string, string, CsvValue][] = [
    ['Period', 'From', r.period.from],
    ['Period', 'To', r.period.to],
    ['Received', 'Complaints received', r.received],
    ['Received', 'Resolved by the end of the next business day', r.resolvedByNextBusinessDay],
    ['Received', 'Not resolved by the end of the next business day', r.notResolvedByNextBusinessDay],
    ['Received', 'Complaints about staff (counted, not described)', r.staffComplaintsReceived],
    ['Received', 'Customers', r.customerCount ?? 'not set'],
    ['Received', 'Complaints per 1,000 customers', r.perThousandCustomers ?? 'not set'],
    ['Closed', 'Complaints closed', r.closed],
    ...returnBands.map((b): [string, string, CsvValue] => ['Closed', returnBandLabels[b], r.bands[b]]),
    ...(Object.keys(outcomeLabels) as ReturnOutcome[]).map((o): [string, string, CsvValue] => ['Outcome', outcomeLabels[o], r.outcomes[o]]),
    ['Outcome', 'Redress paid (£)', (r.redressPaidPence / 100).toFixed(2)],
    ['Closed', 'Reopened complaints (counted once)', r.reopened],
    ['Closed', 'Complaints about staff (counted, not described)', r.staffComplaintsClosed],
    ...(Object.keys(r.byCategory) as (keyof typeof categoryLabels)[]).map((k): [string, string, CsvValue] => ['Category', categoryLabels[k], r.byCategory[k]]),
    ...(Object.keys(r.byRootCause) as (keyof typeof causeLabels)[]).map((k): [string, string, CsvValue] => ['Root cause', causeLabels[k], r.byRootCause[k]]),
    ['Energy Ombudsman', 'Referrals', r.ombudsmanReferrals],
    ...(Object.keys(r.ombudsmanDecisions) as (keyof typeof ombudsmanDecisionLabels)[]).map((k): [string, string, CsvValue] => ['Energy Ombudsman', `Decisions: ${ombudsmanDecisionLabels[k]}`, r.ombudsmanDecisions[k]]),
    ['Energy Ombudsman', 'Awards ordered (£)', (r.ombudsmanAwardsPence / 100).toFixed(2)],
  ];
  return rows;
}

export function returnCsv(r: ComplaintsReturn): string {
  return csvDocument([['Section', 'Measure', 'Value'], ...returnRows(r)]);
}

export function returnFileName(r: ComplaintsReturn, extension: 'csv' | 'pdf'): string {
  return `Complaints return ${r.period.from} to ${r.period.to}.${extension}`;
}

/** The published summary: the same figures as tables, under the company's letterhead; nothing names a person or case. */
export function returnSummaryDocument(r: ComplaintsReturn, company: { name: string; lines: readonly string[] }): A4Document {
  const table = (title: string, rows: [string, string][]): DocumentBlock[] => [
    { type: 'heading', text: title, level: 2 },
    { type: 'table', columns: [{ title: 'Measure', width: 4 }, { title: 'Number', align: 'right' }], rows },
  ];
  const counts = <K extends string>(record: Record<K, number>, labels: Record<K, string>): [string, string][] =>
    (Object.keys(record) as K[]).filter((k) => record[k] > 0).map((k) => [labels[k], String(record[k])]);
  return {
    header: { companyName: company.name, lines: company.lines },
    title: `Complaints return ${ukDate(r.period.from)} to ${ukDate(r.period.to)}`,
    footer: 'Counts only: no complaint or person is described. Complaints about staff are counted, never described.',
    info: { subject: 'Complaints return', keywords: ['complaints', 'return'] },
    blocks: [
      ...table('Complaints received', [
        ['Complaints received', String(r.received)],
        ['Resolved by the end of the next business day', String(r.resolvedByNextBusinessDay)],
        ['Not resolved by the end of the next business day', String(r.notResolvedByNextBusinessDay)],
        ['Complaints per 1,000 customers', r.perThousandCustomers === null ? 'Customer count not set' : r.perThousandCustomers.toFixed(2)],
        ['Of which about staff', String(r.staffComplaintsReceived)],
      ]),
      ...table('Complaints closed', [
        ['Complaints closed', String(r.closed)],
        ...returnBands.map((b): [string, string] => [returnBandLabels[b], String(r.bands[b])]),
        ['Reopened complaints (counted once)', String(r.reopened)],
        ['Of which about staff', String(r.staffComplaintsClosed)],
      ]),
      ...table('Outcomes and redress', [
        ...(Object.keys(outcomeLabels) as ReturnOutcome[]).map((o): [string, string] => [outcomeLabels[o], String(r.outcomes[o])]),
        ['Redress paid', formatPence(r.redressPaidPence)],
      ]),
      ...table('By category', counts(r.byCategory, categoryLabels)),
      ...table('By root cause', counts(r.byRootCause, causeLabels)),
      ...table('Energy Ombudsman', [
        ['Referrals', String(r.ombudsmanReferrals)],
        ...(Object.keys(r.ombudsmanDecisions) as (keyof typeof ombudsmanDecisionLabels)[]).map((k): [string, string] => [`Decided: ${ombudsmanDecisionLabels[k]}`, String(r.ombudsmanDecisions[k])]),
        ['Awards ordered', formatPence(r.ombudsmanAwardsPence)],
      ]),
    ],
  };
}
