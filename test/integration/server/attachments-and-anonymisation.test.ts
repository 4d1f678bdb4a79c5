// Files by SHA-256 (checked on arrival, size-limited, downloadable through a visible case only) and anonymisation
// on the server, which every desk's copy then follows.
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect } from 'vitest';
import type { TimelineEvent } from '../../../shared/model';
import { ATTACHMENT_MISMATCH, MAX_ATTACHMENT_BYTES, routes } from '../../../shared/sync';
import { checkChain } from '../../../renderer/store/timeline/verify';
import { it, serverTestsBlocked, useSyncServer } from '../../support/sync-server';
import { actionChange, newCustomer, receiveChange } from '../../support/sync-changes';

const blocked = serverTestsBlocked();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.skipIf(blocked)('office server: files and anonymisation', () => {
  const server = useSyncServer('files');

  it('stores a file once under its SHA-256, refuses one that does not match or is too large, and serves it through its case', async () => {
    const s = server();
    const agent = await s.addMember('cerys', 'Cerys Agent', 'agent');
    const other = await s.addMember('dylan', 'Dylan Agent', 'agent');
    const bytes = Buffer.from('A meter reading photo, pretend');
    const wrong = await s.call('PUT', routes.attachment('0'.repeat(64)), { as: agent, raw: bytes });
    expect([wrong.statusCode, wrong.json().message]).toEqual([400, ATTACHMENT_MISMATCH]);
    const tooBig = await s.call('PUT', routes.attachment('1'.repeat(64)), { as: agent, raw: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) });
    expect([tooBig.statusCode, tooBig.json().error]).toEqual([413, 'too-large']);
    const stored = await s.call('PUT', routes.attachment(sha(bytes)), { as: agent, raw: bytes });
    const again = await s.call('PUT', routes.attachment(sha(bytes)), { as: other, raw: bytes });
    expect([stored.json(), again.json()]).toEqual([
      { sha256: sha(bytes), sizeBytes: bytes.length },
      { sha256: sha(bytes), sizeBytes: bytes.length },
    ]);
    // Uploaded but named by no case: nobody may download it yet.
    expect((await s.call('GET', routes.attachment(sha(bytes)), { as: agent })).statusCode).toBe(404);
    const receive = receiveChange({ takenById: agent.id });
    await s.push(agent, [receive, actionChange(receive.caseId, 1, { type: 'attachDocument', attachmentId: randomUUID(), name: 'meter.jpg', mimeType: 'image/jpeg', sizeBytes: bytes.length, sha256: sha(bytes), source: 'customer' })]);
    const download = await s.call('GET', routes.attachment(sha(bytes)), { as: other });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    const signedOut = await s.app.inject({ method: 'PUT', url: routes.attachment(sha(bytes)), headers: { 'x-complaints-protocol': '1', 'content-type': 'application/octet-stream' }, payload: bytes });
    expect(signedOut.statusCode).toBe(401);
  });

  it('anonymises a case past retention for a complaints manager: content replaced, chain intact, files gone', async () => {
    const s = server();
    const agent = await s.addMember('eirlys', 'Eirlys Agent', 'agent');
    const manager = await s.addMember('ffion', 'Ffion Manager', 'complaints-manager');
    const customer = newCustomer('Siân Anonymouse', { email: 'sian@example.co.uk' });
    const receive = receiveChange({ takenById: agent.id, customer, nature: 'Siân Anonymouse says the bill was wrong' });
    if (receive.body.type === 'receive') {
      receive.body.complaint.receivedAt = '2015-03-02T10:00:00.000Z';
      receive.body.recordedAt = '2015-03-02T10:05:00.000Z';
    }
    const bytes = Buffer.from('Siân’s letter');
    await s.call('PUT', routes.attachment(sha(bytes)), { as: agent, raw: bytes });
    const pushed = await s.push(agent, [
      receive,
      actionChange(receive.caseId, 1, { type: 'attachDocument', attachmentId: randomUUID(), name: 'letter.txt', mimeType: 'text/plain', sizeBytes: bytes.length, sha256: sha(bytes), source: 'customer' }, '2015-03-02T10:10:00.000Z'),
      actionChange(receive.caseId, 2, { type: 'resolveAtFirstContact', outcome: 'upheld', summary: 'Bill corrected for Siân', remedies: [{ kind: 'apology' }], resolvedAt: '2015-03-02T10:20:00.000Z' }, '2015-03-02T10:20:00.000Z'),
    ]);
    expect(pushed.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const byAgent = await s.push(agent, [{ changeId: randomUUID(), caseId: receive.caseId, baseVersion: 3, body: { type: 'anonymise', takenAt: new Date().toISOString() } }]);
    expect(byAgent.results[0]).toMatchObject({ status: 'refused' });
    const done = await s.push(manager, [{ changeId: randomUUID(), caseId: receive.caseId, baseVersion: 3, body: { type: 'anonymise', takenAt: new Date().toISOString() } }]);
    expect(done.results[0]).toMatchObject({ status: 'accepted', version: 4 });

    const { pages } = await s.pullAll(agent);
    const changes = pages.flatMap((p) => p.changes);
    const events = changes.flatMap((c) => (c.kind === 'event' && 'event' in c && c.event.caseId === receive.caseId ? [c.event] : []));
    const latest = new Map<number, TimelineEvent>();
    for (const e of events) latest.set(e.seq, e);
    const timeline = [...latest.values()].sort((a, b) => a.seq - b.seq);
    expect(checkChain(receive.caseId, timeline, null)).toMatchObject({ ok: true, events: 4 });
    const finalCase = changes.filter((c) => c.kind === 'case' && 'case' in c && c.case.id === receive.caseId).at(-1);
    const text = JSON.stringify({ timeline, finalCase });
    expect(text).not.toMatch(/Siân|Anonymouse|sian@example/);
    expect((await s.call('GET', routes.attachment(sha(bytes)), { as: manager })).statusCode).toBe(404);
    // Gone at rest too: a superuser (who bypasses row-level security) finds no bytes.
    const superuser = new pg.Client({ connectionString: s.cluster.adminUrl(s.database) });
    await superuser.connect();
    const left = await superuser.query('SELECT count(*)::int AS n FROM attachment_blobs WHERE sha256 = $1', [sha(bytes)]);
    await superuser.end();
    expect(left.rows[0].n).toBe(0);
  });
});
