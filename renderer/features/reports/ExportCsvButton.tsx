// Exports the report as a CSV file through the host: a save dialog on the desktop, a download in the browser.
import { useState } from 'react';
import { Alert, Stack } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { reportCsv, reportCsvName, type ComplaintReport } from '../../../shared/reports';
import { host } from '../../host/host';
import { BusyButton } from '../../ui/BusyButton';
import { csvBytes } from './csv-file';

type Outcome = { ok: boolean; text: string } | null;

export function ExportCsvButton({ report }: { report: ComplaintReport }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportCsv = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const name = reportCsvName(report);
      const result = await host.saveFile({ suggestedName: name, mimeType: 'text/csv', bytes: csvBytes(reportCsv(report)) });
      if ('savedTo' in result) setOutcome({ ok: true, text: `Report saved to ${result.savedTo}` });
      else if ('downloaded' in result) setOutcome({ ok: true, text: `Report downloaded as ${result.downloaded}` });
    } catch (error) {
      setOutcome({ ok: false, text: `The report was not exported: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    // Beside the report's description, the description wraps and the button keeps to one line.
    <Stack spacing={1} alignItems="flex-start" sx={{ flexShrink: 0 }}>
      <BusyButton type="button" variant="outlined" busy={busy} label="Export CSV" busyLabel="Exporting…" startIcon={<FileDownloadIcon />} sx={{ whiteSpace: 'nowrap' }} onClick={() => void exportCsv()} />
      {outcome && (
        <Alert severity={outcome.ok ? 'success' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </Alert>
      )}
    </Stack>
  );
}
