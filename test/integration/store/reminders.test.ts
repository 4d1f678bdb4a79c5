// Reminders read from the store at a fixed moment (Friday 4 December 2026, noon): a hold still open after the day
// the agency expected it to end, an Ombudsman remedy coming due, and the complaints manager's unassigned cases after
// the number of days the setting gives.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { listReminders, loadUnassignedReminderDays, saveUnassignedReminderDays } from '../../../renderer/store/reminders';
import type { Reminder } from '../../../shared/policy';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded } from './store-fixtures';

const NOW = '2026-12-04T12:00:00.000Z';
const agentViewer = { userId: actors.agent.userId, role: actors.agent.role };
const managerViewer = { userId: actors.manager.userId, role: actors.manager.role };
const brief = (rs: Reminder[]) => rs.map((r) => `${r.kind} ${r.urgency} ${r.on}`);

afterEach(deleteAll);

async function heldCase(db: ComplaintsDatabase, expectedTo?: string) {
  const c = await recorded(db, actors.agent);
  return acted(db, c, [[{ type: 'placeHold', holdId: crypto.randomUUID(), agency: 'Ofgem', reference: 'OFG-1', from: '2026-11-25', ...(expectedTo ? { expectedTo } : {}) }, actors.manager, '2026-11-25T09:00:00.000Z']]);
}

describe('hold reminders', () => {
  it('reminds the case’s own staff of an open hold once the day the agency expected it to end has passed', async () => {
    const db = await freshDb();
    const held = await heldCase(db, '2026-12-02');
    const reminders = (await listReminders(db, agentViewer, NOW)).filter((r) => r.caseId === held.id && r.kind === 'hold-ended');
    expect(brief(reminders)).toEqual(['hold-ended overdue 2026-12-02']);
    expect(reminders[0]?.text).toBe('The hold by Ofgem was expected to end: release it, or ask the agency');
  });

  it('says nothing of a hold with no expected end, one expected later, or one released', async () => {
    const db = await freshDb();
    const none = await heldCase(db);
    const later = await heldCase(db, '2026-12-10');
    const released = await acted(db, await heldCase(db, '2026-12-01'), [[{ type: 'releaseHold', to: '2026-12-03' }, actors.manager, '2026-12-03T16:00:00.000Z']]);
    const kinds = (await listReminders(db, agentViewer, NOW)).filter((r) => [none.id, later.id, released.id].includes(r.caseId)).map((r) => r.kind);
    expect(kinds).not.toContain('hold-ended');
  });

  it('refuses an expected end before the hold’s first day', async () => {
    const db = await freshDb();
    await expect(heldCase(db, '2026-11-24')).rejects.toThrow('Expected last day of the hold cannot be before the first day of the hold');
  });
});

describe('Ombudsman remedy reminders', () => {
  it('reminds of a remedy due within 2 business days, and no longer once it is completed', async () => {
    const db = await freshDb();
    const c = await recorded(db, actors.agent);
    const decided = await acted(db, c, [
      [{ type: 'referToOmbudsman', referredOn: '2026-11-30', reference: 'EO-2026-77' }, actors.manager, '2026-11-30T10:00:00.000Z'],
      [{ type: 'recordOmbudsmanDecision', decision: 'upheld', decidedOn: '2026-12-02', summary: 'Refund the standing charge.', remedies: [{ kind: 'payment', amountPence: 4500 }], remedyDueOn: '2026-12-08' }, actors.manager, '2026-12-02T10:00:00.000Z'],
    ]);
    // Tuesday 8 December is the second business day after Friday 4 December: breaching soon.
    expect(brief((await listReminders(db, agentViewer, NOW)).filter((r) => r.kind === 'ombudsman-remedy'))).toEqual(['ombudsman-remedy breaching-soon 2026-12-08']);
    // On the day it is due today; the day after, overdue.
    expect(brief((await listReminders(db, agentViewer, '2026-12-08T09:00:00.000Z')).filter((r) => r.kind === 'ombudsman-remedy'))).toEqual(['ombudsman-remedy due-today 2026-12-08']);
    expect(brief((await listReminders(db, agentViewer, '2026-12-09T09:00:00.000Z')).filter((r) => r.kind === 'ombudsman-remedy'))).toEqual(['ombudsman-remedy overdue 2026-12-08']);

    await acted(db, decided, [[{ type: 'completeOmbudsmanRemedy', completedOn: '2026-12-04' }, actors.manager, NOW]]);
    expect((await listReminders(db, agentViewer, NOW)).filter((r) => r.kind === 'ombudsman-remedy')).toEqual([]);
  });
});

describe('unassigned-case reminders for complaints managers', () => {
  it('follow the number of days the setting gives, which must be a whole number from 1 to 365', async () => {
    const db = await freshDb();
    // Received Monday 23 November, no investigator: 11 days by Friday 4 December.
    const c = await recorded(db, actors.agent, newCustomerInput());
    const unassigned = async () => (await listReminders(db, managerViewer, NOW)).filter((r) => r.kind === 'unassigned' && r.caseId === c.id).map((r) => r.text);
    expect(await loadUnassignedReminderDays(db)).toBe(3);
    expect(await unassigned()).toEqual(['Assign an investigator: none 11 days after it was received']);

    await saveUnassignedReminderDays(db, 12);
    expect(await unassigned()).toEqual([]);
    await saveUnassignedReminderDays(db, 11);
    expect(await unassigned()).toHaveLength(1);

    for (const wrong of [0, 366, 2.5]) await expect(saveUnassignedReminderDays(db, wrong)).rejects.toThrow('Days without an investigator must be a whole number from 1 to 365');
    expect(await loadUnassignedReminderDays(db)).toBe(11);
    // An agent is never reminded of unassigned cases.
    expect((await listReminders(db, agentViewer, NOW)).filter((r) => r.kind === 'unassigned')).toEqual([]);
  });
});
