// Reopening a complaint: its second life's acknowledge-by and resolve-by, while the 8-week date stays where it was.
import { resolveSettings, type PolicySettings } from './business-days';
import { clockDays, type Hold } from './clock-days';
import type { ComplaintClock } from './clock';
import { formatDay, parseInstant } from './london-time';

/**
 * Decision (REQUIREMENTS section 11): a reopened complaint keeps its original receipt date for the 8-week date and
 * the Ombudsman; acknowledgement is due 3 business days and resolution 10 business days after the reopening, by the
 * same rule as a new complaint (reopened after closing time or on a non-business day, day 0 is the next business day).
 * Holds placed in the second life pause its resolve-by target in the usual way.
 *
 * @param receivedAt when the customer first complained (ISO 8601 with offset).
 * @param reopenedAt when the complaint was reopened, the latest reopening when there were several; null when never.
 */
export function reopenedClock(
  receivedAt: string,
  reopenedAt: string | null,
  settings: PolicySettings,
  holds: readonly Hold[] = [],
): ComplaintClock {
  const resolved = resolveSettings(settings);
  const received = parseInstant(receivedAt, 'Received time');
  const first = clockDays(received, resolved, holds);
  if (reopenedAt === null) {
    return {
      clockStartsOn: formatDay(first.start),
      acknowledgeBy: formatDay(first.acknowledgeBy),
      resolveBy: first.resolveBy === null ? null : formatDay(first.resolveBy),
      ombudsmanEligibleFrom: formatDay(first.ombudsmanFrom),
    };
  }
  const reopened = parseInstant(reopenedAt, 'Reopening time');
  if (reopened < received) throw new Error(`A complaint cannot be reopened (${reopenedAt}) before it was received (${receivedAt})`);
  const second = clockDays(reopened, resolved, holds);
  return {
    clockStartsOn: formatDay(second.start),
    acknowledgeBy: formatDay(second.acknowledgeBy),
    resolveBy: second.resolveBy === null ? null : formatDay(second.resolveBy),
    // The customer's rights run from the first receipt, whatever happens later.
    ombudsmanEligibleFrom: formatDay(first.ombudsmanFrom),
  };
}
