// The complaints return for a period, as the regulators count it: time bands, outcomes, redress, causes, the Ombudsman.
import type { ComplaintCase, ComplaintCategory, OmbudsmanDecisionKind, ResponseOutcome, RootCause } from '../model';
import { complaintCategories, ombudsmanDecisions, rootCauses } from '../model';
import { resolveSettings, type PolicySettings } from './business-days';
import { clockDays } from './clock-days';
import { londonDate, parseDay, parseInstant } from './london-time';

export interface ReturnPeriod {
  /** 'yyyy-MM-dd', London, inclusive. */
  from: string;
  to: string;
}

export const returnBands = ['within-3-business-days', 'within-8-weeks', 'after-8-weeks'] as const;
export type ReturnBand = (typeof returnBands)[number];
export const returnBandLabels: Record<ReturnBand, string> = {
  'within-3-business-days': 'Closed within 3 business days',
  'within-8-weeks': 'Closed after 3 business days, within 8 weeks',
  'after-8-weeks': 'Closed after 8 weeks',
};

export type ReturnOutcome = ResponseOutcome | 'withdrawn';

export interface ComplaintsReturn {
  period: ReturnPeriod;
  /** Complaints received in the period (enquiries are not complaints and are left out). */
  received: number;
  /** Of those, how many were resolved by the end of the next business day after the day received (CHSR reg 11). */
  resolvedByNextBusinessDay: number;
  notResolvedByNextBusinessDay: number;
  customerCount: number | null;
  /** Complaints received per 1,000 customers, to two places; null without a customer count. */
  perThousandCustomers: number | null;
  /** Complaints closed in the period, each counted once (a reopened complaint by its latest closing). */
  closed: number;
  bands: Record<ReturnBand, number>;
  outcomes: Record<ReturnOutcome, number>;
  /** Payments in the final responses and first-contact resolutions of the complaints closed, in pence. */
  redressPaidPence: number;
  byCategory: Record<ComplaintCategory | 'uncategorised', number>;
  byRootCause: Record<RootCause | 'not-recorded', number>;
  /** Closed complaints that had been reopened: counted once, as reopened. */
  reopened: number;
  /** Complaints about staff among those received and closed: counted, never described. */
  staffComplaintsReceived: number;
  staffComplaintsClosed: number;
  ombudsmanReferrals: number;
  ombudsmanDecisions: Record<OmbudsmanDecisionKind, number>;
  /** Payments the Ombudsman ordered in the decisions of the period, in pence. */
  ombudsmanAwardsPence: number;
}

