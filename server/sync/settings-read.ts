// The office-wide settings the workflow needs on the server, read under the user's identity.
import type { JsonValue } from '../../shared/model';
import type { PolicySettings } from '../../shared/policy';
import { policySettingsFrom } from '../../shared/sync';
import type { Tx } from '../db/transaction';

export async function settingValue(tx: Tx, key: string): Promise<JsonValue | undefined> {
  const { rows } = await tx.query<{ value: JsonValue }>('SELECT value FROM settings WHERE key = $1', [key]);
  return rows[0]?.value;
}

export async function policySettings(tx: Tx): Promise<PolicySettings> {
  return policySettingsFrom(await settingValue(tx, 'policy'));
}
