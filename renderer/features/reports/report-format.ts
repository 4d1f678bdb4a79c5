// How the report's cells read on screen: en-GB counts, pounds sterling, and rates as a percentage of their count.
import type { Rate, ReportCell } from '../../../shared/reports';
import { formatPence } from '../../ui/en-gb-format';

const counts = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return counts.format(value);
}

/** '75%', or 'None to judge' when nothing has reached its date yet. */
export function formatRate(rate: Rate): string {
  return rate.rate === null ? 'None to judge' : percent.format(rate.rate);
}

export function rateDetail(rate: Rate): string {
  return `${formatCount(rate.met)} of ${formatCount(rate.of)}`;
}

export function formatCell(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return formatCount(cell.value);
    case 'pence':
      return formatPence(cell.value);
    case 'rate':
      return cell.rate.rate === null ? formatRate(cell.rate) : `${formatRate(cell.rate)} (${rateDetail(cell.rate)})`;
  }
}

/** A number for the chart's bars; text and rates are not charted. */
export function chartValue(cell: ReportCell | undefined): number {
  return cell && (cell.kind === 'count' || cell.kind === 'pence') ? cell.value : 0;
}