/** How and when the complaint's current life ended, for the return; null while it is open. */
export function returnClosing(c: ComplaintCase): { on: string; outcome: ReturnOutcome; paidPence: number } | null {
  const paid = (remedies: readonly { kind: string; amountPence?: number }[]) => remedies.reduce((sum, r) => sum + (r.kind === 'payment' ? (r.amountPence ?? 0) : 0), 0);
  if (c.firstContactResolution) return { on: londonDate(c.firstContactResolution.resolvedAt), outcome: c.firstContactResolution.outcome, paidPence: paid(c.firstContactResolution.remedies) };
  // Decision: a complaint is closed, for the return, on the day the firm sent its final response (as DISP counts it),
  // not on the later day the case record is closed after the improvement actions.
  if (c.response) return { on: londonDate(c.response.sentAt), outcome: c.response.outcome, paidPence: paid(c.response.remedies) };
  if (c.withdrawal) return { on: londonDate(c.withdrawal.withdrawnAt), outcome: 'withdrawn', paidPence: 0 };
  return null;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Decision: the bands run from the first receipt, as the 8-week date does, even for a reopened complaint: within
 * 3 business days of day 0 (the clock's first day), else within 8 weeks (56 days after the London date received),
 * else after 8 weeks. Each complaint is counted once however many times it was reopened.
 */
export function complaintsReturn(
  cases: readonly ComplaintCase[],
  period: ReturnPeriod,
  settings: PolicySettings,
  customerCount: number | null,
): ComplaintsReturn {
  parseDay(period.from, 'Start of the period');
  parseDay(period.to, 'End of the period');
  if (period.to < period.from) throw new Error('The end of the period must be on or after its start');
  if (customerCount !== null && (!Number.isInteger(customerCount) || customerCount <= 0)) throw new Error('The customer count must be a whole number above 0');
  const resolved = resolveSettings(settings);
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const out: ComplaintsReturn = {
    period,
    received: 0,
    resolvedByNextBusinessDay: 0,
    notResolvedByNextBusinessDay: 0,
    customerCount,
    perThousandCustomers: null,
    closed: 0,
    bands: zeros(returnBands),
    outcomes: zeros(['upheld', 'partly-upheld', 'not-upheld', 'withdrawn'] as const),
    redressPaidPence: 0,
    byCategory: zeros([...complaintCategories, 'uncategorised'] as const),
    byRootCause: zeros([...rootCauses, 'not-recorded'] as const),
    reopened: 0,
    staffComplaintsReceived: 0,
    staffComplaintsClosed: 0,
    ombudsmanReferrals: 0,
    ombudsmanDecisions: zeros(ombudsmanDecisions),
    ombudsmanAwardsPence: 0,
  };
  for (const c of cases) {
    if (c.kind !== 'complaint') continue;
    const received = londonDate(c.receivedAt);
    const clock = clockDays(parseInstant(c.receivedAt, 'Received time'), resolved, []);
    if (inPeriod(received)) {
      out.received += 1;
      if (c.concernsStaff) out.staffComplaintsReceived += 1;
      const firstResolved = firstResolution(c);
      const nextBusinessDay = resolved.days.add(clock.received, 1);
      if (firstResolved !== null && parseDay(firstResolved, 'Resolution date') <= nextBusinessDay) out.resolvedByNextBusinessDay += 1;
      else out.notResolvedByNextBusinessDay += 1;
    }
    const closing = returnClosing(c);
    if (closing && inPeriod(closing.on)) {
      const on = parseDay(closing.on, 'Closing date');
      out.closed += 1;
      out.bands[on <= clock.acknowledgeBy ? 'within-3-business-days' : on <= clock.ombudsmanFrom ? 'within-8-weeks' : 'after-8-weeks'] += 1;
      out.outcomes[closing.outcome] += 1;
      out.redressPaidPence += closing.paidPence;
      out.byCategory[c.category ?? 'uncategorised'] += 1;
      out.byRootCause[c.closeRecord?.rootCause ?? 'not-recorded'] += 1;
      if ((c.reopenings ?? []).length > 0) out.reopened += 1;
      if (c.concernsStaff) out.staffComplaintsClosed += 1;
    }
    const o = c.ombudsman;
    if (o && inPeriod(o.referredOn)) out.ombudsmanReferrals += 1;
    if (o?.decision && inPeriod(o.decision.decidedOn)) {
      out.ombudsmanDecisions[o.decision.decision] += 1;
      out.ombudsmanAwardsPence += o.decision.remedies.reduce((sum, r) => sum + (r.kind === 'payment' ? r.amountPence : 0), 0);
    }
  }
  out.perThousandCustomers = customerCount === null ? null : Math.round((out.received / customerCount) * 100_000) / 100;
  return out;
}

/** The London date of the complaint's first resolution in any life (first contact or final response), or null. */
function firstResolution(c: ComplaintCase): string | null {
  const instants = [c.firstContactResolution?.resolvedAt, c.response?.sentAt, ...(c.reopenings ?? []).flatMap((r) => [r.previous.firstContactResolution?.resolvedAt, r.previous.response?.sentAt])]
    .filter((at): at is string => at !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return instants[0] ? londonDate(instants[0]) : null;
}
