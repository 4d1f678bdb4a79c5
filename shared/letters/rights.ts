// The customer's rights a letter must state: the Energy Ombudsman (now, or from a date) and a consumer protection agency.
import type { ComplaintCase } from '../model';
import {
  caseDeadlineStatus,
  caseOmbudsmanFacts,
  deadlineFacts,
  londonDate,
  ombudsmanRights,
  ombudsmanSettingsOf,
  type PolicySettings,
  type RightsLetterKind,
} from '../policy';
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

/**
 * What an eight-week or deadlock letter adds to the paragraph, so that it carries every element of the Energy
 * Ombudsman's guidance (see policy/rights-letter-checks): the label, the date to refer by, what the Ombudsman can
 * award, whom its decision binds, the firm's position, whether an offer stands, and who owns the complaint.
 */
export interface RightsSignpost {
  label: RightsLetterKind;
  /** 'yyyy-MM-dd': the last day to refer (the referral window's end). */
  referBy: string;
  ownerName: string;
}

function signpostSentences(s: RightsSignpost): string {
  const label =
    s.label === 'deadlock'
      ? 'This is our deadlock letter: it sets out our final position on your complaint, as explained above.'
      : 'This is our eight-week letter. Our current position is that we have not yet been able to resolve your complaint, and we are still working on it.';
  return [
    label,
    `You have the right to refer your complaint to the Energy Ombudsman until ${letterDate(s.referBy)}.`,
    'The Energy Ombudsman can ask us to give you an apology and an explanation, to take practical action to put things right, and to pay you a financial award.',
    'If you accept its decision, we must follow it; you do not have to accept it.',
    'Any offer we have made to you still stands if you refer your complaint to the Energy Ombudsman.',
    `${s.ownerName} owns your complaint and remains your point of contact.`,
  ].join(' ');
}

/** The Ombudsman paragraph, worded for the case; `receivedAt` is when the customer complained. */
export function ombudsmanRightsParagraph(right: OmbudsmanRight, receivedAt: string, signpost?: RightsSignpost): string {
  const service = `the Energy Ombudsman, an independent service that is free for you to use (${ENERGY_OMBUDSMAN_WEBSITE})`;
  const more = signpost ? ` ${signpostSentences(signpost)}` : '';
  if (right.when === 'now' && right.because === 'deadlock') {
    return `This is our final response. As we have not been able to resolve your complaint to your satisfaction, you may now refer it to ${service}.${more}`;
  }
  if (right.when === 'now') {
    return `It is more than eight weeks since you made your complaint on ${letterDate(receivedAt)}, so you may now refer it to ${service}.${more}`;
  }
  return (
    `If you are not satisfied, you may refer your complaint to ${service}, from ${letterDate(right.eligibleFrom)} ` +
    '(eight weeks after you made your complaint), or sooner if we write to tell you that we cannot reach agreement.'
  );
}

export const CONSUMER_AGENCY_RIGHTS =
  'You may also refer your complaint to a consumer protection agency, such as the Citizens Advice consumer service, at any time.';

/**
 * The rights paragraph an eight-week or deadlock letter sent at `sentAt` carries with the default wording: what the
 * policy's letter check passes. For records of letters written elsewhere, and for examples.
 */
export function rightsLetterParagraph(c: ComplaintCase, kind: RightsLetterKind, sentAt: string, settings: PolicySettings, ownerName: string): string {
  const deadlock = kind === 'deadlock';
  const right = ombudsmanRight(c, settings, sentAt, deadlock);
  const facts = deadlock ? { ...caseOmbudsmanFacts(c), deadlockLetterSentAt: c.deadlockLetter?.sentAt ?? sentAt } : caseOmbudsmanFacts(c);
  const rights = ombudsmanRights(facts, ombudsmanSettingsOf(settings), londonDate(sentAt));
  return ombudsmanRightsParagraph(right, c.receivedAt, { label: kind, referBy: rights.windowClosesOn, ownerName });
}
