// A desk's accounts replaced by the office server's in a case and its timeline, through the field catalogue.
import { describe, expect, it } from 'vitest';
import { accountsNamed, remapAccounts } from '../../../../shared/model/account-remap';
import { caseHistoryAt, staff } from '../../../fixtures/cases';

const deskIds = new Set(Object.values(staff).map((u) => u.id));
const serverId = (id: string) => `server-${id}`;
const map = new Map([...deskIds].map((id) => [id, serverId(id)]));

describe('accounts named in a record', () => {
  it('finds the recorder, the named employee, the investigator and every actor of a closed complaint about staff', () => {
    const history = caseHistoryAt('closed', { aboutStaff: true });
    const named = accountsNamed([history.case, history.events], deskIds);
    expect([...named].sort()).toEqual([staff.agent.id, staff.investigator.id, staff.manager.id, staff.namedEmployee.id].sort());
  });

  it('replaces each of them wherever the catalogue calls the field an id or a staff identity, and nothing else', () => {
    const history = caseHistoryAt('closed', { aboutStaff: true });
    const c = remapAccounts(history.case, map);
    expect(c.namedStaffUserIds).toEqual([serverId(staff.namedEmployee.id)]);
    expect(c.dealtWithUserId).toBe(serverId(staff.namedEmployee.id));
    expect(c.recordedById).toBe(serverId(staff.agent.id));
    expect(c.investigatorId).toBe(serverId(staff.investigator.id));
    expect(c.closeRecord?.closedById).toBe(serverId(staff.manager.id));
    // Free text and names stay exactly as typed; other ids (the case's, the customer's) are not accounts.
    expect(c.nature).toBe(history.case.nature);
    expect(c.dealtWithName).toBe(staff.namedEmployee.name);
    expect(c.id).toBe(history.case.id);
    expect(c.customerId).toBe(history.case.customerId);
    const events = remapAccounts(history.events, map);
    expect(events.every((e) => e.actorId.startsWith('server-'))).toBe(true);
    expect(accountsNamed([c, events], deskIds).size).toBe(0);
    expect(events.map((e) => e.summary)).toEqual(history.events.map((e) => e.summary));
  });

  it('leaves a free-text field holding an account id alone', () => {
    const record = { nature: staff.agent.id, recordedById: staff.agent.id };
    expect(remapAccounts(record, map)).toEqual({ nature: staff.agent.id, recordedById: serverId(staff.agent.id) });
    expect([...accountsNamed(record, deskIds)]).toEqual([staff.agent.id]);
  });
});
