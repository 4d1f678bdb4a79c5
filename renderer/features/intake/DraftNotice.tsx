// Tells staff their typing is kept: "Draft saved 04/12/2026 12:03" once all of it is, "Saving draft…" until then, or
// that it could not be saved.
import { Typography } from '@mui/material';
import { formatDateTime } from '../../ui/en-gb-format';

export function DraftNotice({ savedAt, saving, error }: { savedAt: string | null; saving: boolean; error: string | null }) {
  return (
    <Typography role="status" variant="body2" color={error ? 'error' : 'text.secondary'}>
      {error ?? (savedAt ? `Draft saved ${formatDateTime(savedAt)}` : saving ? 'Saving draft…' : '')}
    </Typography>
  );
}
