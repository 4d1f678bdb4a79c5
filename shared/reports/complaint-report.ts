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
  type Remedy,
  type RemedyKind,
  type ResponseOutcome,
  type RootCause,
} from '../model';
import {
  deadlineStanding,
  isConfidential,
  londonDate,
  type DeadlineStatus,
  type ObligationState,
  type ObligationStatus,
  type PolicySettings,
} from '../policy';
import { inPeriod, shiftDay, type ReportPeriod } from './report-period';

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

/** Counts by key, every key listed in its fixed order, zeros included. */
class Counts<K extends string> {
  private readonly n: Record<string, number> = {};
  constructor(private readonly keys: readonly K[]) {
    for (const key of keys) this.n[key] = 0;
  }
  bump(key: K): void {
    this.n[key] = (this.n[key] ?? 0) + 1;
  }
  get(key: K): number {
    return this.n[key] ?? 0;
  }
  list(): Count<K>[] {
    return this.keys.map((key) => ({ key, count: this.n[key] ?? 0 }));
  }
}

/**
 * London is within two days of the date an instant is written with, whatever its offset: a receipt written
 * comfortably inside the period is in it, one written well outside is not, and only those near either end need
 * their London date worked out (which is most of the report's cost otherwise).
 */
export const RECEIPT_MARGIN_DAYS = 2;

export function rateOf(met: number, of: number): Rate {
  return { met, of, rate: of === 0 ? null : met / of };
}

const remedyKinds = Object.keys(remedyLabels) as RemedyKind[];
const categoryKeys: readonly CategoryKey[] = [...complaintCategories, uncategorised];

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
  private readonly states = new Counts<ObligationState>(['met', 'missed', 'overdue', 'due', 'paused', 'not-applicable']);
  add(s: Pick<ObligationStatus, 'state'>): void {
    this.states.bump(s.state);
  }
  tally(): DeadlineTally {
    const n = (state: ObligationState) => this.states.get(state);
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
  private readonly channels = new Counts(contactChannels);
  private readonly categories = new Counts(categoryKeys);
  private readonly outcomes = new Counts(reportOutcomes);
  private readonly acknowledge = new ObligationCounter();
  private readonly resolve = new ObligationCounter();
  private eightWeeks = 0;
  private ombudsman = 0;
  private firstContact = 0;
  private readonly causes = new Counts(rootCauses);
  private readonly offered = new Counts(remedyKinds);
  private readonly required = new Counts(remedyKinds);
  private offeredPence = 0;
  private requiredPence = 0;
  private readonly improvements: ImprovementTally = { total: 0, done: 0, open: 0, overdue: 0 };
  private enquiries = 0;
  private readonly enquiryChannels = new Counts(contactChannels);
  private readonly today: string;
  // Written receipt dates certainly inside the period, and the widest that may be (see RECEIPT_MARGIN_DAYS).
  private readonly surelyFrom: string;
  private readonly surelyTo: string;
  private readonly maybeFrom: string;
  private readonly maybeTo: string;

  constructor(
    private readonly period: ReportPeriod,
    private readonly settings: PolicySettings,
    private readonly now: string,
  ) {
    this.today = londonDate(now);
    this.surelyFrom = shiftDay(period.from, RECEIPT_MARGIN_DAYS);
    this.surelyTo = shiftDay(period.to, -RECEIPT_MARGIN_DAYS);
    this.maybeFrom = shiftDay(period.from, -RECEIPT_MARGIN_DAYS);
    this.maybeTo = shiftDay(period.to, RECEIPT_MARGIN_DAYS);
  }

  /** Received in the period, by its London date. */
  private receivedInPeriod(receivedAt: string): boolean {
    const written = receivedAt.slice(0, 10);
    if (written >= this.surelyFrom && written <= this.surelyTo) return true;
    if (written < this.maybeFrom || written > this.maybeTo) return false;
    return inPeriod(londonDate(receivedAt), this.period);
  }

  /** Counts the case if it was received in the period; returns whether it did. */
  add(c: ComplaintCase): boolean {
    if (!this.receivedInPeriod(c.receivedAt)) return false;
    if (c.kind === 'enquiry') {
      this.enquiries += 1;
      this.enquiryChannels.bump(c.channel);
      return true;
    }
    this.complaints += 1;
    if (isConfidential(c)) this.aboutStaff += 1;
    this.channels.bump(c.channel);
    this.categories.bump(c.category ?? uncategorised);
    this.outcomes.bump(outcomeOf(c));

    const status = deadlineStanding(c, this.settings, this.now);
    this.acknowledge.add(status.acknowledge);
    this.resolve.add(status.resolve);
    if (reachedEightWeeks(status, this.today)) this.eightWeeks += 1;
    if (c.ombudsman) this.ombudsman += 1;
    if (c.firstContactResolution) this.firstContact += 1;
    if (c.closeRecord) this.causes.bump(c.closeRecord.rootCause);

    this.offeredPence += this.addRemedies(this.offered, c.response?.remedies);
    this.offeredPence += this.addRemedies(this.offered, c.firstContactResolution?.remedies);
    this.requiredPence += this.addRemedies(this.required, c.ombudsman?.decision?.remedies);

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
  private addRemedies(counts: Counts<RemedyKind>, remedies: readonly Remedy[] | undefined): number {
    if (!remedies) return 0;
    let pence = 0;
    remedies.forEach((r, i) => {
      if (remedies.findIndex((other) => other.kind === r.kind) === i) counts.bump(r.kind);
      if (r.kind === 'payment') pence += r.amountPence;
    });
    return pence;
  }

  report(): ComplaintReport {
    return {
      period: { ...this.period },
      asAt: this.now,
      complaints: this.complaints,
      aboutStaff: this.aboutStaff,
      byChannel: this.channels.list(),
      byCategory: this.categories.list(),
      byOutcome: this.outcomes.list(),
      acknowledge: this.acknowledge.tally(),
      resolve: this.resolve.tally(),
      reachedEightWeeks: this.eightWeeks,
      referredToOmbudsman: this.ombudsman,
      firstContact: rateOf(this.firstContact, this.complaints),
      rootCauses: this.causes.list(),
      remedies: {
        offered: this.offered.list(),
        ombudsmanRequired: this.required.list(),
        offeredPaymentsPence: this.offeredPence,
        ombudsmanPaymentsPence: this.requiredPence,
        totalValuePence: this.offeredPence + this.requiredPence,
      },
      improvementActions: { ...this.improvements },
      enquiries: { total: this.enquiries, byChannel: this.enquiryChannels.list() },
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
