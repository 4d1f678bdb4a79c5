// Composes a letter from the case, the customer, the company details and the template's wording: the same words for PDF and email.
import {
  checklistItemLabels,
  formatPence,
  postalAddressLines,
  responseOutcomeLabels,
  type ChecklistItem,
  type ComplaintCase,
  type Customer,
  type Remedy,
  type ResponseOutcome,
} from '../model';
import { caseClock, caseOmbudsmanFacts, londonDate, ombudsmanRights, ombudsmanSettingsOf, type PolicySettings, type RightsLetterKind } from '../policy';
import type { TemplateWording } from './default-wording';
import { letterDate } from './letter-dates';
import { templateOf, type LetterKind } from './letter-kinds';
import { mergeFieldDescriptions, mergeText, templateFields, type MergeField } from './merge-fields';
import { CONSUMER_AGENCY_RIGHTS, ombudsmanRight, ombudsmanRightsParagraph, type OmbudsmanRight, type RightsSignpost } from './rights';

/** The company details a letter prints (from settings). */
export interface LetterCompany {
  name: string;
  telephone: string;
  email: string;
}

/** What staff type for a letter that the case does not hold yet (the action records them when the letter is sent). */
export interface LetterDetails {
  items?: readonly ChecklistItem[];
  note?: string;
  reason?: string;
  /** 'yyyy-MM-dd'. */
  newExpectedDate?: string;
  outcome?: ResponseOutcome;
  remedies?: readonly Remedy[];
  summary?: string;
  decision?: ResponseOutcome;
}

export interface LetterInput {
  kind: LetterKind;
  caseRecord: ComplaintCase;
  customer: Pick<Customer, 'name' | 'email' | 'address'> | null;
  company: LetterCompany;
  /** The wording of the letter's template (see templateOf). */
  wording: TemplateWording;
  details: LetterDetails;
  /** When the letter is sent (ISO instant): its date, and the instant the customer's rights are worded for. */
  sentAt: string;
  staffName: string;
  settings: PolicySettings;
}

export interface Letter {
  kind: LetterKind;
  subject: string;
  /** dd/MM/yyyy */
  date: string;
  reference: string;
  /** Name, then the postal address (or the email address when there is none). */
  recipient: string[];
  greeting: string;
  paragraphs: string[];
  signOff: string[];
  company: LetterCompany;
  /** For letters that state it: the Ombudsman right as worded. */
  ombudsmanRight?: OmbudsmanRight;
}

const OPTIONAL_FIELDS: ReadonlySet<MergeField> = new Set(['requestNote']);

function outcomeWords(outcome: ResponseOutcome | undefined): string | undefined {
  return outcome ? responseOutcomeLabels[outcome].toLowerCase() : undefined;
}

