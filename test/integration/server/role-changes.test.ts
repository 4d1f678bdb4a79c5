// An account's role changed or switched off by an administrator: its desk is told to purge what it may no longer
// see, or is sent what it now may, and the administrator learns nothing of complaints about staff on the way.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { routes, type AccountResponse, type PullResponse } from '../../../shared/sync';
import { LAST_MANAGER, MANAGERS_CONFIRM, NOTHING_TO_CONFIRM } from '../../../server/routes/admin';
import { it, PASSWORD, serverTestsBlocked, useSyncServer, type Harness, type Member } from '../../support/sync-server';
import { actionChange, newCustomer, receiveChange } from '../../support/sync-changes';

const blocked = serverTestsBlocked();

const SECRET_NAME = 'Gwenllian Xanthopoulou-Brack';
const SECRET_WORDS = ['Quibblewhisk', 'Marmalunkery'];

interface World {
  s: Harness;
  manager: Member;
  /** A second complaints manager, confirmed by the first, later made an agent. */
  second: Member;
  investigator: Member;
  agent: Member;
  caseId: string;
  customerId: string;
  reference: string;
  openCaseId: string;
}

async function build(s: Harness): Promise<World> {
  const manager = await s.addMember('morag', 'Morag Manager', 'complaints-manager');
  const second = await s.addMember('mererid', 'Mererid Manager', 'complaints-manager');
  const recorder = await s.addMember('rhys', 'Rhys Recorder', 'agent');
  const named = await s.addMember('dave', 'Dave Parry', 'agent');
  const investigator = await s.addMember('ifan', 'Ifan Investigator', 'investigator');
  const agent = await s.addMember('alys', 'Alys Agent', 'agent');
  const customer = newCustomer(SECRET_NAME);
  const receive = receiveChange({ takenById: recorder.id, customer, namedStaffUserIds: [named.id], nature: `${SECRET_WORDS[0]} remarks by the engineer, ${SECRET_WORDS[1]}` });
  const [recorded] = (await s.push(recorder, [receive])).results;
  if (recorded?.status !== 'accepted') throw new Error(JSON.stringify(recorded));
  const [assigned] = (await s.push(manager, [actionChange(receive.caseId, 1, { type: 'assignInvestigator', investigatorId: investigator.id })])).results;
  expect(assigned?.status).toBe('accepted');
  const open = receiveChange({ takenById: agent.id, customer: newCustomer('Ordinary Olwen') });
  await s.push(agent, [open]);
  return { s, manager, second, investigator, agent, caseId: receive.caseId, customerId: customer.id, reference: recorded.reference, openCaseId: open.caseId };
}

const text = (pages: PullResponse[]) => pages.map((p) => JSON.stringify(p.changes)).join('\n');
const purgesOf = (pages: PullResponse[]) => pages.flatMap((p) => p.purges);
const casesOf = (pages: PullResponse[]) => pages.flatMap((p) => p.changes).flatMap((c) => (c.kind === 'case' && 'case' in c ? [c.case.id] : []));

/** Changes an account as the administrator; the answer must be the account and nothing else (no count of anything). */
async function administer(w: World, member: Member, body: Record<string, unknown>): Promise<AccountResponse> {
  const res = await w.s.call('PATCH', routes.account(member.id), { as: w.s.admin, body });
  expect(res.statusCode, res.body).toBe(200);
  const answer: AccountResponse = res.json();
  expect(Object.keys(answer).filter((k) => k !== 'pending').sort()).toEqual(['user', 'userName']);
  expect(Object.keys(answer.user).sort()).toEqual(['active', 'id', 'name', 'role']);
  return answer;
}

