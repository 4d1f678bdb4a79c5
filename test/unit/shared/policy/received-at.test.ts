// How far back a complaint can have been received: not before the firm could have received it.
import { describe, expect, it } from 'vitest';
import { receivedTooLongAgo } from '../../../../shared/policy';

const NOW = '2026-12-04T12:00:00.000Z';

describe('receivedTooLongAgo', () => {
  it.each([
    ['just now', '2026-12-04T11:59:00.000Z', 6, null],
    ['six years ago to the day', '2020-12-04T09:00:00.000Z', 6, null],
    ['the day before six years ago', '2020-12-03T23:00:00.000Z', 6, /^Date and time received cannot be before 04\/12\/2020: this desk takes complaints received in the last 6 years/],
    ['01/01/1900', '1900-01-01T12:00:00.000Z', 6, /cannot be before 04\/12\/2020/],
    ['two years ago when the setting is one year', '2024-12-04T12:00:00.000Z', 1, /cannot be before 04\/12\/2025: this desk takes complaints received in the last 1 year /],
  ] as const)('%s', (_, receivedAt, years, expected) => {
    const refusal = receivedTooLongAgo(receivedAt, NOW, years);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});
