// Settings: choose a letter and edit its wording; each letter keeps its rights paragraphs whatever the wording.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MenuItem, Stack, TextField } from '@mui/material';
import { templateKinds, templateLabels, type TemplateKind } from '../../../shared/letters';
import { db } from '../../store/desk';
import { LetterTemplateEditor } from './LetterTemplateEditor';
import { loadLetterWording } from '../../store/settings/letter-wording';

export function LetterWordingForm() {
  const [kind, setKind] = useState<TemplateKind>('acknowledgement');
  const wording = useLiveQuery(() => loadLetterWording(db), []);
  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <TextField select label="Letter" value={kind} onChange={(event) => setKind(event.target.value as TemplateKind)} sx={{ maxWidth: 360 }}>
        {templateKinds.map((k) => (
          <MenuItem key={k} value={k}>
            {templateLabels[k]}
          </MenuItem>
        ))}
      </TextField>
      {wording && <LetterTemplateEditor key={kind} kind={kind} initial={wording[kind]} />}
    </Stack>
  );
}
