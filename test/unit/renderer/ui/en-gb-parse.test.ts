// Dates typed the British way become ISO days; anything that is not a real date is refused.
import { describe, expect, it } from 'vitest';
import { parseDayMonthYear } from '../../../../renderer/ui/en-gb-parse';

describe('parseDayMonthYear', () => {
  it.each([
    ['29/12/2026', '2026-12-29'],
    [' 1/2/2027 ', '2027-02-01'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2027', null],
    ['31/04/2026', null],
    ['12/29/2026', null],
    ['2026-12-29', null],
    ['29/12/26', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseDayMonthYear(text)).toBe(expected);
  });
});
