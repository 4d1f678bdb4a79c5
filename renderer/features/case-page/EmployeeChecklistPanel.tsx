// For a complaint about staff: the employee checklist (informed, heard, supported, kept updated, told the result).
import { useId } from 'react';
import { Alert, Button, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { employeeChecklistItems, employeeChecklistLabels, pendingEmployeeProcess } from '../../../shared/model';
import { employeeChecklistOutstanding } from '../../../shared/policy';
import { verdictOn } from './action-sections';
import { useCaseWork } from '../../ui/case-form/case-work';
import { employeeStepWords } from './checklist-words';

export function EmployeeChecklistPanel() {
  const { caseRecord, actions, open } = useCaseWork();
  const headingId = useId();
  const process = caseRecord.employeeProcess ?? pendingEmployeeProcess();
  const outstanding = employeeChecklistOutstanding(caseRecord);
  const record = verdictOn(actions, 'recordEmployeeChecklistItem');
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        Employee checklist
      </Typography>
      <Typography variant="body2" color="text.secondary">
        The case cannot close until each step is done or waived with a reason.
      </Typography>
      {record && !record.allowed && record.relevant && (
        <Alert severity="info" sx={{ my: 1 }}>
          {record.missing.join(' ')}
        </Alert>
      )}
      <List dense disablePadding>
        {employeeChecklistItems.map((item) => (
          <ListItem
            key={item}
            disableGutters
            secondaryAction={
              record?.relevant ? (
                <Button size="small" onClick={() => open({ type: 'recordEmployeeChecklistItem', item })} aria-label={`Record ${employeeChecklistLabels[item]}`}>
                  Record
                </Button>
              ) : undefined
            }
          >
            <ListItemText
              primary={employeeChecklistLabels[item]}
              secondary={employeeStepWords(process[item])}
              slotProps={{ secondary: { color: outstanding.includes(item) ? 'warning.main' : 'text.secondary' } }}
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
