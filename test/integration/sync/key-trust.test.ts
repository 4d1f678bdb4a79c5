// A desk keeps the public key it trusts for each account: a key record the office server sends that replaces it
// (a rogue server or database administrator substituting its own, to receive future case keys) is held unused;
// a password reset's new keys are taken on every desk once a complaints manager gives access again, because the
// desks can check that manager's signature themselves (real PostgreSQL and server, desks on fake-indexeddb).
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createUserKeys, toBase64, unwrap } from '../../../shared/sealed';
import { keyRecordToJson, routes, type PullResponse } from '../../../shared/sync';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { regrantAccess } from '../../../renderer/store/duties/roles';
import { accountsAwaitingAccess } from '../../../renderer/store/duties/awaiting-access';
import { readDutyLog } from '../../../renderer/store/duties/duty-log';
import { accountsWithKeyWaiting } from '../../../renderer/store/sync/pending-key';
import { publicKeyOf } from '../../../renderer/store/sealed/case-keys';
import { installSyncHook } from '../../../renderer/store/sync-hook';
import { applyPage } from '../../../renderer/store/sync/apply';
import { readCheckpoint } from '../../../renderer/store/sync/checkpoint';
import { SyncClient } from '../../../renderer/store/sync/client';
import { makeSyncHook } from '../../../renderer/store/sync/hook';
import { pendingKeyOf, sendEndorsements } from '../../../renderer/store/sync/key-trust';
import { pushWaiting } from '../../../renderer/store/sync/push';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { intake, now, openDesk, pullAll, signInKeys, type Desk } from '../../support/sync-desks';
import { it, PASSWORD, serverTestsBlocked, useSyncServer } from '../../support/sync-server';

const blocked = serverTestsBlocked();
const NEW_PASSWORD = 'a new password the administrator set';

