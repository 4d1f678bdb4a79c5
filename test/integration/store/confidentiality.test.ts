// Confidential cases (complaints about staff) never reach someone who may not see them, and every view is logged.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../shared/model';
import { canViewCase, type Viewer } from '../../../shared/policy';
import { addAttachment, readAttachment } from '../../../renderer/store/attachments';
import { applyCaseAction, NO_SUCH_CASE } from '../../../renderer/store/cases';
import { openCase, readCase } from '../../../renderer/store/case-views';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { searchCases } from '../../../renderer/store/search';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { countWorkListTabs } from '../../../renderer/store/work-list';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded, staff, staffComplaintInput, storedEvents, times } from './store-fixtures';

afterEach(deleteAll);
const now = '2026-11-26T12:00:00.000Z';

async function staffCaseWithFile(db: ComplaintsDatabase): Promise<ComplaintCase> {
  const c = await recorded(db, actors.agent, staffComplaintInput());
  const attached = await addAttachment(db, { caseId: c.id, expectedVersion: c.version, file: new Blob(['recording notes'], { type: 'text/plain' }), name: 'notes.txt', source: 'company' }, actors.manager, times.acknowledged);
  if (!attached.ok) throw new Error(attached.missing.join('; '));
  return attached.case;
}

async function everything(db: ComplaintsDatabase, viewer: Viewer): Promise<string[]> {
  const page = await listWorkQueue(db, { includeFinished: true }, viewer, now, { limit: 200 });
  return page.items.map((i) => i.reference);
}

describe('whether the work list has any case to show', () => {
  const settings = { nation: 'england-and-wales' as const };
  const anyCase = async (db: ComplaintsDatabase, viewer: Viewer) => (await countWorkListTabs(db, viewer, now, settings)).anyCase;

  it('says no on an empty desk, and no to an agent when the only case is a complaint about staff', async () => {
    const db = await freshDb();
    expect(await anyCase(db, actors.agent)).toBe(false);
    expect(await anyCase(db, actors.manager)).toBe(false);
    await staffCaseWithFile(db);
    expect(await anyCase(db, actors.agent)).toBe(false);
    expect(await anyCase(db, actors.namedEmployee)).toBe(false);
    expect(await anyCase(db, actors.manager)).toBe(true);
    await recorded(db, actors.secondAgent);
    expect(await anyCase(db, actors.agent)).toBe(true);
  });
});

