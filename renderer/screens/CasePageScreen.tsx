// The case page (route /cases/:caseId): the case for this viewer, the recorder's receipt, or "not found".
import { useParams } from 'react-router';
import { Alert, Box, CircularProgress } from '@mui/material';
import { useCaseView } from '../store/hooks';
import { useSession } from '../session/session';
import { CaseReceipt } from '../features/case-page/CaseReceipt';
import { CaseWorkspace } from './CaseWorkspace';

export function CasePageScreen() {
  const { caseId = '' } = useParams();
  const { actor } = useSession();
  const view = useCaseView(caseId, actor);

  if (view === undefined || view.status === 'view-not-logged') {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
        <CircularProgress aria-label="Opening the case" />
      </Box>
    );
  }
  if (view.status === 'receipt') return <CaseReceipt receipt={view.receipt} />;
  // Not on this desk and not for this viewer read the same, so a confidential case's existence is not given away.
  if (view.status === 'not-found') return <Alert severity="warning">No case with that identifier is on this desk.</Alert>;
  return <CaseWorkspace view={view} actor={actor} />;
}
