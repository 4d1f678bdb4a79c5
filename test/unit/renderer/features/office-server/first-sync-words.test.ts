import { describe, expect, it } from 'vitest';
import { fetchingCases } from '../../../../../renderer/features/office-server/first-sync-words';

describe('the first sync in words', () => {
  it('says received of total in en-GB numbers, with the bar at the share received', () => {
    expect(fetchingCases({ received: 1200, total: 100_000 })).toEqual({ text: 'Fetching cases: 1,200 of 100,000', percent: 1 });
    expect(fetchingCases({ received: 0, total: 3 })).toEqual({ text: 'Fetching cases: 0 of 3', percent: 0 });
  });
  it('never says more received than the total, and an empty sync is complete', () => {
    expect(fetchingCases({ received: 12, total: 10 })).toEqual({ text: 'Fetching cases: 10 of 10', percent: 100 });
    expect(fetchingCases({ received: 0, total: 0 }).percent).toBe(100);
  });
});
