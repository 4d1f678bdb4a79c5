// Actions that need only a reason: no improvement needed, not a complaint (enquiry), convert to a complaint.
import { useMemo } from 'react';
import { z } from 'zod';
import { FormTextField } from '../../../ui/FormTextField';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { optionalInput } from '../../../ui/case-form/form-values';

type ReasonType = 'recordNoImprovementNeeded' | 'markAsEnquiry' | 'convertEnquiryToComplaint';

const WORDS: Record<ReasonType, { title: string; intro: string; label: string; submit: string; optional?: boolean }> = {
  recordNoImprovementNeeded: {
    title: 'No improvement needed',
    intro: 'Record why no change to business practice or policy is needed after this complaint.',
    label: 'Reason no improvement is needed',
    submit: 'Record',
  },
  markAsEnquiry: {
    title: 'Record as not a complaint',
    intro: 'The contact stays on the desk as an enquiry and can be converted back to a complaint later.',
    label: 'Reason this is not a complaint',
    submit: 'Record as enquiry',
  },
  convertEnquiryToComplaint: {
    title: 'Convert to a complaint',
    intro: 'The enquiry becomes a complaint; its original receipt time is kept, so the clock runs from then.',
    label: 'Reason for converting (optional)',
    submit: 'Convert',
    optional: true,
  },
};

const fields = z.object({ reason: optionalInput });

export function ReasonDialog({ type, onClose }: ActionFormProps) {
  const kind = type as ReasonType;
  const words = WORDS[kind];
  const schema = useMemo(() => actionForm(fields, (v) => ({ type: kind, reason: v.reason })), [kind]);
  return (
    <ActionDialog title={words.title} intro={words.intro} submitLabel={words.submit} schema={schema} defaultValues={{ reason: '' }} onClose={onClose}>
      {(control) => <FormTextField control={control} name="reason" label={words.label} required={!words.optional} multiline minRows={3} autoFocus />}
    </ActionDialog>
  );
}
