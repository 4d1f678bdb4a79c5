// Asks the date the post room stamped on a scanned letter (today unless changed), before the form is filled from it.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { DatePickerField } from '../../ui/DatePickerField';

const schema = z.object({
  date: z.iso.date({ error: (issue) => (issue.input === '' ? 'Enter the date stamped by the post room' : 'Type the date as dd/mm/yyyy') }),
});
type Values = z.infer<typeof schema>;

export interface PostRoomDateDialogProps {
  fileName: string;
  today: string;
  onConfirm(date: string): void;
  onCancel(): void;
}

export function PostRoomDateDialog({ fileName, today, onConfirm, onCancel }: PostRoomDateDialogProps) {
  const { control, handleSubmit, setError } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { date: today } });
  const submit = handleSubmit(({ date }) => {
    if (date > today) setError('date', { message: 'The post room cannot have stamped it after today' });
    else onConfirm(date);
  });
  return (
    <Dialog open onClose={onCancel} aria-labelledby="post-room-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="post-room-title">A letter by post</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>"{fileName}" will be attached to a new complaint received by letter. When did the post room receive it?</DialogContentText>
          <DatePickerField control={control} name="date" label="Date stamped by the post room" required />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained">
            Use this letter
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
