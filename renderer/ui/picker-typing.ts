// Typing a date as staff write it: "1/2/2026 9:05" or "01/02/2026 09:05". MUI X's field reads a typed space as a 0
// (09:05 became 00:05) and stays in a section at "/" or ":" (1/2/2026 became 12/02/0026). Here a separator typed
// right after a digit that left its section unfinished ("1" for the 1st) selects the next section; after a finished
// one (the field has moved on by itself) it is dropped. It never reaches the field as a character.
import type { KeyboardEvent, RefObject } from 'react';

const SEPARATORS = new Set([' ', '/', ':', ',', '.', '-']);

/** What the handler needs of MUI X's field (its FieldRef). */
export interface SectionsRef {
  getActiveSectionIndex(): number | null;
  getSections(): readonly unknown[];
  setSelectedSections(section: number): void;
}

/** A keydown handler for one picker field, run before the field's own. */
export function separatorKeys(field: RefObject<SectionsRef | null>): (event: KeyboardEvent<HTMLElement>) => void {
  // The section the last key, a digit, went into; null after any other key.
  let digitIn: number | null = null;
  return (event) => {
    const sections = field.current;
    if (!sections || event.ctrlKey || event.metaKey || event.altKey) {
      digitIn = null;
      return;
    }
    const active = sections.getActiveSectionIndex();
    if (/^\d$/.test(event.key)) {
      // With every section selected (after Ctrl+A) a digit fills the first.
      digitIn = active ?? 0;
      return;
    }
    if (!SEPARATORS.has(event.key)) {
      digitIn = null;
      return;
    }
    event.preventDefault();
    if (active !== null && digitIn === active && active + 1 < sections.getSections().length) sections.setSelectedSections(active + 1);
    digitIn = null;
  };
}
