// A finished report: what it covers, the export, the headline figures, and each table as a chart with its figures.
import { Grid, Paper, Stack, Typography } from '@mui/material';
import { reportTables, ukDate, type ComplaintReport } from '../../../shared/reports';
import { formatDateTime } from '../../ui/en-gb-format';
import { ExportCsvButton } from './ExportCsvButton';
import { ReportChart } from './ReportChart';
import { ReportFigures } from './ReportFigures';
import { ReportTableView } from './ReportTableView';

/** Tables shown as charts; the long labels read better as bars along the page. */
const CHARTED: Record<string, { horizontal?: boolean }> = {
  channel: {},
  category: { horizontal: true },
  outcome: { horizontal: true },
  acknowledge: { horizontal: true },
  resolve: { horizontal: true },
  'root-cause': { horizontal: true },
  remedies: { horizontal: true },
};

export function ReportBody({ report }: { report: ComplaintReport }) {
  const tables = reportTables(report);
  const valueTable = tables.find((t) => t.id === 'remedy-value');
  const improvementTable = tables.find((t) => t.id === 'improvement');
  return (
    <Stack spacing={3}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} justifyContent="space-between" alignItems="flex-start">
        <Typography>
          Complaints received from {ukDate(report.period.from)} to {ukDate(report.period.to)}, as at {formatDateTime(report.asAt)}. Complaints
          about staff are counted in every figure; no case is named.
        </Typography>
        <ExportCsvButton report={report} />
      </Stack>
      <ReportFigures report={report} />
      <Grid container spacing={2}>
        {tables
          .filter((t) => t.id in CHARTED)
          .map((t) => (
            <Grid key={t.id} size={{ xs: 12, md: 6 }}>
              <ReportChart table={t} horizontal={CHARTED[t.id]?.horizontal ?? false} />
            </Grid>
          ))}
        {[valueTable, improvementTable].map(
          (t) =>
            t && (
              <Grid key={t.id} size={{ xs: 12, md: 6 }}>
                <Paper component="section" aria-labelledby={`report-${t.id}-title`} sx={{ p: 2, height: '100%' }}>
                  <Typography id={`report-${t.id}-title`} variant="h6" component="h2" gutterBottom>
                    {t.title}
                  </Typography>
                  <ReportTableView table={t} titleId={`report-${t.id}-title`} />
                </Paper>
              </Grid>
            ),
        )}
      </Grid>
    </Stack>
  );
}
