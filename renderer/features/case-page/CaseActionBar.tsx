// The actions that fit the case now, grouped (next steps first); refused ones stay focusable and explain themselves.
import { useId } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { visuallyHidden } from '../../ui/visually-hidden';
import { ActionButton } from './ActionButton';
import { hasForm } from './action-dialogs';
import { actionSections } from './action-sections';
import { useCaseWork } from '../../ui/case-form/case-work';

export function CaseActionBar() {
  const { actions } = useCaseWork();
  const headingId = useId();
  const hintId = useId();
  const sections = actionSections(actions, hasForm);

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        Actions
      </Typography>
      <Box id={hintId} sx={visuallyHidden}>
        Not possible yet: opens the reasons
      </Box>
      {sections.length === 0 && <Typography color="text.secondary">No actions fit this case now.</Typography>}
      <Stack spacing={1.5}>
        {sections.map((section) => (
          <Box key={section.group} role="group" aria-labelledby={`${headingId}-${section.group}`}>
            <Typography id={`${headingId}-${section.group}`} variant="subtitle2" component="h3" color="text.secondary" sx={{ mb: 0.5 }}>
              {section.title}
            </Typography>
            <Stack direction="row" useFlexGap flexWrap="wrap" spacing={1}>
              {section.actions.map((action) => (
                <ActionButton key={action.type} action={action} primary={section.group === 'main-path'} refusedHintId={hintId} />
              ))}
            </Stack>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
