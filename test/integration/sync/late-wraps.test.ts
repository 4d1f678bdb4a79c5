// A complaint about staff whose key reaches a reader after the case did: a complaints manager given access later,
// an investigator assigned before their keys were known, a shared desk where another reader signs in. The desk
// that held only ciphertext opens the case with its whole timeline once the wrap arrives, and until then holds
// nothing readable of it: not the complaint, not the customer (real PostgreSQL and server, desks on fake-indexeddb).
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { openCase } from '../../../renderer/store/case-views';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { regrantAccess } from '../../../renderer/store/duties/roles';
import { installSyncHook } from '../../../renderer/store/sync-hook';
import { applyPage, heldSealedKey, openHeldSealedCases } from '../../../renderer/store/sync/apply';
import { readCheckpoint } from '../../../renderer/store/sync/checkpoint';
import { wrapForAssignedInvestigators } from '../../../renderer/store/sync/grants';
import { makeSyncHook } from '../../../renderer/store/sync/hook';
import { pushWaiting } from '../../../renderer/store/sync/push';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { dump, intake, now, openDesk, pullAll, signInKeys, type Desk } from '../../support/sync-desks';
import { it, serverTestsBlocked, useSyncServer } from '../../support/sync-server';

const blocked = serverTestsBlocked();

const CUSTOMER = 'Theodora Quennell';
const WORDS = 'Priya Sharma shouted at me during the call about the meter reading';

