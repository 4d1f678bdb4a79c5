// The current instant for the page's policy questions (deadline states, allowed actions): refreshed every minute,
// and at once whenever `changed` changes (an action recorded on the case), so the page follows what was just done.
import { useEffect, useState } from 'react';

export function useNow(changed?: unknown, everyMs = 60_000): string {
  const [clock, setClock] = useState(() => ({ changed, now: new Date().toISOString() }));
  useEffect(() => {
    const timer = window.setInterval(() => setClock((previous) => ({ changed: previous.changed, now: new Date().toISOString() })), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  // Re-read during render (React's pattern for state that follows a prop), so no render shows the stale time.
  if (clock.changed !== changed) {
    const next = { changed, now: new Date().toISOString() };
    setClock(next);
    return next.now;
  }
  return clock.now;
}
