// Learning from complaints (REQUIREMENTS section 9): the figures for complaints received in a period, read from the
// policy's own deadline status of each case (frozen when the case ended), never from rules worked out again here.
import {
  complaintCategories,
  contactChannels,
  remedyLabels,
  responseOutcomes,
  rootCauses,
  type ComplaintCase,
  type ComplaintCategory,
  type ContactChannel,
  type DeadlineRecord,
  type Remedy,
  type RemedyKind,
  type ResponseOutcome,
  type RootCause,
} from '../model';
import {
  caseDeadlines,
  isConfidential,
  londonDate,
  type DeadlineStatus,
  type ObligationState,
  type ObligationStatus,
  type PolicySettings,
} from '../policy';
import { inPeriod, type ReportPeriod } from './report-period';

/** How many of a set met a target: `rate` is met / of, null when there is nothing to judge yet. */
export interface Rate {
  met: number;
  of: number;
  rate: number | null;
}

export interface Count<K extends string> {
  key: K;
  count: number;
}

export const uncategorised = 'uncategorised';
export type CategoryKey = ComplaintCategory | typeof uncategorised;

/** A complaint's outcome: its final response's (or first-contact resolution's), else withdrawn, else none yet. */
export const reportOutcomes = [...responseOutcomes, 'withdrawn', 'awaiting'] as const;
export type ReportOutcome = ResponseOutcome | 'withdrawn' | 'awaiting';

/** Where one obligation (acknowledge, resolve) stood for the complaints of the period. */
export interface DeadlineTally {
  /** Done on or before its date. */
  inTime: number;
  /** Done after its date, or its date passed and it can no longer be done. */
  late: number;
  /** Not done, its date has passed, and it can still be done. */
  overdue: number;
  /** Not done, and its date has not come yet. */
  notYetDue: number;
  /** Resolve only: a regulator's or agency's hold is open. */
  paused: number;
  /** Not needed for the case (resolved at first contact, withdrawn before its date). */
  notNeeded: number;
  /** In time out of those whose date has been decided (in time, late or overdue). */
  withinTarget: Rate;
}

export interface RemedyTally {
  /** Each kind of remedy: how many final responses or first-contact resolutions offered it. */
  offered: Count<RemedyKind>[];
  /** Each kind of remedy the Energy Ombudsman's decisions required. */
  ombudsmanRequired: Count<RemedyKind>[];
  offeredPaymentsPence: number;
  ombudsmanPaymentsPence: number;
  /** Every payment, offered or required: integer pence. */
  totalValuePence: number;
}

export interface ImprovementTally {
  total: number;
  done: number;
  /** Not done yet (including the overdue). */
  open: number;
  /** Not done, and its due date was before today. */
  overdue: number;
}

export interface ComplaintReport {
  period: ReportPeriod;
  /** The instant the open cases' deadlines and the improvement actions were judged at. */
  asAt: string;
  /** Complaints received in the period (enquiries are not complaints and are counted on their own). */
  complaints: number;
  /** Complaints about staff: confidential, counted here like any other, never shown case by case. */
  aboutStaff: number;
  byChannel: Count<ContactChannel>[];
  byCategory: Count<CategoryKey>[];
  byOutcome: Count<ReportOutcome>[];
  acknowledge: DeadlineTally;
  resolve: DeadlineTally;
  /** Reached 8 weeks unresolved: the 8-week letter was needed and its date has come. */
  reachedEightWeeks: number;
  referredToOmbudsman: number;
  firstContact: Rate;
  /** Root causes recorded when complaints were closed. */
  rootCauses: Count<RootCause>[];
  remedies: RemedyTally;
  improvementActions: ImprovementTally;
  enquiries: { total: number; byChannel: Count<ContactChannel>[] };
}

const zeros = <K extends string>(keys: readonly K[]): Map<K, number> => new Map(keys.map((k) => [k, 0]));
const bump = <K extends string>(counts: Map<K, number>, key: K, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);
const listed = <K extends string>(counts: Map<K, number>): Count<K>[] => [...counts].map(([key, count]) => ({ key, count }));

export function rateOf(met: number, of: number): Rate {
  return { met, of, rate: of === 0 ? null : met / of };
}

const remedyKinds = Object.keys(remedyLabels) as RemedyKind[];
const categoryKeys: readonly CategoryKey[] = [...complaintCategories, uncategorised];

/** The record frozen when the case ended, else where it stands at `now`: the policy's own answer either way. */
export function deadlineStanding(c: ComplaintCase, settings: PolicySettings, now: string): DeadlineStatus | DeadlineRecord {
  return c.closeRecord?.deadlineRecord ?? c.firstContactResolution?.deadlineRecord ?? c.withdrawal?.deadlineRecord ?? caseDeadlines(c, settings, now);
}

export function outcomeOf(c: ComplaintCase): ReportOutcome {
  return c.response?.outcome ?? c.firstContactResolution?.outcome ?? (c.withdrawal ? 'withdrawn' : 'awaiting');
}

/**
 * Reached 8 weeks unresolved. The policy's 8-week letter obligation applies exactly when a case is still
 * unresolved at 8 weeks (it is not needed otherwise); once its date has come, the case has reached 8 weeks.
 */
export function reachedEightWeeks(status: Pick<DeadlineStatus, 'eightWeekLetter'>, today: string): boolean {
  const letter = status.eightWeekLetter;
  return letter.state !== 'not-applicable' && letter.state !== 'paused' && letter.dueOn !== null && letter.dueOn <= today;
}