describe.skipIf(blocked)('the keys a desk trusts', () => {
  const server = useSyncServer('keys');
  let origin = '';
  const d: Record<string, Desk> = {};
  const desk = (name: string): Desk => {
    const found = d[name];
    if (!found) throw new Error(`no desk ${name}`);
    return found;
  };

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    d.agnes = await openDesk(s, origin, 'agnes', 'Agnes Agent', 'agent');
    d.priya = await openDesk(s, origin, 'priya', 'Priya Sharma', 'agent');
    d.maria = await openDesk(s, origin, 'maria', 'Maria Manager', 'complaints-manager');
    d.ivan = await openDesk(s, origin, 'ivan', 'Ivan Investigator', 'agent');
    for (const name of ['agnes', 'maria', 'ivan']) await pullAll(desk(name));
  }, 120_000);
  afterAll(() => installSyncHook(null));

  it('does not take a key the server sends in place of one it trusts, neither another’s nor the user’s own', async () => {
    const [agnes, maria] = ['agnes', 'maria'].map(desk) as [Desk, Desk];
    const real = await publicKeyOf(agnes.db, maria.actor.userId);
    if (!real) throw new Error('the agent’s desk has no key for the manager');
    // A rogue server knows the password (it checks it at sign-in) and makes keys of its own under it.
    const rogue = await createUserKeys(maria.actor.userId, PASSWORD, now());
    const page = await agnes.client.pull(await readCheckpoint(agnes.db, agnes.actor.userId), 500);
    const tampered: PullResponse = { ...page, changes: [...page.changes, { kind: 'userKey', userId: maria.actor.userId, publicKey: toBase64(rogue.record.publicKey) }] };
    await applyPage(agnes.db, tampered, agnes.actor.userId, now(), agnes.client);
    expect(toBase64((await publicKeyOf(agnes.db, maria.actor.userId)) as Uint8Array)).toBe(toBase64(real));
    expect((await pendingKeyOf(agnes.db, maria.actor.userId))?.publicKey).toBe(toBase64(rogue.record.publicKey));
    // A forged signature does not help: "signed" by the account itself, but not with the key the desk trusts.
    const forged: PullResponse = { ...page, changes: [{ kind: 'userKey', userId: maria.actor.userId, publicKey: toBase64(rogue.record.publicKey), endorsement: { by: maria.actor.userId, signature: toBase64(new Uint8Array(64)) } }] };
    await applyPage(agnes.db, forged, agnes.actor.userId, now(), agnes.client);
    expect(toBase64((await publicKeyOf(agnes.db, maria.actor.userId)) as Uint8Array)).toBe(toBase64(real));

    // A complaint about staff recorded now is wrapped for the real key: the rogue key opens nothing.
    const recorded = await recordComplaint(agnes.db, intake(agnes.actor.userId, 'Rhiannon Rogue', 'Priya was rude to me on the phone', [desk('priya').actor.userId]), agnes.actor, now());
    if (!recorded.ok) throw new Error(recorded.missing.join('; '));
    const wrap = (await agnes.db.caseKeys.get([recorded.case.id, maria.actor.userId]))?.wrap;
    if (!wrap) throw new Error('no wrap for the manager');
    await expect(unwrap(wrap, rogue.unlocked)).rejects.toThrow();
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 1 });

    // The manager's own desk: the server's copy of her record, replaced, is not taken while her own opens.
    class RogueClient extends SyncClient {
      override async myKeys() {
        return keyRecordToJson(rogue.record);
      }
    }
    const rogueClient = new RogueClient(origin);
    await rogueClient.signIn('maria', PASSWORD);
    const before = toBase64((await maria.db.userKeys.get(maria.actor.userId))!.publicKey);
    await signInKeys({ ...maria, client: rogueClient });
    expect(toBase64((await maria.db.userKeys.get(maria.actor.userId))!.publicKey)).toBe(before);
    expect((await maria.client.myKeys())?.publicKey).toBe(before);
    await pullAll(maria);
    expect((await maria.db.cases.get(recorded.case.id))?.nature).toBe('Priya was rude to me on the phone');
  });

  it('takes a password reset’s new keys on every desk once a complaints manager gives access, and the case opens again', async () => {
    const [agnes, maria, ivan] = ['agnes', 'maria', 'ivan'].map(desk) as [Desk, Desk, Desk];
    const s = server();
    await pullAll(maria);
    const recorded = await recordComplaint(maria.db, intake(maria.actor.userId, 'Iona Investigated', 'Priya gave me the wrong meter reading on purpose', [desk('priya').actor.userId]), maria.actor, now());
    if (!recorded.ok) throw new Error(recorded.missing.join('; '));
    const caseId = recorded.case.id;
    expect((await applyCaseAction(maria.db, { caseId, expectedVersion: 1, action: { type: 'assignInvestigator', investigatorId: ivan.actor.userId } }, maria.actor, now())).ok).toBe(true);
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 2, refused: 0 });
    await pullAll(ivan);
    expect((await ivan.db.cases.get(caseId))?.investigatorId).toBe(ivan.actor.userId);
    const oldKey = toBase64((await ivan.db.userKeys.get(ivan.actor.userId))!.publicKey);

    // The administrator resets Ivan's password on the server; he signs in with it at his desk.
    const reset = await s.call('PATCH', routes.account(ivan.actor.userId), { as: s.admin, body: { password: NEW_PASSWORD } });
    expect(reset.statusCode, reset.body).toBe(200);
    const fresh = new SyncClient(origin);
    await fresh.signIn('ivan', NEW_PASSWORD);
    const ivanNow: Desk = { ...ivan, client: fresh };
    const { joinKeys } = await import('../../../renderer/store/sync/start');
    await joinKeys(ivan.db, fresh, { id: ivan.actor.userId, name: 'Ivan Investigator', role: 'agent', active: true }, NEW_PASSWORD, now());
    const newKey = toBase64((await ivan.db.userKeys.get(ivan.actor.userId))!.publicKey);
    expect(newKey).not.toBe(oldKey);
    expect((await ivan.db.userKeys.get(ivan.actor.userId))?.awaitingGrant).toBe(true);

    // Every other desk holds the new key unused until a complaints manager vouches for it.
    await pullAll(agnes);
    await pullAll(maria);
    expect(toBase64((await publicKeyOf(agnes.db, ivan.actor.userId)) as Uint8Array)).toBe(oldKey);
    expect((await pendingKeyOf(maria.db, ivan.actor.userId))?.publicKey).toBe(newKey);
    // Roles and access on the manager's desk: "Key waiting for confirmation" for him, until she confirms it.
    const waitingOnMariasDesk = async () =>
      accountsAwaitingAccess(await maria.db.users.toArray(), await maria.db.userKeys.toArray(), (await readDutyLog(maria.db)).entries, maria.actor.userId, await accountsWithKeyWaiting(maria.db)).map(
        (w) => [w.user.id, w.keyWaiting],
      );
    expect(await waitingOnMariasDesk()).toEqual([[ivan.actor.userId, true]]);

    expect(await regrantAccess(maria.db, maria.actor, ivan.actor.userId, now())).toMatchObject({ ok: true, cases: 1 });
    expect(await waitingOnMariasDesk()).toEqual([]);
    // What the sync loop does next: the signature, then the grant.
    await sendEndorsements(maria.db, (userId, publicKey, endorsement) => maria.client.endorse(userId, publicKey, endorsement));
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 1, refused: 0 });

    await pullAll(agnes);
    expect(toBase64((await publicKeyOf(agnes.db, ivan.actor.userId)) as Uint8Array)).toBe(newKey);
    await pullAll(ivanNow);
    expect((await ivan.db.userKeys.get(ivan.actor.userId))?.awaitingGrant).toBeUndefined();
    expect((await ivan.db.cases.get(caseId))?.nature).toBe('Priya gave me the wrong meter reading on purpose');
    expect(await verifyTimeline(ivan.db, caseId)).toMatchObject({ ok: true });

    // His second desk, which held his old keys: the server's new record opens with the new password and is the
    // one a complaints manager signed, so it is taken as granted.
    const second = new ComplaintsDatabase(`ivan-second-${crypto.randomUUID()}`);
    const other: Desk = { ...ivanNow, db: second };
    await pullAll(other);
    await joinKeys(second, fresh, { id: ivan.actor.userId, name: 'Ivan Investigator', role: 'agent', active: true }, NEW_PASSWORD, now());
    expect(toBase64((await second.userKeys.get(ivan.actor.userId))!.publicKey)).toBe(newKey);
    expect((await second.userKeys.get(ivan.actor.userId))?.awaitingGrant).toBeUndefined();
  });
});
