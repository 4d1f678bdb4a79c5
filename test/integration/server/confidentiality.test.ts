// A complaint about staff reaches only the complaints managers and its investigator: every response of every role,
// byte for byte, is searched for its customer, reference, id and words.
import { createHash, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect } from 'vitest';
import { NO_SUCH_CASE_ON_SERVER, routes, type PullResponse, type PushResult } from '../../../shared/sync';
import { it, serverTestsBlocked, useSyncServer, type Harness, type Member } from '../../support/sync-server';
import { actionChange, eventsChange, newCustomer, receiveChange } from '../../support/sync-changes';

const blocked = serverTestsBlocked();

const SECRET_NAME = 'Bronwen Ypsilanti-Quorra';
const SECRET_WORDS = ['Zanzibarquux', 'Flibbertigibbet'];
const FILE_BYTES = Buffer.from('Qwertyfile: the engineer’s notes about the visit');
const FILE_SHA = createHash('sha256').update(FILE_BYTES).digest('hex');

interface World {
  s: Harness;
  recorder: Member;
  otherAgent: Member;
  named: Member;
  investigator: Member;
  /** An investigator not assigned to the complaint: sees it no more than an agent does. */
  otherInvestigator: Member;
  manager: Member;
  caseId: string;
  customerId: string;
  reference: string;
}

async function build(s: Harness): Promise<World> {
  const recorder = await s.addMember('rhys', 'Rhys Recorder', 'agent');
  const otherAgent = await s.addMember('olwen', 'Olwen Other', 'agent');
  const named = await s.addMember('dave', 'Dave Parry', 'agent');
  const investigator = await s.addMember('ifan', 'Ifan Investigator', 'investigator');
  const otherInvestigator = await s.addMember('iestyn', 'Iestyn Investigator', 'investigator');
  const manager = await s.addMember('morag', 'Morag Manager', 'complaints-manager');
  const customer = newCustomer(SECRET_NAME, { email: 'bronwen@example.co.uk' });
  const receive = receiveChange({ takenById: recorder.id, customer, namedStaffUserIds: [named.id], nature: `${SECRET_WORDS[0]} rudeness by the engineer, ${SECRET_WORDS[1]}` });
  const [recorded] = (await s.push(recorder, [receive])).results;
  if (recorded?.status !== 'accepted') throw new Error(JSON.stringify(recorded));
  const upload = await s.call('PUT', routes.attachment(FILE_SHA), { as: manager, raw: FILE_BYTES });
  expect(upload.statusCode).toBe(200);
  const steps = await s.push(manager, [
    actionChange(receive.caseId, 1, { type: 'assignInvestigator', investigatorId: investigator.id }),
    actionChange(receive.caseId, 2, { type: 'attachDocument', attachmentId: randomUUID(), name: 'visit-notes.txt', mimeType: 'text/plain', sizeBytes: FILE_BYTES.length, sha256: FILE_SHA, source: 'company' }),
  ]);
  expect(steps.results.map((r) => (r.status === 'refused' ? r.reasons.join('; ') : r.status))).toEqual(['accepted', 'accepted']);
  // An ordinary complaint beside it, which everyone working cases sees.
  await s.push(otherAgent, [receiveChange({ takenById: otherAgent.id, customer: newCustomer('Ordinary Olive') })]);
  return { s, recorder, otherAgent, named, investigator, otherInvestigator, manager, caseId: receive.caseId, customerId: customer.id, reference: recorded.reference };
}

/**
 * Everything a member can ask the server about the confidential case, every response body kept: `received` is
 * what the server volunteered (pulls, downloads), `answers` its replies to pushes naming the case (which echo the
 * id the member sent, and nothing more).
 */
async function dumpAll(w: World, as: Member): Promise<{ received: string; answers: string }> {
  const bodies: string[] = [];
  const answers: string[] = [];
  const { pages } = await w.s.pullAll(as);
  bodies.push(...pages.map((p) => JSON.stringify(p)));
  for (const path of [routes.session, routes.attachment(FILE_SHA)]) bodies.push((await w.s.call('GET', path, { as })).body);
  const attempts = [
    actionChange(w.caseId, 3, { type: 'acknowledge', sentAt: '2026-11-24T09:00:00.000Z', channel: 'email' }),
    actionChange(w.caseId, 1, { type: 'startReview' }),
    eventsChange(w.caseId, [{ at: '2026-11-24T09:00:00.000Z', action: 'viewed', summary: 'Opened', before: null, after: null }]),
    { ...receiveChange({ takenById: as.id, customer: { existingId: w.customerId } }) },
  ];
  for (const change of attempts) answers.push((await w.s.call('POST', routes.push, { as, body: { changes: [change] } })).body);
  return { received: bodies.join('\n'), answers: answers.join('\n') };
}

