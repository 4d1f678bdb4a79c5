// The New complaint form: channel first, the customer, the complaint, files and what happens next, with the live checklist.
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { Alert, Box, Button, Divider, Stack, Typography } from '@mui/material';
import { db } from '../../store/desk';
import { discardDraft, type DraftFile, type DraftKey } from '../../store/drafts';
import { BusyButton } from '../../ui/BusyButton';
import { BusinessFields, type BusinessControl } from '../../ui/case-form/fields/BusinessFields';
import { ReceiptFields, type ReceiptControl } from '../../ui/case-form/fields/ReceiptFields';
import { useStaff } from '../../store/use-staff';
import { RefusalAlert } from '../../ui/case-form/RefusalAlert';
import { useSession } from '../../session/session';
import { ChannelField } from './ChannelField';
import { ComplaintDetailsFields } from './ComplaintDetailsFields';
import { CustomerSection } from './CustomerSection';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { DraftNotice } from './DraftNotice';
import { IntakeChecklistPanel } from './IntakeChecklistPanel';
import { IncomingFileDrop } from './IncomingFileDrop';
import { IncomingFileNotice } from './IncomingFileNotice';
import { londonToday } from './incoming-email';
import { IntakeFilesField } from './IntakeFilesField';
import { intakeForm, opensCase, type IntakeSubmission } from './intake-form';
import { intakeGaps } from './intake-gaps';
import type { IntakeValues } from './intake-values';
import { NextStepFields } from './NextStepFields';
import { PeopleFields } from './PeopleFields';
import { PostRoomDateDialog } from './PostRoomDateDialog';
import { ReceivedAtField } from './ReceivedAtField';
import { saveIntake } from './save-intake';
import { recorderLosesSight, StaffConcernFields } from './StaffConcernFields';
import { onIntakeKeyDown } from './submit-keys';
import { useDraftAutosave } from './use-intake-draft';
import { useIncomingFile } from './use-incoming-file';
import { useIntakeFiles } from './use-intake-files';

export interface IntakeFormProps {
  draftKey: DraftKey;
  initial: IntakeValues;
  initialFiles: readonly DraftFile[];
}

const LEFT_TO_MANAGER = 'Once saved, this confidential complaint is the complaints manager’s: they will add files and ask for anything missing.';
const FULL_PROCESS = 'A complaint about a member of staff follows the full process: the employee checklist comes first.';

export function IntakeForm({ draftKey, initial, initialFiles }: IntakeFormProps) {
  const { actor } = useSession();
  const navigate = useNavigate();
  const { staff } = useStaff();
  const { control, handleSubmit, formState, getValues, reset } = useForm<IntakeValues, unknown, IntakeSubmission>({ resolver: zodResolver(intakeForm), defaultValues: initial });
  const autosave = useDraftAutosave(draftKey, control, initial);
  const files = useIntakeFiles(draftKey, initialFiles);
  const values = useWatch({ control }) as IntakeValues;
  const keepFiles = files.keep;
  const incomingForm = useMemo(() => ({ values: getValues, fill: (v: IntakeValues) => reset(v), keep: keepFiles }), [getValues, reset, keepFiles]);
  const incoming = useIncomingFile(incomingForm, actor);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [discarding, setDiscarding] = useState(false);

  const lostSight = recorderLosesSight(values.concernsStaff, values.namedStaffUserIds, actor);
  const gaps = intakeGaps(values, files.files.map((f) => f.source), new Date());
  const staffComplaint = values.concernsStaff || values.namedStaffUserIds.length > 0;

  const onSubmit = handleSubmit(async (submission) => {
    setRefusal(null);
    autosave.stop();
    const checked = lostSight ? { ...submission, writtenConfirmation: false, requestItems: [] } : submission;
    const saved = await saveIntake(checked, files.files, draftKey, actor);
    if (saved.ok) {
      void navigate(`/cases/${saved.case.id}`);
      return;
    }
    autosave.resume();
    setRefusal(saved.missing);
  });

  const discard = async () => {
    autosave.stop();
    await discardDraft(db, draftKey);
    void navigate('/');
  };

  return (
    <IncomingFileDrop onFiles={(dropped) => void incoming.take(dropped)}>
      <IncomingFileNotice state={incoming.state} problem={incoming.problem} onAddToCase={(p) => void incoming.addToCase(p)} onNewComplaint={(p) => void incoming.fillFromEmail(p)} onDismiss={incoming.dismiss} />
      {/* autoComplete off: Chromium would otherwise keep what was typed in its session-restore files, in clear. */}
      <form onSubmit={onSubmit} onKeyDown={onIntakeKeyDown} noValidate autoComplete="off" aria-labelledby="new-complaint-heading" aria-keyshortcuts="Control+Enter">
        <Box sx={{ display: 'grid', gridTemplateColumns: { md: 'minmax(0, 2fr) minmax(0, 1fr)' }, gap: 3, alignItems: 'start' }}>
          <Stack spacing={3}>
            <ChannelField control={control} />
            <Divider />
            <CustomerSection control={control} />
            <Divider />
            <Stack spacing={2} component="section" aria-labelledby="intake-complaint-heading">
              <Typography id="intake-complaint-heading" variant="h6" component="h2">
                The complaint
              </Typography>
              <ReceivedAtField control={control} />
              <PeopleFields control={control} staff={staff} />
              <ComplaintDetailsFields control={control} />
              <StaffConcernFields control={control} staff={staff} actor={actor} />
              <ReceiptFields control={control as unknown as ReceiptControl} />
            </Stack>
            <Divider />
            <BusinessFields control={control as unknown as BusinessControl} />
            <Divider />
            <IntakeFilesField files={files.files} busy={files.busy} blocked={lostSight ? LEFT_TO_MANAGER : null} onAdd={(f, s) => void files.add(f, s)} onRemove={(id) => void files.remove(id)} />
            {files.problem && <Alert severity="error">{files.problem}</Alert>}
            <Divider />
            <NextStepFields control={control} firstContactBlocked={staffComplaint ? FULL_PROCESS : null} followUpsBlocked={lostSight ? LEFT_TO_MANAGER : null} />
            {refusal && <RefusalAlert title="Not saved" missing={refusal} />}
            <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
              <BusyButton busy={formState.isSubmitting} label={values.next === 'enquiry' ? 'Record enquiry' : 'Record complaint'} busyLabel="Saving…" />
              <Button onClick={() => setDiscarding(true)} disabled={formState.isSubmitting}>
                Discard
              </Button>
              <DraftNotice savedAt={autosave.savedAt} saving={autosave.saving} error={autosave.error} />
            </Stack>
          </Stack>
          <IntakeChecklistPanel control={control} gaps={gaps} canRequest={opensCase(values) && !lostSight} />
        </Box>
        <DiscardDraftDialog open={discarding} onCancel={() => setDiscarding(false)} onDiscard={() => void discard()} />
      </form>
      {incoming.state.step === 'letter' && (
        <PostRoomDateDialog fileName={incoming.state.file.name} today={londonToday(new Date())} onCancel={incoming.dismiss} onConfirm={(date) => incoming.state.step === 'letter' && void incoming.fillLetter(incoming.state.file, date)} />
      )}
    </IncomingFileDrop>
  );
}
