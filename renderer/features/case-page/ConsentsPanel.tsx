// Personal information on the case: the customer's consents to disclosure, lawful reasons recorded, and case packs made.
import { useId } from 'react';
import { Paper, Typography } from '@mui/material';
import { recipientKindLabels, type ComplaintCase } from '../../../shared/model';
import { formatDateTime } from '../../ui/en-gb-format';
import { useCaseWork } from '../../ui/case-form/case-work';
import { Facts, type Fact } from './Facts';

function consentFacts(c: ComplaintCase, nameOf: (id: string) => string): Fact[] {
  return c.consents.map((k): Fact => [
    `Consent: ${k.recipient.name}`,
    `${k.purpose}. Given ${formatDateTime(k.givenAt)}, recorded by ${nameOf(k.recordedById)}` +
      (k.withdrawnAt ? `; withdrawn ${formatDateTime(k.withdrawnAt)}` : ''),
  ]);
}

export function ConsentsPanel() {
  const { caseRecord: c, nameOf } = useCaseWork();
  const headingId = useId();
  const facts: Fact[] = [
    ...consentFacts(c, nameOf),
    ...c.lawfulDisclosures.map((d): Fact => [`Lawful reason: ${d.recipient.name}`, `${d.reason} (${nameOf(d.recordedById)}, ${formatDateTime(d.recordedAt)})`]),
    ...c.disclosures.map((d): Fact => [`Case pack to ${recipientKindLabels[d.recipient.kind]}`, `${d.fileName}, made ${formatDateTime(d.madeAt)} by ${nameOf(d.madeById)}`]),
  ];
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Consent and disclosure
      </Typography>
      {facts.length > 0 ? <Facts facts={facts} /> : <Typography color="text.secondary">No consent to share the customer’s details is recorded.</Typography>}
    </Paper>
  );
}
