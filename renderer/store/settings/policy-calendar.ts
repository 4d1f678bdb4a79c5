// Settings kept on the desk: the policy calendar (nation, closures, business hours) the deadlines use, and the
// customer count of the complaints return. Both are read and written through the settings registry.
import type { PolicySettings } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../db';
import { SETTINGS } from './registry';
import { readSetting, writeSetting } from './setting';

export { DEFAULT_POLICY_SETTINGS } from './registry';

/** The customer count complaints per 1,000 customers are worked out from; null until an administrator sets it. */
export function loadCustomerCount(db: ComplaintsDatabase): Promise<number | null> {
  return readSetting(db, SETTINGS.returns).then((setting) => setting.customerCount);
}

export async function saveCustomerCount(db: ComplaintsDatabase, customerCount: number | null): Promise<void> {
  if (customerCount !== null && (!Number.isInteger(customerCount) || customerCount <= 0)) throw new Error('The customer count must be a whole number above 0');
  await writeSetting(db, SETTINGS.returns, { customerCount });
}

/** The policy settings (England and Wales, no closures, 09:00–17:30 until an administrator changes them). */
export function loadPolicySettings(db: ComplaintsDatabase): Promise<PolicySettings> {
  return readSetting(db, SETTINGS.policy);
}

/** Saves the policy settings; the Ombudsman's timetable is kept as it was when `settings` does not give it. */
export async function savePolicySettings(db: ComplaintsDatabase, settings: PolicySettings): Promise<void> {
  if (!settings.ombudsman) {
    const kept = (await loadPolicySettings(db)).ombudsman;
    if (kept) settings = { ...settings, ombudsman: kept };
  }
  await writeSetting(db, SETTINGS.policy, settings);
}
