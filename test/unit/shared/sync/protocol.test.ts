// The protocol's schemas refuse what a desk must never send, and name the version a desk must speak.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DESK_TOO_NEW, DESK_TOO_OLD, PROTOCOL_VERSION, protocolMismatch, pullRequest, pushChange, settingValueSchemas, signInRequest } from '../../../../shared/sync';

describe('the sync protocol', () => {
  it.each([
    [PROTOCOL_VERSION, null],
    [0, DESK_TOO_OLD],
    [PROTOCOL_VERSION + 1, DESK_TOO_NEW],
  ])('a desk speaking version %i: %s', (version, expected) => {
    expect(protocolMismatch(version)).toBe(expected);
  });

  it('refuses a push change carrying anything beyond its fields (an actor, a hash)', () => {
    const base = { changeId: randomUUID(), caseId: 'c', baseVersion: 1, body: { type: 'action', action: { type: 'startReview' }, takenAt: '2026-11-24T10:00:00.000Z' } };
    expect(pushChange.safeParse(base).success).toBe(true);
    expect(pushChange.safeParse({ ...base, actorId: 'someone' }).success).toBe(false);
    const events = { ...base, body: { type: 'events', events: [{ id: randomUUID(), at: '2026-11-24T10:00:00.000Z', action: 'viewed', summary: 'Opened', before: null, after: null, hash: 'f'.repeat(64) }] } };
    expect(pushChange.safeParse(events).success).toBe(false);
  });

  it('bounds a pull page and reads a user name in lower case', () => {
    expect(pullRequest.parse({})).toEqual({ checkpoint: '', limit: 500 });
    expect(pullRequest.safeParse({ limit: 5000 }).success).toBe(false);
    expect(signInRequest.parse({ userName: ' Ada.Admin ', password: 'x' }).userName).toBe('ada.admin');
  });

  it('checks the policy calendar an administrator saves', () => {
    expect(settingValueSchemas.policy.safeParse({ nation: 'scotland', closures: ['2026-12-24'] }).success).toBe(true);
    expect(settingValueSchemas.policy.safeParse({ nation: 'wales', closures: [] }).success).toBe(false);
    expect(settingValueSchemas.retention.safeParse({ years: 6 }).success).toBe(true);
  });
});