class ObligationCounter {
  private readonly states = zeros<ObligationState>(['met', 'missed', 'overdue', 'due', 'paused', 'not-applicable']);
  add(s: Pick<ObligationStatus, 'state'>): void {
    bump(this.states, s.state);
  }
  tally(): DeadlineTally {
    const n = (state: ObligationState) => this.states.get(state) ?? 0;
    const decided = n('met') + n('missed') + n('overdue');
    return {
      inTime: n('met'),
      late: n('missed'),
      overdue: n('overdue'),
      notYetDue: n('due'),
      paused: n('paused'),
      notNeeded: n('not-applicable'),
      withinTarget: rateOf(n('met'), decided),
    };
  }
}

/** Adds cases one at a time, so a store can report progress while it reads; `report()` gives the figures. */
export class ComplaintTally {
  private complaints = 0;
  private aboutStaff = 0;
  private readonly channels = zeros(contactChannels);
  private readonly categories = zeros(categoryKeys);
  private readonly outcomes = zeros(reportOutcomes);
  private readonly acknowledge = new ObligationCounter();
  private readonly resolve = new ObligationCounter();
  private eightWeeks = 0;
  private ombudsman = 0;
  private firstContact = 0;
  private readonly causes = zeros(rootCauses);
  private readonly offered = zeros(remedyKinds);
  private readonly required = zeros(remedyKinds);
  private offeredPence = 0;
  private requiredPence = 0;
  private readonly improvements: ImprovementTally = { total: 0, done: 0, open: 0, overdue: 0 };
  private enquiries = 0;
  private readonly enquiryChannels = zeros(contactChannels);
  private readonly today: string;

  constructor(
    private readonly period: ReportPeriod,
    private readonly settings: PolicySettings,
    private readonly now: string,
  ) {
    this.today = londonDate(now);
  }

  /** Counts the case if it was received in the period; returns whether it did. */
  add(c: ComplaintCase): boolean {
    if (!inPeriod(londonDate(c.receivedAt), this.period)) return false;
    if (c.kind === 'enquiry') {
      this.enquiries += 1;
      bump(this.enquiryChannels, c.channel);
      return true;
    }
    this.complaints += 1;
    if (isConfidential(c)) this.aboutStaff += 1;
    bump(this.channels, c.channel);
    bump(this.categories, c.category ?? uncategorised);
    bump(this.outcomes, outcomeOf(c));

    const status = deadlineStanding(c, this.settings, this.now);
    this.acknowledge.add(status.acknowledge);
    this.resolve.add(status.resolve);
    if (reachedEightWeeks(status, this.today)) this.eightWeeks += 1;
    if (c.ombudsman) this.ombudsman += 1;
    if (c.firstContactResolution) this.firstContact += 1;
    if (c.closeRecord) bump(this.causes, c.closeRecord.rootCause);

    for (const remedies of [c.response?.remedies, c.firstContactResolution?.remedies]) {
      if (remedies) this.offeredPence += this.addRemedies(this.offered, remedies);
    }
    const decided = c.ombudsman?.decision?.remedies;
    if (decided) this.requiredPence += this.addRemedies(this.required, decided);

    for (const action of c.improvementActions) {
      this.improvements.total += 1;
      if (action.doneOn) this.improvements.done += 1;
      else {
        this.improvements.open += 1;
        if (action.due < this.today) this.improvements.overdue += 1;
      }
    }
    return true;
  }

  /** Counts each kind once per set of remedies; returns the payments' total in pence. */
  private addRemedies(counts: Map<RemedyKind, number>, remedies: readonly Remedy[]): number {
    let pence = 0;
    for (const kind of new Set(remedies.map((r) => r.kind))) bump(counts, kind);
    for (const r of remedies) if (r.kind === 'payment') pence += r.amountPence;
    return pence;
  }

  report(): ComplaintReport {
    return {
      period: { ...this.period },
      asAt: this.now,
      complaints: this.complaints,
      aboutStaff: this.aboutStaff,
      byChannel: listed(this.channels),
      byCategory: listed(this.categories),
      byOutcome: listed(this.outcomes),
      acknowledge: this.acknowledge.tally(),
      resolve: this.resolve.tally(),
      reachedEightWeeks: this.eightWeeks,
      referredToOmbudsman: this.ombudsman,
      firstContact: rateOf(this.firstContact, this.complaints),
      rootCauses: listed(this.causes),
      remedies: {
        offered: listed(this.offered),
        ombudsmanRequired: listed(this.required),
        offeredPaymentsPence: this.offeredPence,
        ombudsmanPaymentsPence: this.requiredPence,
        totalValuePence: this.offeredPence + this.requiredPence,
      },
      improvementActions: { ...this.improvements },
      enquiries: { total: this.enquiries, byChannel: listed(this.enquiryChannels) },
    };
  }
}

/**
 * The report over the complaints (and enquiries) in `cases` received in `period`, judged at `now`. Cases outside
 * the period are ignored, so the caller may pass more than it needs. The period must already be valid
 * (reportPeriod); the store validates it.
 */
export function complaintReport(cases: Iterable<ComplaintCase>, period: ReportPeriod, settings: PolicySettings, now: string): ComplaintReport {
  const tally = new ComplaintTally(period, settings, now);
  for (const c of cases) tally.add(c);
  return tally.report();
}
