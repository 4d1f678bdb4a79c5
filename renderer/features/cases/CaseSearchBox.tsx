// The search box over names, references and summaries; it waits for a pause in typing before searching.
import { useCallback, useEffect, useState } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import Search from '@mui/icons-material/Search';

const PAUSE_MS = 250;

export function CaseSearchBox({ value, onSearch }: { value: string; onSearch(text: string): void }) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // The address changed other than by typing here (back button, Clear filters): show what it says.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const send = useCallback(
    (next: string) => {
      setShown(next);
      onSearch(next);
    },
    [onSearch],
  );
  useEffect(() => {
    if (text === shown) return;
    const timer = window.setTimeout(() => send(text), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, shown, send]);

  return (
    <TextField
      label="Search cases"
      type="search"
      fullWidth={false}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') send(text);
      }}
      helperText="Names, references or words of the summary"
      slotProps={{ input: { startAdornment: <InputAdornment position="start"><Search /></InputAdornment> }, htmlInput: { maxLength: 200 } }}
      sx={{ minWidth: 260 }}
    />
  );
}
