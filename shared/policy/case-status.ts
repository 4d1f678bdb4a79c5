// Where a case stands against each of its deadlines at a given instant, for the case page and the work list.
import type { Obligation } from '../model';
import { resolveSettings, type BusinessDays, type PolicySettings } from './business-days';
import { clockDays, type Hold } from './clock-days';
import type { ComplaintClock } from './clock';
import { formatDay, londonDayOf, parseDay, parseInstant } from './london-time';

/**
 * met: done on or before its date. due: not done, date not passed (0 business days left = due today).
 * overdue: not done, date passed, can still be done. missed: done late, or its date passed and it can
 * no longer be done. paused: a hold is open. not-applicable: not needed for this case.
 * For ombudsmanEligibility, met means the customer may now go to the Energy Ombudsman and due means
 * not yet.
 */
export type ObligationState = 'met' | 'due' | 'overdue' | 'missed' | 'paused' | 'not-applicable';

export type { Obligation } from '../model';

/** What has happened on a case. Instants are ISO 8601 with an offset; anything after `now` is ignored. */
export interface DeadlineFacts {
  receivedAt: string;
  holds?: readonly Hold[];
  acknowledgedAt?: string | null;
  /** Resolved at the first contact: no acknowledgement, delay notice or 8-week letter is needed. */
  firstContactResolvedAt?: string | null;
  /** Final response sent. */
  resolvedAt?: string | null;
  delayNoticeSentAt?: string | null;
  /** The new expected date the delay notice gave the customer, 'yyyy-MM-dd'. */
  delayNoticeExpectedBy?: string | null;
  eightWeekLetterSentAt?: string | null;
  /** A final response the customer does not accept; it is a final response, and opens the Ombudsman. */
  deadlockLetterSentAt?: string | null;
  closedAt?: string | null;
  withdrawnAt?: string | null;
}

export interface ObligationStatus {
  obligation: Obligation;
  state: ObligationState;
  /** 'yyyy-MM-dd'; null when paused or not applicable. */
  dueOn: string | null;
  /** London date it was done, when it was. */
  doneOn: string | null;
  /**
   * Business days from now (or from when it was done) to the due date: 2 = due in 2 business days,
   * 0 = due today, -3 = overdue or late by 3. null when there is no due date.
   */
  businessDaysLeft: number | null;
  /** Only the delay notice can be a breach: resolve-by missed with no delay notice on the case by then. */
  breach: boolean;
}

export interface DeadlineStatus {
  clock: ComplaintClock;
  acknowledge: ObligationStatus;
  resolve: ObligationStatus;
  delayNotice: ObligationStatus;
  eightWeekLetter: ObligationStatus;
  ombudsmanEligibility: ObligationStatus;
  /** The delay notice's new expected date, once a notice has been sent. */
  expectedResolutionBy: string | null;
  /** A breach of the policy is on this case (see ObligationStatus.breach). */
  breach: boolean;
}

