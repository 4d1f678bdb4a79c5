// How the letters panel words each state, with dates in dd/MM/yyyy.
import { describe, expect, it } from 'vitest';
import type { LetterDue } from '../../../../../shared/letters';
import { letterStateWords } from '../../../../../renderer/features/letters/letter-states';

const letter = (changes: Partial<LetterDue>): LetterDue => ({ kind: 'acknowledgement', state: 'due', dueOn: null, sentOn: null, allowed: true, missing: [], ...changes });

describe('letterStateWords', () => {
  it.each([
    [letter({ state: 'due', dueOn: '2026-11-26' }), { chip: 'Due', colour: 'warning', note: 'Due by 26/11/2026' }],
    [letter({ state: 'due' }), { chip: 'Due', colour: 'warning', note: 'Due now' }],
    [letter({ state: 'overdue', dueOn: '2026-11-26' }), { chip: 'Overdue', colour: 'error', note: 'Was due by 26/11/2026' }],
    [letter({ state: 'not-yet', dueOn: '2027-01-18' }), { chip: 'Not yet', colour: 'default', note: 'Due from 18/01/2027' }],
    [letter({ state: 'sent', sentOn: '2026-11-24' }), { chip: 'Sent', colour: 'success', note: 'Sent 24/11/2026' }],
    [letter({ state: 'available', dueOn: '2026-12-07', sentOn: '2026-12-01' }), { chip: 'Available', colour: 'primary', note: 'If needed, by 07/12/2026. Last sent 01/12/2026' }],
    [letter({ state: 'available' }), { chip: 'Available', colour: 'primary', note: '' }],
  ])('%j', (input, words) => {
    expect(letterStateWords(input)).toEqual(words);
  });
});
