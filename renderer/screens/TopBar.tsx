// The top bar: the app name, the places this person may go (New complaint with its Alt+N shortcut), and their menu.
import { lazy, Suspense } from 'react';
import { AppBar, Box, Button, Toolbar, Tooltip, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import { NavLink } from 'react-router';
import { useSession } from '../session/session';
import { mayRecordComplaints, newComplaint, placesFor } from '../ui/navigation';
import { UserMenu } from '../features/shell/UserMenu';
import { readJoinedServer } from '../store/sync/joined';

/** Only a desk joined to an office server loads its status (and the sync code behind it). */
const SyncStatusChip = lazy(() => import('../features/office-server/SyncStatusChip'));
const joined = readJoinedServer() !== null;

const activeLink = { '&.active': { bgcolor: 'rgba(255, 255, 255, 0.18)', textDecoration: 'underline', textUnderlineOffset: '4px' } };

export function TopBar() {
  const { user } = useSession();

  return (
    <AppBar position="static" component="header">
      <Toolbar sx={{ gap: 1 }}>
        <Typography variant="h6" component="p" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
          Complaints Desk
        </Typography>
        <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 1, flexGrow: 1, alignItems: 'center' }}>
          {placesFor(user.role).map((place) => (
            <Button key={place.path} color="inherit" component={NavLink} to={place.path} end={place.end} sx={activeLink}>
              {place.label}
            </Button>
          ))}
          {mayRecordComplaints(user.role) && (
            <Tooltip title={`${newComplaint.label} (${newComplaint.shortcut})`} describeChild>
              <Button
                color="inherit"
                variant="outlined"
                component={NavLink}
                to={newComplaint.path}
                aria-keyshortcuts={newComplaint.shortcut}
                startIcon={<Add aria-hidden />}
                sx={{ ml: 1, ...activeLink }}
              >
                {newComplaint.label}
              </Button>
            </Tooltip>
          )}
        </Box>
        {joined && (
          <Suspense fallback={null}>
            <SyncStatusChip />
          </Suspense>
        )}
        <UserMenu />
      </Toolbar>
    </AppBar>
  );
}
