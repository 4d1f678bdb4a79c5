// Who may see a case, which views are logged, what an export leaves out, and when personal details may leave the company.
import { fieldFacts, mapText, type ComplaintCase, type JsonValue, type Recipient, type RecipientKind, type Role } from '../model';
import { londonDate } from './calendar';
import { wholeWordsPattern } from './text-pattern';

export type { Role } from '../model';

export interface Viewer {
  userId: string;
  role: Role;
}

export interface ConfidentialityFacts {
  concernsStaff: boolean;
  namedStaffUserIds: readonly string[];
  investigatorId?: string;
  recordedById: string;
}

/** A case is confidential when it concerns staff; naming an employee makes it so even if the flag was missed. */
export function isConfidential(facts: Pick<ConfidentialityFacts, 'concernsStaff' | 'namedStaffUserIds'>): boolean {
  return facts.concernsStaff || facts.namedStaffUserIds.length > 0;
}

/**
 * Who may see a case, as data: the one statement of REQUIREMENTS section 5 that `canViewCase`, the store's viewer
 * index and the office server's row-level policy all derive from. A viewer sees the case when their user id is not
 * excluded and either their role or their own id is allowed. Administrators manage accounts, not cases: no
 * audience ever includes their role (Decision). An employee named in a complaint never sees it, whatever their role.
 */
export interface CaseAudience {
  /** Every user of these roles may see the case. */
  roles: readonly Role[];
  /** These users may see it whatever their role (the assigned investigator of a confidential case). */
  userIds: readonly string[];
  /** These users never see it, whatever their role or id above (the employees it names). */
  excludedUserIds: readonly string[];
  /** Users of these roles never see it, even when assigned by id (administrators manage accounts, not cases). */
  excludedRoles: readonly Role[];
}

/** The roles that never see a case. */
export const NO_CASE_ROLES: readonly Role[] = ['administrator'];
/**
 * The roles that see every case that is not confidential. An investigator works cases as an agent does, and sees a
 * confidential case only as its assigned investigator (by id, below).
 */
export const OPEN_CASE_ROLES: readonly Role[] = ['agent', 'investigator', 'complaints-manager'];
/** The roles that see every confidential case (its investigator sees it too, by id). */
export const CONFIDENTIAL_CASE_ROLES: readonly Role[] = ['complaints-manager'];

/**
 * The rule's edition: raise it by one whenever `caseAudience` changes what it returns for any case. Each desk then
 * rebuilds the audience it stored on every case row (one generic upgrade, renderer/store/schema/audience-rows.ts),
 * and the office server recomputes its row-level policy's columns the same way.
 */
export const CASE_AUDIENCE_RULE = 1;

/**
 * Every set of roles an audience can admit, once its excluded roles are taken out: the store keeps one index
 * partition per set, so a viewer reads only the partitions that hold their role. A test holds `caseAudience` to it.
 */
export const CASE_AUDIENCE_ROLE_SETS: readonly (readonly Role[])[] = [OPEN_CASE_ROLES, CONFIDENTIAL_CASE_ROLES].map((roles) =>
  roles.filter((role) => !NO_CASE_ROLES.includes(role)),
);

/** Whether `viewer` is kept out of every audience by their role: no case, count or search result is theirs. */
export function seesNoCase(viewer: Pick<Viewer, 'role'>): boolean {
  return NO_CASE_ROLES.includes(viewer.role);
}

export function caseAudience(facts: ConfidentialityFacts): CaseAudience {
  const excludedUserIds = [...new Set(facts.namedStaffUserIds)];
  const excludedRoles = NO_CASE_ROLES;
  if (!isConfidential(facts)) return { roles: OPEN_CASE_ROLES, userIds: [], excludedUserIds, excludedRoles };
  const userIds = facts.investigatorId !== undefined && !excludedUserIds.includes(facts.investigatorId) ? [facts.investigatorId] : [];
  return { roles: CONFIDENTIAL_CASE_ROLES, userIds, excludedUserIds, excludedRoles };
}

/** The audience test, applied to one viewer: the only reading of `caseAudience`'s data. */
export function inAudience(viewer: Viewer, audience: CaseAudience): boolean {
  if (audience.excludedUserIds.includes(viewer.userId) || audience.excludedRoles.includes(viewer.role)) return false;
  return audience.roles.includes(viewer.role) || audience.userIds.includes(viewer.userId);
}

export function canViewCase(viewer: Viewer, facts: ConfidentialityFacts): boolean {
  return inAudience(viewer, caseAudience(facts));
}

/** The member of staff who recorded a confidential case they may not open sees only that they recorded it. */
export function canSeeRecordedStub(viewer: Viewer, facts: ConfidentialityFacts): boolean {
  return isConfidential(facts) && viewer.userId === facts.recordedById && !canViewCase(viewer, facts);
}

