// A desk that worked alone joins the office server: its cases are uploaded once, with the server's accounts put in,
// references that collide numbered again (the desk's kept as a former reference), each timeline chained again and
// closed by an event naming the desk's verified head; a complaint about a named colleague reaches only its audience.
import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import type { ComplaintCase, TimelineEvent } from '../../../shared/model';
import {
  DESK_UPLOAD_ACTION,
  ONLY_MANAGERS_UPLOAD,
  routes,
  UNMATCHED_ACCOUNT,
  type DeskAccount,
  type DeskUploadResponse,
  type UploadedCase,
} from '../../../shared/sync';
import { checkChain } from '../../../shared/timeline/check';
import { DESK_FILE, DESK_FILE_SHA, deskCase, deskStaff, type DeskCase } from '../../support/desk-cases';
import { receiveChange } from '../../support/sync-changes';
import { it, serverTestsBlocked, useSyncServer, type Harness, type Member } from '../../support/sync-server';

const blocked = serverTestsBlocked();

const STAFF_CUSTOMER = 'Eluned Quarrington-Vosk';
const STAFF_WORDS = ['Gobbledegookery', 'Snollygoster'];

interface World {
  s: Harness;
  agent: Member;
  investigator: Member;
  named: Member;
  manager: Member;
  accounts: DeskAccount[];
  cases: DeskCase[];
  staffCase: DeskCase;
}

function upload(c: DeskCase, changeId: string = randomUUID()): UploadedCase {
  return { changeId, case: c.case, events: c.events, customer: c.customer };
}

async function send(s: Harness, as: Member, accounts: DeskAccount[], cases: UploadedCase[]): Promise<DeskUploadResponse> {
  const res = await s.call('POST', routes.deskUpload, { as, body: { accounts, cases } });
  if (res.statusCode !== 200) throw new Error(`Upload failed (${res.statusCode}): ${res.body}`);
  return res.json();
}

async function build(s: Harness): Promise<World> {
  const agent = await s.addMember('amira', 'Amira Khan', 'agent');
  const investigator = await s.addMember('ivy', 'Ivy Chen', 'investigator');
  const named = await s.addMember('dave', 'Dave Parry', 'agent');
  const manager = await s.addMember('morgan', 'Morgan Lewis', 'complaints-manager');
  // The server already numbered three complaints of 2026: the desk's first references collide with them.
  for (let i = 0; i < 3; i += 1) await s.push(agent, [receiveChange({ takenById: agent.id })]);
  const accounts: DeskAccount[] = [
    { deskUserId: deskStaff.agent.id, serverUserId: agent.id },
    { deskUserId: deskStaff.investigator.id, serverUserId: investigator.id },
    { deskUserId: deskStaff.namedEmployee.id, serverUserId: named.id },
    { deskUserId: deskStaff.manager.id, serverUserId: manager.id },
    { deskUserId: deskStaff.secondAgent.id, serverUserId: null },
  ];
  const stages = ['received', 'acknowledged', 'under-review', 'investigating', 'responded', 'withdrawn', 'resolved-at-first-contact', 'enquiry', 'received'] as const;
  const cases = stages.map((stage, i) => deskCase(i + 1, stage));
  const staffCase = deskCase(1, 'investigating', { aboutStaff: true, customerName: STAFF_CUSTOMER, nature: `${STAFF_WORDS[0]}: the engineer was rude about the meter, ${STAFF_WORDS[1]}` });
  const file = await s.call('PUT', routes.attachment(DESK_FILE_SHA), { as: manager, raw: DESK_FILE });
  expect(file.statusCode).toBe(200);
  return { s, agent, investigator, named, manager, accounts, cases, staffCase };
}

async function pulled(s: Harness, as: Member): Promise<{ text: string; cases: ComplaintCase[]; events: TimelineEvent[] }> {
  const { pages } = await s.pullAll(as);
  const changes = pages.flatMap((p) => p.changes);
  return {
    text: pages.map((p) => JSON.stringify(p)).join('\n'),
    cases: changes.flatMap((c) => (c.kind === 'case' && 'case' in c ? [c.case] : [])),
    events: changes.flatMap((c) => (c.kind === 'event' && 'event' in c ? [c.event] : [])),
  };
}

