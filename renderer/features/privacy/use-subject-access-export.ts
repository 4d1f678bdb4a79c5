// Making a subject access export: gather, build the ZIP (with progress), save it through the host, then log it.
import { useCallback, useEffect, useState } from 'react';
import type { Customer } from '../../../shared/model';
import { subjectAccessFileName, writeSubjectAccessFile } from '../../../shared/subject-access/subject-access-file';
import { prepareA4Documents } from '../../../shared/pdf/a4-document';
import { host } from '../../host/host';
import { db } from '../../store/desk';
import { gatherSubjectAccess, recordSubjectAccessExport } from '../../store/subject-access';
import { loadCompanyDetails } from '../../store/settings/company-details';
import { useSession } from '../../session/session';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; step: string; percent: number | null }
  | { status: 'done'; text: string }
  | { status: 'failed'; text: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSubjectAccessExport() {
  const { actor } = useSession();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  // The export's PDFs are made with the PDF maker, which loads while staff find the customer.
  useEffect(prepareA4Documents, []);

  const run = useCallback(
    async (customer: Customer) => {
      const now = new Date().toISOString();
      try {
        setState({ status: 'working', step: 'Gathering everything held about the customer…', percent: null });
        const company = await loadCompanyDetails(db);
        const letterhead = { name: company.name, lines: [`Telephone ${company.telephone}`, `Email ${company.email}`] };
        const gathered = await gatherSubjectAccess(db, customer.id, actor, now, letterhead);
        if (!gathered.ok) return setState({ status: 'failed', text: gathered.missing.join(' ') });
        setState({ status: 'working', step: 'Writing the export file…', percent: 0 });
        const file = await writeSubjectAccessFile(gathered.record, company, {
          onProgress: (p) => setState({ status: 'working', step: `Writing ${p.path}…`, percent: p.bytesTotal ? Math.round((100 * p.bytesDone) / p.bytesTotal) : null }),
        });
        const name = subjectAccessFileName(customer.name, now);
        setState({ status: 'working', step: 'Saving the file…', percent: 100 });
        const saved = await host.saveFile({ suggestedName: name, mimeType: 'application/zip', bytes: file.bytes });
        if ('cancelled' in saved) return setState({ status: 'idle' });
        await recordSubjectAccessExport(db, gathered.caseIds, actor, now, name);
        const where = 'savedTo' in saved ? `saved to ${saved.savedTo}` : `downloaded as ${saved.downloaded}`;
        setState({ status: 'done', text: `Everything held about ${customer.name} (${gathered.caseIds.length} case${gathered.caseIds.length === 1 ? '' : 's'}) was ${where}. The export is recorded on each case.` });
      } catch (error) {
        setState({ status: 'failed', text: `The export was not made: ${message(error)}` });
      }
    },
    [actor],
  );

  return { state, run };
}
