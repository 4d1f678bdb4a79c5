// The office server end to end: sign in, record a complaint, pull it back, act on it.
import { describe, expect } from 'vitest';
import { routes } from '../../../shared/sync';
import { it, serverTestsBlocked, useSyncServer } from '../../support/sync-server';
import { actionChange, receiveChange } from '../../support/sync-changes';

const blocked = serverTestsBlocked();

describe.skipIf(blocked)('office server: recording and pulling', () => {
  const server = useSyncServer('smoke');

  it('records a complaint with a server reference and pulls it back with its chained first event', async () => {
    const s = server();
    const agent = await s.addMember('agnes', 'Agnes Agent', 'agent');
    const change = receiveChange({ takenById: agent.id });
    const pushed = await s.push(agent, [change]);
    expect(pushed.results[0]).toMatchObject({ status: 'accepted', version: 1, reference: 'JESQ-2026-000001' });
    const { pages } = await s.pullAll(agent);
    const kinds = pages.flatMap((p) => p.changes.map((c) => c.kind));
    expect(kinds).toContain('case');
    expect(kinds).toContain('event');
    expect(kinds).toContain('customer');
    const ack = await s.push(agent, [actionChange(change.caseId, 1, { type: 'acknowledge', sentAt: '2026-11-24T09:00:00.000Z', channel: 'email' } as never)]);
    expect(ack.results[0]?.status).toBe('accepted');
    const health = await s.call('GET', routes.health);
    expect(health.json()).toMatchObject({ ok: true });
  });
});
