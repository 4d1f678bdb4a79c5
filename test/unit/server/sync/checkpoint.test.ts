// Checkpoints are opaque and bound to their user: tampered or borrowed ones are refused, not misread.
import { describe, expect, it } from 'vitest';
import { BadCheckpoint, decodeCheckpoint, encodeCheckpoint } from '../../../../server/sync/checkpoint';

describe('checkpoints', () => {
  const secret = 'a secret from the database';

  it('round-trips the change number and never shows it', () => {
    const token = encodeCheckpoint(secret, 'user-1', 12345);
    expect(token).not.toContain('12345');
    expect(encodeCheckpoint(secret, 'user-1', 12345)).not.toBe(token);
    expect(decodeCheckpoint(secret, 'user-1', token)).toBe(12345);
    expect(decodeCheckpoint(secret, 'user-1', '')).toBe(0);
  });

  it('refuses a token altered, from another user, or from another server', () => {
    const token = encodeCheckpoint(secret, 'user-1', 7);
    const altered = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    expect(() => decodeCheckpoint(secret, 'user-1', altered)).toThrow(BadCheckpoint);
    expect(() => decodeCheckpoint(secret, 'user-2', token)).toThrow(BadCheckpoint);
    expect(() => decodeCheckpoint('another secret', 'user-1', token)).toThrow(BadCheckpoint);
  });
});
