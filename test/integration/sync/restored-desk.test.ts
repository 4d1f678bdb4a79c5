// A joined desk restored from a backup: the backup's waiting changes are not sent (the restore drops them, as its
// confirmation says), and a case reassigned away from the desk's user since the backup does not stay on it. The
// purge order for it went only to desks whose checkpoint had seen the case; the restored desk starts again from
// no checkpoint, so before its first pull it names the cases it holds and purges those the server says its user
// may not see now. The server's answer names a hidden case and a case that never existed alike, byte for byte
// (real PostgreSQL and server, the app's own restore and sync loop; desks on fake-indexeddb).
import 'fake-indexeddb/auto';
import '../store/backup/web-platform';
import type { AddressInfo } from 'node:net';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { CaseAction } from '../../../shared/policy';
import { routes } from '../../../shared/sync';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { backupBlob } from '../../../renderer/store/backup/make-backup';
import { openCase } from '../../../renderer/store/case-views';
import { restoreBackup } from '../../../renderer/store/backup/restore-backup';
import { activeDeskName, type PointerStore } from '../../../renderer/store/backup/active-desk';
import { installSyncHook } from '../../../renderer/store/sync-hook';
import { makeSyncHook } from '../../../renderer/store/sync/hook';
import { writeJoinedServer } from '../../../renderer/store/sync/joined';
import { SyncLoop } from '../../../renderer/store/sync/loop';
import { pushWaiting } from '../../../renderer/store/sync/push';
import { wasRestored } from '../../../renderer/store/sync/restored-mark';
import { readCheckpoint } from '../../../renderer/store/sync/checkpoint';
import { syncStatus } from '../../../renderer/store/sync/status';
import { intake, now, openDesk, pullAll, signInKeys, type Desk } from '../../support/sync-desks';
import { it, PASSWORD, serverTestsBlocked, useSyncServer } from '../../support/sync-server';

const blocked = serverTestsBlocked();

const STAFF_WORDS = 'Priya Sharma laughed when I said I could not pay the bill';
const STAFF_CUSTOMER = 'Winifred Ashbourne-Clegg';
const passphrase = 'Restored on a Tuesday 17';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & PointerStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function act(desk: Desk, caseId: string, action: CaseAction): Promise<void> {
  const current = await desk.db.cases.get(caseId);
  const done = await applyCaseAction(desk.db, { caseId, expectedVersion: current!.version, action }, desk.actor, now());
  expect(done.ok, JSON.stringify(done)).toBe(true);
}