describe.skipIf(blocked)('office server: a desk’s own cases uploaded when it joins', () => {
  const server = useSyncServer('deskupload');
  let world: Promise<World> | undefined;
  const w = () => (world ??= build(server()));

  it('lists every account with its user name to an administrator only, to match the desk’s accounts by', async () => {
    const x = await w();
    const list = await x.s.call('GET', routes.accounts, { as: x.s.admin });
    expect(list.statusCode).toBe(200);
    expect(list.json().accounts).toEqual(expect.arrayContaining([{ user: expect.objectContaining({ id: x.named.id, name: 'Dave Parry' }), userName: 'dave' }]));
    expect((await x.s.call('GET', routes.accounts, { as: x.manager })).statusCode).toBe(403);
  });

  it('is refused to anyone but a complaints manager, and refuses a case naming a desk account left unmatched', async () => {
    const x = await w();
    const stray = deskCase(50, 'received');
    const named = { ...stray, case: { ...stray.case, takenById: deskStaff.secondAgent.id } };
    const asAdmin = await x.s.call('POST', routes.deskUpload, { as: x.s.admin, body: { accounts: x.accounts, cases: [upload(stray)] } });
    expect([asAdmin.statusCode, asAdmin.json().message]).toEqual([403, ONLY_MANAGERS_UPLOAD]);
    const answer = await send(x.s, x.manager, x.accounts, [upload(named)]);
    expect(answer.results).toEqual([expect.objectContaining({ status: 'refused', reasons: [UNMATCHED_ACCOUNT(deskStaff.secondAgent.id)] })]);
    const broken = { ...stray, events: stray.events.map((e) => ({ ...e, summary: `${e.summary}!` })) };
    const refused = await send(x.s, x.manager, x.accounts, [upload(broken)]);
    expect(refused.results[0]).toMatchObject({ status: 'refused', reasons: [expect.stringMatching(/does not verify: Event 1 has been altered/)] });
    const { cases } = await pulled(x.s, x.manager);
    expect(cases.some((c) => c.id === stray.case.id)).toBe(false);
  });

  it('uploads every case once, even when a closed tab sends them again; colliding references are numbered again and the desk’s kept', async () => {
    const x = await w();
    const items = [...x.cases, x.staffCase].map((c) => upload(c));
    // The tab closed after the first request landed: the desk sends everything again with the same change ids.
    const first = await send(x.s, x.manager, x.accounts, items.slice(0, 4));
    const all = await send(x.s, x.manager, x.accounts, items);
    expect(all.results.slice(0, 4)).toEqual(first.results);
    expect(all.results.map((r) => (r.status === "refused" ? r.reasons.join("; ") : r.status)).filter((r) => r !== "accepted")).toEqual([]);
    const again = await send(x.s, x.manager, x.accounts, items);
    expect(again.results).toEqual(all.results);

    const { cases } = await pulled(x.s, x.manager);
    const references = cases.map((c) => c.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const item of items) expect(cases.filter((c) => c.id === item.case.id)).toHaveLength(1);
    const uploaded = (id: string) => cases.find((c) => c.id === id);
    // The server had numbered 1 to 3: the desk's JESQ-2026-000001 collides, is numbered again and keeps its old reference.
    const firstCase = uploaded(x.cases[0]?.case.id ?? '');
    expect(firstCase?.reference).not.toBe('JESQ-2026-000001');
    expect(firstCase?.formerReferences).toEqual(['JESQ-2026-000001']);
    // The complaint about staff is numbered in the server's own series.
    const staff = uploaded(x.staffCase.case.id);
    expect(staff?.reference).toMatch(/^JESQ-2026-5\d{5}$/);
    expect(staff?.formerReferences).toEqual(['JESQ-2026-S00001']);
    expect(staff?.namedStaffUserIds).toEqual([x.named.id]);
    expect(staff?.investigatorId).toBe(x.investigator.id);
    expect(staff?.recordedById).toBe(x.agent.id);
  });

  it('keeps the desk’s reference when it is free, and every timeline verifies on the server, closed by the desk’s verified head', async () => {
    const x = await w();
    const later = deskCase(400, 'received');
    const [answer] = (await send(x.s, x.manager, x.accounts, [upload(later)])).results;
    expect(answer).toMatchObject({ status: 'accepted', reference: 'JESQ-2026-000400', deskReference: 'JESQ-2026-000400' });
    const { events } = await pulled(x.s, x.manager);
    for (const c of [...x.cases, x.staffCase, later]) {
      const timeline = events.filter((e) => e.caseId === c.case.id).sort((a, b) => a.seq - b.seq);
      expect(checkChain(c.case.id, timeline, null)).toMatchObject({ ok: true, events: c.events.length + 1 });
      const closing = timeline[timeline.length - 1];
      const deskHead = c.events[c.events.length - 1];
      expect(closing?.action).toBe(DESK_UPLOAD_ACTION);
      expect(closing?.actorId).toBe(x.manager.id);
      expect(closing?.before).toMatchObject({ reference: c.case.reference, deskChainHead: { seq: deskHead?.seq, hash: deskHead?.hash } });
      const deskIds = new Set(Object.values(deskStaff).map((u) => u.id));
      expect(timeline.some((e) => deskIds.has(e.actorId))).toBe(false);
    }
  });

  it('sends the named employee, other agents and the administrator no byte of the complaint about them', async () => {
    const x = await w();
    const { cases } = await pulled(x.s, x.manager);
    const staff = cases.find((c) => c.id === x.staffCase.case.id);
    const forbidden = [STAFF_CUSTOMER, 'Quarrington', ...STAFF_WORDS, x.staffCase.case.id, x.staffCase.customer.id, staff?.reference ?? 'missing', 'S00001', 'rude about the meter'];
    for (const member of [x.named, x.s.admin]) {
      const bodies = [(await pulled(x.s, member)).text];
      bodies.push((await x.s.call('POST', routes.history, { as: member, body: { caseIds: [x.staffCase.case.id] } })).body);
      bodies.push((await x.s.call('GET', routes.session, { as: member })).body);
      bodies.push((await x.s.call('GET', routes.attachment(DESK_FILE_SHA), { as: member })).body);
      const text = bodies.join('\n');
      for (const term of forbidden) expect(text, `${member.name} received "${term}"`).not.toContain(term);
    }
    // The investigator assigned on the desk reads it whole.
    const investigator = await pulled(x.s, x.investigator);
    for (const term of [STAFF_CUSTOMER, ...STAFF_WORDS]) expect(investigator.text).toContain(term);
  });
});
