// Keys on the intake form: Enter in a one-line field must not record the complaint (a stray case can only be
// corrected, never removed); the complaint is recorded by its button or by Ctrl+Enter (Cmd+Enter on a Mac).
import type { KeyboardEvent } from 'react';

export function onIntakeKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.altKey || event.shiftKey) return;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
    return;
  }
  // A browser submits the form when Enter is pressed in a single-line input; a text area and a button keep Enter.
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') event.preventDefault();
  // The date pickers' sections are editable spans (role spinbutton), not inputs: Enter there records nothing either.
  else if (target instanceof HTMLElement && (target.isContentEditable || target.getAttribute('role') === 'spinbutton')) event.preventDefault();
}
