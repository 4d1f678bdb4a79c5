// The case page's case pack buttons: "Make case pack" for complaints managers, "Verify a case pack" for anyone.
import { useState } from 'react';
import { Button, Paper, Stack, Typography } from '@mui/material';
import type { Actor, ComplaintCase } from '../../../shared/model';
import { isManager } from '../../../shared/policy';
import { CasePackDialog } from './CasePackDialog';
import { VerifyPackDialog } from './VerifyPackDialog';

export interface CasePackPanelProps {
  caseRecord: ComplaintCase;
  actor: Actor;
  announce(message: string): void;
}

export function CasePackPanel({ caseRecord, actor, announce }: CasePackPanelProps) {
  const [open, setOpen] = useState<'make' | 'verify' | null>(null);
  const packs = caseRecord.disclosures.length;
  return (
    <Paper variant="outlined" component="section" aria-label="Case pack" sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Typography component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          Case pack
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            {packs === 0 ? 'No case pack has been made.' : `${packs} case pack${packs === 1 ? '' : 's'} made: see the timeline.`}
          </Typography>
        </Typography>
        {isManager(actor) && (
          <Button variant="contained" onClick={() => setOpen('make')}>
            Make case pack
          </Button>
        )}
        <Button variant="outlined" onClick={() => setOpen('verify')}>
          Verify a case pack
        </Button>
      </Stack>
      {open === 'make' && <CasePackDialog caseRecord={caseRecord} actor={actor} announce={announce} onClose={() => setOpen(null)} />}
      {open === 'verify' && <VerifyPackDialog onClose={() => setOpen(null)} />}
    </Paper>
  );
}