/** London day of an optional fact, or null when it is absent or has not happened yet at `now`. */
function factDay(instant: string | null | undefined, what: string, nowMs: number): number | null {
  if (instant === undefined || instant === null) return null;
  const ms = parseInstant(instant, what);
  return ms <= nowMs ? londonDayOf(ms) : null;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function stateOf(
  obligation: Obligation,
  state: ObligationState,
  due: number | null,
  done: number | null,
  businessDaysLeft: number | null,
  breach = false,
): ObligationStatus {
  return {
    obligation,
    state,
    dueOn: due === null ? null : formatDay(due),
    doneOn: done === null ? null : formatDay(done),
    businessDaysLeft,
    breach,
  };
}

// Undated states are the same for every case: share one frozen object each rather than allocate.
function undated(state: ObligationState): Readonly<Record<Obligation, ObligationStatus>> {
  const frozen = (obligation: Obligation) => Object.freeze(stateOf(obligation, state, null, null, null));
  return {
    acknowledge: frozen('acknowledge'),
    resolve: frozen('resolve'),
    delayNotice: frozen('delayNotice'),
    eightWeekLetter: frozen('eightWeekLetter'),
    ombudsmanEligibility: frozen('ombudsmanEligibility'),
  };
}
const NOT_APPLICABLE = undated('not-applicable');
const PAUSED = undated('paused');

function notApplicable(obligation: Obligation): ObligationStatus {
  return NOT_APPLICABLE[obligation];
}

function paused(obligation: Obligation): ObligationStatus {
  return PAUSED[obligation];
}

/**
 * An obligation with a date. `stopped` is the day after which it can no longer be done (the case
 * ended, or a later step made it pointless), when that day has come.
 */
function deadline(
  obligation: Obligation,
  due: number,
  done: number | null,
  stopped: number | null,
  today: number,
  days: BusinessDays,
): ObligationStatus {
  if (done !== null) return stateOf(obligation, done <= due ? 'met' : 'missed', due, done, days.between(done, due));
  if (stopped !== null) {
    if (stopped <= due) return notApplicable(obligation);
    return stateOf(obligation, 'missed', due, null, days.between(stopped, due));
  }
  return stateOf(obligation, today <= due ? 'due' : 'overdue', due, null, days.between(today, due));
}

// The work list asks about every case at the same `now`: read it once.
let lastNow: unknown = undefined;
let lastNowMs = 0;
let lastToday = 0;

/** Each obligation's state at instant `now` (ISO 8601 with offset), with its date and business days left. */
export function caseDeadlineStatus(facts: DeadlineFacts, settings: PolicySettings, now: string): DeadlineStatus {
  const resolved = resolveSettings(settings);
  const { days } = resolved;
  if (now !== lastNow) {
    lastNowMs = parseInstant(now, 'Now');
    lastToday = londonDayOf(lastNowMs);
    lastNow = now;
  }
  const nowMs = lastNowMs;
  const today = lastToday;
  const clock = clockDays(parseInstant(facts.receivedAt, 'Received time'), resolved, facts.holds);

  const firstContact = factDay(facts.firstContactResolvedAt, 'First-contact resolution time', nowMs);
  const acknowledged = factDay(facts.acknowledgedAt, 'Acknowledgement time', nowMs);
  const deadlock = factDay(facts.deadlockLetterSentAt, 'Deadlock letter time', nowMs);
  // A deadlock letter is a final response; a first-contact resolution resolves the case too.
  const finalResponse = earliest(factDay(facts.resolvedAt, 'Final response time', nowMs), deadlock);
  const resolvedOn = earliest(finalResponse, firstContact);
  const delayNotice = factDay(facts.delayNoticeSentAt, 'Delay notice time', nowMs);
  const eightWeekLetter = factDay(facts.eightWeekLetterSentAt, '8-week letter time', nowMs);
  const withdrawn = factDay(facts.withdrawnAt, 'Withdrawal time', nowMs);
  const ended = earliest(factDay(facts.closedAt, 'Closing time', nowMs), withdrawn);

  // A final response tells the customer we have their complaint, so it stands for the acknowledgement.
  const acknowledge =
    firstContact !== null
      ? notApplicable('acknowledge')
      : deadline('acknowledge', clock.acknowledgeBy, earliest(acknowledged, finalResponse), ended, today, days);

  const resolveBy = clock.resolveBy;
  let resolve: ObligationStatus;
  let notice: ObligationStatus;
  if (resolveBy === null) {
    resolve =
      resolvedOn !== null
        ? stateOf('resolve', 'met', null, resolvedOn, null)
        : ended !== null
          ? notApplicable('resolve')
          : paused('resolve');
    notice =
      resolvedOn !== null || ended !== null
        ? notApplicable('delayNotice')
        : paused('delayNotice');
  } else {
    resolve = deadline('resolve', resolveBy, resolvedOn, ended, today, days);
    notice = delayNoticeStatus(resolveBy, delayNotice, resolvedOn, firstContact, ended, today, days);
  }

  // The 8-week letter is needed only if the case is still unresolved when 8 weeks pass; a later final
  // response carries the same Ombudsman rights, so after it the letter can no longer be sent usefully.
  const eightWeeks = clock.ombudsmanFrom;
  const letter =
    firstContact !== null || (resolvedOn !== null && resolvedOn <= eightWeeks && eightWeekLetter === null)
      ? notApplicable('eightWeekLetter')
      : deadline('eightWeekLetter', eightWeeks, eightWeekLetter, earliest(ended, resolvedOn), today, days);

  const eligibleFrom = deadlock !== null && deadlock < eightWeeks ? deadlock : eightWeeks;
  const ombudsman =
    withdrawn !== null && withdrawn < eligibleFrom
      ? notApplicable('ombudsmanEligibility')
      : stateOf(
          'ombudsmanEligibility',
          today >= eligibleFrom ? 'met' : 'due',
          eligibleFrom,
          null,
          days.between(today, eligibleFrom),
        );

  const expectedBy =
    delayNotice !== null && facts.delayNoticeExpectedBy
      ? formatDay(parseDay(facts.delayNoticeExpectedBy, 'Delay notice expected date'))
      : null;

  return {
    clock: {
      clockStartsOn: formatDay(clock.start),
      acknowledgeBy: formatDay(clock.acknowledgeBy),
      resolveBy: resolveBy === null ? null : formatDay(resolveBy),
      ombudsmanEligibleFrom: formatDay(clock.ombudsmanFrom),
    },
    acknowledge,
    resolve,
    delayNotice: notice,
    eightWeekLetter: letter,
    ombudsmanEligibility: ombudsman,
    expectedResolutionBy: expectedBy,
    breach: notice.breach,
  };
}

/**
 * A delay notice is needed only if the case is not resolved by resolve-by, and must be on the case by
 * then. Resolve-by passing unresolved with no notice by that date is a breach, even if one follows.
 */
function delayNoticeStatus(
  resolveBy: number,
  sent: number | null,
  resolvedOn: number | null,
  firstContact: number | null,
  ended: number | null,
  today: number,
  days: BusinessDays,
): ObligationStatus {
  if (firstContact !== null) return notApplicable('delayNotice');
  if (sent !== null && sent <= resolveBy) {
    return stateOf('delayNotice', 'met', resolveBy, sent, days.between(sent, resolveBy));
  }
  if ((resolvedOn !== null && resolvedOn <= resolveBy) || (ended !== null && ended <= resolveBy)) {
    return notApplicable('delayNotice');
  }
  if (today <= resolveBy) return stateOf('delayNotice', 'due', resolveBy, null, days.between(today, resolveBy));
  const lateFrom = sent ?? earliest(resolvedOn, ended) ?? today;
  return stateOf('delayNotice', 'missed', resolveBy, sent, days.between(lateFrom, resolveBy), true);
}

const WORK_LIST_ORDER = ['acknowledge', 'resolve', 'delayNotice', 'eightWeekLetter'] as const;

/**
 * The earliest obligation staff still have to act on (due or overdue), for the work list; null when
 * there is none. Ombudsman eligibility is the customer's right, not a task, so it is never returned.
 * On the same date the policy's order wins: acknowledge, resolve, delay notice, 8-week letter.
 */
export function nextDeadline(status: DeadlineStatus): ObligationStatus | null {
  let next: ObligationStatus | null = null;
  for (const obligation of WORK_LIST_ORDER) {
    const candidate = status[obligation];
    if ((candidate.state === 'due' || candidate.state === 'overdue') && candidate.dueOn !== null) {
      if (next === null || (next.dueOn !== null && candidate.dueOn < next.dueOn)) next = candidate;
    }
  }
  return next;
}
