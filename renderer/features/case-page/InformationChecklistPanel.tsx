// The policy's information checklist: how complete it is, each item's state, and a button to update each one.
import { useId } from 'react';
import { Button, LinearProgress, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { checklistItemLabels, checklistItems } from '../../../shared/model';
import { checklistProgress } from '../../../shared/policy';
import { verdictOn } from './action-sections';
import { useCaseWork } from '../../ui/case-form/case-work';
import { checklistStateWords } from './checklist-words';

export function InformationChecklistPanel() {
  const { caseRecord, actions, open } = useCaseWork();
  const headingId = useId();
  const progress = checklistProgress(caseRecord.checklist);
  const update = verdictOn(actions, 'markChecklistItem');
  const done = progress.provided + progress.notApplicable;
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        Information checklist
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {done} of {progress.total} provided or not applicable
        {progress.requested.length > 0 ? `; ${progress.requested.length} requested` : ''}
        {progress.outstanding.length > 0 ? `; ${progress.outstanding.length} outstanding` : ''}
      </Typography>
      <LinearProgress variant="determinate" value={progress.percent} aria-label={`Information checklist ${progress.percent}% complete`} sx={{ my: 1 }} />
      <List dense disablePadding>
        {checklistItems.map((item) => {
          const state = caseRecord.checklist[item];
          return (
            <ListItem
              key={item}
              disableGutters
              secondaryAction={
                update?.relevant ? (
                  <Button size="small" onClick={() => open({ type: 'markChecklistItem', item })} aria-label={`Update ${checklistItemLabels[item]}`}>
                    Update
                  </Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={checklistItemLabels[item]}
                secondary={checklistStateWords(state)}
                slotProps={{ secondary: { color: state.status === 'outstanding' ? 'warning.main' : 'text.secondary' } }}
              />
            </ListItem>
          );
        })}
      </List>
    </Paper>
  );
}
