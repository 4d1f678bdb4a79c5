// Every setting the desk keeps, in one table: its key, the zod schema a stored value must pass, and the default
// when none is stored (or what is stored does not pass). Every setting is read and written through this table.
//
// A setting lives in the desk's database ('desk': restored with a backup) or in the accounts database ('accounts':
// how people sign in, which a restore never changes).
import { z } from 'zod';
import { jsonValue, requiredText } from '../../../shared/model';
import { isNation, type Nation, type PolicySettings } from '../../../shared/policy';
import { DEFAULT_UNASSIGNED_REMINDER_DAYS, MAX_UNASSIGNED_REMINDER_DAYS, MIN_UNASSIGNED_REMINDER_DAYS } from '../../../shared/policy/reminders';
import { DEFAULT_RETENTION_YEARS, retentionYears } from '../../../shared/policy/privacy/retention';

export const companyDetailsSchema = z.object({
  name: requiredText('Company name', { max: 200 }),
  telephone: requiredText('Company telephone', { max: 40 }).regex(
    /^\+?[\d ()-]{6,}$/,
    'Company telephone must be a phone number, like +44 (745) 051-5064',
  ),
  email: z
    .string({ error: 'Company email is required' })
    .trim()
    .min(1, 'Company email is required')
    .pipe(z.email('Company email must be a valid email address, like info@jesqsolutions.co.uk')),
});
export type CompanyDetails = z.infer<typeof companyDetailsSchema>;

export const DEFAULT_COMPANY_DETAILS: Readonly<CompanyDetails> = Object.freeze({
  name: 'JESQ Solutions',
  telephone: '+44 (745) 051-5064',
  email: 'info@jesqsolutions.co.uk',
});

export const DEFAULT_POLICY_SETTINGS: PolicySettings = { nation: 'england-and-wales', closures: [] };

/** A part of the policy calendar that is kept only when it is valid; the rest of the calendar stands without it. */
const optionalPart = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const policySettingsSchema = z
  .object({
    nation: z.custom<Nation>((value) => isNation(value), 'Nation must be England and Wales, Scotland or Northern Ireland'),
    closures: z
      .array(z.unknown())
      .catch([])
      .transform((dates) => dates.filter((d): d is string => typeof d === 'string')),
    businessHours: optionalPart(z.object({ opens: z.string(), closes: z.string() })),
    receivedWithinYears: optionalPart(z.number().int().min(1).max(100)),
    ombudsman: optionalPart(z.object({ referralWindowMonths: z.number().int().min(1), evidenceDueCalendarDays: z.number().int().min(1) })),
  })
  .transform(
    ({ nation, closures, businessHours, receivedWithinYears, ombudsman }): PolicySettings => ({
      nation,
      closures,
      ...(businessHours ? { businessHours } : {}),
      ...(receivedWithinYears ? { receivedWithinYears } : {}),
      ...(ombudsman ? { ombudsman } : {}),
    }),
  );

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 240;

export interface Setting<S extends z.ZodType, H extends 'desk' | 'accounts'> {
  key: string;
  home: H;
  schema: S;
  fallback: z.output<S>;
}

function setting<S extends z.ZodType, H extends 'desk' | 'accounts'>(key: string, home: H, schema: S, fallback: z.output<S>): Setting<S, H> {
  return { key, home, schema, fallback };
}

export const SETTINGS = {
  /** The policy calendar the deadlines use: nation, closures, business hours, the Ombudsman's timetable. */
  policy: setting('policy', 'desk', policySettingsSchema, DEFAULT_POLICY_SETTINGS),
  /** The customer count complaints per 1,000 customers are worked out from; null until an administrator sets it. */
  returns: setting('returns', 'desk', z.object({ customerCount: z.number().int().positive().nullable() }), { customerCount: null }),
  /** How many days a case may wait without an investigator before managers are reminded. */
  reminders: setting(
    'reminders',
    'desk',
    z.object({ unassignedDays: z.number().int().min(MIN_UNASSIGNED_REMINDER_DAYS).max(MAX_UNASSIGNED_REMINDER_DAYS) }),
    { unassignedDays: DEFAULT_UNASSIGNED_REMINDER_DAYS },
  ),
  /** How many years finished cases are kept before they may be anonymised. */
  retention: setting('retention', 'desk', z.object({ years: retentionYears }), { years: DEFAULT_RETENTION_YEARS }),
  /** The company's name, telephone and email that letters print. */
  company: setting('company', 'desk', companyDetailsSchema, DEFAULT_COMPANY_DETAILS),
  /** The letter templates an administrator changed from the default (each checked again when read). */
  letterWording: setting('letterWording', 'desk', z.record(z.string(), jsonValue), {}),
  /** How long the desk may sit untouched before it locks. */
  idleLockMinutes: setting('idleLockMinutes', 'accounts', z.number().min(MIN_IDLE_LOCK_MINUTES).max(MAX_IDLE_LOCK_MINUTES), DEFAULT_IDLE_LOCK_MINUTES),
  /** Whether the sign-in screen offers a list of names (off unless an administrator turns it on). */
  offerNamesAtSignIn: setting('offerNamesAtSignIn', 'accounts', z.boolean(), false),
} as const;
