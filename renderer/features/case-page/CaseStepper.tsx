// The six-point path as a stepper (Received → … → Closed) and chips for the side paths the case has taken.
import { useId } from 'react';
import { Box, Chip, Paper, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import type { ComplaintCase } from '../../../shared/model';
import { visuallyHidden } from '../../ui/visually-hidden';
import { sidePathChips, stepperModel } from './case-progress';

export function CaseStepper({ caseRecord }: { caseRecord: ComplaintCase }) {
  const headingId = useId();
  const { steps, activeStep, endedBy } = stepperModel(caseRecord);
  const chips = sidePathChips(caseRecord);
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={visuallyHidden}>
        Progress
      </Typography>
      <Stepper activeStep={activeStep} alternativeLabel component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {steps.map((step, index) => {
          const state = index < activeStep ? 'done' : index === activeStep ? (endedBy ? `where it ended: ${endedBy.toLowerCase()}` : 'current step') : 'to come';
          return (
            <Step key={step.stage} component="li" completed={index < activeStep} aria-current={index === activeStep ? 'step' : undefined}>
              <StepLabel>
                {step.label}
                <Box component="span" sx={visuallyHidden}>
                  {` (${state})`}
                </Box>
              </StepLabel>
            </Step>
          );
        })}
      </Stepper>
      {chips.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 2 }} role="group" aria-label="Side paths taken">
          {chips.map((chip) => (
            <Chip key={chip.key} label={chip.label} color={chip.colour} size="small" />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

