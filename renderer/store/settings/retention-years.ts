// How many years finished cases are kept before they may be anonymised: an administrator's setting (6 by default).
import type { Actor } from '../../../shared/model';
import { cannotSetRetention } from '../../../shared/policy/privacy/duties';
import { retentionYears } from '../../../shared/policy/privacy/retention';
import type { ComplaintsDatabase } from '../db';
import { SETTINGS } from './registry';
import { readSetting, writeSetting } from './setting';

export const RETENTION_KEY = SETTINGS.retention.key;

/** The stored period, or the default when none is stored (or what is stored is not valid). */
export function loadRetentionYears(db: ComplaintsDatabase): Promise<number> {
  return readSetting(db, SETTINGS.retention).then((setting) => setting.years);
}

export type SaveRetentionResult = { ok: true; years: number } | { ok: false; missing: string[] };

export async function saveRetentionYears(db: ComplaintsDatabase, years: unknown, actor: Actor): Promise<SaveRetentionResult> {
  const refusal = cannotSetRetention(actor);
  if (refusal) return { ok: false, missing: [refusal] };
  const checked = retentionYears.safeParse(years);
  if (!checked.success) return { ok: false, missing: [...new Set(checked.error.issues.map((i) => i.message))] };
  await writeSetting(db, SETTINGS.retention, { years: checked.data });
  return { ok: true, years: checked.data };
}
