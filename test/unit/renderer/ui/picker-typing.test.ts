// Separators typed into an en-GB date field: they move on after an unfinished section and are dropped otherwise.
import type { KeyboardEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { separatorKeys, type SectionsRef } from '../../../../renderer/ui/picker-typing';

/** A field of dd/MM/yyyy HH:mm that, like MUI X's, moves on by itself once a section is finished. */
function field() {
  let active: number | null = 0;
  const ref: SectionsRef = { getActiveSectionIndex: () => active, getSections: () => [1, 2, 3, 4, 5], setSelectedSections: (s) => void (active = s) };
  const onKeyDown = separatorKeys({ current: ref });
  const press = (key: string, then?: () => void) => {
    let prevented = false;
    onKeyDown({ key, ctrlKey: false, metaKey: false, altKey: false, preventDefault: () => void (prevented = true) } as KeyboardEvent<HTMLElement>);
    then?.();
    return prevented;
  };
  return { press, active: () => active, setActive: (s: number | null) => void (active = s) };
}

describe('separatorKeys', () => {
  it('moves to the next section when a separator follows an unfinished one ("1/")', () => {
    const f = field();
    expect(f.press('1')).toBe(false);
    expect(f.press('/')).toBe(true);
    expect(f.active()).toBe(1);
  });

  it('drops a separator after a finished section, which the field has already left ("23/", "2026 ")', () => {
    const f = field();
    f.press('2');
    f.press('3', () => f.setActive(1));
    expect(f.press('/')).toBe(true);
    expect(f.active()).toBe(1);
    f.setActive(2);
    f.press('6', () => f.setActive(3));
    expect(f.press(' ')).toBe(true);
    expect(f.active()).toBe(3);
  });

  it('never moves past the last section, nor after a key that is not a digit', () => {
    const f = field();
    f.setActive(4);
    f.press('5');
    expect(f.press(':')).toBe(true);
    expect(f.active()).toBe(4);
    f.setActive(0);
    f.press('1');
    f.press('ArrowLeft');
    expect(f.press('/')).toBe(true);
    expect(f.active()).toBe(0);
  });

  it('after every section is selected (no active one), a digit goes to the first, and a separator moves on', () => {
    const f = field();
    f.setActive(null);
    f.press('1', () => f.setActive(0));
    f.press('/');
    expect(f.active()).toBe(1);
  });
});
