// Whether the sign-in screen lists staff names (small desks) or asks each person to type theirs (the default).
import { useState } from 'react';
import { FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { accountsDb } from '../../store/accounts/accounts-db';
import { saveOfferNames } from '../../store/settings/name-list-setting';
import { useSession } from '../../session/session';
import { SavedNote, type SaveState } from '../../ui/SavedNote';

export function NameListForm({ initial }: { initial: boolean }) {
  const { actor } = useSession();
  const [offer, setOffer] = useState(initial);
  const [state, setState] = useState<SaveState>(null);
  // The switch moves at once, as a switch should; it moves back if the choice could not be saved.
  const change = async (next: boolean) => {
    setState(null);
    setOffer(next);
    const saved = await saveOfferNames(accountsDb, actor, next).catch((error: unknown) => ({ ok: false as const, missing: [error instanceof Error ? error.message : String(error)] }));
    if (!saved.ok) {
      setOffer(!next);
      return setState({ saved: false, text: saved.missing.join('; ') });
    }
    setState({ saved: true, text: next ? 'The sign-in screen now lists the names of staff who can sign in.' : 'Staff now type their name to sign in; no names are listed.' });
  };
  return (
    <Stack spacing={1} sx={{ maxWidth: 520 }}>
      <FormControlLabel control={<Switch checked={offer} onChange={(e) => void change(e.target.checked)} />} label="List staff names on the sign-in screen" />
      <Typography variant="body2" color="text.secondary">
        For a small desk where everyone knows everyone. Off, anyone at the computer sees no names: each person types theirs.
      </Typography>
      <SavedNote state={state} />
    </Stack>
  );
}
