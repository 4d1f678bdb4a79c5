// Accounts on the server: the one-time first administrator, scrypt passwords, sessions that expire and are revoked,
// sign-in rate-limited in the database, settings written by administrators only, the protocol version checked.
import { describe, expect } from 'vitest';
import { PROTOCOL_HEADER, routes } from '../../../shared/sync';
import { buildApp } from '../../../server/app';
import { ALREADY_HAVE_ADMIN, createFirstAdministrator } from '../../../server/auth/first-admin';
import { FAILURES_PER_NAME } from '../../../server/auth/rate-limit';
import { loadConfig, plainHttpRefusal } from '../../../server/config';
import { it, PASSWORD, serverTestsBlocked, useSyncServer } from '../../support/sync-server';

const blocked = serverTestsBlocked();

let offsetHours = 0;
const now = () => new Date(Date.now() + offsetHours * 3_600_000);

describe.skipIf(blocked)('office server: accounts and sessions', () => {
  const server = useSyncServer('accounts', { now });

  it('creates the first administrator once only', async () => {
    const s = server();
    expect(await createFirstAdministrator(s.pool, { userName: 'second', name: 'Second Admin', password: PASSWORD })).toEqual({ refused: ALREADY_HAVE_ADMIN });
    const hash = (await s.pool.query('SELECT count(*)::int AS n FROM credentials')).rows[0].n;
    expect(hash).toBe(0); // The owning role reads no password hash.
  });

  it('refuses a wrong password, then limits attempts in the database so a restarted server still refuses', async () => {
    const s = server();
    await s.addMember('gareth', 'Gareth Agent', 'agent');
    for (let i = 0; i < FAILURES_PER_NAME; i += 1) {
      const wrong = await s.call('POST', routes.signIn, { body: { userName: 'gareth', password: 'not the password' } });
      expect([wrong.statusCode, wrong.json().message]).toEqual([401, 'The user name or password is wrong']);
    }
    const limited = await s.call('POST', routes.signIn, { body: { userName: 'gareth', password: PASSWORD } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'rate-limited', retryAfterSeconds: expect.any(Number) });
    const restarted = await buildApp({ pool: s.pool, now });
    const still = await restarted.inject({ method: 'POST', url: routes.signIn, headers: { [PROTOCOL_HEADER]: '1' }, payload: { userName: 'gareth', password: PASSWORD } });
    expect(still.statusCode).toBe(429);
    await restarted.close();
  });

  it('ends a session when it expires or is signed out, and when an administrator switches the account off', async () => {
    const s = server();
    const agent = await s.addMember('hywel', 'Hywel Agent', 'agent');
    expect((await s.call('GET', routes.session, { as: agent })).statusCode).toBe(200);
    offsetHours = 13;
    const expired = await s.call('GET', routes.session, { as: agent });
    offsetHours = 0;
    expect([expired.statusCode, expired.json().error]).toEqual([401, 'signed-out']);
    expect((await s.call('DELETE', routes.session, { as: agent })).statusCode).toBe(200);
    expect((await s.call('POST', routes.pull, { as: agent, body: {} })).statusCode).toBe(401);
    const again = await s.addMember('iolo', 'Iolo Agent', 'agent');
    const off = await s.call('PATCH', routes.account(again.id), { as: s.admin, body: { active: false } });
    expect(off.statusCode).toBe(200);
    expect((await s.call('POST', routes.pull, { as: again, body: {} })).statusCode).toBe(401);
    expect((await s.call('POST', routes.signIn, { body: { userName: 'iolo', password: PASSWORD } })).statusCode).toBe(401);
  });

  it('lets only administrators change settings and accounts, checking what they write', async () => {
    const s = server();
    const manager = await s.addMember('megan', 'Megan Manager', 'complaints-manager');
    const closures = { nation: 'scotland', closures: ['2026-12-24'], businessHours: { opens: '08:30', closes: '17:00' } };
    const refused = await s.call('PUT', routes.setting('policy'), { as: manager, body: { value: closures, baseVersion: 0 } });
    expect(refused.statusCode).toBe(403);
    const accounts = await s.call('POST', routes.accounts, { as: manager, body: { userName: 'sneaky', name: 'Sneaky', role: 'administrator', password: PASSWORD } });
    expect(accounts.statusCode).toBe(403);
    const bad = await s.call('PUT', routes.setting('policy'), { as: s.admin, body: { value: { nation: 'wales', closures: ['24/12/2026'] }, baseVersion: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/Nation must be|Closure date must be a date/);
    const saved = await s.call('PUT', routes.setting('policy'), { as: s.admin, body: { value: closures, baseVersion: 0 } });
    expect(saved.json()).toEqual({ version: 1 });
    const stale = await s.call('PUT', routes.setting('policy'), { as: s.admin, body: { value: closures, baseVersion: 0 } });
    expect(stale.statusCode).toBe(409);
    const wording = await s.call('PUT', routes.setting('letterWording'), { as: s.admin, body: { value: { 'final-response': { subject: 'Our answer', body: 'We have decided. No rights paragraph here.' } }, baseVersion: 0 } });
    expect(wording.statusCode).toBe(400);
    const { pages } = await s.pullAll(manager);
    expect(pages.flatMap((p) => p.changes)).toContainEqual({ kind: 'setting', key: 'policy', value: closures, version: 1 });
  });

  it('tells a desk speaking another protocol version so, and refuses a request without one', async () => {
    const s = server();
    const old = await s.call('POST', routes.pull, { body: {}, headers: { [PROTOCOL_HEADER]: '0' } });
    expect([old.statusCode, old.json().error]).toEqual([426, 'protocol-mismatch']);
    const none = await s.app.inject({ method: 'POST', url: routes.pull, payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toMatch(PROTOCOL_HEADER);
  });

  it('refuses plain HTTP off this machine unless told, and says why', () => {
    const base = { DATABASE_URL: 'postgres://x@localhost/x' };
    expect(plainHttpRefusal(loadConfig({ ...base, HOST: '127.0.0.1' }))).toBeNull();
    expect(plainHttpRefusal(loadConfig({ ...base, HOST: '0.0.0.0' }))).toMatch(/unencrypted/);
    expect(plainHttpRefusal(loadConfig({ ...base, HOST: '0.0.0.0', ALLOW_PLAIN_HTTP: '1' }))).toBeNull();
    expect(plainHttpRefusal(loadConfig({ ...base, HOST: '0.0.0.0', TLS_CERT: 'c.pem', TLS_KEY: 'k.pem' }))).toBeNull();
  });
});
