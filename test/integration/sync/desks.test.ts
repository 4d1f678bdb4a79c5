// Desks on fake-indexeddb against the real office server and PostgreSQL: the outbox pushes, pulls apply through
// the store's projections, a confidential case reaches only its audience, and a reassignment purges it.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Actor, ComplaintCase } from '../../../shared/model';
import { applyCaseAction, recordComplaint, type RecordComplaintInput } from '../../../renderer/store/cases';
import { openCase } from '../../../renderer/store/case-views';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { installSyncHook } from '../../../renderer/store/sync-hook';
import { applyPage } from '../../../renderer/store/sync/apply';
import { readCheckpoint } from '../../../renderer/store/sync/checkpoint';
import { SyncClient, SyncRequestError } from '../../../renderer/store/sync/client';
import { makeSyncHook } from '../../../renderer/store/sync/hook';
import { pushWaiting } from '../../../renderer/store/sync/push';
import { nextToPush, waitingCount } from '../../../renderer/store/sync/outbox';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { joinKeys } from '../../../renderer/store/sync/start';
import { readReceipt } from '../../../renderer/store/sealed/seal-case';
import { it, PASSWORD, serverTestsBlocked, useSyncServer, type Member } from '../../support/sync-server';

const blocked = serverTestsBlocked();

const STAFF_WORDS = 'Priya Sharma shouted at me during the call about the meter reading';
const STAFF_CUSTOMER = 'Theodora Quennell';

interface Desk {
  db: ComplaintsDatabase;
  client: SyncClient;
  actor: Actor;
}

const now = () => new Date().toISOString();

function intake(member: Member, customerName: string, nature: string, named: string[] = []): RecordComplaintInput {
  return {
    customer: { details: { name: customerName, phone: '020 7946 0011', email: 'customer@example.co.uk' } },
    complaint: { kind: 'complaint', channel: 'telephone', receivedAt: now(), takenById: member.id, nature, concernsStaff: named.length > 0, namedStaffUserIds: named },
  };
}

async function pullAll(desk: Desk): Promise<void> {
  for (;;) {
    const page = await desk.client.pull(await readCheckpoint(desk.db, desk.actor.userId), 500);
    await applyPage(desk.db, page, desk.actor.userId, now());
    if (!page.more) return;
  }
}

/** Every record of every table as stored, as JSON: what someone reading the desk's IndexedDB would find. */
async function dump(db: ComplaintsDatabase): Promise<string> {
  return db.transaction('r', db.tables, async () => {
    const tx = Dexie.currentTransaction;
    if (tx) db.keyring.markRaw(tx.idbtrans);
    const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
    return JSON.stringify(tables);
  });
}

