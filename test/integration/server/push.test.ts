// Pushes: replays answered once, conflicts returned whole, refusals in the policy's words, forged or oversized
// bodies refused with nothing changed, references never shared, the timeline unforkable and append-only.
import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { MAX_PUSH_BYTES, routes, type PushChange } from '../../../shared/sync';
import { becomeUser, inTransaction } from '../../../server/db/transaction';
import { it, serverTestsBlocked, useSyncServer, type Harness, type Member } from '../../support/sync-server';
import { actionChange, eventsChange, newCustomer, receiveChange } from '../../support/sync-changes';

const blocked = serverTestsBlocked();

async function clock(s: Harness): Promise<number> {
  return Number((await s.pool.query('SELECT seq FROM sync_clock')).rows[0].seq);
}

async function serverCase(s: Harness, as: Member, caseId: string) {
  const { pages } = await s.pullAll(as);
  const changes = pages.flatMap((p) => p.changes);
  const found = changes.filter((c) => c.kind === 'case' && 'case' in c && c.case.id === caseId).at(-1);
  const events = changes.filter((c) => c.kind === 'event' && 'event' in c && c.event.caseId === caseId);
  return { case: found && 'case' in found ? found.case : undefined, events: events.map((e) => ('event' in e ? e.event : undefined)) };
}

