// The policy's required information, live: what the form already holds, what is missing, and what was asked for.
import { Controller } from 'react-hook-form';
import { Box, Checkbox, Chip, FormControlLabel, LinearProgress, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { checklistItemLabels, checklistItems, type ChecklistItem } from '../../../shared/model';
import type { IntakeControl } from './intake-form';
import { REQUESTABLE, type IntakeGaps } from './intake-gaps';

export interface IntakeChecklistPanelProps {
  control: IntakeControl;
  gaps: IntakeGaps;
  /** Gaps can be recorded as asked for only on a complaint that stays open and that the recorder can still see. */
  canRequest: boolean;
}

export function IntakeChecklistPanel({ control, gaps, canRequest }: IntakeChecklistPanelProps) {
  const { progress, checklist } = gaps;
  const missing = (item: ChecklistItem) => checklist[item].status !== 'provided';
  return (
    <Paper component="section" aria-labelledby="intake-checklist-heading" variant="outlined" sx={{ p: 2, position: { md: 'sticky' }, top: { md: 16 } }}>
      <Typography id="intake-checklist-heading" variant="h6" component="h2">
        Required information
      </Typography>
      <Typography variant="body2" id="intake-checklist-progress">
        {progress.provided} of {progress.total} provided. Nothing here stops you saving: gaps can be asked for now or later.
      </Typography>
      <LinearProgress variant="determinate" value={progress.percent} aria-labelledby="intake-checklist-progress" sx={{ my: 1 }} />
      <Controller
        control={control}
        name="requestItems"
        render={({ field }) => (
          <List dense aria-label="Required information items">
            {checklistItems.map((item) => {
              const asked = field.value.includes(item);
              const gap = missing(item);
              return (
                <ListItem key={item} disableGutters sx={{ display: 'block' }}>
                  <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between">
                    <Typography variant="body2">{checklistItemLabels[item]}</Typography>
                    <Chip size="small" label={!gap ? 'Provided' : asked && canRequest ? 'Asked for' : 'Missing'} color={!gap ? 'success' : 'warning'} variant={gap ? 'outlined' : 'filled'} />
                  </Stack>
                  {gap && canRequest && REQUESTABLE.includes(item) && (
                    <Box sx={{ pl: 1 }}>
                      <FormControlLabel
                        label={<Typography variant="body2">Asked the customer for it</Typography>}
                        control={
                          <Checkbox
                            size="small"
                            checked={asked}
                            onChange={(_e, on) => field.onChange(on ? [...field.value, item] : field.value.filter((i) => i !== item))}
                            slotProps={{ input: { 'aria-label': `Asked the customer for ${checklistItemLabels[item].toLowerCase()}` } }}
                          />
                        }
                      />
                    </Box>
                  )}
                </ListItem>
              );
            })}
          </List>
        )}
      />
    </Paper>
  );
}
