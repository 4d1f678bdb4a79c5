// Sign-in lock-outs in the desktop app, kept by the main process (in memory and in userData), where nothing in the
// window can clear them: the page only reports a wrong or a right password and is told whether a name is locked out.
import { z } from 'zod';
import type { SignInLockoutRequest, SignInLockoutResult } from '../../shared/ipc-contract';
import { afterFailure, lockedUntil, type LockoutState } from '../../shared/sign-in/lockout';

export const lockoutFileName = 'sign-in-lockouts.json';

const stored = z.record(z.string(), z.object({ failures: z.number().int().min(0), lockouts: z.number().int().min(0), lockedUntil: z.string().optional() }));

export interface SignInLockoutDeps {
  /** userData/sign-in-lockouts.json */
  file: string;
  readText(filePath: string): Promise<string>;
  writeText(filePath: string, text: string): Promise<void>;
  now(): Date;
  log: Pick<Console, 'warn'>;
}

/** Names are keyed as typed, ignoring case and spacing, so an unknown name locks out just like a real one. */
const keyOf = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

export function signInLockout(deps: SignInLockoutDeps) {
  let states: Map<string, LockoutState> | null = null;

  async function load(): Promise<Map<string, LockoutState>> {
    if (states) return states;
    let loaded: Map<string, LockoutState> = new Map();
    try {
      const parsed = stored.safeParse(JSON.parse(await deps.readText(deps.file)));
      if (parsed.success) loaded = new Map(Object.entries(parsed.data).map(([k, v]) => [k, v.lockedUntil ? { failures: v.failures, lockouts: v.lockouts, lockedUntil: v.lockedUntil } : { failures: v.failures, lockouts: v.lockouts }]));
      else deps.log.warn(`Ignored ${deps.file}: ${parsed.error.message}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') deps.log.warn(`Could not read ${deps.file}`, error);
    }
    states ??= loaded;
    return states;
  }

  async function save(all: Map<string, LockoutState>): Promise<void> {
    await deps.writeText(deps.file, JSON.stringify(Object.fromEntries(all)));
  }

  return {
    /** Whether the name may try a password now. */
    async check({ name }: SignInLockoutRequest): Promise<SignInLockoutResult> {
      return { lockedUntil: lockedUntil((await load()).get(keyOf(name)), deps.now().toISOString()) };
    },
    /** A wrong password for the name: counted, and the fifth in a row starts a lock-out longer than the last. */
    async failed({ name }: SignInLockoutRequest): Promise<SignInLockoutResult> {
      const all = await load();
      const now = deps.now().toISOString();
      const key = keyOf(name);
      if (lockedUntil(all.get(key), now)) return { lockedUntil: lockedUntil(all.get(key), now) };
      const next = afterFailure(all.get(key), now);
      all.set(key, next);
      await save(all);
      return { lockedUntil: next.lockedUntil ?? null };
    },
    /** A right password ends the count; it cannot end a lock-out that is running. */
    async succeeded({ name }: SignInLockoutRequest): Promise<SignInLockoutResult> {
      const all = await load();
      const now = deps.now().toISOString();
      const key = keyOf(name);
      const until = lockedUntil(all.get(key), now);
      if (until) return { lockedUntil: until };
      if (all.delete(key)) await save(all);
      return { lockedUntil: null };
    },
  };
}

export type SignInLockout = ReturnType<typeof signInLockout>;