describe.skipIf(blocked)('desks against the office server', () => {
  const server = useSyncServer('desks');
  let origin = '';
  const desks: Record<string, Desk> = {};

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 45231 });
    origin = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    for (const [userName, name, role] of [
      ['agnes', 'Agnes Agent', 'agent'],
      ['priya', 'Priya Sharma', 'agent'],
      ['maria', 'Maria Manager', 'complaints-manager'],
      ['ivan', 'Ivan Investigator', 'agent'],
      ['irene', 'Irene Investigator', 'agent'],
      ['mona', 'Mona Manager', 'complaints-manager'],
    ] as const) {
      const member = await s.addMember(userName, name, role);
      const client = new SyncClient(origin);
      await client.signIn(userName, PASSWORD);
      desks[userName] = { db: new ComplaintsDatabase(`desk-${userName}`), client, actor: { userId: member.id, role } };
    }
    // Each member's keys as a joined desk's sign-in makes them (store/sync/start.ts joinKeys): sent to the server,
    // whose pull gives every desk everyone's public key. Mona signs in later: the agent's desk cannot know her key.
    for (const desk of Object.values(desks)) {
      if (desk !== desks.mona) await joinKeys(desk.db, desk.client, { id: desk.actor.userId, name: desk.actor.userId, role: desk.actor.role, active: true }, PASSWORD, now());
    }
  }, 120_000);
  afterAll(() => installSyncHook(null));

  it('carries a telephone complaint and a staff complaint to the right desks only, and purges on reassignment', async () => {
    const { agnes, priya, maria, ivan, irene, mona } = desks as Record<string, Desk>;
    if (!agnes || !priya || !maria || !ivan || !irene || !mona) throw new Error('desks missing');
    const s = server();
    const members = Object.fromEntries(await Promise.all(Object.entries(desks).map(async ([k, d]) => [k, d.actor.userId] as const)));
    await pullAll(agnes);
    const agent = { id: members.agnes ?? '' } as Member;
    // A desk sends only its own user's keys: the agent cannot put her key pair in the manager's name.
    const own = await agnes.client.myKeys();
    if (!own) throw new Error('the agent’s keys did not reach the server');
    await expect(agnes.client.putKeys({ ...own, userId: maria.actor.userId })).rejects.toThrow(/own keys/);

    const phone = await recordComplaint(agnes.db, intake(agent, 'Gwen Telephone', 'Two estimated bills in a row'), agnes.actor, now());
    const staffCase = await recordComplaint(agnes.db, intake(agent, STAFF_CUSTOMER, STAFF_WORDS, [members.priya ?? '']), agnes.actor, now());
    if (!phone.ok || !staffCase.ok) throw new Error('not recorded');
    // Held sealed: the agent's desk never writes the staff complaint readably, not even before the push (the
    // outbox holds it under her personal key, the case under its case key).
    expect(await dump(agnes.db)).not.toContain(STAFF_CUSTOMER);
    expect(await agnes.db.cases.get(staffCase.case.id)).toBeUndefined();

    const round = await pushWaiting(agnes.db, agnes.client, agnes.actor, now);
    expect(round).toEqual({ accepted: 2, refused: 0, retried: 0 });
    expect(await agnes.db.outbox.count()).toBe(0);
    await pullAll(agnes);
    const onAgentDesk = (await agnes.db.cases.get(phone.case.id)) as ComplaintCase;
    expect(onAgentDesk.reference).toMatch(/^JESQ-\d{4}-0000\d\d$/);
    expect(await verifyTimeline(agnes.db, phone.case.id)).toMatchObject({ ok: true, events: 1 });
    // The agent keeps only the receipt, sealed to her own key, with the server's reference; nothing of the case.
    expect((await readReceipt(agnes.db, staffCase.case.id, agnes.actor.userId))?.reference).toMatch(/^JESQ-/);
    expect(await agnes.db.caseRows.get(staffCase.case.id)).toBeUndefined();
    expect(await agnes.db.purgeLog.where('caseId').equals(staffCase.case.id).first()).toMatchObject({ reason: 'receipt' });

    await pullAll(maria);
    const managed = (await maria.db.cases.get(staffCase.case.id)) as ComplaintCase;
    expect(managed.nature).toBe(STAFF_WORDS);
    expect(managed.reference).toMatch(/^JESQ-\d{4}-5\d{5}$/);
    // Stored sealed on the manager's desk too: in IndexedDB only ciphertext.
    expect(await dump(maria.db)).not.toContain(STAFF_CUSTOMER);
    expect(await maria.db.cases.get(phone.case.id)).toBeDefined();
    expect(await verifyTimeline(maria.db, staffCase.case.id)).toMatchObject({ ok: true });

    const assigned = await applyCaseAction(maria.db, { caseId: managed.id, expectedVersion: managed.version, action: { type: 'assignInvestigator', investigatorId: members.ivan ?? '' } }, maria.actor, now());
    expect(assigned.ok).toBe(true);
    const assignRound = await pushWaiting(maria.db, maria.client, maria.actor, now);
    expect(assignRound, JSON.stringify(await maria.db.outbox.toArray())).toMatchObject({ accepted: 1 });

    await pullAll(ivan);
    expect((await ivan.db.cases.get(staffCase.case.id))?.investigatorId).toBe(members.ivan);
    const opened = await openCase(ivan.db, staffCase.case.id, ivan.actor, now());
    expect(opened.status === 'open' && opened.timeline.length).toBeGreaterThanOrEqual(2);
    expect(await verifyTimeline(ivan.db, staffCase.case.id)).toMatchObject({ ok: true });
    expect(await dump(ivan.db)).not.toContain(STAFF_CUSTOMER);

    await joinKeys(mona.db, mona.client, { id: mona.actor.userId, name: 'Mona Manager', role: 'complaints-manager', active: true }, PASSWORD, now());
    // A manager the recording desk held no public key for receives the case as ciphertext only, and cannot open
    // it; its customer travels only inside it (late-wraps.test.ts opens it once a manager gives her access).
    await pullAll(mona);
    expect(await mona.db.cases.get(staffCase.case.id)).toBeUndefined();
    expect(await mona.db.syncState.get(`sealed-case:${staffCase.case.id}`)).toBeDefined();
    expect(await dump(mona.db)).not.toContain('shouted at me');
    expect(await dump(mona.db)).not.toContain(STAFF_CUSTOMER);

    for (const desk of [agnes, priya]) {
      await pullAll(desk);
      const bytes = await dump(desk.db);
      expect(bytes).not.toContain(STAFF_CUSTOMER);
      expect(bytes).not.toContain('shouted at me');
    }

    await pullAll(maria);
    const current = (await maria.db.cases.get(staffCase.case.id)) as ComplaintCase;
    const reassigned = await applyCaseAction(maria.db, { caseId: current.id, expectedVersion: current.version, action: { type: 'assignInvestigator', investigatorId: members.irene ?? '' } }, maria.actor, now());
    expect(reassigned.ok).toBe(true);
    await pushWaiting(maria.db, maria.client, maria.actor, now);
    await pushWaiting(ivan.db, ivan.client, ivan.actor, now);
    await pullAll(ivan);
    expect(await ivan.db.cases.get(staffCase.case.id)).toBeUndefined();
    expect(await ivan.db.purgeLog.where('caseId').equals(staffCase.case.id).count()).toBe(1);
    expect(await dump(ivan.db)).not.toContain(STAFF_CUSTOMER);
    await pullAll(irene);
    expect((await irene.db.cases.get(staffCase.case.id))?.investigatorId).toBe(members.irene);
    expect(s).toBeDefined();
  });

  it('re-runs an action on the server’s newer case after a conflict, and keeps a refusal with the policy’s words', async () => {
    const { agnes, maria } = desks as Record<string, Desk>;
    if (!agnes || !maria) throw new Error('desks missing');
    const recorded = await recordComplaint(agnes.db, intake({ id: agnes.actor.userId } as Member, 'Colin Conflict', 'Direct debit taken twice'), agnes.actor, now());
    if (!recorded.ok) throw new Error('not recorded');
    await pushWaiting(agnes.db, agnes.client, agnes.actor, now);
    await pullAll(agnes);
    await pullAll(maria);
    const caseId = recorded.case.id;
    const ack = { type: 'acknowledge' as const, sentAt: now(), channel: 'email' as const };
    // Both desks acknowledge version 1; the manager's lands first.
    const onMaria = (await maria.db.cases.get(caseId)) as ComplaintCase;
    const onAgnes = (await agnes.db.cases.get(caseId)) as ComplaintCase;
    expect((await applyCaseAction(maria.db, { caseId, expectedVersion: onMaria.version, action: ack }, maria.actor, now())).ok).toBe(true);
    expect((await applyCaseAction(agnes.db, { caseId, expectedVersion: onAgnes.version, action: ack }, agnes.actor, now())).ok).toBe(true);
    await pushWaiting(maria.db, maria.client, maria.actor, now);
    const round = await pushWaiting(agnes.db, agnes.client, agnes.actor, now);
    expect(round.refused).toBe(1);
    const refused = await agnes.db.outbox.where('caseId').equals(caseId).toArray();
    expect(refused).toHaveLength(1);
    expect(refused[0]?.refusal?.join(' ')).toMatch(/acknowledg/i);
    await pullAll(agnes);
    expect((await agnes.db.cases.get(caseId))?.version).toBe(2);
    expect(await verifyTimeline(agnes.db, caseId)).toMatchObject({ ok: true });
  });

  it('keeps working offline, and what was recorded meanwhile lands once when the server answers again, even after a lost answer', async () => {
    const { agnes, maria } = desks as Record<string, Desk>;
    if (!agnes || !maria) throw new Error('desks missing');
    const agent = { id: agnes.actor.userId } as Member;
    const unreachable = new SyncClient('http://127.0.0.1:9');
    const recorded: ComplaintCase[] = [];
    for (let i = 0; i < 3; i += 1) {
      const r = await recordComplaint(agnes.db, intake(agent, `Olive Offline ${i}`, 'Meter read wrongly while the server was down'), agnes.actor, now());
      if (!r.ok) throw new Error(r.missing.join('; '));
      recorded.push(r.case);
    }
    const first = recorded[0] as ComplaintCase;
    const ack = { type: 'acknowledge' as const, sentAt: now(), channel: 'email' as const };
    expect((await applyCaseAction(agnes.db, { caseId: first.id, expectedVersion: 1, action: ack }, agnes.actor, now())).ok).toBe(true);
    // Offline: nothing leaves, everything waits, the desk shows provisional references meanwhile.
    await expect(pushWaiting(agnes.db, unreachable, agnes.actor, now)).rejects.toThrow(SyncRequestError);
    expect(await waitingCount(agnes.db)).toBe(4);
    expect((await agnes.db.cases.get(first.id))?.reference).toMatch(/-9\d{5}$/);

    // The server takes the first two changes but its answer never reaches the desk (tab closed mid-push).
    const waiting = await nextToPush(agnes.db, agnes.actor.userId);
    await agnes.client.push(waiting.slice(0, 2).map((p) => p.change));
    expect(await waitingCount(agnes.db)).toBe(4);

    // Back online: the same changes again get their first answers; nothing is applied twice.
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toEqual({ accepted: 4, refused: 0, retried: 0 });
    expect(await waitingCount(agnes.db)).toBe(0);
    await pullAll(agnes);
    expect((await agnes.db.cases.get(first.id))?.reference).toMatch(/^JESQ-\d{4}-0000\d\d$/);
    await pullAll(maria);
    const rows = await maria.db.caseRows.filter((r) => r.customerName.startsWith('Olive Offline')).toArray();
    expect(rows.map((r) => r.caseId).sort()).toEqual(recorded.map((c) => c.id).sort());
    for (const c of recorded) expect(await verifyTimeline(maria.db, c.id)).toMatchObject({ ok: true, events: c.id === first.id ? 2 : 1 });
    expect((await maria.db.cases.get(first.id))?.stage).toBe((await agnes.db.cases.get(first.id))?.stage);
  });

  it('resumes a first sync where it stopped when the desk was closed in the middle, with nothing doubled', async () => {
    const { maria } = desks as Record<string, Desk>;
    if (!maria) throw new Error('desks missing');
    const user = { id: maria.actor.userId, name: 'Maria Manager', role: 'complaints-manager' as const, active: true };
    const name = 'desk-maria-second';
    const before = new ComplaintsDatabase(name);
    await joinKeys(before, maria.client, user, PASSWORD, now());
    // One small page applied, then the desk is closed.
    await applyPage(before, await maria.client.pull('', 3), user.id, now());
    const stoppedAt = await readCheckpoint(before, user.id);
    expect(stoppedAt).not.toBe('');
    before.close();

    const reopened = new ComplaintsDatabase(name);
    await joinKeys(reopened, maria.client, user, PASSWORD, now());
    const desk: Desk = { db: reopened, client: maria.client, actor: maria.actor };
    expect(await readCheckpoint(reopened, user.id)).toBe(stoppedAt);
    await pullAll(desk);
    await pullAll(maria);
    const here = (await reopened.caseRows.toCollection().primaryKeys()).sort();
    expect(here).toEqual((await maria.db.caseRows.toCollection().primaryKeys()).sort());
    for (const caseId of here) expect(await verifyTimeline(reopened, caseId)).toMatchObject({ ok: true });
  });
});
