// What each office-wide setting may hold: the server checks an administrator's write with these, the desk reads with them.
import { z } from 'zod';
import type { JsonValue } from '../model';
import { isoDate } from '../model';
import { templateKinds, templateWordingSchema } from '../letters';
import { isNation, type PolicySettings } from '../policy';
import { retentionYears } from '../policy/privacy/retention';
import type { SettingKey } from './records';

const clockTime = (label: string) => z.string({ error: `${label} is required` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time like 09:00`);

/** The policy calendar: nation, company closure dates and business hours (the desk's 'policy' setting). */
export const policySettingsValue = z
  .object({
    nation: z.string().refine(isNation, 'Nation must be england-and-wales, scotland or northern-ireland'),
    closures: z.array(isoDate('Closure date')).max(1000, 'At most 1,000 closure dates'),
    businessHours: z.object({ opens: clockTime('Opening time'), closes: clockTime('Closing time') }).strict().optional(),
  })
  .strict();

export const DEFAULT_POLICY_SETTINGS: PolicySettings = { nation: 'england-and-wales', closures: [] };

/** The stored policy settings, or the default when none (or nothing valid) is stored. */
export function policySettingsFrom(value: JsonValue | undefined): PolicySettings {
  const parsed = policySettingsValue.safeParse(value);
  if (!parsed.success) return DEFAULT_POLICY_SETTINGS;
  const { nation, closures, businessHours } = parsed.data;
  return isNation(nation) ? { nation, closures, ...(businessHours ? { businessHours } : {}) } : DEFAULT_POLICY_SETTINGS;
}

/** Only templates that differ from the default are stored, each checked so no rights paragraph is lost. */
const letterWordingValue = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    for (const [kind, wording] of Object.entries(value)) {
      const known = (templateKinds as readonly string[]).includes(kind);
      if (!known) {
        ctx.addIssue({ code: 'custom', path: [kind], message: `${kind} is not a letter template` });
        continue;
      }
      const checked = templateWordingSchema(kind as (typeof templateKinds)[number]).safeParse(wording);
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: [kind, ...issue.path.map(String)], message: issue.message });
    }
  });

const textField = (label: string) => z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`).max(200, `${label} must be at most 200 characters`);

export const settingValueSchemas: Record<SettingKey, z.ZodType> = {
  policy: policySettingsValue,
  letterWording: letterWordingValue,
  retention: z.object({ years: retentionYears }).strict(),
  company: z.object({ name: textField('Company name'), telephone: textField('Company telephone'), email: z.email('Company email must be a valid email address') }).strict(),
};
