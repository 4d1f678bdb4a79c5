// The first sync's progress in words: "Fetching cases: 1,200 of 100,000", numbers in en-GB form whatever the
// browser's locale, never more received than the total (cases recorded meanwhile arrive in the same sync).
import type { FirstSyncProgress } from '../../store/sync/checkpoint';

const count = new Intl.NumberFormat('en-GB');

export function fetchingCases(progress: FirstSyncProgress): { text: string; percent: number } {
  const received = Math.min(progress.received, progress.total);
  return {
    text: `Fetching cases: ${count.format(received)} of ${count.format(progress.total)}`,
    percent: progress.total === 0 ? 100 : Math.floor((received / progress.total) * 100),
  };
}
