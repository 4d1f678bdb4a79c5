// A first sync says "n of m": the server counts, as the user under row-level security, the cases a pull from the
// start will carry, and the desk keeps the count with its checkpoint (so a first sync stopped midway resumes with
// it). A complaint about staff is not counted for a user who may not see it: their answer is byte for byte what it
// was before the complaint existed, the opaque checkpoint apart (real PostgreSQL and server; desks on fake-indexeddb).
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { recordComplaint } from '../../../renderer/store/cases';
import { installSyncHook } from '../../../renderer/store/sync-hook';
import { applyPage } from '../../../renderer/store/sync/apply';
import { readCheckpoint, readFirstSync } from '../../../renderer/store/sync/checkpoint';
import { makeSyncHook } from '../../../renderer/store/sync/hook';
import { pushWaiting } from '../../../renderer/store/sync/push';
import { pullResponse } from '../../../shared/sync';
import { intake, now, openDesk, pullAll, type Desk } from '../../support/sync-desks';
import { it, PASSWORD, serverTestsBlocked, useSyncServer, type Harness, type Member } from '../../support/sync-server';

const blocked = serverTestsBlocked();

const STAFF_WORDS = 'Nadia Okafor hung up on me twice about my direct debit';
const STAFF_CUSTOMER = 'Rosalind Featherstonehaugh';

/** The raw answer to a pull from the start, with its (random, opaque) checkpoint token blanked. */
async function firstPageText(s: Harness, as: Member): Promise<string> {
  const answer = await s.call('POST', '/v1/pull', { as, body: { checkpoint: '', limit: 2000 } });
  expect(answer.statusCode).toBe(200);
  return answer.body.replace(/"checkpoint":"[A-Za-z0-9_-]*"/, '"checkpoint":"-"');
}

async function record(desk: Desk, customer: string, nature: string, named: string[] = []): Promise<string> {
  const r = await recordComplaint(desk.db, intake(desk.actor.userId, customer, nature, named), desk.actor, now());
  if (!r.ok) throw new Error(r.missing.join('; '));
  return r.case.id;
}

describe.skipIf(blocked)('a first sync counts what it will carry', () => {
  const server = useSyncServer('firstsync');
  let origin = '';
  let agnes: Desk;

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    agnes = await openDesk(s, origin, 'agnes', 'Agnes Agent', 'agent');
    for (let i = 0; i < 5; i += 1) await record(agnes, `Customer ${i}`, `Bill ${i} was estimated twice`);
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 5 });
  }, 120_000);
  afterAll(() => installSyncHook(null));

  it('gives the total with the first page only, and the desk shows received of total until it is up to date', async () => {
    const maria = await openDesk(server(), origin, 'maria', 'Maria Manager', 'complaints-manager');
    const seen: ({ received: number; total: number } | null)[] = [];
    let totals = 0;
    let cases = 0;
    for (;;) {
      const page = await maria.client.pull(await readCheckpoint(maria.db, maria.actor.userId), 2);
      if (page.caseTotal !== undefined) totals += 1;
      cases += page.changes.filter((r) => r.kind === 'case').length;
      await applyPage(maria.db, page, maria.actor.userId, now());
      seen.push(await readFirstSync(maria.db, maria.actor.userId));
      if (!page.more) break;
    }
    expect(totals).toBe(1);
    expect(cases).toBe(5);
    expect(seen.length).toBeGreaterThan(2);
    // Progress only grows, ends at the total, and is gone once the desk is up to date.
    const during = seen.slice(0, -1);
    expect(during.every((p) => p?.total === 5)).toBe(true);
    const received = during.map((p) => p?.received ?? -1);
    expect([...received].sort((a, b) => a - b)).toEqual(received);
    expect(received[received.length - 1]).toBeLessThanOrEqual(5);
    expect(seen[seen.length - 1]).toBeNull();
    // A pull after the start carries no total.
    const later = await maria.client.pull(await readCheckpoint(maria.db, maria.actor.userId), 2);
    expect(later.caseTotal).toBeUndefined();
  });

  it('counts a complaint about staff for its audience only: for the named colleague and the recorder, the answer does not change by one byte', async () => {
    const s = server();
    const nadia = await openDesk(s, origin, 'nadia', 'Nadia Okafor', 'agent');
    const mona = await openDesk(s, origin, 'mona', 'Mona Manager', 'complaints-manager');
    const nadiaMember = { id: nadia.actor.userId, role: nadia.actor.role, name: nadia.name, token: await tokenOf(s, 'nadia') };
    const monaMember = { id: mona.actor.userId, role: mona.actor.role, name: mona.name, token: await tokenOf(s, 'mona') };
    const agnesMember = { id: agnes.actor.userId, role: agnes.actor.role, name: agnes.name, token: await tokenOf(s, 'agnes') };

    const nadiaBefore = await firstPageText(s, nadiaMember);
    const agnesTotalBefore = pullResponse.parse(JSON.parse(await firstPageText(s, agnesMember))).caseTotal;
    const monaTotalBefore = pullResponse.parse(JSON.parse(await firstPageText(s, monaMember))).caseTotal;

    await pullAll(agnes); // the managers' public keys, to seal the case to
    const staffCase = await record(agnes, STAFF_CUSTOMER, STAFF_WORDS, [nadia.actor.userId]);
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 1 });

    const nadiaAfter = await firstPageText(s, nadiaMember);
    expect(nadiaAfter).toBe(nadiaBefore);
    for (const secret of [staffCase, STAFF_WORDS, STAFF_CUSTOMER]) expect(nadiaAfter).not.toContain(secret);
    expect(pullResponse.parse(JSON.parse(nadiaAfter)).caseTotal).toBe(5);

    // The recorder gets a receipt, not the case: it is not counted as one.
    const agnesAfter = pullResponse.parse(JSON.parse(await firstPageText(s, agnesMember)));
    expect(agnesTotalBefore).toBe(5);
    expect(agnesAfter.caseTotal).toBe(5);
    expect(agnesAfter.changes.filter((r) => r.kind === 'case')).toHaveLength(5);

    // Its audience (a complaints manager) counts it, and receives exactly as many cases as counted.
    const monaAfter = pullResponse.parse(JSON.parse(await firstPageText(s, monaMember)));
    expect(monaTotalBefore).toBe(5);
    expect(monaAfter.caseTotal).toBe(6);
    expect(monaAfter.changes.filter((r) => r.kind === 'case')).toHaveLength(6);
  });
});

async function tokenOf(s: Harness, userName: string): Promise<string> {
  const answer = await s.call('POST', '/v1/session', { body: { userName, password: PASSWORD } });
  const token = (JSON.parse(answer.body) as { token?: string }).token;
  if (!token) throw new Error(`Could not sign ${userName} in: ${answer.body}`);
  return token;
}
