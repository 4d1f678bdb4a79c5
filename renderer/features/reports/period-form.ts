// The period form as staff fill it in: dates typed dd/MM/yyyy, read into the report's own period schema.
import { z } from 'zod';
import { reportPeriod, ukDate, type ReportPeriod } from '../../../shared/reports';
import { parseDayMonthYear } from '../../ui/en-gb-parse';

function typedDay(label: string) {
  return z
    .string()
    .trim()
    .min(1, `Give the ${label.toLowerCase()}`)
    .transform((text, ctx) => {
      const day = parseDayMonthYear(text);
      if (day === null) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a real date written dd/mm/yyyy, like 01/11/2026` });
        return z.NEVER;
      }
      return day;
    });
}

export const periodForm = z.object({ from: typedDay('First date'), to: typedDay('Last date') }).pipe(reportPeriod);
export type PeriodFormValues = z.input<typeof periodForm>;

export function formValuesOf(period: ReportPeriod): PeriodFormValues {
  return { from: ukDate(period.from), to: ukDate(period.to) };
}
