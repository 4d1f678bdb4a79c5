// Calls onIdle once nobody has touched the keyboard, mouse or screen for the given number of minutes.
import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function useIdleLock(enabled: boolean, minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    // One timer, re-armed for the time left rather than on every mouse move.
    const check = () => {
      const idle = Date.now() - lastActivity;
      if (idle >= limit) onIdle();
      else timer = setTimeout(check, limit - idle);
    };
    let timer = setTimeout(check, limit);
    const touch = () => {
      lastActivity = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, touch, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, touch, { capture: true });
    };
  }, [enabled, minutes, onIdle]);
}
