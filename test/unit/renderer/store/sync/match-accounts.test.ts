// A joining desk's accounts matched to the office server's by name, and the upload held until every named one is.
import { describe, expect, it } from 'vitest';
import { chooseAccount, deskAccounts, matchAccounts, unmatchedNamed, type ServerAccount } from '../../../../../renderer/store/sync/desk-upload/match-accounts';
import { staff } from '../../../../fixtures/cases';

const server = (id: string, userName: string, name: string): ServerAccount => ({ user: { id, name, role: 'agent', active: true }, userName });

describe('matching a desk’s accounts to the office server’s', () => {
  const onServer = [server('s-amira', 'AMIRA KHAN', 'Amira K.'), server('s-dave', 'dparry', 'Dave Parry'), server('s-ivy', 'ivy', 'Ivy Chen')];
  const desk = [staff.agent, staff.namedEmployee, staff.secondAgent, staff.investigator];

  it('matches by user name whatever the case, then by the name shown, and holds the upload for a named account left unmatched', () => {
    const rows = matchAccounts(desk, onServer, new Set([staff.agent.id, staff.namedEmployee.id, staff.secondAgent.id]));
    expect(rows.map((r) => [r.desk.name, r.server?.user.id ?? null, r.named])).toEqual([
      ['Amira Khan', 's-amira', true],
      ['Dave Parry', 's-dave', true],
      ['Ben Osei', null, true],
      ['Ivy Chen', 's-ivy', false],
    ]);
    expect(unmatchedNamed(rows)).toEqual([staff.secondAgent]);
    const chosen = chooseAccount(rows, staff.secondAgent.id, server('s-ben', 'bosei', 'Benjamin Osei'));
    expect(unmatchedNamed(chosen)).toEqual([]);
    expect(deskAccounts(chooseAccount(chosen, staff.investigator.id, null))).toEqual([
      { deskUserId: staff.agent.id, serverUserId: 's-amira' },
      { deskUserId: staff.namedEmployee.id, serverUserId: 's-dave' },
      { deskUserId: staff.secondAgent.id, serverUserId: 's-ben' },
      { deskUserId: staff.investigator.id, serverUserId: null },
    ]);
  });
});
