// Lock-outs kept by the main process: counted by the name typed, growing, surviving a restart, and not ended by the page.
import { describe, expect, it } from 'vitest';
import { signInLockout } from '../../../electron/ipc/sign-in-lockout';

function setUp(files = new Map<string, string>()) {
  let now = Date.parse('2026-12-01T09:00:00.000Z');
  const lockout = signInLockout({
    file: '/user-data/sign-in-lockouts.json',
    readText: async (p) => {
      const text = files.get(p);
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeText: async (p, text) => void files.set(p, text),
    now: () => new Date(now),
    log: { warn: () => undefined },
  });
  return { lockout, files, advance: (minutes: number) => (now += minutes * 60_000) };
}

describe('the main process’s sign-in lock-out', () => {
  it('locks a name out after five wrong passwords, whatever its case or spacing, and a right password cannot end it', async () => {
    const { lockout } = setUp();
    for (let i = 0; i < 4; i += 1) expect(await lockout.failed({ name: 'Sam Agent' })).toEqual({ lockedUntil: null });
    expect(await lockout.failed({ name: '  sam   AGENT ' })).toEqual({ lockedUntil: '2026-12-01T09:05:00.000Z' });
    expect(await lockout.check({ name: 'Sam Agent' })).toEqual({ lockedUntil: '2026-12-01T09:05:00.000Z' });
    expect(await lockout.succeeded({ name: 'Sam Agent' })).toEqual({ lockedUntil: '2026-12-01T09:05:00.000Z' });
    expect(await lockout.check({ name: 'Sam Agent' })).toEqual({ lockedUntil: '2026-12-01T09:05:00.000Z' });
    expect(await lockout.check({ name: 'Max Manager' })).toEqual({ lockedUntil: null });
  });

  it('locks out a name that is not an account just the same, so the lock-out tells nothing', async () => {
    const { lockout } = setUp();
    for (let i = 0; i < 5; i += 1) await lockout.failed({ name: 'Nobody Here' });
    expect((await lockout.check({ name: 'Nobody Here' })).lockedUntil).not.toBeNull();
  });

  it('makes each lock-out in a row longer, and keeps it across a restart of the app', async () => {
    const { lockout, files, advance } = setUp();
    for (let i = 0; i < 5; i += 1) await lockout.failed({ name: 'Sam Agent' });
    advance(5);
    expect(await lockout.check({ name: 'Sam Agent' })).toEqual({ lockedUntil: null });
    for (let i = 0; i < 4; i += 1) await lockout.failed({ name: 'Sam Agent' });
    expect(await lockout.failed({ name: 'Sam Agent' })).toEqual({ lockedUntil: '2026-12-01T09:15:00.000Z' });

    const restarted = setUp(files).lockout;
    expect(await restarted.check({ name: 'Sam Agent' })).toEqual({ lockedUntil: '2026-12-01T09:15:00.000Z' });
  });

  it('does not count wrong passwords tried during a lock-out as new ones', async () => {
    const { lockout } = setUp();
    for (let i = 0; i < 5; i += 1) await lockout.failed({ name: 'Sam Agent' });
    for (let i = 0; i < 20; i += 1) expect(await lockout.failed({ name: 'Sam Agent' })).toEqual({ lockedUntil: '2026-12-01T09:05:00.000Z' });
  });
});
