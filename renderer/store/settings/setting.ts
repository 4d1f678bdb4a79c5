// Reading and writing one setting of the registry: what is stored is checked by the setting's schema on the way in
// and on the way out, and a value that does not pass reads as the setting's default.
import type { z } from 'zod';
import type { JsonValue } from '../../../shared/model';
import type { AccountsDatabase } from '../accounts/accounts-db';
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import type { Setting } from './registry';

type Home<H> = H extends 'desk' ? ComplaintsDatabase : AccountsDatabase;

function tableOf(home: ComplaintsDatabase | AccountsDatabase) {
  return 'preferences' in home ? home.preferences : home.settings;
}

/**
 * The stored value, or a copy of the default when none is stored or what is stored does not pass the schema. It
 * returns Dexie's own promise (no native async step), so a caller inside a transaction keeps the transaction open:
 * awaited through native async functions, a read inside `listCasesPastRetention`'s transaction ended it early
 * (PrematureCommitError in Chromium; fake-indexeddb does not show it).
 * Every load function beside it passes this promise on without an async step of its own, for the same reason.
 */
export function readSetting<S extends z.ZodType, H extends 'desk' | 'accounts'>(home: Home<H>, setting: Setting<S, H>): Promise<z.output<S>> {
  return tableOf(home)
    .get(setting.key)
    .then((row) => {
      const checked = setting.schema.safeParse(row?.value);
      return checked.success ? checked.data : structuredClone(setting.fallback);
    });
}

/** Checks `value` against the setting's schema and stores what passes; throws naming what is wrong otherwise. */
export async function writeSetting<S extends z.ZodType, H extends 'desk' | 'accounts'>(home: Home<H>, setting: Setting<S, H>, value: z.output<S>): Promise<z.output<S>> {
  const checked = setting.schema.safeParse(value);
  if (!checked.success) throw new Error(`The setting ${setting.key} was not saved: ${[...new Set(checked.error.issues.map((i) => i.message))].join('; ')}`);
  await guardWrite(() => tableOf(home).put({ key: setting.key, value: checked.data as JsonValue }));
  return checked.data;
}
