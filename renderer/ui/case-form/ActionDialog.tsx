// The frame of every action's form: a dialog with react-hook-form and the action's zod schema, saved through the store.
import { useId, useState, type ReactNode } from 'react';
import { useForm, useWatch, type Control, type DefaultValues, type DeepPartial, type FieldValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { letterLabels, type LetterKind } from '../../../shared/letters';
import type { CaseAction } from '../../../shared/policy';
import { BusyButton } from '../BusyButton';
import { useCaseWork } from './case-work';
import { RefusalAlert } from './RefusalAlert';

export type ActionControl<T extends FieldValues> = Control<T, unknown, CaseAction>;

export interface ActionDialogProps<T extends FieldValues> {
  title: string;
  /** One sentence under the title: what saving does. */
  intro?: ReactNode;
  submitLabel?: string;
  /** The letter this action records as sent: the form says where to write it with a copy kept instead. */
  recordsLetter?: LetterKind | null;
  /** Form values in, the case action out: built on the action's schema from shared/policy. */
  schema: z.ZodType<CaseAction, T>;
  defaultValues: DefaultValues<T>;
  onClose(): void;
  /** The fields; `values` (as typed so far) lets a form show a field only when another asks for it. */
  children?: (control: ActionControl<T>, values: DeepPartial<T>) => ReactNode;
}

interface Refusal {
  missing: string[];
  conflict: boolean;
}

export function ActionDialog<T extends FieldValues>({ title, intro, submitLabel = 'Save', recordsLetter, schema, defaultValues, onClose, children }: ActionDialogProps<T>) {
  const { caseRecord, take, announce } = useCaseWork();
  const titleId = useId();
  // The version the screen showed when staff chose to act: a change made elsewhere meanwhile is a conflict.
  const [version] = useState(caseRecord.version);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { control, handleSubmit, formState } = useForm<T, unknown, CaseAction>({ resolver: zodResolver(schema), defaultValues });
  const values = useWatch({ control }) as DeepPartial<T>;
  const busy = formState.isSubmitting;

  const onSubmit = handleSubmit(async (action) => {
    setRefusal(null);
    const result = await take(action, version);
    if (result.ok) {
      announce(result.events[0]?.summary ?? `${title}: saved`);
      onClose();
    } else {
      setRefusal({ missing: result.missing, conflict: result.conflict !== undefined });
    }
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate autoComplete="off">
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {intro && <DialogContentText>{intro}</DialogContentText>}
            {recordsLetter && (
              <Alert severity="info" role="note">
                Saving this records that it was sent some other way. To write it on the letterhead and keep a PDF copy on the case, close this and
                use Prepare beside “{letterLabels[recordsLetter]}” in Letters.
              </Alert>
            )}
            {children?.(control, values)}
            {refusal && (
              <RefusalAlert
                title={refusal.conflict ? 'The case changed while this form was open' : 'Not saved'}
                missing={refusal.missing}
                action={
                  refusal.conflict ? (
                    <Button color="inherit" size="small" onClick={onClose}>
                      Reload the case
                    </Button>
                  ) : undefined
                }
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <BusyButton busy={busy} label={submitLabel} busyLabel="Saving…" disabled={refusal?.conflict} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
