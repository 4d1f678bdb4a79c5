// A case's deadlines from its records: the clock, where each obligation stands now, and the record frozen at its end.
import type { ComplaintCase, DeadlineRecord } from '../../model';
import type { PolicySettings } from '../calendar';
import { caseDeadlineStatus, type DeadlineFacts, type DeadlineStatus } from '../case-status';
import { complaintClock, type ComplaintClock, type Hold } from '../clock';
import { ms } from './time';

export function caseHolds(c: Pick<ComplaintCase, 'holds'>): Hold[] {
  return c.holds.map((h) => ({ from: h.from, to: h.to ?? null }));
}

export function caseClock(c: Pick<ComplaintCase, 'receivedAt' | 'holds'>, settings: PolicySettings): ComplaintClock {
  return complaintClock(c.receivedAt, settings, caseHolds(c));
}

/** The facts case-status needs, read from the case's records. */
export function deadlineFacts(c: ComplaintCase): DeadlineFacts {
  const notices = [...c.delayNotices].sort((a, b) => ms(a.sentAt) - ms(b.sentAt));
  const latest = notices[notices.length - 1];
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
    deadlockLetterSentAt: c.deadlockLetter?.sentAt ?? null,
    closedAt: c.closeRecord?.closedAt ?? null,
    withdrawnAt: c.withdrawal?.withdrawnAt ?? null,
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
