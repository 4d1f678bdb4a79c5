// The current instant for the page's policy questions (deadline states, allowed actions), refreshed every minute.
import { useEffect, useState } from 'react';

export function useNow(everyMs = 60_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
