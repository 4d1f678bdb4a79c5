// The app bar's word on the office server: connected, offline, n changes waiting, last synced, and the first
// sync's progress; its accessible name says the same in full. Shown only on a joined desk (loaded lazily).
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Box, Chip, LinearProgress, Tooltip } from '@mui/material';
import CloudDone from '@mui/icons-material/CloudDone';
import CloudOff from '@mui/icons-material/CloudOff';
import CloudSync from '@mui/icons-material/CloudSync';
import { db } from '../../store/desk';
import { waitingCount } from '../../store/sync/outbox';
import { subscribeSyncStatus, syncStatus, type SyncStatus } from '../../store/sync/status';
import { formatDateTime } from '../../ui/en-gb-format';
import { fetchingCases } from './first-sync-words';

function words(status: SyncStatus, waiting: number): { short: string; full: string } {
  const queued = waiting === 0 ? 'nothing waiting' : `${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting`;
  const last = status.lastSyncedAt ? `last synced ${formatDateTime(status.lastSyncedAt)}` : 'not synced yet';
  if (status.firstSync) {
    const { text } = fetchingCases(status.firstSync);
    return { short: text, full: `Office server: first sync in progress. ${text}. Cases that have arrived can be worked on now` };
  }
  const state = {
    starting: 'connecting',
    connected: 'connected',
    offline: 'offline',
    'signed-out': 'signed out',
    incompatible: 'cannot connect',
    problem: 'problem',
  }[status.state];
  const short = waiting > 0 ? `${state === 'connected' ? 'Syncing' : state[0]?.toUpperCase() + state.slice(1)}: ${waiting} waiting` : state[0]?.toUpperCase() + state.slice(1);
  return { short, full: `Office server: ${state}, ${queued}, ${last}${status.message && status.state !== 'connected' ? `. ${status.message}` : ''}` };
}

export default function SyncStatusChip() {
  const status = useSyncExternalStore(subscribeSyncStatus, syncStatus);
  const waiting = useLiveQuery(() => waitingCount(db), []) ?? 0;
  const { short, full } = words(status, waiting);
  const icon = status.state === 'connected' ? waiting > 0 || status.firstSync ? <CloudSync aria-hidden /> : <CloudDone aria-hidden /> : <CloudOff aria-hidden />;
  return (
    <Tooltip title={full}>
      <Chip
        role="status"
        aria-label={full}
        icon={icon}
        label={
          status.firstSync ? (
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <span>{short}</span>
              <LinearProgress variant="determinate" value={fetchingCases(status.firstSync).percent} aria-label={short} sx={{ width: 96, bgcolor: 'rgba(255,255,255,0.3)', '& .MuiLinearProgress-bar': { bgcolor: 'common.white' } }} />
            </Box>
          ) : (
            short
          )
        }
        variant="outlined"
        sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.6)', mr: 1, '& .MuiChip-icon': { color: 'inherit' } }}
      />
    </Tooltip>
  );
}
