// The case's heading: reference, customer, channel, stage and the confidential badge.
import { Chip, Paper, Stack, Typography } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { channelLabels, complaintCategoryLabels, postalAddressLines, stageLabels, type ComplaintCase, type Customer } from '../../../shared/model';
import { isConfidential } from '../../../shared/policy';
import { formatDateTime } from '../../ui/en-gb-format';
import { Facts } from './Facts';

export interface CaseHeaderProps {
  caseRecord: ComplaintCase;
  customer: Customer | null;
  nameOf(userId: string | undefined): string;
}

function contactOf(customer: Customer | null): string | null {
  if (!customer) return null;
  return [customer.phone, customer.email].filter(Boolean).join(' · ') || null;
}

/** The address letters are sent to, one line each as the letter prints it; or what letters use when there is none. */
function postalAddressOf(customer: Customer | null): string | null {
  if (!customer || customer.anonymisedAt) return null;
  if (customer.address) return postalAddressLines(customer.address).join('\n');
  return customer.email ? 'None recorded: letters are addressed to the email address' : 'None recorded';
}

export function CaseHeader({ caseRecord: c, customer, nameOf }: CaseHeaderProps) {
  const confidential = isConfidential(c);
  return (
    <Paper component="header" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 1.5 }}>
        <Typography variant="h4" component="h1" sx={{ mr: 1 }}>
          {c.reference}
        </Typography>
        {c.kind === 'enquiry' ? (
          <Chip label="Enquiry: not a complaint" color="primary" variant="outlined" />
        ) : (
          <Chip label={`Stage: ${stageLabels[c.stage]}`} color="primary" variant="outlined" />
        )}
        {confidential && (
          <Chip icon={<LockOutlined aria-hidden />} label="Confidential: complaint about staff" color="warning" sx={{ fontWeight: 500 }} />
        )}
      </Stack>
      <Facts
        columns={2}
        facts={[
          ['Customer', customer?.name ?? 'Customer record not found'],
          ['Contact', contactOf(customer)],
          ['Postal address', postalAddressOf(customer)],
          ['Channel', channelLabels[c.channel]],
          ['Received', formatDateTime(c.receivedAt)],
          ['Taken by', nameOf(c.takenById)],
          ['Customer dealt with', c.dealtWithName ?? (c.dealtWithUserId ? nameOf(c.dealtWithUserId) : null)],
          ['Category', c.category ? complaintCategoryLabels[c.category] : 'Not yet categorised'],
          ['Investigator', c.investigatorId ? nameOf(c.investigatorId) : 'Not yet assigned'],
        ]}
      />
    </Paper>
  );
}
