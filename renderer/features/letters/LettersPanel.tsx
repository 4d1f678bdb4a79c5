// The case's letters: which are due, overdue or available now, which were sent, and the way to prepare each one.
import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Box, Button, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Actor, Customer } from '../../../shared/model';
import { letterLabels, lettersDue, type LetterDue, type LetterKind } from '../../../shared/letters';
import { db } from '../../store/desk';
import { visuallyHidden } from '../../ui/visually-hidden';
import { useCaseWork } from '../../ui/case-form/case-work';
import { RefusalDialog } from '../../ui/case-form/RefusalDialog';
import { loadCompanyDetails } from '../../store/settings/company-details';
import { LetterDialog } from './LetterDialog';
import { letterStateWords } from './letter-states';
import { loadLetterWording } from '../../store/settings/letter-wording';

export interface LettersPanelProps {
  customer: Customer | null;
  actor: Actor;
}

export function LettersPanel({ customer, actor }: LettersPanelProps) {
  const { caseRecord, settings, actions } = useCaseWork();
  const headingId = useId();
  const company = useLiveQuery(() => loadCompanyDetails(db), []);
  const wording = useLiveQuery(() => loadLetterWording(db), []);
  // The page's own verdicts, so the panel and the action buttons always agree; `now` is re-read when they change.
  const letters = useMemo(() => lettersDue(caseRecord, settings, new Date().toISOString(), actor, actions), [caseRecord, settings, actor, actions]);
  const [open, setOpen] = useState<LetterKind | null>(null);
  const [refused, setRefused] = useState<LetterDue | null>(null);

  const prepare = (letter: LetterDue) => (letter.allowed ? setOpen(letter.kind) : setRefused(letter));

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Letters
      </Typography>
      {letters.length === 0 ? (
        <Typography color="text.secondary">No letters are due or can be sent at this stage.</Typography>
      ) : (
        <Table size="small" aria-labelledby={headingId}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">Letter</TableCell>
              <TableCell component="th" scope="col">Status</TableCell>
              <TableCell component="th" scope="col">When</TableCell>
              <TableCell component="th" scope="col">
                <Box component="span" sx={visuallyHidden}>
                  Prepare
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {letters.map((letter) => {
              const words = letterStateWords(letter);
              const label = letterLabels[letter.kind];
              return (
                <TableRow key={letter.kind}>
                  <TableCell component="th" scope="row">
                    {label}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={words.chip} color={words.colour} />
                  </TableCell>
                  <TableCell>{words.note}</TableCell>
                  <TableCell align="right">
                    {letter.state !== 'sent' && (
                      <Button size="small" variant={letter.state === 'due' || letter.state === 'overdue' ? 'contained' : 'outlined'} onClick={() => prepare(letter)} aria-haspopup="dialog" aria-label={`Prepare: ${label}`} disabled={!company || !wording}>
                        Prepare
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {open && company && wording && <LetterDialog key={open} kind={open} customer={customer} company={company} wording={wording} actor={actor} onClose={() => setOpen(null)} />}
      {refused && <RefusalDialog label={letterLabels[refused.kind]} missing={refused.missing} onClose={() => setRefused(null)} />}
    </Paper>
  );
}
