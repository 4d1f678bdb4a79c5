// The frame around every signed-in screen: skip link, top bar, the main region, and the New complaint shortcut.
import { useCallback, useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Box, Container } from '@mui/material';
import { onNoticeOpened } from '../host/notifications';
import { RemindersDialog } from '../features/reminders/RemindersDialog';
import { useSession } from '../session/session';
import { mayRecordComplaints, newComplaint } from '../ui/navigation';
import { MAIN_CONTENT_ID, SkipLink } from '../features/shell/SkipLink';
import { TopBar } from './TopBar';
import { useAltShortcut } from '../features/shell/use-alt-shortcut';
import { useWindowDrop } from '../features/shell/use-window-drop';

export function AppShell({ children }: { children: ReactNode }) {
  const { user, locked } = useSession();
  const navigate = useNavigate();
  const openNewComplaint = useCallback(() => void navigate(newComplaint.path), [navigate]);
  useAltShortcut(newComplaint.code, openNewComplaint, mayRecordComplaints(user.role) && !locked);
  useWindowDrop(mayRecordComplaints(user.role) && !locked, openNewComplaint);
  useEffect(() => onNoticeOpened((caseId) => void navigate(`/cases/${caseId}`)), [navigate]);

  return (
    <Box sx={{ minHeight: '100vh' }}>
      <SkipLink />
      <TopBar />
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} maxWidth="lg" sx={{ py: 3, '&:focus': { outline: 'none' } }}>
        {children}
      </Container>
      <RemindersDialog viewer={{ userId: user.id, role: user.role }} enabled={mayRecordComplaints(user.role) && !locked} />
    </Box>
  );
}