describe('who sees a complaint about staff', () => {
  it('keeps it from an agent — the one who recorded it too — in lists, searches, opening, files and actions', async () => {
    const db = await freshDb();
    await recorded(db, actors.agent);
    const secret = await staffCaseWithFile(db);
    for (const agent of [actors.agent, actors.secondAgent, actors.namedEmployee]) {
      expect(await everything(db, agent)).toEqual(['JESQ-2026-000001']);
      expect((await searchCases(db, 'rude', agent, now)).items).toEqual([]);
      expect((await searchCases(db, 'Whitfield', agent, now)).items.map((i) => i.reference)).toEqual(['JESQ-2026-000001']);
      expect((await readAttachment(db, secret.id, secret.attachments[0]!.id, agent, now)).ok).toBe(false);
      const act = await applyCaseAction(db, { caseId: secret.id, expectedVersion: secret.version, action: { type: 'categorise', category: 'customer-service' } }, agent, now);
      expect(act).toEqual({ ok: false, missing: [NO_SUCH_CASE] });
    }
    // The recorder sees only that they recorded it; others are told nothing.
    expect(await openCase(db, secret.id, actors.agent, now)).toEqual({
      status: 'receipt',
      receipt: expect.objectContaining({ reference: secret.reference, message: expect.stringMatching(/confidential/) }),
    });
    expect(await openCase(db, secret.id, actors.secondAgent, now)).toEqual({ status: 'not-found' });
    expect(await openCase(db, secret.id, actors.namedEmployee, now)).toEqual({ status: 'not-found' });
    expect(await openCase(db, secret.id, actors.admin, now)).toEqual({ status: 'not-found' });
    expect(await everything(db, actors.admin)).toEqual([]);
  });

  it('shows it to complaints managers, logging every opening of the case or its files on the timeline', async () => {
    const db = await freshDb();
    const secret = await staffCaseWithFile(db);
    expect(await everything(db, actors.manager)).toEqual([secret.reference]);
    expect((await searchCases(db, 'rude', actors.manager, now)).items.map((i) => i.reference)).toEqual([secret.reference]);
    const before = (await storedEvents(db)).length;
    const view = await openCase(db, secret.id, actors.manager, now);
    expect(view.status === 'open' && view.confidential).toBe(true);
    await openCase(db, secret.id, actors.reviewer, '2026-11-26T12:05:00.000Z');
    const file = await readAttachment(db, secret.id, secret.attachments[0]!.id, actors.manager, '2026-11-26T12:10:00.000Z');
    expect(file.ok && (await file.blob.text())).toBe('recording notes');
    const views = (await storedEvents(db)).filter((e) => e.action === 'viewed');
    expect(await storedEvents(db)).toHaveLength(before + 3);
    expect(views.map((v) => [v.actorId, v.at])).toEqual([
      [staff.manager.id, now],
      [staff.reviewer.id, '2026-11-26T12:05:00.000Z'],
      [staff.manager.id, '2026-11-26T12:10:00.000Z'],
    ]);
    expect(views[2]?.summary).toMatch(/notes\.txt/);
    expect((await verifyTimeline(db, secret.id)).ok).toBe(true);
  });

  it('lets readCase show it only to someone whose view was logged', async () => {
    const db = await freshDb();
    const secret = await staffCaseWithFile(db);
    expect(await readCase(db, secret.id, actors.manager, now)).toEqual({ status: 'view-not-logged' });
    await openCase(db, secret.id, actors.manager, now);
    expect((await readCase(db, secret.id, actors.manager, '2026-11-26T15:00:00.000Z')).status).toBe('open');
    expect(await readCase(db, secret.id, actors.manager, '2026-11-27T12:00:00.000Z')).toEqual({ status: 'view-not-logged' });
    expect(await readCase(db, secret.id, actors.secondAgent, now)).toEqual({ status: 'not-found' });
  });

  it('shows it to its investigator, an agent, once assigned', async () => {
    const db = await freshDb();
    const secret = await acted(db, await staffCaseWithFile(db), [
      [{ type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' }, actors.manager, times.acknowledged],
      [{ type: 'assignInvestigator', investigatorId: staff.investigator.id }, actors.manager, times.investigatorAssigned],
    ]);
    expect(await everything(db, actors.investigator)).toEqual([secret.reference]);
    expect((await listWorkQueue(db, { assigneeId: staff.investigator.id }, actors.investigator, now)).items).toHaveLength(1);
    expect((await openCase(db, secret.id, actors.investigator, now)).status).toBe('open');
    expect(await everything(db, actors.secondAgent)).toEqual([]);
  });

  it('never shows a complaints manager a complaint that names them', async () => {
    const db = await freshDb();
    const aboutReviewer = await recorded(db, actors.agent, newCustomerInput({ concernsStaff: true, namedStaffUserIds: [staff.reviewer.id], nature: 'The manager refused to escalate.' }));
    expect(await everything(db, actors.reviewer)).toEqual([]);
    expect(await openCase(db, aboutReviewer.id, actors.reviewer, now)).toEqual({ status: 'not-found' });
    expect((await searchCases(db, 'escalate', actors.reviewer, now)).items).toEqual([]);
    expect(await everything(db, actors.manager)).toEqual([aboutReviewer.reference]);
  });
});

describe('paging with confidential cases mixed in', () => {
  it('gives every viewer full pages of exactly the cases they may see, without repeats', async () => {
    const db = await freshDb();
    const all: ComplaintCase[] = [];
    for (let i = 0; i < 36; i += 1) {
      const input = i % 4 === 1 ? staffComplaintInput() : newCustomerInput({ receivedAt: `2026-11-${String(10 + (i % 12)).padStart(2, '0')}T10:00:00.000Z` });
      let c = await recorded(db, actors.agent, input);
      if (i % 8 === 1) {
        c = await acted(db, c, [
          [{ type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' }, actors.manager, times.acknowledged],
          [{ type: 'assignInvestigator', investigatorId: staff.investigator.id }, actors.manager, times.investigatorAssigned],
        ]);
      }
      all.push(c);
    }
    for (const viewer of [actors.agent, actors.investigator, actors.manager, actors.namedEmployee, actors.admin]) {
      const expected = all.filter((c) => canViewCase(viewer, { ...c, investigatorId: c.investigatorId })).map((c) => c.reference);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages += 1) {
        const page = await listWorkQueue(db, {}, viewer, now, { limit: 5, after });
        seen.push(...page.items.map((i) => i.reference));
        if (page.next === null) break;
        expect(page.items).toHaveLength(5);
        after = page.next;
      }
      expect(seen.length).toBe(new Set(seen).size);
      expect([...seen].sort()).toEqual([...expected].sort());
    }
  });
});
