// The report as one CSV file: a heading naming the period, then each table under its title, a blank line between.
import type { ComplaintReport } from './complaint-report';
import { csvDocument, type CsvValue } from './csv';
import { reportTables, type ReportCell } from './report-tables';
import { londonDate } from '../policy';

/** 'yyyy-MM-dd' → 'dd/MM/yyyy', as staff read dates. */
export function ukDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** Integer pence as pounds with two decimals and no symbol, so a spreadsheet reads it as a number: 4250 → 42.50. */
export function poundsText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function csvValue(cell: ReportCell): CsvValue {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return cell.value;
    case 'pence':
      return `£${poundsText(cell.value)}`;
    case 'rate':
      return cell.rate.rate === null ? 'n/a' : `${(cell.rate.rate * 100).toFixed(1)}% (${cell.rate.met} of ${cell.rate.of})`;
  }
}

export function reportCsv(report: ComplaintReport): string {
  const rows: CsvValue[][] = [
    ['Complaints Desk report: learning from complaints'],
    ['Complaints received from', ukDate(report.period.from), 'to', ukDate(report.period.to)],
    ['As at', ukDate(londonDate(report.asAt))],
  ];
  for (const table of reportTables(report)) {
    rows.push([], [table.title], table.columns, ...table.rows.map((row) => row.map(csvValue)));
  }
  return csvDocument(rows);
}

/** The file name the export suggests, e.g. complaints-report-2026-11-01-to-2026-11-30.csv. */
export function reportCsvName(report: Pick<ComplaintReport, 'period'>): string {
  return `complaints-report-${report.period.from}-to-${report.period.to}.csv`;
}
