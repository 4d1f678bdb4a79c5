// The roles written in SQL agree with shared/: the accounts table takes every role of shared/model, and the roles
// that may write cases are exactly those shared/policy lets work cases. An investigator works on the server.
import { describe, expect } from 'vitest';
import { roles } from '../../../shared/model';
import { seesNoCase } from '../../../shared/policy/confidentiality';
import { it, serverTestsBlocked, useSyncServer } from '../../support/sync-server';
import { actionChange, eventsChange, receiveChange } from '../../support/sync-changes';

const blocked = serverTestsBlocked();

/** The quoted words of a constraint's or function's SQL (their only quoted words are the roles listed). */
function inList(sql: string): string[] {
  return [...sql.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '').sort();
}

describe.skipIf(blocked)('roles in the office server’s SQL', () => {
  const server = useSyncServer('roles');

  it('the accounts table takes every role of shared/model, and only those', async () => {
    const { rows } = await server().pool.query<{ def: string }>("SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'users_role_check'");
    expect(inList(rows[0]?.def ?? '')).toEqual([...roles].sort());
  });

  it('the roles that write cases are the roles shared/policy lets work cases', async () => {
    const { rows } = await server().pool.query<{ def: string }>("SELECT pg_get_functiondef('app_user_works_cases'::regproc) AS def");
    expect(inList(rows[0]?.def ?? '')).toEqual(roles.filter((role) => !seesNoCase({ role })).sort());
  });

  it('an investigator is assigned a case, logs their work on it and records a complaint', async () => {
    const s = server();
    const agent = await s.addMember('aled', 'Aled Agent', 'agent');
    const manager = await s.addMember('mari', 'Mari Manager', 'complaints-manager');
    const investigator = await s.addMember('iolo', 'Iolo Investigator', 'investigator');
    const received = receiveChange({ takenById: agent.id });
    expect((await s.push(agent, [received])).results[0]?.status).toBe('accepted');
    const assigned = await s.push(manager, [actionChange(received.caseId, 1, { type: 'assignInvestigator', investigatorId: investigator.id })]);
    expect(assigned.results[0]?.status).toBe('accepted');
    const logged = await s.push(investigator, [eventsChange(received.caseId, [{ at: '2026-11-24T11:00:00.000Z', action: 'viewed', summary: 'Opened the case', before: null, after: null }])]);
    expect(logged.results[0]).toMatchObject({ status: 'accepted' });
    const recorded = await s.push(investigator, [receiveChange({ takenById: investigator.id })]);
    expect(recorded.results[0]).toMatchObject({ status: 'accepted' });
    const { pages } = await s.pullAll(investigator);
    const caseIds = pages.flatMap((p) => p.changes.flatMap((c) => (c.kind === 'case' && 'case' in c ? [c.case.id] : [])));
    expect(caseIds).toEqual(expect.arrayContaining([received.caseId]));
  });
});
