// The Energy Ombudsman's checks on an eight-week or deadlock letter, run on its final wording: each missing element named.

export type RightsLetterKind = 'eight-week' | 'deadlock';

export interface RightsLetterFacts {
  kind: RightsLetterKind;
  /** The last day the customer may refer, 'yyyy-MM-dd' (the referral window's end). */
  referBy: string;
  /** The name of the person at the firm who owns the complaint. */
  ownerName: string;
}

export type RightsLetterCheck = { ok: true } | { ok: false; missing: string[] };

/** The dates a letter may print for 'yyyy-MM-dd': 23/11/2026, 23 November 2026 and 23rd November 2026. */
function dateForms(date: string): string[] {
  const [year, month, day] = date.split('-');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const d = Number(day);
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  const name = months[Number(month) - 1] ?? '';
  return [`${day}/${month}/${year}`, `${d} ${name} ${year}`, `${d}${suffix} ${name} ${year}`, `${day} ${name} ${year}`].map((f) => f.toLowerCase());
}

interface Element {
  /** The element as staff read it in a refusal. */
  label: (facts: RightsLetterFacts) => string;
  present: (text: string, facts: RightsLetterFacts) => boolean;
}

const has = (pattern: RegExp) => (text: string) => pattern.test(text);

/**
 * The elements of the Energy Ombudsman's guidance on eight-week and deadlock letters (CHSR 2008 signposting, with
 * the 2020 best-practice principles), in the order a refusal lists them. Words are matched loosely, so an
 * administrator may word them their own way; what must be there is the fact, not a set phrase.
 */
export const RIGHTS_LETTER_ELEMENTS: readonly Element[] = [
  {
    label: (f) => `The customer's right to refer the complaint to the Energy Ombudsman, and the date to refer by (${dateForms(f.referBy)[0]})`,
    present: (text, f) => /energy ombudsman/.test(text) && /\brefer/.test(text) && dateForms(f.referBy).some((form) => text.includes(form)),
  },
  { label: () => 'That the Energy Ombudsman is free for the customer to use', present: has(/\bfree\b|\bno charge\b/) },
  { label: () => 'That the Energy Ombudsman is independent', present: has(/\bindependent\b/) },
  {
    label: () => 'What the Energy Ombudsman can award: an apology, an explanation, practical action and a financial award',
    present: (text) =>
      /apolog/.test(text) && /explanation|explain/.test(text) && /practical action|put (things|it) right/.test(text) && /financial award|compensation/.test(text),
  },
  {
    label: () => "That the Ombudsman's decision binds the firm but not the customer",
    present: (text) =>
      /(binding on us|binds us|bind us|we (must|will|have to) (accept|follow|comply with)|we are bound)/.test(text) &&
      /(not (binding )?on you|not bind you|you (do not|don't|need not) have to accept|you are (free|not bound))/.test(text),
  },
  {
    label: (f) => (f.kind === 'eight-week' ? 'The label "eight-week letter"' : 'The label "deadlock letter"'),
    present: (text, f) => (f.kind === 'eight-week' ? /\b(eight|8)[- ]week letter/.test(text) : /\bdeadlock letter/.test(text)),
  },
  {
    label: (f) => (f.kind === 'eight-week' ? "The firm's position on the complaint so far" : "The firm's final position on the complaint"),
    present: (text, f) => (f.kind === 'eight-week' ? /\bour (current |present )?position\b/.test(text) : /\bour final position\b/.test(text)),
  },
  {
    label: () => 'Whether any offer still stands if the customer goes to the Ombudsman',
    present: (text) =>
      /\boffer\b/.test(text) && /(still stand|will stand|remains? open|remain on the table|be withdrawn|will withdraw|not made (you )?an offer|no offer)/.test(text),
  },
  {
    label: (f) => `The person who owns the complaint (${f.ownerName})`,
    present: (text, f) => f.ownerName.trim().length > 0 && text.includes(f.ownerName.trim().toLowerCase()),
  },
];

/** Checks the final wording of an eight-week or deadlock letter; refused letters name every element missing. */
export function checkRightsLetter(text: string, facts: RightsLetterFacts): RightsLetterCheck {
  const folded = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const missing = RIGHTS_LETTER_ELEMENTS.filter((e) => !e.present(folded, facts)).map((e) => e.label(facts));
  if (missing.length === 0) return { ok: true };
  const label = facts.kind === 'eight-week' ? 'eight-week letter' : 'deadlock letter';
  return { ok: false, missing: missing.map((m) => `The ${label} must state: ${m}`) };
}
