// The "Make case pack" dialog: recipient, the consent gate, the employee's identity, progress while it is built.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack } from '@mui/material';
import { recipientKindLabels, type Actor, type ComplaintCase } from '../../../shared/model';
import { canDisclose, isConfidential } from '../../../shared/policy';
import { prepareA4Documents } from '../../../shared/pdf/a4-document';
import { host } from '../../host/host';
import { db } from '../../store/desk';
import { BusyButton } from '../../ui/BusyButton';
import { FormTextField } from '../../ui/FormTextField';
import { RefusalAlert } from '../../ui/case-form/RefusalAlert';
import { casePackFormSchema, choicesOf, defaultCasePackForm, packRecipientKinds, recipientOf, type CasePackFormOutput, type CasePackFormValues } from './case-pack-form';
import { CasePackProgress, type PackProgress } from './CasePackProgress';
import { DisclosureFields } from './DisclosureFields';
import { StaffIdentityFields } from './StaffIdentityFields';
import { makeCasePack } from '../../store/make-case-pack';

export interface CasePackDialogProps {
  caseRecord: ComplaintCase;
  actor: Actor;
  onClose(): void;
  announce(message: string): void;
}

export function CasePackDialog({ caseRecord, actor, onClose, announce }: CasePackDialogProps) {
  const titleId = useId();
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const lastPercent = useRef(-1);
  const { control, handleSubmit, formState, setValue } = useForm<CasePackFormValues, unknown, CasePackFormOutput>({ resolver: zodResolver(casePackFormSchema), defaultValues: defaultCasePackForm });
  const [kind, name] = useWatch({ control, name: ['recipientKind', 'recipientName'] });
  const recipient = useMemo(() => recipientOf({ recipientKind: kind, recipientName: name }), [kind, name]);
  // The policy's disclosure rule decides; the form only asks for a lawful reason when the rule says it is needed.
  const decision = useMemo(() => canDisclose(caseRecord, recipient, new Date().toISOString()), [caseRecord, recipient]);
  useEffect(() => setValue('needsLawfulReason', !decision.allowed), [decision.allowed, setValue]);
  const busy = formState.isSubmitting;
  // The summary.pdf's maker loads while staff fill the form in.
  useEffect(prepareA4Documents, []);

  const onSubmit = handleSubmit(async (values) => {
    setProblems(null);
    lastPercent.current = -1;
    setProgress({ bytesDone: 0, bytesTotal: undefined });
    try {
      const result = await makeCasePack(db, choicesOf(caseRecord.id, values), actor, {
        beginSave: (request) => host.beginSave(request),
        onProgress: ({ bytesDone, bytesTotal }) => {
          // A render per percent, not per chunk: a large pack sends thousands of chunks.
          const percent = bytesTotal ? Math.floor((bytesDone / bytesTotal) * 100) : Math.floor(bytesDone / 1_000_000);
          if (percent === lastPercent.current) return;
          lastPercent.current = percent;
          setProgress({ bytesDone, bytesTotal });
        },
      });
      if ('cancelled' in result) return;
      if (!result.ok) return setProblems(result.missing);
      announce(`${result.summary}. Saved as ${'savedTo' in result.saved ? result.saved.savedTo : result.fileName}`);
      onClose();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setProgress(null);
    }
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>Make case pack</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>
              One ZIP file with a summary (PDF), every attachment and letter, the case as JSON and a manifest of checksums. Making it is recorded on the timeline.
            </DialogContentText>
            <FormTextField control={control} name="recipientKind" label="Who the pack is for" select required disabled={busy}>
              {packRecipientKinds.map((k) => (
                <MenuItem key={k} value={k}>
                  {recipientKindLabels[k]}
                </MenuItem>
              ))}
            </FormTextField>
            {kind !== 'energy-ombudsman' && <FormTextField control={control} name="recipientName" label="Recipient name" required disabled={busy} />}
            <DisclosureFields control={control} decision={decision} recipientName={recipient.name || 'this recipient'} />
            {isConfidential(caseRecord) && <StaffIdentityFields control={control} />}
            {progress && <CasePackProgress progress={progress} />}
            {problems && <RefusalAlert title="The case pack was not made" missing={problems} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <BusyButton busy={busy} label="Make case pack" busyLabel="Making the case pack…" />
        </DialogActions>
      </form>
    </Dialog>
  );
}
