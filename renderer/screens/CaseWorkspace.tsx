// The open case: header, progress, actions, deadlines, checklists, records, files and timeline, with the action forms.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Alert, Grid, Snackbar, Stack } from '@mui/material';
import type { Actor } from '../../shared/model';
import { allowedActions, type CaseAction } from '../../shared/policy';
import { ALREADY_ANONYMISED, isAnonymisedCase } from '../../shared/policy/privacy/anonymised';
import type { CaseView } from '../store/case-views';
import { applyCaseAction, type CaseActionResult } from '../store/cases';
import { db } from '../store/desk';
import { AttachmentsPanel } from '../features/attachments/AttachmentsPanel';
import { CasePackPanel } from '../features/case-pack/CasePackPanel';
import { LettersPanel } from '../features/letters/LettersPanel';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { actionDialogs } from '../features/case-page/action-dialogs';
import { verdictOn } from '../features/case-page/action-sections';
import { CaseActionBar } from '../features/case-page/CaseActionBar';
import { CaseClockPanel } from '../features/case-page/CaseClockPanel';
import { CaseHeader } from '../features/case-page/CaseHeader';
import { CaseOutcomePanel } from '../features/case-page/CaseOutcomePanel';
import { CaseStepper } from '../features/case-page/CaseStepper';
import { EnquiryNote } from '../features/case-page/EnquiryNote';
import { CaseSummaryPanel } from '../features/case-page/CaseSummaryPanel';
import { CaseWorkContext, type CaseWork, type OpenAction } from '../ui/case-form/case-work';
import { clockPanelModel } from '../features/case-page/clock-rows';
import { EmployeeChecklistPanel } from '../features/case-page/EmployeeChecklistPanel';
import { InformationChecklistPanel } from '../features/case-page/InformationChecklistPanel';
import { RefusalDialog } from '../ui/case-form/RefusalDialog';
import { SidePathsPanel } from '../features/case-page/SidePathsPanel';
import { ConsentsPanel } from '../features/case-page/ConsentsPanel';
import { ComplaintRecordPanel } from '../features/case-page/ComplaintRecordPanel';
import { OmbudsmanPanel } from '../features/case-page/OmbudsmanPanel';
import { useNow } from '../ui/use-now';
import { useStaff } from '../store/use-staff';
import { readJoinedServer } from '../store/sync/joined';

/** Only a desk joined to an office server shows (and loads) what waits for the server and what it refused. */
const CaseSyncNotices = lazy(() => import('../features/office-server/CaseSyncNotices'));
const joined = readJoinedServer() !== null;

export interface CaseWorkspaceProps {
  view: Extract<CaseView, { status: 'open' }>;
  actor: Actor;
}

export function CaseWorkspace({ view, actor }: CaseWorkspaceProps) {
  const c = view.case;
  const { settings } = view;
  const now = useNow(c);
  const { staff, names, nameOf } = useStaff();
  const [dialog, setDialog] = useState<OpenAction | null>(null);
  const [refusal, setRefusal] = useState<{ label: string; missing: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // Every rule comes from the policy: which actions fit, which are allowed, and why not.
  const actions = useMemo(() => allowedActions(c, actor, now, settings), [c, actor, now, settings]);
  const clock = useMemo(() => clockPanelModel(c, settings, now), [c, settings, now]);

  const take = useCallback(
    async (action: CaseAction, expectedVersion: number): Promise<CaseActionResult> => {
      try {
        return await applyCaseAction(db, { caseId: c.id, expectedVersion, action }, actor, new Date().toISOString());
      } catch (error) {
        return { ok: false, missing: [error instanceof Error ? error.message : String(error)] };
      }
    },
    [c.id, actor],
  );
  const open = useCallback(
    (request: OpenAction) => {
      const verdict = verdictOn(actions, request.type);
      if (!verdict) return;
      if (verdict.allowed) setDialog(request);
      else setRefusal({ label: verdict.label, missing: verdict.missing });
    },
    [actions],
  );
  const work = useMemo<CaseWork>(
    () => ({ caseRecord: c, actions, settings, staff, nameOf, take, open, announce: setMessage }),
    [c, actions, settings, staff, nameOf, take, open],
  );
  const Form = dialog ? actionDialogs[dialog.type] : undefined;

  return (
    <CaseWorkContext value={work}>
      <Stack spacing={2} component="article" aria-label={`Case ${c.reference}`}>
        <CaseHeader caseRecord={c} customer={view.customer} nameOf={nameOf} />
        {view.confidential && <Alert severity="info">This case is confidential: every view of it is logged on its timeline.</Alert>}
        {isAnonymisedCase(c) && <Alert severity="info">{ALREADY_ANONYMISED}.</Alert>}
        {joined && (
          <Suspense fallback={null}>
            <CaseSyncNotices caseId={c.id} userId={actor.userId} />
          </Suspense>
        )}
        {c.kind !== 'enquiry' && <CaseStepper caseRecord={c} />}
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Stack spacing={2}>
              <CaseActionBar />
              <CaseSummaryPanel />
              <CaseOutcomePanel />
              <SidePathsPanel />
              <ComplaintRecordPanel />
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Stack spacing={2}>
              {c.kind === 'enquiry' ? <EnquiryNote /> : <CaseClockPanel model={clock} />}
              <OmbudsmanPanel />
              <InformationChecklistPanel />
              {c.concernsStaff && <EmployeeChecklistPanel />}
              <ConsentsPanel />
            </Stack>
          </Grid>
        </Grid>
        <AttachmentsPanel caseRecord={c} actor={actor} attach={verdictOn(actions, 'attachDocument')} nameOf={nameOf} announce={setMessage} />
        <LettersPanel customer={view.customer} actor={actor} />
        <CasePackPanel caseRecord={c} actor={actor} announce={setMessage} />
        <TimelinePanel events={view.timeline} people={names} />
      </Stack>
      {Form && dialog && <Form key={`${dialog.type}-${dialog.item ?? ''}`} type={dialog.type} item={dialog.item} onClose={() => setDialog(null)} />}
      {refusal && <RefusalDialog label={refusal.label} missing={refusal.missing} onClose={() => setRefusal(null)} />}
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" role="status" variant="filled" onClose={() => setMessage(null)}>
          {message}
        </Alert>
      </Snackbar>
    </CaseWorkContext>
  );
}
