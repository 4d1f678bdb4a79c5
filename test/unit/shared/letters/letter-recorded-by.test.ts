// Which letter each workflow action records as sent: the inverse of letterActions, one letter per action.
import { describe, expect, it } from 'vitest';
import { letterActions, letterKinds, letterRecordedBy } from '../../../../shared/letters';

describe('letterRecordedBy', () => {
  it('names the letter of every letter-sending action, and none for other actions', () => {
    for (const kind of letterKinds) expect(letterRecordedBy(letterActions[kind])).toBe(kind);
    expect(letterRecordedBy('acknowledge')).toBe('acknowledgement');
    expect(letterRecordedBy('respond')).toBe('final-response');
    expect(letterRecordedBy('sendDeadlockLetter')).toBe('deadlock-letter');
    expect(letterRecordedBy('placeHold')).toBeNull();
    expect(letterRecordedBy('categorise')).toBeNull();
  });
});
