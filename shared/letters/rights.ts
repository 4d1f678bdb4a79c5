// The customer's rights a letter must state: the Energy Ombudsman (now, or from a date) and a consumer protection agency.
import type { ComplaintCase } from '../model';
import { caseDeadlineStatus, deadlineFacts, type PolicySettings } from '../policy';
import { letterDate } from './letter-dates';

/**
 * Why the customer may go to the Energy Ombudsman now, or the date they may from: the policy decides
 * (8 weeks after the complaint was received, or a deadlock letter, whichever is first).
 */
export type OmbudsmanRight =
  | { when: 'now'; because: 'deadlock' | 'eight-weeks'; eligibleFrom: string }
  | { when: 'from'; eligibleFrom: string };

export const ENERGY_OMBUDSMAN_WEBSITE = 'www.energyombudsman.org';

/**
 * The customer's Ombudsman right as a letter sent at `now` states it. `deadlock` is true for the deadlock letter:
 * the policy is asked as if that letter were already sent, since the customer reads it once it is.
 */
export function ombudsmanRight(c: ComplaintCase, settings: PolicySettings, now: string, deadlock = false): OmbudsmanRight {
  const facts = { ...deadlineFacts(c), ...(deadlock ? { deadlockLetterSentAt: now } : {}) };
  const status = caseDeadlineStatus(facts, settings, now);
  const eligibleFrom = status.ombudsmanEligibility.dueOn ?? status.clock.ombudsmanEligibleFrom;
  if (status.ombudsmanEligibility.state !== 'met') return { when: 'from', eligibleFrom };
  const byDeadlock = facts.deadlockLetterSentAt !== null && eligibleFrom < status.clock.ombudsmanEligibleFrom;
  return { when: 'now', because: byDeadlock ? 'deadlock' : 'eight-weeks', eligibleFrom };
}

/** The Ombudsman paragraph, worded for the case; `receivedAt` is when the customer complained. */
export function ombudsmanRightsParagraph(right: OmbudsmanRight, receivedAt: string): string {
  const service = `the Energy Ombudsman, an independent service that is free for you to use (${ENERGY_OMBUDSMAN_WEBSITE})`;
  if (right.when === 'now' && right.because === 'deadlock') {
    return `This is our final response. As we have not been able to resolve your complaint to your satisfaction, you may now refer it to ${service}.`;
  }
  if (right.when === 'now') {
    return `It is more than eight weeks since you made your complaint on ${letterDate(receivedAt)}, so you may now refer it to ${service}.`;
  }
  return (
    `If you are not satisfied, you may refer your complaint to ${service}, from ${letterDate(right.eligibleFrom)} ` +
    '(eight weeks after you made your complaint), or sooner if we write to tell you that we cannot reach agreement.'
  );
}

export const CONSUMER_AGENCY_RIGHTS =
  'You may also refer your complaint to a consumer protection agency, such as the Citizens Advice consumer service, at any time.';
