// A window-wide Alt+<key> shortcut (e.g. Alt+N for New complaint), off while disabled (the desk is locked).
import { useEffect } from 'react';

export function isAltShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>, code: string): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === code;
}

/** `code` is the physical key (KeyboardEvent.code, e.g. 'KeyN'), so it works whatever the keyboard layout. */
export function useAltShortcut(code: string, onPress: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !isAltShortcut(event, code)) return;
      event.preventDefault();
      onPress();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [code, onPress, enabled]);
}
