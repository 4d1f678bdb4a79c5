// The merge fields one letter may use, each with what it prints; those the letter must keep are marked.
import { Box, Typography } from '@mui/material';
import { mandatoryFields, mergeFieldDescriptions, mergeToken, templateFields, type TemplateKind } from '../../../shared/letters';

export function MergeFieldList({ kind }: { kind: TemplateKind }) {
  const mandatory = new Set(mandatoryFields[kind]);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        Merge fields for this letter
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, columns: { md: 2 }, fontSize: '0.875rem' }}>
        {templateFields[kind].map((field) => (
          <li key={field}>
            <Box component="code" sx={{ fontWeight: mandatory.has(field) ? 700 : 400 }}>
              {mergeToken(field)}
            </Box>{' '}
            {mergeFieldDescriptions[field]}
            {mandatory.has(field) && ' (must stay in this letter)'}
          </li>
        ))}
      </Box>
    </Box>
  );
}