function remedyWords(remedies: readonly Remedy[] | undefined): string | undefined {
  if (!remedies || remedies.length === 0) return undefined;
  const words = remedies.map((r) => {
    switch (r.kind) {
      case 'apology':
        return 'an apology';
      case 'explanation':
        return 'an explanation';
      case 'account-correction':
        return r.detail ? `a correction to your account (${r.detail})` : 'a correction to your account';
      case 'payment':
        return `a payment of ${formatPence(r.amountPence)}`;
      case 'other':
        return r.text;
    }
  });
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function recipientLines(customer: LetterInput['customer']): string[] {
  if (!customer) return ['The customer'];
  if (customer.address) return [customer.name, ...postalAddressLines(customer.address)];
  return customer.email ? [customer.name, customer.email] : [customer.name];
}

/** Eight-week and deadlock letters carry the Ombudsman's full signposting; the owner is the staff member sending. */
function signpostFor(input: LetterInput): RightsSignpost | undefined {
  const label = rightsLetterKindOf(input.kind);
  if (label === null) return undefined;
  const c = input.caseRecord;
  const facts = label === 'deadlock' ? { ...caseOmbudsmanFacts(c), deadlockLetterSentAt: c.deadlockLetter?.sentAt ?? input.sentAt } : caseOmbudsmanFacts(c);
  const rights = ombudsmanRights(facts, ombudsmanSettingsOf(input.settings), londonDate(input.sentAt));
  return { label, referBy: rights.windowClosesOn, ownerName: input.staffName };
}

/** The letters the Ombudsman's guidance checks, by the kind of rights letter each is. */
export function rightsLetterKindOf(kind: LetterKind): RightsLetterKind | null {
  return kind === 'deadlock-letter' ? 'deadlock' : kind === 'eight-week-letter' ? 'eight-week' : null;
}

/** The details a deadlock letter repeats: the final response already sent. */
function detailsFor(input: LetterInput): LetterDetails {
  const response = input.caseRecord.response;
  if (input.kind !== 'deadlock-letter' || !response) return input.details;
  return { outcome: response.outcome, remedies: response.remedies, summary: response.summary };
}

function mergeValues(input: LetterInput, right: OmbudsmanRight | undefined): Partial<Record<MergeField, string>> {
  const c = input.caseRecord;
  const d = detailsFor(input);
  const clock = caseClock(c, input.settings);
  const values: Partial<Record<MergeField, string | undefined>> = {
    customerName: input.customer?.name ?? 'Customer',
    caseReference: c.reference,
    companyName: input.company.name,
    companyTelephone: input.company.telephone,
    companyEmail: input.company.email,
    letterDate: letterDate(input.sentAt),
    receivedDate: letterDate(c.receivedAt),
    complaintSummary: c.nature,
    staffName: input.staffName,
    acknowledgeBy: letterDate(clock.acknowledgeBy),
    // While a hold pauses the target there is no date to promise.
    resolveBy: clock.resolveBy ? letterDate(clock.resolveBy) : 'the date we will confirm once the investigation can continue',
    ombudsmanEligibleFrom: letterDate(clock.ombudsmanEligibleFrom),
    requestedItems: d.items?.length ? d.items.map((item) => `\u2022 ${checklistItemLabels[item]}`).join('\n') : undefined,
    requestNote: d.note?.trim() ?? '',
    delayReason: d.reason?.trim() || undefined,
    newExpectedDate: d.newExpectedDate ? letterDate(d.newExpectedDate) : undefined,
    outcome: outcomeWords(d.outcome),
    remedies: remedyWords(d.remedies),
    responseSummary: d.summary?.trim() || undefined,
    reviewDecision: outcomeWords(d.decision),
    reviewSummary: d.summary?.trim() || undefined,
    ombudsmanRights: right ? ombudsmanRightsParagraph(right, c.receivedAt, signpostFor(input)) : undefined,
    consumerAgencyRights: CONSUMER_AGENCY_RIGHTS,
  };
  const merged: Partial<Record<MergeField, string>> = {};
  for (const field of templateFields[templateOf(input.kind)]) {
    const value = values[field];
    // Something not typed yet shows as a bracketed gap in the preview; the workflow refuses to record it sent so.
    merged[field] = value ?? (OPTIONAL_FIELDS.has(field) ? '' : `[${mergeFieldDescriptions[field].toLowerCase()}]`);
  }
  return merged;
}

/** The letter, worded for this case at `sentAt`. Pure: the same input gives the same letter. */
export function composeLetter(input: LetterInput): Letter {
  const template = templateOf(input.kind);
  const right = templateFields[template].includes('ombudsmanRights')
    ? ombudsmanRight(input.caseRecord, input.settings, input.sentAt, input.kind === 'deadlock-letter')
    : undefined;
  const values = mergeValues(input, right);
  const paragraphs = input.wording.body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => mergeText(paragraph.trim(), values).trim())
    .filter((paragraph) => paragraph !== '');
  return {
    kind: input.kind,
    subject: mergeText(input.wording.subject.trim(), values),
    date: letterDate(input.sentAt),
    reference: input.caseRecord.reference,
    recipient: recipientLines(input.customer),
    greeting: `Dear ${input.customer?.name ?? 'Customer'},`,
    paragraphs,
    signOff: ['Yours sincerely,', input.staffName, input.company.name],
    company: input.company,
    ...(right ? { ombudsmanRight: right } : {}),
  };
}

/** The letter as plain text for an email (the subject goes in the email's subject line). */
export function letterText(letter: Letter): string {
  return [
    `Date: ${letter.date}`,
    `Our reference: ${letter.reference}`,
    '',
    letter.greeting,
    '',
    ...letter.paragraphs.flatMap((paragraph) => [paragraph, '']),
    letter.signOff[0],
    '',
    ...letter.signOff.slice(1),
    `Telephone ${letter.company.telephone}`,
    `Email ${letter.company.email}`,
  ].join('\n');
}

/** A file name for the letter's PDF, e.g. "JESQ-2026-000123 Acknowledgement 24-11-2026.pdf". */
export function letterFileName(letter: Letter, label: string): string {
  return `${letter.reference} ${label} ${letter.date.replaceAll('/', '-')}.pdf`;
}
