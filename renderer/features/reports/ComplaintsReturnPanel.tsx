// The complaints return for the period chosen: the figures regulators read, exported as CSV and as an A4 PDF to publish.
import { useEffect, useState } from 'react';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Actor } from '../../../shared/model';
import { prepareA4Documents, renderA4Document } from '../../../shared/pdf/a4-document';
import type { ComplaintsReturn } from '../../../shared/policy';
import { returnCsv, returnFileName, returnRows, returnSummaryDocument, type ReportPeriod } from '../../../shared/reports';
import { host } from '../../host/host';
import { db } from '../../store/desk';
import { readComplaintsReturn } from '../../store/reports';
import { BusyButton } from '../../ui/BusyButton';
import { loadCompanyDetails } from '../../store/settings/company-details';
import { csvBytes } from './csv-file';

type Note = { ok: boolean; text: string } | null;

export function ComplaintsReturnPanel({ period, actor }: { period: ReportPeriod; actor: Actor }) {
  const [result, setResult] = useState<ComplaintsReturn | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  // The PDF maker loads while the return is counted and read.
  useEffect(prepareA4Documents, []);
  const shown = result && result.period.from === period.from && result.period.to === period.to ? result : null;

  const make = async () => {
    setBusy(true);
    setProblem(null);
    const reading = await readComplaintsReturn(db, period, { userId: actor.userId, role: actor.role }).catch((e: unknown) => ({ ok: false as const, missing: [String(e)] }));
    setBusy(false);
    if (reading.ok) setResult(reading.complaintsReturn);
    else setProblem(reading.missing.join(' '));
  };
  const save = async (r: ComplaintsReturn, kind: 'csv' | 'pdf') => {
    setNote(null);
    try {
      const bytes =
        kind === 'csv'
          ? csvBytes(returnCsv(r))
          : ((await renderA4Document(returnSummaryDocument(r, await companyOf()))) as Uint8Array<ArrayBuffer>);
      const saved = await host.saveFile({ suggestedName: returnFileName(r, kind), mimeType: kind === 'csv' ? 'text/csv' : 'application/pdf', bytes });
      if ('savedTo' in saved) setNote({ ok: true, text: `Saved to ${saved.savedTo}` });
      else if ('downloaded' in saved) setNote({ ok: true, text: `Downloaded as ${saved.downloaded}` });
    } catch (error) {
      setNote({ ok: false, text: `Not exported: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <Paper component="section" aria-labelledby="return-heading" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Typography id="return-heading" variant="h6" component="h2">
          Complaints return
        </Typography>
        <Typography>
          Complaints closed in the period by time band, outcomes, redress, categories and root causes, complaints per 1,000 customers and the
          Energy Ombudsman&apos;s referrals and decisions. Counts only: fit to publish.
        </Typography>
        <Stack direction="row" spacing={1} flexWrap="wrap">
          <BusyButton type="button" variant="contained" busy={busy} label="Make the return" busyLabel="Counting…" onClick={() => void make()} />
          {shown && (
            <>
              <Button variant="outlined" onClick={() => void save(shown, 'csv')}>
                Export return CSV
              </Button>
              <Button variant="outlined" onClick={() => void save(shown, 'pdf')}>
                Save summary PDF
              </Button>
            </>
          )}
        </Stack>
        {problem && <Alert severity="error">{problem}</Alert>}
        {note && (
          <Alert severity={note.ok ? 'success' : 'error'} role={note.ok ? 'status' : 'alert'}>
            {note.text}
          </Alert>
        )}
        {shown && (
          <Table size="small" aria-label="Complaints return">
            <TableHead>
              <TableRow>
                <TableCell>Section</TableCell>
                <TableCell>Measure</TableCell>
                <TableCell align="right">Value</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {returnRows(shown).map(([section, measure, value]) => (
                <TableRow key={`${section}-${measure}`}>
                  <TableCell>{section}</TableCell>
                  <TableCell>{measure}</TableCell>
                  <TableCell align="right">{value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

async function companyOf() {
  const company = await loadCompanyDetails(db);
  return { name: company.name, lines: [company.telephone, company.email] };
}
