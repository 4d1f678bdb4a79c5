// The work queue on a synthetic desk: every filter and viewer, paged through, equals a brute-force reading.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { matchesFilter, sortKeyOf } from '../../../renderer/store/queries/plan';
import { canSeeRow } from '../../../renderer/store/projections/audience';
import type { CaseRow } from '../../../renderer/store/schema/records';
import { deskPlan } from '../../../renderer/store/seed/synthetic-desk';
import { seedDesk } from '../../../renderer/store/seed/write-seed';
import { listWorkQueue, type WorkQueueFilter } from '../../../renderer/store/work-queue';
import { deleteAll, freshDb } from './store-fixtures';

const plan = deskPlan({ cases: 700, years: 1, batchSize: 100, seed: 7 });
const now = plan.asOf;
const today = now.slice(0, 10);
let db: ComplaintsDatabase;
let rows: CaseRow[];

beforeAll(async () => {
  db = await freshDb();
  await seedDesk(db, plan);
  rows = await db.caseRows.toArray();
}, 60_000);
afterAll(deleteAll);

async function pageThrough(filter: WorkQueueFilter, viewer: Viewer, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard += 1) {
    const page = await listWorkQueue(db, filter, viewer, now, { limit, after });
    if (page.next !== null) expect(page.items).toHaveLength(limit);
    seen.push(...page.items.map((i) => i.reference));
    if (page.next === null) return seen;
    after = page.next;
  }
  throw new Error('paging did not end');
}

function bruteForce(filter: WorkQueueFilter, viewer: Viewer): string[] {
  const sort = filter.sort ?? 'due';
  const direction = sort === 'newest' ? -1 : 1;
  const key = (r: CaseRow) => sortKeyOf(r, sort).join('\u0000');
  return rows
    .filter((r) => canSeeRow(viewer, r) && matchesFilter(r, filter, today))
    .sort((a, b) => direction * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((r) => r.reference);
}

describe('listWorkQueue on a synthetic desk', () => {
  it('has the mix of cases a real desk has', () => {
    expect(rows.some((r) => r.confidential === 1 && r.assigneeId)).toBe(true);
    expect(rows.some((r) => r.dueSort < today)).toBe(true);
    expect(rows.filter((r) => r.dueSort !== 'finished').length).toBeGreaterThan(20);
  });

  const investigatorOfSecret = () => rows.find((r) => r.confidential === 1 && r.assigneeId)!.assigneeId;
  const namedAgent = () => rows.find((r) => r.hiddenFrom.length > 0)!.hiddenFrom[0]!;
  const viewers: [string, () => Viewer][] = [
    ['an agent', () => ({ userId: 'agent-3', role: 'agent' })],
    ['the investigator of a confidential case', () => ({ userId: investigatorOfSecret(), role: 'agent' })],
    ['an agent named in a complaint', () => ({ userId: namedAgent(), role: 'agent' })],
    ['a complaints manager', () => ({ userId: 'manager-1', role: 'complaints-manager' })],
  ];
  const repeatCustomer = () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.customerId, (counts.get(r.customerId) ?? 0) + 1);
    return [...counts].find(([, n]) => n > 1)![0];
  };
  const filters: [string, () => WorkQueueFilter][] = [
    ['the open work queue', () => ({})],
    ['every case', () => ({ includeFinished: true })],
    ['a stage', () => ({ stage: 'investigating' })],
    ['a finished stage', () => ({ stage: 'closed' })],
    ['overdue', () => ({ overdue: true })],
    ['a stage, overdue', () => ({ stage: 'received', overdue: true })],
    ['due by a date', () => ({ dueBy: '2026-11-27' })],
    ['an assignee', () => ({ assigneeId: investigatorOfSecret(), includeFinished: true })],
    ['unassigned', () => ({ assigneeId: null })],
    ['a channel', () => ({ channel: 'letter', includeFinished: true })],
    ['a category and channel', () => ({ category: 'billing', channel: 'email', includeFinished: true })],
    ['uncategorised', () => ({ category: null })],
    ['a customer', () => ({ customerId: repeatCustomer(), includeFinished: true })],
    ['newest first', () => ({ sort: 'newest', includeFinished: true })],
    ['newest first, open, by phone', () => ({ sort: 'newest', channel: 'telephone' })],
  ];

  for (const [viewerName, viewer] of viewers) {
    it.each(filters)(`pages through %s for ${viewerName}`, async (_, filter) => {
      expect(await pageThrough(filter(), viewer(), 17)).toEqual(bruteForce(filter(), viewer()));
    });
  }

  it('shows nothing to an administrator', async () => {
    expect((await listWorkQueue(db, { includeFinished: true }, { userId: 'admin-1', role: 'administrator' }, now)).items).toEqual([]);
  });

  it('works out "overdue" against the day it is asked, not the day the case was written', async () => {
    const manager: Viewer = { userId: 'manager-1', role: 'complaints-manager' };
    const open = rows.filter((r) => r.nextDueOn !== null && r.confidential === 0).sort((a, b) => (a.nextDueOn! < b.nextDueOn! ? 1 : -1))[0]!;
    const dayAfter = new Date(Date.parse(`${open.nextDueOn}T12:00:00Z`) + 86_400_000).toISOString();
    const before = await listWorkQueue(db, { overdue: true }, manager, `${open.nextDueOn}T12:00:00.000Z`, { limit: 200 });
    const later = await listWorkQueue(db, { overdue: true }, manager, dayAfter, { limit: 200 });
    expect(before.items.map((i) => i.caseId)).not.toContain(open.caseId);
    expect(later.items.find((i) => i.caseId === open.caseId)?.overdue).toBe(true);
  });

  it('starts again from the top when given a cursor it cannot read', async () => {
    const first = await listWorkQueue(db, {}, { userId: 'manager-1', role: 'complaints-manager' }, now, { limit: 3 });
    const garbled = await listWorkQueue(db, {}, { userId: 'manager-1', role: 'complaints-manager' }, now, { limit: 3, after: 'not a cursor' });
    expect(garbled).toEqual(first);
  });
});