describe.skipIf(blocked)('a joined desk restored from a backup', () => {
  const server = useSyncServer('restored');
  let origin = '';
  const storage = memoryStorage();
  const previousStorage = globalThis.localStorage;

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    // The restore reads whether the desk is joined from localStorage, as in the app.
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
    writeJoinedServer({ address: origin, joinedAt: now(), uploaded: true }, storage);
  }, 120_000);
  afterAll(() => {
    installSyncHook(null);
    Object.defineProperty(globalThis, 'localStorage', { value: previousStorage, configurable: true, writable: true });
  });

  it('drops the backup’s waiting changes and purges a case reassigned away since the backup, keeping the rest', { timeout: 180_000 }, async () => {
    const s = server();
    const agnes = await openDesk(s, origin, 'agnes', 'Agnes Agent', 'agent');
    const priya = await openDesk(s, origin, 'priya', 'Priya Sharma', 'agent');
    const ivan = await openDesk(s, origin, 'ivan', 'Ivan Investigator', 'agent');
    await openDesk(s, origin, 'irene', 'Irene Investigator', 'agent');
    const maria = await openDesk(s, origin, 'maria', 'Maria Manager', 'complaints-manager');
    await pullAll(agnes);

    const phone = await recordComplaint(agnes.db, intake(agnes.actor.userId, 'Gwen Telephone', 'Two estimated bills in a row'), agnes.actor, now());
    const staff = await recordComplaint(agnes.db, intake(agnes.actor.userId, STAFF_CUSTOMER, STAFF_WORDS, [priya.actor.userId]), agnes.actor, now());
    if (!phone.ok || !staff.ok) throw new Error('not recorded');
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 2 });
    await pullAll(maria);
    const irene = (await maria.db.users.toArray()).find((u) => u.name === 'Irene Investigator');
    await act(maria, staff.case.id, { type: 'assignInvestigator', investigatorId: ivan.actor.userId });
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 1 });

    // The investigator's desk holds both cases, and a note typed on the staff case not yet sent: then a backup.
    await pullAll(ivan);
    expect((await ivan.db.cases.get(staff.case.id))?.investigatorId).toBe(ivan.actor.userId);
    const note: CaseAction = { type: 'recordConversation', conversationId: crypto.randomUUID(), on: now().slice(0, 10), channel: 'telephone', people: [{ name: 'Winifred' }], summary: 'Typed before the backup, never sent' };
    await act(ivan, staff.case.id, note);
    expect(await ivan.db.outbox.count()).toBe(1);
    const { blob } = await backupBlob(ivan.db, { now: now(), appVersion: '0.1.0', passphrase });

    // Since the backup: the manager gives the case to another investigator.
    await pullAll(maria);
    await act(maria, staff.case.id, { type: 'assignInvestigator', investigatorId: irene?.id ?? '' });
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 1 });

    // The investigator's desk is restored from that backup.
    const outcome = await restoreBackup(blob, passphrase, { pointer: storage, now: now(), current: ivan.db });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    ivan.db.close();
    const restored = new ComplaintsDatabase(activeDeskName(storage));
    await signInKeys(ivan, restored);
    expect(await restored.cases.get(staff.case.id)).toBeDefined();
    expect(await restored.outbox.count()).toBe(0);
    expect(await readCheckpoint(restored, ivan.actor.userId)).toBe('');
    expect(await wasRestored(restored)).toBe(true);

    const loop = new SyncLoop({ db: restored, client: ivan.client, actor: ivan.actor, reconnect: async () => ivan.client.signIn('ivan', PASSWORD).then(() => true, () => false) });
    loop.start();
    await until('the restored desk is up to date', async () => !(await wasRestored(restored)) && syncStatus().state === 'connected' && syncStatus().firstSync === null && (await readCheckpoint(restored, ivan.actor.userId)) !== '');
    await loop.stop();

    expect(await restored.cases.get(staff.case.id)).toBeUndefined();
    expect(await restored.caseRows.get(staff.case.id)).toBeUndefined();
    expect(await restored.purgeLog.where('caseId').equals(staff.case.id).first()).toMatchObject({ reason: 'purge-order' });
    expect(await restored.cases.get(phone.case.id)).toBeDefined();
    // The note typed before the backup never reached the server.
    await pullAll(maria);
    const onServer = await openCase(maria.db, staff.case.id, maria.actor, now());
    expect(onServer.status).toBe('open');
    expect(onServer.status === 'open' && onServer.timeline.filter((e) => e.actorId === ivan.actor.userId)).toEqual([]);
    restored.close();
    await Dexie.delete(restored.name);
  });

  it('answers which held cases to purge alike for a case hidden from the user and one that never existed', async () => {
    const s = server();
    const agnes = await openDesk(s, origin, 'agatha', 'Agatha Agent', 'agent');
    const named = await s.addMember('norah', 'Norah Named', 'agent');
    await openDesk(s, origin, 'mabel', 'Mabel Manager', 'complaints-manager');
    await pullAll(agnes);
    const phone = await recordComplaint(agnes.db, intake(agnes.actor.userId, 'Hal Telephone', 'Meter read wrongly'), agnes.actor, now());
    const staff = await recordComplaint(agnes.db, intake(agnes.actor.userId, STAFF_CUSTOMER, STAFF_WORDS, [named.id]), agnes.actor, now());
    if (!phone.ok || !staff.ok) throw new Error('not recorded');
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 2 });

    const never = crypto.randomUUID();
    const ask = async (caseIds: string[]) => {
      const answer = await s.call('POST', routes.heldCases, { as: named, body: { caseIds } });
      expect(answer.statusCode).toBe(200);
      return answer.body;
    };
    // The named colleague: the staff complaint is answered exactly as an id that never existed.
    expect(await ask([staff.case.id, phone.case.id, never])).toBe(JSON.stringify({ purge: [staff.case.id, never] }));
    expect(await ask([staff.case.id])).toBe(JSON.stringify({ purge: [staff.case.id] }));
    expect(await ask([never])).toBe(JSON.stringify({ purge: [never] }));
    // And a case id the user does see is never in the answer.
    expect(await ask([phone.case.id])).toBe(JSON.stringify({ purge: [] }));
    // Bad requests are refused with what is wrong.
    const empty = await s.call('POST', routes.heldCases, { as: named, body: { caseIds: [] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Name at least one case');
  });
});
