// A list of labelled facts (term and value) for the case panels; facts with no value are left out.
import type { ReactNode } from 'react';
import { Box } from '@mui/material';

export type Fact = [term: string, value: ReactNode | null | undefined];

export function Facts({ facts, columns = 1 }: { facts: readonly Fact[]; columns?: 1 | 2 }) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: columns === 2 ? { xs: 'max-content 1fr', md: 'max-content 1fr max-content 1fr' } : 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.75,
        '& dt': { fontWeight: 500, color: 'text.secondary' },
        '& dd': { m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
      }}
    >
      {shown.map(([term, value], index) => (
        <Box key={`${index}-${term}`} sx={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}
