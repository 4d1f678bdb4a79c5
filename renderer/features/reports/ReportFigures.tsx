// The headline figures of the report as cards: each names its figure and gives its value, and how it was reached.
import { Card, CardContent, Grid, Typography } from '@mui/material';
import {
  ACKNOWLEDGED_IN_TIME,
  REACHED_EIGHT_WEEKS,
  RESOLVED_IN_TIME,
  type ComplaintReport,
} from '../../../shared/reports';
import { formatPence } from '../../ui/en-gb-format';
import { formatCount, formatRate, rateDetail } from './report-format';

interface Figure {
  label: string;
  value: string;
  detail?: string;
}

function figuresOf(r: ComplaintReport): Figure[] {
  return [
    { label: 'Complaints received', value: formatCount(r.complaints), detail: `${formatCount(r.aboutStaff)} about staff (confidential)` },
    { label: ACKNOWLEDGED_IN_TIME, value: formatRate(r.acknowledge.withinTarget), detail: rateDetail(r.acknowledge.withinTarget) },
    { label: RESOLVED_IN_TIME, value: formatRate(r.resolve.withinTarget), detail: rateDetail(r.resolve.withinTarget) },
    { label: 'Resolved at first contact', value: formatRate(r.firstContact), detail: rateDetail(r.firstContact) },
    { label: REACHED_EIGHT_WEEKS, value: formatCount(r.reachedEightWeeks) },
    { label: 'Referred to the Energy Ombudsman', value: formatCount(r.referredToOmbudsman) },
    { label: 'Total value of remedies', value: formatPence(r.remedies.totalValuePence) },
    {
      label: 'Improvement actions open',
      value: formatCount(r.improvementActions.open),
      detail: `${formatCount(r.improvementActions.overdue)} overdue`,
    },
    { label: 'Enquiries (not complaints)', value: formatCount(r.enquiries.total) },
  ];
}

export function ReportFigures({ report }: { report: ComplaintReport }) {
  return (
    <Grid component="ul" container spacing={2} aria-label="Figures" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {figuresOf(report).map((f) => (
        <Grid component="li" key={f.label} size={{ xs: 12, sm: 6, md: 4 }} aria-label={`${f.label}: ${f.value}${f.detail ? `, ${f.detail}` : ''}`}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="body2" color="text.secondary">
                {f.label}
              </Typography>
              <Typography variant="h4" component="p">
                {f.value}
              </Typography>
              {f.detail && <Typography variant="body2">{f.detail}</Typography>}
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
