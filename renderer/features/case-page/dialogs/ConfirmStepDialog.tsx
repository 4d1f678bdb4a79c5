// Steps forward that need nothing typed, only a yes: start the review, start the investigation, confirm actions taken.
import { useMemo } from 'react';
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';

type StepType = 'startReview' | 'startInvestigation' | 'confirmActionsTaken';

const WORDS: Record<StepType, { title: string; intro: string; submit: string }> = {
  startReview: {
    title: 'Start the review',
    intro: 'The case moves to Under review: check the information checklist and categorise the complaint.',
    submit: 'Start review',
  },
  startInvestigation: {
    title: 'Start the investigation',
    intro: 'The case moves to Investigating. The investigator records the facts established and the cause.',
    submit: 'Start investigation',
  },
  confirmActionsTaken: {
    title: 'Confirm actions taken',
    intro: 'The final response is answered and every improvement action is done (or none is needed). The case moves to Actions taken.',
    submit: 'Confirm actions taken',
  },
};

const fields = z.object({});

export function ConfirmStepDialog({ type, onClose }: ActionFormProps) {
  const step = type as StepType;
  const words = WORDS[step];
  const schema = useMemo(() => actionForm(fields, () => ({ type: step })), [step]);
  return <ActionDialog title={words.title} intro={words.intro} submitLabel={words.submit} schema={schema} defaultValues={{}} onClose={onClose} />;
}
