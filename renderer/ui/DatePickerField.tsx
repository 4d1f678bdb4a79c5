// The one date (or date and time) field every form uses: MUI X pickers in en-GB (dd/MM/yyyy, 24-hour HH:mm),
// typed or chosen from the calendar, whatever language the browser is set to; bound to a react-hook-form field.
import { useRef, useState, type KeyboardEvent } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { NOT_A_DATE, pickerDate, pickerText, type PickerValueFormat } from './picker-values';
import type { FieldRef, PickerFieldSlotProps, PickerValidDate } from '@mui/x-date-pickers/models';
import { separatorKeys } from './picker-typing';

export interface DatePickerFieldProps<T extends FieldValues, TOut extends FieldValues = T> {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  /** How the form holds the value; a date and time is London wall-clock time. */
  valueFormat?: PickerValueFormat;
  required?: boolean;
  helperText?: string;
  disabled?: boolean;
  /** Enter in the field (a field that is not a form of its own, like adding a closure date). */
  onEnter?(): void;
  /**
   * Whether Enter in the field submits its form, as in a plain text field (the default). False leaves every Enter
   * to the form's own keys: New complaint records only by its button or Ctrl+Enter.
   */
  enterSubmits?: boolean;
}

/** MUI X's field submits the form on Enter unless the event is marked as handled this way. */
type PickerKeyEvent = KeyboardEvent<HTMLDivElement> & { defaultMuiPrevented?: boolean };

const TYPE_HINT: Record<PickerValueFormat, string> = {
  date: 'Type the date as dd/mm/yyyy',
  'en-GB-date': 'Type the date as dd/mm/yyyy',
  'date-time': 'Type the date and time as dd/mm/yyyy hh:mm (24-hour)',
};

export function DatePickerField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  label,
  valueFormat = 'date',
  required = false,
  helperText,
  disabled,
  onEnter,
  enterSubmits = true,
}: DatePickerFieldProps<T, TOut>) {
  // While a typed date is incomplete the picker hands back an invalid Date: it is given back as it was, so the
  // sections typed so far stay on screen (the form holds NOT_A_DATE meanwhile).
  const typing = useRef<Date | null>(null);
  const sectionsRef = useRef<FieldRef<PickerValidDate | null> | null>(null);
  const [onSeparator] = useState(() => separatorKeys(sectionsRef));
  // MUI X hands the field slot's props to the field, unstableFieldRef among them, though the slot's type leaves it out.
  const fieldSlot = { unstableFieldRef: sectionsRef } as unknown as Partial<PickerFieldSlotProps<PickerValidDate | null, true>>;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const stored: string = typeof field.value === 'string' ? (field.value as string) : '';
        // en-GB text values are checked by their own schema, whose messages already speak dd/mm/yyyy.
        const typingHint = stored === NOT_A_DATE && valueFormat !== 'en-GB-date';
        const message = typingHint ? TYPE_HINT[valueFormat] : (fieldState.error?.message ?? (stored === NOT_A_DATE ? TYPE_HINT[valueFormat] : helperText));
        const common = {
          label,
          value: stored === NOT_A_DATE ? typing.current : pickerDate(stored, valueFormat),
          disabled,
          inputRef: field.ref,
          onChange: (date: Date | null) => {
            typing.current = date;
            const text = pickerText(date, valueFormat);
            field.onChange(text);
          },
          slotProps: {
            field: fieldSlot,
            textField: {
              name: field.name,
              required,
              error: !!fieldState.error || stored === NOT_A_DATE,
              helperText: message,
              fullWidth: true,
              onBlur: field.onBlur,
              onKeyDown: (event: PickerKeyEvent) => {
                onSeparator(event);
                if (event.key !== 'Enter') return;
                if (onEnter) {
                  event.preventDefault();
                  event.defaultMuiPrevented = true;
                  onEnter();
                } else if (!enterSubmits) event.defaultMuiPrevented = true;
              },
            },
          },
        };
        return valueFormat === 'date-time' ? <DateTimePicker {...common} ampm={false} format="dd/MM/yyyy HH:mm" /> : <DatePicker {...common} format="dd/MM/yyyy" />;
      }}
    />
  );
}
