// Anonymising a case after its retention period: what is replaced, what is kept for the statistics, and who may.
import { complaintCase, confidentialityFacts, type Actor, type ComplaintCase, type Customer, type JsonValue, type TimelineEventDraft } from '../../model';
import { canViewCase } from '../confidentiality';
import { toJson } from '../workflow/events';
import { ANONYMISED_TEXT, anonymiseJson, customerIdentifiers, freeTextValues, textScrubber, type AnonymiseTerms } from './anonymise-text';
import { ALREADY_ANONYMISED, ANONYMISED_CUSTOMER_PREFIX, isAnonymisedCase } from './anonymised';
import { cannotAnonymise } from './duties';
import { retentionStatus } from './retention';

export { ANONYMISED_TEXT } from './anonymise-text';
export { ALREADY_ANONYMISED, ANONYMISED_CUSTOMER_PREFIX, isAnonymisedCase } from './anonymised';

export const ANONYMISED_CUSTOMER_NAME = 'Anonymised customer';
/** The fingerprint an anonymised case shows for a file whose bytes were removed. */
export const REMOVED_FILE_SHA256 = '0'.repeat(64);
export const ANONYMISE_ACTION = 'anonymise';

export const ANONYMISED_CUSTOMER = 'This customer’s details were anonymised after the retention period: add the person again as a new customer';

export function anonymisedCustomerId(caseId: string): string {
  return `${ANONYMISED_CUSTOMER_PREFIX}${caseId}`.slice(0, 100);
}

/** The customer record with every personal detail gone; the id stays so the statistics still count one customer. */
export function anonymisedCustomer(id: string, at: string): Customer {
  return { id, name: ANONYMISED_CUSTOMER_NAME, anonymisedAt: at };
}

/** What to replace for this case: its customer's id, names and contacts, and every free text the case (and its history) held. */
export function anonymiseTerms(c: ComplaintCase, customer: Customer, history: readonly JsonValue[] = []): AnonymiseTerms {
  const texts = freeTextValues(toJson(c));
  for (const h of history) freeTextValues(h, texts);
  return { ids: new Map([[c.customerId, anonymisedCustomerId(c.id)]]), strings: [...customerIdentifiers(customer), ...texts] };
}

function removedFileName(name: string, index: number): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
  return `File ${index + 1}${extension}`;
}

/**
 * The case's content anonymised: names, contacts and identifying free text replaced; channel, category, dates,
 * stage, outcomes, remedies and their amounts, deadline records, staff ids and the counts of everything kept.
 * Files keep their type and size; their names and fingerprints go with their bytes.
 */
export function anonymisedContent(c: ComplaintCase, terms: AnonymiseTerms): ComplaintCase {
  const walked = anonymiseJson(toJson(c), terms) as unknown as ComplaintCase;
  const files = walked.attachments.map((a, i) => {
    const original = c.attachments[i];
    if (original?.sha256 === REMOVED_FILE_SHA256) return { ...a, name: original.name };
    return { ...a, name: removedFileName(c.attachments[i]?.name ?? a.name, i), sha256: REMOVED_FILE_SHA256 };
  });
  // The schema check proves the result is still a case the store (and a restore) accepts.
  return complaintCase.parse({ ...walked, attachments: files });
}

/** A timeline event's content as it reads once the case is anonymised: same shape, identifying text replaced. */
export function anonymisedEventContent(
  event: Pick<TimelineEventDraft, 'action' | 'summary' | 'before' | 'after'>,
  terms: AnonymiseTerms,
  scrub: (text: string) => string = textScrubber(terms.strings),
): Pick<TimelineEventDraft, 'summary' | 'before' | 'after'> {
  // A correction's reason is written only into its summary: everything after "Corrected …:" goes.
  const summary = event.action.startsWith('correct') ? event.summary.replace(/:[\s\S]*$/, `: ${ANONYMISED_TEXT}`) : scrub(event.summary);
  return { summary, before: anonymiseJson(event.before, terms, scrub), after: anonymiseJson(event.after, terms, scrub) };
}

export type AnonymiseResult =
  | { ok: true; case: ComplaintCase; customer: Customer; event: TimelineEventDraft; terms: AnonymiseTerms }
  | { ok: false; missing: string[] };

function ddMMyyyy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Anonymises a case past its retention period, or says why not. Irreversible: the caller stores the result in
 * place of the case and its customer, and appends the event. `history` is the before/after of its earlier events.
 */
export function anonymiseCase(
  c: ComplaintCase,
  customer: Customer,
  actor: Actor,
  now: string,
  retentionYears: number,
  history: readonly JsonValue[] = [],
): AnonymiseResult {
  const refusal = cannotAnonymise(actor);
  if (refusal) return { ok: false, missing: [refusal] };
  if (!canViewCase(actor, confidentialityFacts(c))) return { ok: false, missing: ['This case is not on this desk'] };
  if (isAnonymisedCase(c)) return { ok: false, missing: [ALREADY_ANONYMISED] };
  const retention = retentionStatus(c, retentionYears, now);
  if (retention.status === 'live') return { ok: false, missing: ['This case is still open: only a finished case past its retention period can be anonymised'] };
  if (retention.status === 'kept') {
    return {
      ok: false,
      missing: [`This case ended on ${ddMMyyyy(retention.endedOn)} and is kept for ${retentionYears} years: it can be anonymised from ${ddMMyyyy(retention.anonymiseFrom)}`],
    };
  }
  const terms = anonymiseTerms(c, customer, history);
  const content = anonymisedContent(c, terms);
  const anonymised: ComplaintCase = { ...content, version: c.version + 1, updatedAt: now };
  const event: TimelineEventDraft = {
    caseId: c.id,
    at: now,
    actorId: actor.userId,
    action: ANONYMISE_ACTION,
    summary: `Anonymised after the ${retentionYears}-year retention period: names, contacts and identifying text replaced in the case and in its earlier events, statistics kept`,
    before: null,
    after: { endedOn: retention.endedOn, retentionYears, anonymisedAt: now },
  };
  return { ok: true, case: anonymised, customer: anonymisedCustomer(anonymised.customerId, now), event, terms };
}
