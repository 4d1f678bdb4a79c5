// PBKDF2 password hashing: round trip, wrong password, random salts, the iteration count kept with the hash.
import { describe, expect, it } from 'vitest';
import {
  PASSWORD_ITERATIONS,
  hashPassword,
  needsRehash,
  sameBytes,
  verifyPassword,
} from '../../../../../renderer/store/accounts/password-hash';

describe('password hashing', () => {
  it('verifies the password it hashed and refuses any other', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('uses a fresh 16-byte salt each time, so the same password never hashes alike', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
  });

  it('keeps the iteration count with the hash, at least 600,000', async () => {
    const stored = await hashPassword('a long enough password');
    expect(PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(stored.iterations).toBe(PASSWORD_ITERATIONS);
    expect(needsRehash(stored)).toBe(false);
    expect(needsRehash({ ...stored, iterations: 310_000 })).toBe(true);
  });

  it('refuses to hash with fewer iterations', async () => {
    await expect(hashPassword('a long enough password', 1000)).rejects.toThrow(/at least 600000/);
  });

  it('never keeps the password itself', async () => {
    const stored = await hashPassword('plain text never stored');
    expect(JSON.stringify(stored)).not.toContain('plain text never stored');
  });

  it.each([
    [[1, 2, 3], [1, 2, 3], true],
    [[1, 2, 3], [1, 2, 4], false],
    [[1, 2, 3], [1, 2], false],
    [[], [], true],
  ])('compares %j with %j in full: %s', (a, b, same) => {
    expect(sameBytes(new Uint8Array(a), new Uint8Array(b))).toBe(same);
  });
});