describe.skipIf(blocked)('office server: an account’s role changed or switched off', () => {
  const server = useSyncServer('role_changes');
  let world: World | undefined;
  // Six accounts (scrypt) and two complaints: longer than one test's time on a loaded machine.
  beforeAll(async () => {
    world = await build(server());
  }, 120_000);
  const w = async () => {
    if (!world) throw new Error('The accounts and complaints were not made');
    return world;
  };
  let superuser: pg.Pool | undefined;
  afterAll(async () => superuser?.end());
  /** Purge orders as stored (read as the database superuser: no role of the service reads another's orders). */
  async function storedPurges(userId: string): Promise<string[]> {
    const s = server();
    superuser ??= new pg.Pool({ connectionString: s.cluster.adminUrl(s.database), max: 1 });
    const { rows } = await superuser.query<{ case_id: string }>('SELECT case_id FROM purge_orders WHERE user_id = $1 ORDER BY case_id', [userId]);
    return rows.map((r) => r.case_id);
  }

  it('a complaints manager made an agent: a purge order for each complaint about staff, then not a byte of one', async () => {
    const x = await w();
    const held = await x.s.pullAll(x.second);
    expect(text(held.pages)).toContain(SECRET_NAME);
    const answer = await administer(x, x.second, { role: 'agent' });
    expect(answer.user.role).toBe('agent');
    const next = await x.s.pullAll(x.second, held.checkpoint);
    expect(purgesOf(next.pages)).toEqual([{ caseId: x.caseId, customerId: x.customerId }]);
    // Afterwards, from the checkpoint and from the start (a new desk), no trace of it in any answer.
    const fresh = await x.s.pullAll(x.second);
    const pushed = await x.s.call('POST', routes.push, { as: x.second, body: { changes: [actionChange(x.caseId, 2, { type: 'startReview' })] } });
    const session = await x.s.call('GET', routes.session, { as: x.second });
    const after = [text(next.pages), JSON.stringify(fresh.pages), pushed.body, session.body].join('\n');
    for (const term of [SECRET_NAME, 'Gwenllian', ...SECRET_WORDS, x.reference]) expect(after, `the new agent received "${term}"`).not.toContain(term);
    expect(JSON.stringify(fresh.pages)).not.toContain(x.caseId);
    expect(casesOf(fresh.pages)).toContain(x.openCaseId);
  });

  it('an investigator made an agent keeps the complaint they are assigned: the policy admits them by id, so no purge', async () => {
    const x = await w();
    const held = await x.s.pullAll(x.investigator);
    expect(casesOf(held.pages)).toContain(x.caseId);
    await administer(x, x.investigator, { role: 'agent' });
    const next = await x.s.pullAll(x.investigator, held.checkpoint);
    expect(purgesOf(next.pages)).toEqual([]);
    expect(casesOf((await x.s.pullAll(x.investigator)).pages)).toContain(x.caseId);
  });

  it('an agent asked for as complaints manager waits for a complaints manager, then receives the old complaints about staff whole', async () => {
    const x = await w();
    const before = await x.s.pullAll(x.agent);
    expect(text(before.pages)).not.toContain(SECRET_NAME);
    const asked = await administer(x, x.agent, { role: 'complaints-manager' });
    expect([asked.user.role, asked.pending]).toEqual(['agent', true]);
    const waiting = await x.s.pullAll(x.agent, before.checkpoint);
    expect(text(waiting.pages)).not.toContain(SECRET_NAME);
    // Neither the administrator nor the account itself can confirm it.
    for (const who of [x.s.admin, x.agent]) {
      const refused = await x.s.call('POST', routes.confirmManager(x.agent.id), { as: who });
      expect([refused.statusCode, refused.json().message]).toEqual([403, MANAGERS_CONFIRM]);
    }
    const nothing = await x.s.call('POST', routes.confirmManager(x.second.id), { as: x.manager });
    expect([nothing.statusCode, nothing.json().message]).toEqual([404, NOTHING_TO_CONFIRM]);
    const confirmed = await x.s.call('POST', routes.confirmManager(x.agent.id), { as: x.manager });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((confirmed.json() as AccountResponse).user.role).toBe('complaints-manager');
    const granted = await x.s.pullAll(x.agent, waiting.checkpoint);
    const changes = granted.pages.flatMap((p) => p.changes);
    expect(casesOf(granted.pages)).toContain(x.caseId);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'customer', customer: expect.objectContaining({ id: x.customerId, name: SECRET_NAME }) }));
    const managerEvents = (await x.s.pullAll(x.manager)).pages.flatMap((p) => p.changes).filter((c) => c.kind === 'event' && 'event' in c && c.event.caseId === x.caseId);
    const events = changes.filter((c) => c.kind === 'event' && 'event' in c && c.event.caseId === x.caseId);
    expect(events.length).toBeGreaterThan(0);
    expect(events).toEqual(managerEvents);
    expect(text(granted.pages)).toContain(SECRET_WORDS[0]);
  });

  it('an administrator’s new complaints manager waits too, and the last active complaints manager cannot be taken away', async () => {
    const x = await w();
    const res = await x.s.call('POST', routes.accounts, { as: x.s.admin, body: { userName: 'sneaky', name: 'Sneaky Manager', role: 'complaints-manager', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect((res.json() as AccountResponse).user.role).toBe('agent');
    expect((res.json() as AccountResponse).pending).toBe(true);
    // Morag and Alys are the complaints managers now: Alys may be switched off, Morag then may not.
    await administer(x, x.agent, { active: false });
    for (const body of [{ active: false }, { role: 'investigator' }]) {
      const refused = await x.s.call('PATCH', routes.account(x.manager.id), { as: x.s.admin, body });
      expect([refused.statusCode, refused.json().message]).toEqual([409, LAST_MANAGER]);
    }
    // Switched on again, Alys is an agent until a complaints manager confirms her once more.
    const back = await administer(x, x.agent, { active: true });
    expect([back.user.role, back.user.active, back.pending]).toEqual(['agent', true, true]);
    const confirmed = await x.s.call('POST', routes.confirmManager(x.agent.id), { as: x.manager });
    expect((confirmed.json() as AccountResponse).user.role).toBe('complaints-manager');
  });

  it('switching an account off ends its sessions at once, refuses its pulls, and orders a purge of every case it could see', async () => {
    const x = await w();
    const seen = casesOf((await x.s.pullAll(x.investigator)).pages);
    expect(seen).toEqual(expect.arrayContaining([x.caseId, x.openCaseId]));
    const before = await storedPurges(x.investigator.id);
    await administer(x, x.investigator, { active: false });
    const pulled = await x.s.call('POST', routes.pull, { as: x.investigator, body: { checkpoint: '', limit: 500 } });
    expect([pulled.statusCode, pulled.json().error]).toEqual([401, 'signed-out']);
    const signIn = await x.s.call('POST', routes.signIn, { body: { userName: 'ifan', password: PASSWORD } });
    expect(signIn.statusCode).toBe(401);
    const ordered = (await storedPurges(x.investigator.id)).filter((id) => !before.includes(id));
    expect(ordered).toEqual([...new Set(seen)].sort());
  });
});
