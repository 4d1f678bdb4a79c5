// A desk that worked alone joins the office server (real Dexie on fake-indexeddb, real PostgreSQL): its accounts
// are matched by name, a complaints manager's sign-in uploads its cases once, a tab closed mid-upload resumes
// without doubles, colliding references are numbered again and still found by the old one, and every timeline
// verifies on this desk and on a second desk that pulls them.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { User } from '../../../shared/model';
import { recordComplaint } from '../../../renderer/store/cases';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { searchCases } from '../../../renderer/store/search';
import { SyncClient } from '../../../renderer/store/sync/client';
import { deskAccounts, matchAccounts, unmatchedNamed } from '../../../renderer/store/sync/desk-upload/match-accounts';
import { accountsNamedOnDesk, markDeskCasesForUpload, pendingUploads, uploadDesk, type DeskUploadClient } from '../../../renderer/store/sync/desk-upload/upload-desk';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { receiveChange } from '../../support/sync-changes';
import { intake, now, pullAll, type Desk } from '../../support/sync-desks';
import { it, PASSWORD, serverTestsBlocked, useSyncServer, type Member } from '../../support/sync-server';

const blocked = serverTestsBlocked();

const deskAgent: User = { id: 'desk-agent-amira', name: 'Amira Khan', role: 'agent', active: true };
const deskManager: User = { id: 'desk-manager-morgan', name: 'morgan', role: 'complaints-manager', active: true };
const deskLeaver: User = { id: 'desk-agent-left', name: 'Lefty Gone', role: 'agent', active: false };

describe.skipIf(blocked)('a desk’s own cases uploaded when it joins the office server', () => {
  const server = useSyncServer('deskupload-desk');
  let origin = '';
  let manager: Member;
  let agent: Member;

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    agent = await s.addMember('amira', 'Amira Khan', 'agent');
    manager = await s.addMember('Morgan', 'Morgan Lewis', 'complaints-manager');
    // The server numbered two complaints already: the desk's JESQ-…-000001 and 000002 collide with them.
    await s.push(agent, [receiveChange({ takenById: agent.id, caseId: crypto.randomUUID() })]);
    await s.push(agent, [receiveChange({ takenById: agent.id, caseId: crypto.randomUUID() })]);
  });
  afterAll(async () => {
    await server().app.close();
  });

  it('matches, uploads once across a closed tab, and every desk verifies the timelines', async () => {
    const db = new ComplaintsDatabase(`desk-upload-${crypto.randomUUID()}`);
    await db.users.bulkPut([deskAgent, deskManager, deskLeaver]);
    const actor = { userId: deskAgent.id, role: deskAgent.role };
    const recorded: string[] = [];
    for (let i = 1; i <= 10; i += 1) {
      const result = await recordComplaint(db, intake(deskAgent.id, `Desk Customer ${i}`, `Quibblesome meter reading number ${i}`), actor, now());
      if (!('case' in result)) throw new Error(JSON.stringify(result));
      recorded.push(result.case.id);
    }
    const firstReference = (await db.cases.get(recorded[0] ?? ''))?.reference;
    expect(firstReference).toMatch(/^JESQ-\d{4}-000001$/);

    // Joining: the administrator's sign-in lists the server's accounts; the desk's are matched by name.
    expect(await markDeskCasesForUpload(db)).toBe(10);
    const admin = new SyncClient(origin);
    await admin.signIn('admin', PASSWORD);
    const named = await accountsNamedOnDesk(db, new Set([deskAgent.id, deskManager.id, deskLeaver.id]));
    expect([...named]).toEqual([deskAgent.id]);
    const rows = matchAccounts([deskAgent, deskManager, deskLeaver], await admin.accounts(), named);
    expect(rows.map((r) => r.server?.user.id ?? null)).toEqual([agent.id, manager.id, null]);
    expect(unmatchedNamed(rows)).toEqual([]);

    // A complaints manager signs in; the tab closes after the server took the cases, before the desk heard back.
    const client = new SyncClient(origin);
    await client.signIn('morgan', PASSWORD);
    const closing: DeskUploadClient = {
      upload: (sha, bytes) => client.upload(sha, bytes),
      deskUpload: async (accounts, cases) => {
        await client.deskUpload(accounts, cases);
        throw new Error('The tab was closed');
      },
    };
    await expect(uploadDesk(db, closing, deskAccounts(rows), now)).rejects.toThrow('The tab was closed');
    expect((await pendingUploads(db)).size).toBe(10);
    const outcome = await uploadDesk(db, client, deskAccounts(rows), now);
    expect(outcome).toMatchObject({ done: 10, total: 10, refused: [], unread: 0 });
    expect((await pendingUploads(db)).size).toBe(0);

    // The desk's own copies were replaced: the pull brings the server's, with its accounts, references and chains.
    const desk: Desk = { db, client, actor: { userId: manager.id, role: 'complaints-manager' }, name: 'Morgan Lewis' };
    await pullAll(desk);
    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(12);
    expect(new Set(cases.map((c) => c.reference)).size).toBe(12);
    for (const id of recorded) {
      const c = cases.find((x) => x.id === id);
      expect(c?.recordedById).toBe(agent.id);
      expect(await verifyTimeline(db, id)).toMatchObject({ ok: true, events: 2 });
    }
    // A letter sent with the desk's old reference still finds the case.
    const found = await searchCases(db, firstReference ?? '', desk.actor, now());
    expect(found.items.map((i) => i.caseId)).toContain(recorded[0]);

    // A second desk pulls them and verifies every timeline.
    const second = new SyncClient(origin);
    await second.signIn('amira', PASSWORD);
    const other: Desk = { db: new ComplaintsDatabase(`desk-second-${crypto.randomUUID()}`), client: second, actor: { userId: agent.id, role: 'agent' }, name: 'Amira Khan' };
    await pullAll(other);
    expect(await other.db.cases.count()).toBe(12);
    for (const id of recorded) expect(await verifyTimeline(other.db, id)).toMatchObject({ ok: true, events: 2 });
  });
});
