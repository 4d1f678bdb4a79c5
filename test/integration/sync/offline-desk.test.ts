// The offline story at scale, driven by the app's own sync loop: a desk with the office server out of
// reach records 20 actions on 10 cases while another desk changes 3 of them; when the server is back everything
// lands, each conflict is settled by the rules (the action re-run on the server's case, or refused in the policy's
// words with what was typed kept), and every case's timeline verifies on both desks (real PostgreSQL and server,
// the server cut off by closing a TCP relay in front of it; desks on fake-indexeddb).
import 'fake-indexeddb/auto';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { CaseAction } from '../../../shared/policy';
import { applyCaseAction, recordComplaint } from '../../../renderer/store/cases';
import { installSyncHook } from '../../../renderer/store/sync-hook';
import { makeSyncHook } from '../../../renderer/store/sync/hook';
import { SyncLoop } from '../../../renderer/store/sync/loop';
import { openRecord, refusedChanges, waitingCount } from '../../../renderer/store/sync/outbox';
import { pushWaiting } from '../../../renderer/store/sync/push';
import { syncStatus } from '../../../renderer/store/sync/status';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { intake, now, openDesk, pullAll, type Desk } from '../../support/sync-desks';
import { it, PASSWORD, serverTestsBlocked, useSyncServer } from '../../support/sync-server';

const blocked = serverTestsBlocked();

/** A relay to the server that can be cut (connections refused, open ones dropped) and restored on the same port. */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly target: number) {}
  async open(): Promise<void> {
    this.server = net.createServer((socket) => {
      const upstream = net.connect(this.target, '127.0.0.1');
      for (const s of [socket, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      socket.pipe(upstream).pipe(socket);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(blocked)('a desk offline at scale', () => {
  const server = useSyncServer('offline');
  let agnes: Desk;
  let maria: Desk;
  let relay: Relay;

  beforeAll(async () => {
    const s = server();
    await s.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (s.app.server.address() as AddressInfo).port;
    relay = new Relay(port);
    await relay.open();
    installSyncHook(makeSyncHook({ queued: () => undefined }));
    agnes = await openDesk(s, `http://127.0.0.1:${relay.port}`, 'agnes', 'Agnes Agent', 'agent');
    maria = await openDesk(s, `http://127.0.0.1:${port}`, 'maria', 'Maria Manager', 'complaints-manager');
  }, 120_000);
  afterAll(async () => {
    installSyncHook(null);
    await relay.cut();
  });

  it('lands 20 actions on 10 cases made offline, settles the 3 changed meanwhile by the rules, and every timeline verifies', async () => {
    await pullAll(agnes);
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const r = await recordComplaint(agnes.db, intake(agnes.actor.userId, `Olwen Offline ${i}`, `Bill ${i} was estimated twice`), agnes.actor, now());
      if (!r.ok) throw new Error(r.missing.join('; '));
      ids.push(r.case.id);
    }
    expect(await pushWaiting(agnes.db, agnes.client, agnes.actor, now)).toMatchObject({ accepted: 10 });
    await pullAll(agnes);
    await pullAll(maria);

    // The app's loop runs on the agent's desk; the server goes out of its reach.
    const loop = new SyncLoop({ db: agnes.db, client: agnes.client, actor: agnes.actor, reconnect: async () => agnes.client.signIn('agnes', PASSWORD).then(() => true, () => false) });
    await relay.cut();
    loop.start();
    await until('the desk says it is offline', async () => syncStatus().state === 'offline');

    const ack: CaseAction = { type: 'acknowledge', sentAt: now(), channel: 'email' };
    const note = (i: number): CaseAction => ({ type: 'recordConversation', conversationId: crypto.randomUUID(), on: now().slice(0, 10), channel: 'telephone', people: [{ name: `Olwen Offline ${i}` }], summary: `Typed offline for case ${i}: she asked for a call back` });
    for (const [i, caseId] of ids.entries()) {
      for (const action of [ack, note(i)]) {
        const current = await agnes.db.cases.get(caseId);
        const done = await applyCaseAction(agnes.db, { caseId, expectedVersion: current!.version, action }, agnes.actor, now());
        expect(done.ok, JSON.stringify(done)).toBe(true);
      }
    }
    expect(await waitingCount(agnes.db)).toBe(20);

    // Meanwhile, at the manager's desk: case 0 withdrawn, case 1 acknowledged, case 2 a conversation recorded.
    const mariaDoes: [number, CaseAction][] = [
      [0, { type: 'withdraw', withdrawnAt: now(), how: 'telephone', reason: 'Sorted with the supplier' }],
      [1, { type: 'acknowledge', sentAt: now(), channel: 'letter' }],
      [2, note(2)],
    ];
    for (const [i, action] of mariaDoes) {
      const current = await maria.db.cases.get(ids[i]!);
      expect((await applyCaseAction(maria.db, { caseId: ids[i]!, expectedVersion: current!.version, action }, maria.actor, now())).ok).toBe(true);
    }
    expect(await pushWaiting(maria.db, maria.client, maria.actor, now)).toMatchObject({ accepted: 3, refused: 0 });

    // The server is back: the loop (woken, as a change on the desk would) sends everything and pulls.
    await relay.open();
    loop.kick();
    await until('the outbox holds only refusals', async () => (await waitingCount(agnes.db)) === 0 && syncStatus().state === 'connected');
    await loop.stop();

    // Refusals: only where the policy now says no (the manager acknowledged case 1 first; case 0 was withdrawn),
    // each with the policy's words, and what was typed kept.
    const refused = (await Promise.all(ids.map((id) => refusedChanges(agnes.db, id, agnes.actor.userId)))).flat();
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) {
      expect([ids[0], ids[1]]).toContain(r.caseId);
      expect(r.refusal?.join(' ')).toMatch(/\w{4,}/);
      const held = openRecord(r, agnes.db.keyring.personalKeyOf(agnes.actor.userId));
      expect(held?.change.body.type).toBe('action');
    }
    expect(refused.some((r) => r.caseId === ids[1] && /acknowledg/i.test(r.refusal?.join(' ') ?? ''))).toBe(true);

    await pullAll(agnes);
    await pullAll(maria);
    for (const [i, caseId] of ids.entries()) {
      const [here, there] = [await agnes.db.cases.get(caseId), await maria.db.cases.get(caseId)];
      expect(here?.version, `case ${i}`).toBe(there?.version);
      for (const db of [agnes.db, maria.db]) expect(await verifyTimeline(db, caseId), `case ${i}`).toMatchObject({ ok: true });
      // Every action the desk made that the policy allowed is on the server's case: acknowledged, and its note kept.
      if (i >= 2) {
        expect(there?.acknowledgement, `case ${i}`).toBeDefined();
        expect(there?.conversations.some((c) => c.summary.startsWith(`Typed offline for case ${i}`)), `case ${i}`).toBe(true);
      }
    }
    expect(await maria.db.cases.get(ids[1]!).then((c) => c?.conversations.some((x) => x.summary.startsWith('Typed offline for case 1')))).toBe(true);
  }, 180_000);
});
