// The settings registry: one key per setting, each default passes its own schema, and what does not pass reads as
// the default in whichever database the setting lives in.
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../../../renderer/store/settings/registry';
import { readSetting, writeSetting } from '../../../../../renderer/store/settings/setting';
import { deleteDatabases, freshDatabases } from '../accounts/databases';

afterEach(deleteDatabases);

describe('settings registry', () => {
  it('gives every setting its own key, and a default its schema accepts', () => {
    const all = Object.values(SETTINGS);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    for (const setting of all) expect(setting.schema.safeParse(setting.fallback).success, setting.key).toBe(true);
  });

  it('reads a stored value that does not pass as the default, from the desk and from the accounts database', async () => {
    const { db, accounts } = await freshDatabases();
    await db.settings.put({ key: 'company', value: { name: 'No telephone' } });
    await accounts.preferences.put({ key: 'idleLockMinutes', value: 'ten' });
    expect(await readSetting(db, SETTINGS.company)).toEqual(SETTINGS.company.fallback);
    expect(await readSetting(accounts, SETTINGS.idleLockMinutes)).toBe(SETTINGS.idleLockMinutes.fallback);
  });

  it('keeps the valid parts of a stored policy calendar and drops the rest, as the calendar always has', async () => {
    const { db } = await freshDatabases();
    await db.settings.put({ key: 'policy', value: { nation: 'scotland', closures: ['2026-12-29', 5], businessHours: 'all day', receivedWithinYears: 3 } });
    expect(await readSetting(db, SETTINGS.policy)).toStrictEqual({ nation: 'scotland', closures: ['2026-12-29'], receivedWithinYears: 3 });
    await db.settings.put({ key: 'policy', value: { nation: 'wales' } });
    expect(await readSetting(db, SETTINGS.policy)).toStrictEqual(SETTINGS.policy.fallback);
  });

  it('refuses to write a value its schema refuses, naming the setting and what is wrong', async () => {
    const { db } = await freshDatabases();
    await expect(writeSetting(db, SETTINGS.returns, { customerCount: -1 })).rejects.toThrow(/returns was not saved: .+/);
    expect(await db.settings.get('returns')).toBeUndefined();
  });
});
