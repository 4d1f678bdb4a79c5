// Whether the case allows the pack to go to this recipient, and if not, the lawful reason a manager records instead.
import { Alert, MenuItem, Stack } from '@mui/material';
import { lawfulBasisLabels } from '../../../shared/model';
import type { DisclosureDecision } from '../../../shared/policy';
import { FormTextField } from '../../ui/FormTextField';
import { optionsOf } from '../../ui/case-form/fields/options';
import type { CasePackControl } from './case-pack-form';

const BASIS_OPTIONS = optionsOf(lawfulBasisLabels);

export interface DisclosureFieldsProps {
  control: CasePackControl;
  decision: DisclosureDecision;
  recipientName: string;
}

export function DisclosureFields({ control, decision, recipientName }: DisclosureFieldsProps) {
  if (decision.allowed) {
    const words = decision.basis === 'consent' ? `The customer has consented to sharing their details with ${recipientName}.` : `A lawful reason to disclose to ${recipientName} is recorded on the case.`;
    return <Alert severity="success">{words} The pack will say so.</Alert>;
  }
  return (
    <Stack spacing={2}>
      <Alert severity="warning">{decision.reason}. As a complaints manager you can record the lawful reason here; it goes on the timeline and in the pack.</Alert>
      <FormTextField control={control} name="lawfulBasis" label="Lawful basis for disclosure" select required>
        {BASIS_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={control} name="lawfulReason" label="Reason for disclosure without consent" required multiline minRows={2} />
    </Stack>
  );
}