export interface RecorderReceipt {
  caseId: string;
  reference: string;
  receivedAt: string;
  recordedAt: string;
  message: string;
}

export const RECORDER_RECEIPT_MESSAGE = 'You recorded this complaint. It is confidential and is being handled by the complaints manager.';

/** All the recorder of a confidential case is shown: no customer, no details, no progress. */
export function recorderReceipt(c: ComplaintCase): RecorderReceipt {
  return {
    caseId: c.id,
    reference: c.reference,
    receivedAt: c.receivedAt,
    recordedAt: c.createdAt,
    message: RECORDER_RECEIPT_MESSAGE,
  };
}

/** Every view of a confidential case is logged (who, when) on its timeline. */
export function mustLogView(facts: Pick<ConfidentialityFacts, 'concernsStaff' | 'namedStaffUserIds'>): boolean {
  return isConfidential(facts);
}

// ---- Exports: the employee's identity and account are left out unless a manager includes them ----

export const EMPLOYEE_PLACEHOLDER = 'the employee';
export const WITHHELD_ACCOUNT = "[The employee's account is withheld]";
export const WITHHELD_SUPPORT = '[Support offered to the employee is withheld]';

export interface RedactionOptions {
  /** A complaints manager's deliberate choice to include the employee, with the reason that is logged. */
  includeStaffIdentity?: { reason: string; byManagerId: string };
  /** Names of the named employees (from the user list), replaced wherever free text mentions them. */
  staffNames?: readonly string[];
}

export interface RedactionPlan {
  confidential: boolean;
  /** True when the export must replace the employee's identity and account. */
  redactStaffIdentity: boolean;
  replacement: typeof EMPLOYEE_PLACEHOLDER;
  /** Staff ids replaced wherever they appear as a whole value. */
  staffUserIds: string[];
  /** Names replaced inside free text. */
  staffNames: string[];
  /** The fields replaced, in plain words, for the pack's manifest and the person making it. */
  fields: { path: string; becomes: string }[];
  /** Present when a manager included the employee: to be logged with the pack. */
  staffIdentityIncluded?: { reason: string; byManagerId: string };
  /** Why a request to include the employee was not honoured. */
  refused?: string;
}

export function redactionPlan(c: ComplaintCase, options: RedactionOptions = {}): RedactionPlan {
  const confidential = isConfidential(c);
  const staffUserIds = [...new Set([...c.namedStaffUserIds, ...(c.dealtWithUserId && confidential ? [c.dealtWithUserId] : [])])];
  const staffNames = [...new Set((options.staffNames ?? []).map((n) => n.trim()).filter((n) => n.length > 1))];
  const base = { confidential, replacement: EMPLOYEE_PLACEHOLDER, staffUserIds, staffNames } as const;
  if (!confidential) return { ...base, staffUserIds: [], staffNames: [], redactStaffIdentity: false, fields: [] };

  const include = options.includeStaffIdentity;
  let refused: string | undefined;
  if (include) {
    if (include.reason.trim() === '') refused = 'Give the reason for including the employee';
    else if (c.namedStaffUserIds.includes(include.byManagerId)) refused = 'An employee named in the complaint cannot include it';
    else return { ...base, redactStaffIdentity: false, fields: [], staffIdentityIncluded: { ...include, reason: include.reason.trim() } };
  }
  const fields = [
    { path: 'namedStaffUserIds', becomes: EMPLOYEE_PLACEHOLDER },
    { path: 'dealtWithName', becomes: EMPLOYEE_PLACEHOLDER },
    { path: 'dealtWithUserId', becomes: EMPLOYEE_PLACEHOLDER },
    { path: 'conversations.people (named employees)', becomes: EMPLOYEE_PLACEHOLDER },
    { path: 'employeeProcess.opportunityToExplain.account', becomes: WITHHELD_ACCOUNT },
    { path: 'employeeProcess.supportOffered.support', becomes: WITHHELD_SUPPORT },
    { path: 'any other field holding a named employee’s id', becomes: EMPLOYEE_PLACEHOLDER },
  ];
  if (staffNames.length > 0) fields.push({ path: 'free text mentioning the employee by name', becomes: EMPLOYEE_PLACEHOLDER });
  return { ...base, redactStaffIdentity: true, fields, ...(refused ? { refused } : {}) };
}

/** Staff ids where they are a whole value, and mentions of the employees' names inside any other text. */
function redactValue<T>(value: T, plan: RedactionPlan, mentions: RegExp | null): T {
  return mapText(value, (text) => {
    if (plan.staffUserIds.includes(text)) return EMPLOYEE_PLACEHOLDER;
    return mentions ? text.replace(mentions, EMPLOYEE_PLACEHOLDER) : text;
  });
}