describe.skipIf(blocked)('a wrap that arrives after the case', () => {
  const server = useSyncServer('late');
  let origin = '';
  const d: Record<string, Desk> = {};
  let caseId = '';

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    d.agnes = await openDesk(s, origin, 'agnes', 'Agnes Agent', 'agent');
    d.priya = await openDesk(s, origin, 'priya', 'Priya Sharma', 'agent');
    d.maria = await openDesk(s, origin, 'maria', 'Maria Manager', 'complaints-manager');
    // Mona's and Ivan's keys reach the server only after the complaint is recorded and assigned.
    d.mona = await openDesk(s, origin, 'mona', 'Mona Manager', 'complaints-manager', { keys: false });
    d.ivan = await openDesk(s, origin, 'ivan', 'Ivan Investigator', 'agent', { keys: false });
  }, 120_000);
  afterAll(() => installSyncHook(null));

  const desk = (name: string): Desk => {
    const found = d[name];
    if (!found) throw new Error(`no desk ${name}`);
    return found;
  };

  it('holds only ciphertext, and no readable customer, on a manager’s desk until a complaints manager gives access; then opens the case with its timeline', async () => {
    const [agnes, priya, maria, mona] = ['agnes', 'priya', 'maria', 'mona'].map(desk) as [Desk, Desk, Desk, Desk];
    await pullAll(agnes);
    const recorded = await recordComplaint(agnes.db, intake(agnes.actor.userId, CUSTOMER, WORDS, [priya.actor.userId]), agnes.actor, now());
    if (!recorded.ok) throw new Error(recorded.missing.join('; '));
    caseId = recorded.case.id;
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 1 });

    await signInKeys(mona);
    await pullAll(mona);
    expect(await mona.db.cases.get(caseId)).toBeUndefined();
    expect(await mona.db.syncState.get(heldSealedKey(caseId))).toBeDefined();
    // Her user may read it by the policy but this desk cannot open it yet: neither the complaint nor who made it.
    let bytes = await dump(mona.db);
    expect(bytes).not.toContain(CUSTOMER);
    expect(bytes).not.toContain('shouted at me');
    expect(bytes).not.toContain('020 7946 0011');

    await pullAll(maria);
    expect((await maria.db.cases.get(caseId))?.nature).toBe(WORDS);
    expect((await maria.db.customers.get(recorded.customer.id))?.name).toBe(CUSTOMER);
    expect(await regrantAccess(maria.db, maria.actor, mona.actor.userId, now())).toEqual({ ok: true, cases: 1 });
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 1, refused: 0 });

    await pullAll(mona);
    const opened = await mona.db.cases.get(caseId);
    expect(opened?.nature).toBe(WORDS);
    expect((await mona.db.customers.get(recorded.customer.id))?.name).toBe(CUSTOMER);
    expect(await verifyTimeline(mona.db, caseId)).toMatchObject({ ok: true, events: 1 });
    expect(await mona.db.syncState.get(heldSealedKey(caseId))).toBeUndefined();
    // Opened, and stored sealed again at rest.
    expect(await dump(mona.db)).not.toContain(CUSTOMER);
    for (const other of [agnes, priya]) {
      await pullAll(other);
      bytes = await dump(other.db);
      expect(bytes).not.toContain(CUSTOMER);
      expect(bytes).not.toContain('shouted at me');
    }
  });

  it('wraps the key for an investigator assigned before their keys were known, and their desk opens it with the whole timeline', async () => {
    const [maria, ivan] = ['maria', 'ivan'].map(desk) as [Desk, Desk];
    const before = await maria.db.cases.get(caseId);
    if (!before) throw new Error('the manager’s desk lost the case');
    const assigned = await applyCaseAction(maria.db, { caseId, expectedVersion: before.version, action: { type: 'assignInvestigator', investigatorId: ivan.actor.userId } }, maria.actor, now());
    expect(assigned.ok).toBe(true);
    expect(await maria.db.caseKeys.get([caseId, ivan.actor.userId])).toBeUndefined();
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 1 });

    await signInKeys(ivan);
    await pullAll(ivan);
    expect(await ivan.db.cases.get(caseId)).toBeUndefined();
    expect(await ivan.db.syncState.get(heldSealedKey(caseId))).toBeDefined();
    expect(await dump(ivan.db)).not.toContain(CUSTOMER);

    // The manager's desk learns Ivan's public key from its pull, and (as its sync loop does then) wraps for him.
    await pullAll(maria);
    expect(await wrapForAssignedInvestigators(maria.db, maria.actor, now())).toBe(1);
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 1, refused: 0 });
    await pullAll(ivan);
    expect((await ivan.db.cases.get(caseId))?.investigatorId).toBe(ivan.actor.userId);
    expect(await verifyTimeline(ivan.db, caseId)).toMatchObject({ ok: true, events: 2 });
    const view = await openCase(ivan.db, caseId, ivan.actor, now());
    expect(view.status).toBe('open');
    expect(await dump(ivan.db)).not.toContain(CUSTOMER);
    // Nothing doubled: the manager's copy and the investigator's agree.
    await pullAll(maria);
    expect((await maria.db.cases.get(caseId))?.version).toBe((await ivan.db.cases.get(caseId))?.version);
  });

  it('opens at sign-in a case the desk held as ciphertext, when the reader signing in holds a wrap', async () => {
    const [maria] = ['maria'].map(desk) as [Desk];
    const s = server();
    // Nora, a complaints manager without a wrap, pulls on a desk she shares with Maria.
    const nora = await openDesk(s, origin, 'nora', 'Nora Manager', 'complaints-manager', { database: 'shared-desk' });
    await pullAll(nora);
    expect(await nora.db.syncState.get(heldSealedKey(caseId))).toBeDefined();
    expect(await dump(nora.db)).not.toContain(CUSTOMER);

    // Maria signs in at that desk: the case opens before her first pull there.
    const shared: ComplaintsDatabase = nora.db;
    await signInKeys(maria, shared);
    expect(await openHeldSealedCases(shared, maria.actor.userId, now(), maria.client)).toBe(1);
    expect((await shared.cases.get(caseId))?.nature).toBe(WORDS);
    expect(await verifyTimeline(shared, caseId)).toMatchObject({ ok: true });
    expect(await shared.syncState.get(heldSealedKey(caseId))).toBeUndefined();
  });

  it('completes a first sync in pages of one record, where a case comes in a later page than its first events', async () => {
    const [maria] = ['maria'].map(desk) as [Desk];
    const fresh = new ComplaintsDatabase(`maria-fresh-${crypto.randomUUID()}`);
    await signInKeys(maria, fresh);
    for (let pages = 0; pages < 500; pages += 1) {
      const page = await maria.client.pull(await readCheckpoint(fresh, maria.actor.userId), 1);
      await applyPage(fresh, page, maria.actor.userId, now(), maria.client);
      if (!page.more) break;
    }
    await pullAll(maria);
    const here = (await fresh.caseRows.toCollection().primaryKeys()).sort();
    expect(here).toEqual((await maria.db.caseRows.toCollection().primaryKeys()).sort());
    for (const id of here) expect(await verifyTimeline(fresh, id)).toEqual(await verifyTimeline(maria.db, id));
  });
});

