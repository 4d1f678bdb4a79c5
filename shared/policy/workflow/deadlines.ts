// A case's deadlines from its records: the clock, where each obligation stands now, and the record frozen at its end.
import type { ComplaintCase, DeadlineRecord } from '../../model';
import type { PolicySettings } from '../calendar';
import { caseDeadlineStatus, type DeadlineFacts, type DeadlineStatus } from '../case-status';
import { type ComplaintClock, type Hold } from '../clock';
import { reopenedClock } from '../reopening';
import { ms } from './time';

export function caseHolds(c: Pick<ComplaintCase, 'holds'>): Hold[] {
  return c.holds.map((h) => ({ from: h.from, to: h.to ?? null }));
}

/** The latest reopening's instant, or null when the complaint was never reopened. */
export function latestReopenedAt(c: Pick<ComplaintCase, 'reopenings'>): string | null {
  const reopenings = c.reopenings ?? [];
  return reopenings[reopenings.length - 1]?.reopenedAt ?? null;
}

/** The clock of the case's current life: a reopened case's acknowledge-by and resolve-by run from the reopening. */
export function caseClock(c: Pick<ComplaintCase, 'receivedAt' | 'holds' | 'reopenings'>, settings: PolicySettings): ComplaintClock {
  return reopenedClock(c.receivedAt, latestReopenedAt(c), settings, caseHolds(c));
}

/** Earlier lives' facts that still count: a deadlock letter opened the Ombudsman, a final response told the rights. */
function earlierLives(c: ComplaintCase): Pick<DeadlineFacts, 'earlierDeadlockLetterSentAt' | 'earlierFinalResponseAt'> {
  const finals = (c.reopenings ?? [])
    .map((r) => r.previous.response?.sentAt ?? r.previous.firstContactResolution?.resolvedAt)
    .filter((at): at is string => at !== undefined)
    .sort((a, b) => ms(a) - ms(b));
  const reopened = latestReopenedAt(c);
  // The deadlock letter stays on the case when it is reopened; in the new life it is an earlier life's letter.
  const earlierDeadlock = reopened !== null && c.deadlockLetter && ms(c.deadlockLetter.sentAt) <= ms(reopened) ? c.deadlockLetter.sentAt : null;
  return { earlierDeadlockLetterSentAt: earlierDeadlock, earlierFinalResponseAt: finals[0] ?? null };
}

/** The facts case-status needs, read from the case's records. */
export function deadlineFacts(c: ComplaintCase): DeadlineFacts {
  const notices = [...c.delayNotices].sort((a, b) => ms(a.sentAt) - ms(b.sentAt));
  const latest = notices[notices.length - 1];
  const earlier = earlierLives(c);
  return {
    receivedAt: c.receivedAt,
    holds: caseHolds(c),
    acknowledgedAt: c.acknowledgement?.sentAt ?? null,
    firstContactResolvedAt: c.firstContactResolution?.resolvedAt ?? null,
    resolvedAt: c.response?.sentAt ?? null,
    // The first notice decides whether the customer was told in time; the latest gives the date they expect.
    delayNoticeSentAt: notices[0]?.sentAt ?? null,
    delayNoticeExpectedBy: latest?.newExpectedDate ?? null,
    eightWeekLetterSentAt: c.eightWeekLetter?.sentAt ?? null,
    closedAt: c.closeRecord?.closedAt ?? null,
    withdrawnAt: c.withdrawal?.withdrawnAt ?? null,
    reopenedAt: latestReopenedAt(c),
    ...earlier,
    deadlockLetterSentAt: earlier.earlierDeadlockLetterSentAt === null ? (c.deadlockLetter?.sentAt ?? null) : null,
  };
}

/** Where the case stands against each deadline at `now`: for the case page and the work list. */
export function caseDeadlines(c: ComplaintCase, settings: PolicySettings, now: string): DeadlineStatus {
  return caseDeadlineStatus(deadlineFacts(c), settings, now);
}

/** The deadline record frozen when the case ended (closed, resolved at first contact or withdrawn); null while open. */
export function frozenDeadlineRecord(c: ComplaintCase): DeadlineRecord | null {
  return c.closeRecord?.deadlineRecord ?? c.firstContactResolution?.deadlineRecord ?? c.withdrawal?.deadlineRecord ?? null;
}

/** Where the case stands against its deadlines: as frozen when it ended, else as of `now`. */
export function deadlineStanding(c: ComplaintCase, settings: PolicySettings, now: string): DeadlineStatus | DeadlineRecord {
  return frozenDeadlineRecord(c) ?? caseDeadlines(c, settings, now);
}

/** The clock and deadline status as the case ends; `ending` supplies the fact that ends it (closedAt, etc.). */
export function freezeDeadlineRecord(
  c: ComplaintCase,
  settings: PolicySettings,
  now: string,
  ending: Pick<DeadlineFacts, 'closedAt' | 'firstContactResolvedAt' | 'withdrawnAt'>,
): DeadlineRecord {
  const status = caseDeadlineStatus({ ...deadlineFacts(c), ...ending }, settings, now);
  return { frozenAt: now, ...status };
}
