// What the clock panel shows: each deadline's date and state, in staff's words, from the policy's case status.
import type { ComplaintCase } from '../../../shared/model';
import { deadlineStanding, frozenDeadlineRecord, type ObligationState, type ObligationStatus, type PolicySettings } from '../../../shared/policy';
import { formatDate, formatDateTime } from '../../ui/en-gb-format';

export type ChipColour = 'success' | 'primary' | 'warning' | 'error' | 'default';

export interface ClockRow {
  key: string;
  label: string;
  /** The date (dd/MM/yyyy), or what stands in for it ("Paused — on hold"). */
  value: string;
  state: ObligationState;
  chip: string;
  colour: ChipColour;
  /** One line more: days left, when it was done, the breach. */
  note: string | null;
}

export interface ClockPanelModel {
  rows: ClockRow[];
  /** Set when the case has ended and its deadline record is frozen: when that happened. */
  frozenAt: string | null;
  breach: boolean;
}

const CHIPS: Record<ObligationState, { chip: string; colour: ChipColour }> = {
  met: { chip: 'Met', colour: 'success' },
  due: { chip: 'Due', colour: 'primary' },
  overdue: { chip: 'Overdue', colour: 'error' },
  missed: { chip: 'Missed', colour: 'error' },
  paused: { chip: 'Paused', colour: 'warning' },
  'not-applicable': { chip: 'Not needed', colour: 'default' },
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Due today", "3 business days left", "Done 24/11/2026", "2 business days late". */
export function obligationNote(s: Pick<ObligationStatus, 'state' | 'doneOn' | 'businessDaysLeft'>): string | null {
  const left = s.businessDaysLeft;
  if (s.state === 'met') return s.doneOn ? `Done ${formatDate(s.doneOn)}` : null;
  if (s.state === 'due') {
    if (left === null) return null;
    return left <= 0 ? 'Due today' : `${plural(left, 'business day')} left`;
  }
  if (s.state === 'overdue') return left === null ? null : `${plural(Math.abs(left), 'business day')} overdue`;
  if (s.state === 'missed') {
    if (left === null) return null;
    return s.doneOn ? `Done ${formatDate(s.doneOn)}, ${plural(Math.abs(left), 'business day')} late` : 'Not done in time';
  }
  return null;
}

function row(key: string, label: string, s: ObligationStatus, value: string, note = obligationNote(s)): ClockRow {
  return { key, label, value, state: s.state, ...CHIPS[s.state], note };
}

function dateOr(day: string | null, otherwise: string): string {
  return day ? formatDate(day) : otherwise;
}

export function clockPanelModel(c: ComplaintCase, settings: PolicySettings, now: string): ClockPanelModel {
  const frozen = frozenDeadlineRecord(c);
  const status = deadlineStanding(c, settings, now);
  const { clock } = status;
  const rows: ClockRow[] = [row('acknowledge', 'Acknowledge by', status.acknowledge, formatDate(clock.acknowledgeBy))];

  const resolve = status.resolve;
  const resolveNote = status.expectedResolutionBy ? `Customer told to expect a response by ${formatDate(status.expectedResolutionBy)}` : obligationNote(resolve);
  rows.push(
    resolve.state === 'paused'
      ? row('resolve', 'Resolve by', resolve, 'Paused — on hold', 'A regulator or agency is investigating')
      : row('resolve', 'Resolve by', resolve, dateOr(clock.resolveBy, 'Not needed'), resolveNote),
  );

  if (status.delayNotice.state !== 'not-applicable') {
    const notice = status.delayNotice;
    const note = notice.breach ? 'Breach: resolve-by passed with no delay notice' : notice.state === 'due' ? 'Needed only if not resolved by then' : obligationNote(notice);
    rows.push(row('delayNotice', 'Delay notice by', notice, dateOr(notice.dueOn, 'Paused — on hold'), note));
  }

  const eligibility = status.ombudsmanEligibility;
  const eightWeeks = eligibility.dueOn ?? clock.ombudsmanEligibleFrom;
  rows.push({
    key: 'eightWeeks',
    label: '8 weeks (Energy Ombudsman from)',
    value: formatDate(eightWeeks),
    state: eligibility.state,
    ...(eligibility.state === 'met'
      ? { chip: 'Reached', colour: 'warning' as const, note: 'The customer may go to the Energy Ombudsman' }
      : eligibility.state === 'due'
        ? { chip: 'Not yet', colour: 'primary' as const, note: obligationNote(eligibility) }
        : { ...CHIPS[eligibility.state], note: null }),
  });

  if (status.eightWeekLetter.state !== 'not-applicable') {
    rows.push(row('eightWeekLetter', '8-week letter by', status.eightWeekLetter, dateOr(status.eightWeekLetter.dueOn, formatDate(eightWeeks))));
  }

  return { rows, frozenAt: frozen ? formatDateTime(frozen.frozenAt) : null, breach: status.breach };
}