/** A part of a name long enough to identify someone on its own: "Dave" and "Parry" of "Dave Parry", not "Jo" or "Mr". */
const NAME_PART = /\p{L}[\p{L}'’]{2,}/gu;

/** The words of a name that free text may use alone ("Dave was rude", "Mr Parry said", "Smith" of "Smith-Jones"). */
export function nameParts(name: string): string[] {
  return [...name.matchAll(NAME_PART)].map((m) => m[0]);
}

/**
 * Mentions of the named employees in free text: each whole name, and each part of it, where it stands as a word,
 * ignoring case. A customer who shares a first name with the employee loses it too: the employee's
 * confidentiality comes first.
 */
export function staffMentionPattern(plan: Pick<RedactionPlan, 'staffNames'>): RegExp | null {
  // Longest first, so "Dave Parry" is replaced whole before its parts.
  return wholeWordsPattern([...plan.staffNames, ...plan.staffNames.flatMap(nameParts)]);
}

/** A copy of the case for export with the plan applied; the case itself is untouched. */
export function redactCase(c: ComplaintCase, plan: RedactionPlan): ComplaintCase {
  if (!plan.redactStaffIdentity) return c;
  const copy = redactValue(c, plan, staffMentionPattern(plan));
  const process = copy.employeeProcess;
  return {
    ...copy,
    dealtWithName: c.dealtWithName ? EMPLOYEE_PLACEHOLDER : c.dealtWithName,
    employeeProcess: process && {
      ...process,
      opportunityToExplain:
        process.opportunityToExplain.status === 'done'
          ? { ...process.opportunityToExplain, account: WITHHELD_ACCOUNT }
          : process.opportunityToExplain,
      supportOffered:
        process.supportOffered.status === 'done' ? { ...process.supportOffered, support: WITHHELD_SUPPORT } : process.supportOffered,
    },
  };
}

/** The plan applied to any JSON (timeline before/after values, summaries). Accounts inside are withheld. */
export function redactJson(value: JsonValue, plan: RedactionPlan): JsonValue {
  if (!plan.redactStaffIdentity) return value;
  return withholdAccounts(redactValue(value, plan, staffMentionPattern(plan)));
}

/** What the field catalogue says a confidential export shows instead of the employee's identity, account and support. */
const WITHHELD_AS = { account: WITHHELD_ACCOUNT, support: WITHHELD_SUPPORT } as const;

function withholdAccounts(value: JsonValue): JsonValue {
  return mapText(value, (text, key) => {
    const facts = key === undefined ? undefined : fieldFacts(key);
    if (facts?.withheldAs) return WITHHELD_AS[facts.withheldAs];
    return facts?.privacy === 'staff-identity' ? EMPLOYEE_PLACEHOLDER : text;
  });
}

// ---- Disclosure: personal details leave the company only with consent or a recorded lawful reason ----

export type DisclosureDecision =
  | { allowed: true; basis: 'customer' }
  | { allowed: true; basis: 'consent'; consentId: string }
  | { allowed: true; basis: 'lawful-reason'; lawfulDisclosureId: string }
  | { allowed: false; reason: string };

/** Single bodies are matched by kind alone; others by kind and name, ignoring case and spacing. */
const SINGLE_BODIES: readonly RecipientKind[] = ['energy-ombudsman', 'customer'];

export function sameRecipient(a: Recipient, b: Recipient): boolean {
  if (a.kind !== b.kind) return false;
  if (SINGLE_BODIES.includes(a.kind)) return true;
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a.name) === norm(b.name);
}

const at = (instant: string) => Date.parse(instant);

export function canDisclose(
  c: Pick<ComplaintCase, 'consents' | 'lawfulDisclosures'>,
  recipient: Recipient,
  now: string,
): DisclosureDecision {
  if (recipient.kind === 'customer') return { allowed: true, basis: 'customer' };
  const nowMs = at(now);
  const consents = c.consents.filter((k) => sameRecipient(k.recipient, recipient) && at(k.givenAt) <= nowMs);
  const current = consents.find((k) => k.withdrawnAt === undefined || at(k.withdrawnAt) > nowMs);
  if (current) return { allowed: true, basis: 'consent', consentId: current.id };
  const lawful = c.lawfulDisclosures.find((d) => sameRecipient(d.recipient, recipient) && at(d.recordedAt) <= nowMs);
  if (lawful) return { allowed: true, basis: 'lawful-reason', lawfulDisclosureId: lawful.id };
  const withdrawn = consents.find((k) => k.withdrawnAt !== undefined);
  const who = recipient.name;
  if (withdrawn?.withdrawnAt) {
    return {
      allowed: false,
      reason: `The customer withdrew consent to share their details with ${who} on ${londonDate(withdrawn.withdrawnAt).split('-').reverse().join('/')}, and no lawful reason is recorded`,
    };
  }
  return {
    allowed: false,
    reason: `The customer has not consented to sharing their details with ${who}: record their consent, or a complaints manager must record the lawful reason`,
  };
}
