// One letter for the open case: its details, a live preview, the PDF and email text, and "Record as sent".
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import type { Actor, ComplaintCase } from '../../../shared/model';
import type { CaseAction } from '../../../shared/policy';
import { composeLetter, letterLabels, letterPdf, letterText, type LetterCompany, type LetterKind, type WordingSet, templateOf } from '../../../shared/letters';
import { prepareA4Documents } from '../../../shared/pdf/a4-document';
import { host } from '../../host/host';
import { db } from '../../store/desk';
import { recordSentLetter } from '../../store/sent-letters';
import { BusyButton } from '../../ui/BusyButton';
import { newRecordId, nowInput } from '../../ui/case-form/action-form';
import { useCaseWork } from '../../ui/case-form/case-work';
import { ChannelField } from '../../ui/case-form/fields/ChannelField';
import { DateField } from '../../ui/case-form/fields/DateField';
import { RefusalAlert } from '../../ui/case-form/RefusalAlert';
import { LetterDetailsFields } from './LetterDetailsFields';
import { letterFormDefaults, letterFormSchema, letterInstant, actionDetails, previewDetails, type LetterFormValues } from './letter-form';
import { copyLetterText, fileNameOf, saveLetterPdf } from './letter-files';
import { LetterPreview } from './LetterPreview';

export interface LetterDialogProps {
  kind: LetterKind;
  customer: Parameters<typeof composeLetter>[0]['customer'];
  company: LetterCompany;
  wording: WordingSet;
  actor: Actor;
  onClose(): void;
}

const outstandingItems = (c: ComplaintCase) => Object.entries(c.checklist).filter(([, s]) => s.status === 'outstanding').map(([item]) => item);

export function LetterDialog({ kind, customer, company, wording, actor, onClose }: LetterDialogProps) {
  const { caseRecord, settings, nameOf, announce } = useCaseWork();
  const titleId = useId();
  const label = letterLabels[kind];
  // The version shown when staff opened the letter, and the id of the record it creates, fixed for this letter.
  const [version] = useState(caseRecord.version);
  const [schema] = useState(() => letterFormSchema(kind, newRecordId()));
  const [opened] = useState(() => new Date().toISOString());
  const [note, setNote] = useState<{ ok: boolean; message: string } | null>(null);
  const [refusal, setRefusal] = useState<{ missing: string[]; conflict: boolean } | null>(null);
  const [savingPdf, setSavingPdf] = useState(false);
  const { control, handleSubmit, formState } = useForm<LetterFormValues, unknown, CaseAction>({
    resolver: zodResolver(schema),
    // Letters go the way of communicating agreed with the customer at receipt, unless staff choose another.
    defaultValues: { ...letterFormDefaults(outstandingItems(caseRecord), nowInput()), channel: caseRecord.receipt?.agreedChannel ?? '' },
  });
  const values = useWatch({ control });
  const busy = formState.isSubmitting;
  // Staff check the letter before recording it: the PDF maker loads meanwhile, so recording waits only for the PDF.
  useEffect(prepareA4Documents, []);

  const staffName = nameOf(actor.userId);
  const base = useMemo(
    () => ({ kind, caseRecord, customer, company, wording: wording[templateOf(kind)], staffName, settings }),
    [kind, caseRecord, customer, company, wording, staffName, settings],
  );
  const letter = useMemo(
    () => composeLetter({ ...base, details: previewDetails(values as Partial<LetterFormValues>), sentAt: letterInstant(values.sentAt, opened) }),
    [base, values, opened],
  );

  const download = async () => {
    setSavingPdf(true);
    setNote(await saveLetterPdf(host, letter));
    setSavingPdf(false);
  };
  const copy = async () => setNote(await copyLetterText(letter, navigator.clipboard));

  const onSubmit = handleSubmit(async (action) => {
    setRefusal(null);
    if (!('sentAt' in action) || !('channel' in action)) return;
    const details = actionDetails(action);
    const sent = composeLetter({ ...base, details, sentAt: action.sentAt });
    const result = await recordSentLetter(
      db,
      {
        caseId: caseRecord.id,
        expectedVersion: version,
        kind,
        details,
        sending: { sentAt: action.sentAt, channel: action.channel, recordId: schemaRecordId(action), wording: letterText(sent), ownerName: staffName },
        pdf: await letterPdf(sent),
        letterText: letterText(sent),
        fileName: fileNameOf(sent),
        description: `${label} sent to the customer`,
      },
      actor,
      new Date().toISOString(),
    ).catch((error: unknown) => ({ ok: false as const, missing: [error instanceof Error ? error.message : String(error)] }));
    if (result.ok) {
      announce(`${label} recorded as sent; its PDF copy is in the case's files`);
      onClose();
    } else {
      setRefusal({ missing: result.missing, conflict: 'conflict' in result && result.conflict !== undefined });
    }
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={onSubmit} noValidate autoComplete="off">
        <DialogTitle id={titleId}>{label}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>Check the letter, then save the PDF to print or copy the text into an email. Record it as sent once it has gone: that moves the case on.</DialogContentText>
            <LetterDetailsFields kind={kind} control={control} caseRecord={caseRecord} />
            <LetterPreview subject={letter.subject} text={letterText(letter)} />
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" onClick={() => void download()} disabled={savingPdf} aria-busy={savingPdf}>
                {savingPdf ? 'Preparing the PDF…' : host.kind === 'desktop' ? 'Save PDF' : 'Download PDF'}
              </Button>
              <Button variant="outlined" onClick={() => void copy()}>
                Copy email text
              </Button>
            </Stack>
            {note && (
              <Alert severity={note.ok ? 'success' : 'warning'} role={note.ok ? 'status' : 'alert'}>
                {note.message}
              </Alert>
            )}
            <Typography variant="subtitle2" component="h3">
              Record as sent
            </Typography>
            <DateField control={control} name="sentAt" label="Date and time sent" withTime />
            <ChannelField control={control} name="channel" />
            {refusal && <RefusalAlert title={refusal.conflict ? 'The case changed while this letter was open' : 'Not recorded'} missing={refusal.missing} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <BusyButton busy={busy} label="Record as sent" busyLabel="Recording…" disabled={refusal?.conflict} />
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The id the action gave the record it creates (information request, delay notice), or a fresh one. */
function schemaRecordId(action: CaseAction): string {
  if ('requestId' in action && typeof action.requestId === 'string') return action.requestId;
  if ('noticeId' in action) return action.noticeId;
  return newRecordId();
}