describe.skipIf(blocked)('office server: a complaint about staff', () => {
  const server = useSyncServer('confidential');
  let world: World | undefined;
  // Seven accounts (scrypt), a file and two complaints: longer than one test's time on a loaded machine.
  beforeAll(async () => {
    world = await build(server());
  }, 120_000);
  const w = async () => {
    if (!world) throw new Error('The accounts and complaints were not made');
    return world;
  };

  it('never reaches the recorder, other agents, another investigator, the employee named or an administrator: no name, words, reference or id', async () => {
    const x = await w();
    const forbidden = [SECRET_NAME, 'Bronwen', 'Ypsilanti', ...SECRET_WORDS, 'Qwertyfile', x.customerId, 'bronwen@example.co.uk'];
    for (const member of [x.otherAgent, x.otherInvestigator, x.named, x.s.admin]) {
      const dump = await dumpAll(x, member);
      for (const term of [...forbidden, x.reference, x.caseId]) expect(dump.received, `${member.name} received "${term}"`).not.toContain(term);
      for (const term of [...forbidden, x.reference]) expect(dump.answers, `${member.name} was answered with "${term}"`).not.toContain(term);
    }
    // The recorder keeps only the receipt: that they recorded it, and its reference.
    const recorderDump = await dumpAll(x, x.recorder);
    for (const term of forbidden) expect(`${recorderDump.received}${recorderDump.answers}`, `the recorder received "${term}"`).not.toContain(term);
    const { pages } = await x.s.pullAll(x.recorder);
    const receipts = pages.flatMap((p) => p.changes).filter((c) => c.kind === 'receipt');
    expect(receipts).toEqual([expect.objectContaining({ kind: 'receipt', caseId: x.caseId, reference: x.reference })]);
  });

  it('reaches the complaints manager and the investigator whole, with its file', async () => {
    const x = await w();
    for (const member of [x.manager, x.investigator]) {
      const { pages } = await x.s.pullAll(member);
      const text = pages.map((p) => JSON.stringify(p)).join('');
      for (const term of [SECRET_NAME, ...SECRET_WORDS, x.reference]) expect(text).toContain(term);
      const file = await x.s.call('GET', routes.attachment(FILE_SHA), { as: member });
      expect(file.rawPayload.equals(FILE_BYTES)).toBe(true);
    }
  });

  it('answers a push to a case the user cannot see exactly as one to a case that does not exist', async () => {
    const x = await w();
    const normalise = (r: PushResult | undefined) => ({ ...r, changeId: 'id', caseId: 'case' });
    for (const member of [x.otherAgent, x.otherInvestigator, x.named, x.recorder, x.s.admin]) {
      const hidden = await x.s.push(member, [actionChange(x.caseId, 3, { type: 'startReview' })]);
      const missing = await x.s.push(member, [actionChange(randomUUID(), 3, { type: 'startReview' })]);
      expect(normalise(hidden.results[0])).toEqual(normalise(missing.results[0]));
      expect(hidden.results[0]).toMatchObject({ status: 'refused', reasons: [NO_SUCH_CASE_ON_SERVER] });
      const file = await x.s.call('GET', routes.attachment(FILE_SHA), { as: member });
      const none = await x.s.call('GET', routes.attachment('a'.repeat(64)), { as: member });
      expect([file.statusCode, file.body]).toEqual([none.statusCode, none.body]);
    }
  });

  it('takes identity from the session only: a user id in the body is refused, and the recorder is the signed-in user', async () => {
    const x = await w();
    const change = receiveChange({ takenById: x.otherAgent.id });
    const forged = await x.s.call('POST', routes.push, { as: x.otherAgent, body: { changes: [{ ...change, userId: x.manager.id }] } });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().message).toMatch(/userId/);
    const forgedActor = await x.s.call('POST', routes.push, { as: x.otherAgent, body: { changes: [{ ...change, body: { ...change.body, recordedById: x.manager.id } }] } });
    expect(forgedActor.statusCode).toBe(400);
    const accepted = await x.s.push(x.otherAgent, [change]);
    expect(accepted.results[0]?.status).toBe('accepted');
    const { pages } = await x.s.pullAll(x.manager);
    const stored = pages.flatMap((p) => p.changes).find((c) => c.kind === 'case' && 'case' in c && c.case.id === change.caseId);
    expect(stored && 'case' in stored ? stored.case.recordedById : undefined).toBe(x.otherAgent.id);
  });

  it('sends a purge order to the desks that held a case when the staff flag is set later, and the case to an investigator assigned then', async () => {
    const x = await w();
    const receive = receiveChange({ takenById: x.otherAgent.id, customer: newCustomer('Later Lowri') });
    await x.s.push(x.otherAgent, [receive]);
    const before = await x.s.pullAll(x.otherAgent);
    const holding = (pages: PullResponse[]) => pages.flatMap((p) => p.changes).some((c) => c.kind === 'case' && 'case' in c && c.case.id === receive.caseId);
    expect(holding(before.pages)).toBe(true);
    const investigatorBefore = await x.s.pullAll(x.investigator);

    const flagged = await x.s.push(x.otherAgent, [actionChange(receive.caseId, 1, { type: 'recordStaffConcern', namedStaffUserIds: [x.named.id] })]);
    expect(flagged.results[0]?.status).toBe('accepted');
    const after = await x.s.pullAll(x.otherAgent, before.checkpoint);
    expect(after.pages.flatMap((p) => p.purges)).toContainEqual({ caseId: receive.caseId, customerId: receive.body.type === 'receive' && 'details' in receive.body.customer ? receive.body.customer.details.id : '' });
    expect(holding(after.pages)).toBe(false);
    // A desk that never pulled it gets no purge: the id would tell it something.
    const fresh = await x.s.addMember('newbie', 'Nia Newbie', 'agent');
    const freshPull = await x.s.pullAll(fresh);
    expect(JSON.stringify(freshPull.pages)).not.toContain(receive.caseId);

    const assigned = await x.s.push(x.manager, [actionChange(receive.caseId, 2, { type: 'assignInvestigator', investigatorId: x.investigator.id })]);
    expect(assigned.results[0]?.status).toBe('accepted');
    const granted = await x.s.pullAll(x.investigator, investigatorBefore.checkpoint);
    const events = granted.pages.flatMap((p) => p.changes).filter((c) => c.kind === 'event' && 'event' in c && c.event.caseId === receive.caseId);
    expect(events.map((e) => ('event' in e ? e.event.seq : 0))).toEqual([1, 2, 3]);
    expect(holding(granted.pages)).toBe(true);
  });
});