describe.skipIf(blocked)('office server: pushes', () => {
  const server = useSyncServer('push');
  let people: { agent: Member; other: Member; manager: Member } | undefined;
  const team = async () => {
    const s = server();
    people ??= { agent: await s.addMember('alun', 'Alun Agent', 'agent'), other: await s.addMember('bethan', 'Bethan Agent', 'agent'), manager: await s.addMember('mair', 'Mair Manager', 'complaints-manager') };
    return { s, ...people };
  };

  it('answers a replayed push with the first answer and applies it once', async () => {
    const { s, agent, manager } = await team();
    const receive = receiveChange({ takenById: agent.id });
    const first = await s.push(agent, [receive]);
    const again = await s.push(agent, [receive]);
    expect(again).toEqual(first);
    const act = actionChange(receive.caseId, 1, { type: 'acknowledge', sentAt: '2026-11-24T09:00:00.000Z', channel: 'email' });
    const acted = await s.push(agent, [act]);
    const replayed = await s.push(agent, [act, act]);
    expect(replayed.results).toEqual([acted.results[0], acted.results[0]]);
    const stored = await serverCase(s, manager, receive.caseId);
    expect(stored.case?.version).toBe(2);
    expect(stored.events.map((e) => e?.seq)).toEqual([1, 2]);
  });

  it('returns the server’s case on a concurrent edit: one change wins, the other is told, nothing is merged', async () => {
    const { s, agent, other } = await team();
    const receive = receiveChange({ takenById: agent.id });
    await s.push(agent, [receive]);
    const [a, b] = await Promise.all([
      s.push(agent, [actionChange(receive.caseId, 1, { type: 'acknowledge', sentAt: '2026-11-24T09:00:00.000Z', channel: 'email' })]),
      s.push(other, [actionChange(receive.caseId, 1, { type: 'categorise', category: 'billing' })]),
    ]);
    const statuses = [a.results[0]?.status, b.results[0]?.status].sort();
    expect(statuses).toEqual(['accepted', 'conflict']);
    const conflict = [a, b].map((r) => r.results[0]).find((r) => r?.status === 'conflict');
    expect(conflict?.status === 'conflict' ? conflict.case.version : 0).toBe(2);
  });

  it('refuses what the policy refuses, in its words, with nothing changed', async () => {
    const { s, agent, manager } = await team();
    const receive = receiveChange({ takenById: agent.id });
    await s.push(agent, [receive]);
    const before = await clock(s);
    const refused = await s.push(agent, [actionChange(receive.caseId, 1, { type: 'startInvestigation' })]);
    expect(refused.results[0]).toMatchObject({ status: 'refused' });
    expect(refused.results[0]?.status === 'refused' ? refused.results[0].reasons.join(' ') : '').toMatch(/review/i);
    const admin = await s.push(s.admin, [receiveChange({ takenById: s.admin.id })]);
    expect(admin.results[0]).toMatchObject({ status: 'refused', reasons: [expect.stringMatching(/Administrators manage accounts/)] });
    expect(await clock(s)).toBe(before);
    expect((await serverCase(s, manager, receive.caseId)).case?.version).toBe(1);
  });

  it('refuses an event carrying its own hash, number or actor, and an event that is a workflow action: nothing stored', async () => {
    const { s, agent, manager } = await team();
    const receive = receiveChange({ takenById: agent.id });
    await s.push(agent, [receive]);
    const before = await clock(s);
    const logged = eventsChange(receive.caseId, [{ at: '2026-11-24T09:00:00.000Z', action: 'viewed', summary: 'Opened', before: null, after: null }]);
    const event = logged.body.type === 'events' ? logged.body.events[0] : undefined;
    const forgeries = [
      { ...event, hash: 'f'.repeat(64), prevHash: '' },
      { ...event, seq: 1 },
      { ...event, actorId: manager.id },
      { ...event, action: 'close' },
    ];
    for (const forged of forgeries) {
      const res = await s.call('POST', routes.push, { as: agent, body: { changes: [{ ...logged, body: { type: 'events', events: [forged] } }] } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'malformed', message: expect.stringMatching(/nothing was changed/) });
    }
    expect(await clock(s)).toBe(before);
    const accepted = await s.push(agent, [logged]);
    expect(accepted.results[0]?.status).toBe('accepted');
    const stored = await serverCase(s, manager, receive.caseId);
    expect(stored.events.map((e) => [e?.seq, e?.action, e?.actorId])).toEqual([
      [1, 'receive', agent.id],
      [2, 'viewed', agent.id],
    ]);
  });

  it('refuses an oversized body, bad JSON and a wrong shape with a clear error, and changes nothing', async () => {
    const { s, agent } = await team();
    const before = await clock(s);
    const huge = receiveChange({ takenById: agent.id, nature: 'x'.repeat(MAX_PUSH_BYTES) });
    const big = await s.call('POST', routes.push, { as: agent, body: { changes: [huge] } });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: 'too-large' });
    const bad = await s.call('POST', routes.push, { as: agent, raw: '{"changes": [', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    const shape = await s.call('POST', routes.push, { as: agent, body: { changes: [{ changeId: 'not-a-uuid', caseId: 'x', baseVersion: -1, body: { type: 'receive' } }] } });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().problems.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['changes.0.changeId', 'changes.0.baseVersion']));
    const many = await s.call('POST', routes.push, { as: agent, body: { changes: Array.from({ length: 101 }, () => receiveChange({ takenById: agent.id })) } });
    expect(many.statusCode).toBe(400);
    expect(many.json().message).toMatch(/at most 100 changes/);
    expect(await clock(s)).toBe(before);
  });

  it('never gives two cases one reference, even when they arrive at once, and numbers staff complaints apart', async () => {
    const { s, agent } = await team();
    const changes: PushChange[] = Array.from({ length: 12 }, () => receiveChange({ takenById: agent.id, customer: newCustomer('Parallel Pat') }));
    const results = await Promise.all(changes.map((c) => s.push(agent, [c])));
    const references = results.map((r) => (r.results[0]?.status === 'accepted' ? r.results[0].reference : 'refused'));
    expect(new Set(references).size).toBe(12);
    expect(references.every((r) => /^JESQ-2026-0000\d\d$/.test(r))).toBe(true);
    const staff = await s.push(agent, [receiveChange({ takenById: agent.id, concernsStaff: true })]);
    expect(staff.results[0]).toMatchObject({ status: 'accepted', reference: expect.stringMatching(/^JESQ-2026-5\d{5}$/) });
  });

  it('makes a fork, an edited event and a deleted event impossible in the database itself', async () => {
    const { s, agent, manager } = await team();
    const receive = receiveChange({ takenById: agent.id });
    await s.push(agent, [receive]);
    await s.push(agent, [actionChange(receive.caseId, 1, { type: 'acknowledge', sentAt: '2026-11-24T09:00:00.000Z', channel: 'email' })]);
    const attempt = (sql: string) =>
      inTransaction(s.pool, {}, async (tx) => {
        await becomeUser(tx, manager.id);
        await tx.query(sql, [receive.caseId]);
      }).then(
        () => 'done',
        (e: Error) => e.message,
      );
    const fork = await attempt(
      `INSERT INTO timeline_events (case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash, change_seq, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles)
       SELECT case_id, 3, '${randomUUID()}', at, actor_id, 'forged', 'A second event after event 1', 'null', 'null', hash, 'x', change_seq, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles
         FROM timeline_events WHERE case_id = $1 AND seq = 1`,
    );
    expect(fork).toMatch(/timeline_no_fork/);
    // An event's copy of its case's audience (what its read policy tests) can only be the case's own.
    const widened = await attempt(
      `INSERT INTO timeline_events (case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash, change_seq, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles)
       SELECT case_id, 3, '${randomUUID()}', at, actor_id, 'forged', 'An event for everyone', 'null', 'null', hash || '-2', 'y', change_seq, '{agent,administrator}', '{}', '{}', '{}'
         FROM timeline_events WHERE case_id = $1 AND seq = 2`,
    );
    expect(widened).toMatch(/timeline_events_case_audience/);
    expect(await attempt(`UPDATE timeline_events SET audience_roles = '{agent,administrator}' WHERE case_id = $1`)).toMatch(/permission denied/);
    expect(await attempt(`UPDATE timeline_events SET summary = 'rewritten' WHERE case_id = $1`)).toMatch(/append-only/);
    expect(await attempt(`DELETE FROM timeline_events WHERE case_id = $1`)).toMatch(/permission denied/);
    expect((await serverCase(s, manager, receive.caseId)).events.map((e) => e?.summary)).toEqual(['Complaint received', expect.stringMatching(/acknowledg/i)]);
  });
});
