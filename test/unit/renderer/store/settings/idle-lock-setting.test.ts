// The idle lock setting: ten minutes until an administrator changes it, whole minutes within bounds.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_LOCK_MINUTES, loadIdleLockMinutes, saveIdleLockMinutes } from '../../../../../renderer/store/settings/idle-lock-setting';
import { deleteDatabases, freshDatabases } from '../accounts/databases';

afterEach(deleteDatabases);

describe('idle lock setting', () => {
  it('is 10 minutes by default and keeps what an administrator saves', async () => {
    const { accounts } = await freshDatabases();
    expect(await loadIdleLockMinutes(accounts)).toBe(DEFAULT_IDLE_LOCK_MINUTES);
    await saveIdleLockMinutes(accounts, 3);
    expect(await loadIdleLockMinutes(accounts)).toBe(3);
  });

  it.each([0, 0.5, 241, Number.NaN])('refuses %s minutes', async (minutes) => {
    const { accounts } = await freshDatabases();
    await expect(saveIdleLockMinutes(accounts, minutes)).rejects.toThrow(/whole number of minutes/);
  });
});
