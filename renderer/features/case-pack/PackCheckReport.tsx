// The verdict on a case pack file: sound or not, each file's state, and every problem in words.
import { Alert, AlertTitle, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { VerifyPackResult } from '../../../shared/case-pack/verify-case-pack';
import { fileStatusWords } from './pack-check';

export function PackCheckReport({ fileName, result }: { fileName: string; result: VerifyPackResult }) {
  const manifest = result.manifest;
  return (
    <Box>
      <Alert severity={result.ok ? 'success' : 'error'} role="alert" aria-label={result.ok ? 'The pack is sound' : 'The pack failed the check'}>
        <AlertTitle>{result.ok ? `${fileName} is a complete, unchanged case pack` : `${fileName} failed the check`}</AlertTitle>
        {manifest && `Case ${manifest.caseReference}, made for ${manifest.recipient.name}; ${manifest.files.length} files listed.`}
        {!result.ok && (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </Box>
        )}
      </Alert>
      {result.files && result.files.length > 0 && (
        <Table size="small" aria-label="Files in the pack" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>File</TableCell>
              <TableCell>State</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.files.map((file) => (
              <TableRow key={file.path}>
                <TableCell sx={{ wordBreak: 'break-all' }}>{file.path}</TableCell>
                <TableCell>
                  <Chip size="small" label={fileStatusWords[file.status]} color={file.status === 'ok' ? 'success' : 'error'} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
