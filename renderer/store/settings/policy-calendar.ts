// Settings kept on the desk: the policy calendar (nation, closures, business hours) the deadlines use.
import type { JsonValue } from '../../../shared/model';
import { isNation, type OmbudsmanSettings, type PolicySettings } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';

export const DEFAULT_POLICY_SETTINGS: PolicySettings = { nation: 'england-and-wales', closures: [] };

function asPolicySettings(value: JsonValue | undefined): PolicySettings {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return DEFAULT_POLICY_SETTINGS;
  const nation = value.nation;
  if (typeof nation !== 'string' || !isNation(nation)) return DEFAULT_POLICY_SETTINGS;
  const closures = Array.isArray(value.closures) ? value.closures.filter((d): d is string => typeof d === 'string') : [];
  const hours = value.businessHours;
  const businessHours =
    hours && typeof hours === 'object' && !Array.isArray(hours) && typeof hours.opens === 'string' && typeof hours.closes === 'string'
      ? { opens: hours.opens, closes: hours.closes }
      : undefined;
  const years = value.receivedWithinYears;
  const receivedWithinYears = typeof years === 'number' && Number.isInteger(years) && years >= 1 && years <= 100 ? years : undefined;
  const ombudsman = ombudsmanSettingsFrom(value.ombudsman);
  return {
    nation,
    closures,
    ...(businessHours ? { businessHours } : {}),
    ...(receivedWithinYears ? { receivedWithinYears } : {}),
    ...(ombudsman ? { ombudsman } : {}),
  };
}

function ombudsmanSettingsFrom(value: JsonValue | undefined): OmbudsmanSettings | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { referralWindowMonths: months, evidenceDueCalendarDays: days } = value;
  if (typeof months !== 'number' || typeof days !== 'number' || !Number.isInteger(months) || !Number.isInteger(days) || months < 1 || days < 1) return undefined;
  return { referralWindowMonths: months, evidenceDueCalendarDays: days };
}

/** The customer count complaints per 1,000 customers are worked out from; null until an administrator sets it. */
export async function loadCustomerCount(db: ComplaintsDatabase): Promise<number | null> {
  const value = (await db.settings.get('returns'))?.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const count = value.customerCount;
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : null;
}

export async function saveCustomerCount(db: ComplaintsDatabase, customerCount: number | null): Promise<void> {
  if (customerCount !== null && (!Number.isInteger(customerCount) || customerCount <= 0)) throw new Error('The customer count must be a whole number above 0');
  await guardWrite(() => db.settings.put({ key: 'returns', value: { customerCount } }));
}

/** The policy settings (England and Wales, no closures, 09:00–17:30 until an administrator changes them). */
export async function loadPolicySettings(db: ComplaintsDatabase): Promise<PolicySettings> {
  return asPolicySettings((await db.settings.get('policy'))?.value);
}

/** Saves the policy settings; the Ombudsman's timetable is kept as it was when `settings` does not give it. */
export async function savePolicySettings(db: ComplaintsDatabase, settings: PolicySettings): Promise<void> {
  if (!settings.ombudsman) {
    const kept = (await loadPolicySettings(db)).ombudsman;
    if (kept) settings = { ...settings, ombudsman: kept };
  }
  const value: JsonValue = {
    nation: settings.nation,
    closures: [...(settings.closures ?? [])],
    ...(settings.businessHours ? { businessHours: { ...settings.businessHours } } : {}),
    ...(settings.receivedWithinYears ? { receivedWithinYears: settings.receivedWithinYears } : {}),
    ...(settings.ombudsman ? { ombudsman: { ...settings.ombudsman } } : {}),
  };
  await guardWrite(() => db.settings.put({ key: 'policy', value }));
}
