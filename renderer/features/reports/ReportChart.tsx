// A bar chart of one report table with the same figures beneath as a table: the chart is for sight, the table for everyone.
import { Paper, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReportTable } from '../../../shared/reports';
import { chartValue, formatCell, formatCount } from './report-format';
import { ReportTableView } from './ReportTableView';

export interface ReportChartProps {
  table: ReportTable;
  /** Bars along the page, for long labels (categories, root causes). */
  horizontal?: boolean;
}

export function ReportChart({ table, horizontal = false }: ReportChartProps) {
  const titleId = `report-${table.id}-title`;
  const labels = table.rows.map((row) => formatCell(row[0] ?? { kind: 'text', text: '' }));
  const series = table.columns.slice(1).map((column, c) => ({
    label: column,
    data: table.rows.map((row) => chartValue(row[c + 1])),
    valueFormatter: (v: number | null) => formatCount(v ?? 0),
  }));
  const band = { scaleType: 'band' as const, data: labels };
  // Whole numbers only; an empty period still gets a 0 to 1 scale rather than fractions of nothing.
  const largest = Math.max(0, ...series.flatMap((s) => s.data));
  const value = { min: 0, ...(largest === 0 ? { max: 1 } : {}), tickMinStep: 1, valueFormatter: (v: number) => formatCount(v) };
  const height = horizontal ? 60 + labels.length * 30 : 260;

  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2, height: '100%' }}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {table.title}
      </Typography>
      {/* Hidden from assistive technology: the table below says the same. */}
      <div aria-hidden="true">
        <BarChart
          height={height}
          series={series}
          layout={horizontal ? 'horizontal' : 'vertical'}
          {...(horizontal ? { yAxis: [{ ...band, width: 170 }], xAxis: [value] } : { xAxis: [band], yAxis: [value] })}
          hideLegend={series.length < 2}
          skipAnimation
        />
      </div>
      <ReportTableView table={table} titleId={titleId} />
    </Paper>
  );
}
