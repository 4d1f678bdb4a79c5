// Settings kept on the desk: the policy calendar (nation, closures, business hours) the deadlines use.
import type { JsonValue } from '../../shared/model';
import { isNation, type PolicySettings } from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { guardWrite } from './errors';

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
  return { nation, closures, ...(businessHours ? { businessHours } : {}), ...(receivedWithinYears ? { receivedWithinYears } : {}) };
}

/** The policy settings (England and Wales, no closures, 09:00–17:30 until an administrator changes them). */
export async function loadPolicySettings(db: ComplaintsDatabase): Promise<PolicySettings> {
  return asPolicySettings((await db.settings.get('policy'))?.value);
}

export async function savePolicySettings(db: ComplaintsDatabase, settings: PolicySettings): Promise<void> {
  const value: JsonValue = {
    nation: settings.nation,
    closures: [...(settings.closures ?? [])],
    ...(settings.businessHours ? { businessHours: { ...settings.businessHours } } : {}),
    ...(settings.receivedWithinYears ? { receivedWithinYears: settings.receivedWithinYears } : {}),
  };
  await guardWrite(() => db.settings.put({ key: 'policy', value }));
}
