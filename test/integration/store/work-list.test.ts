// The work list's tabs, filters, counts and search on a synthetic desk, each against a reading of the cases
// themselves: the policy's clock for the deadline words, the case's holds, investigator and recorder.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../shared/model';
import { canViewCase, nextDeadlineWords, workListViews, type Viewer, type WorkListView } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { applyCaseAction } from '../../../renderer/store/cases';
import type { CaseRow } from '../../../renderer/store/schema/records';
import { searchCases } from '../../../renderer/store/search';
import { deskPlan } from '../../../renderer/store/seed/synthetic-desk';
import { seedDesk } from '../../../renderer/store/seed/write-seed';
import { countedViews, countWorkListTabs, countWorkQueue, workListFilter, type WorkListChoices } from '../../../renderer/store/work-list';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { deleteAll, freshDb } from './store-fixtures';

const plan = deskPlan({ cases: 600, years: 0.12, batchSize: 100, seed: 11 });
const now = plan.asOf;
const today = now.slice(0, 10);
const settings = plan.settings;
let db: ComplaintsDatabase;
let rows: Map<string, CaseRow>;
let cases: ComplaintCase[];

/** The seed places few holds and releases them: put a few open cases on hold, as a complaints manager would. */
async function placeHolds(count: number): Promise<void> {
  const open = (await db.cases.toArray()).filter((c) => ['received', 'acknowledged', 'under-review', 'investigating'].includes(c.stage) && !c.holds.some((h) => !h.to));
  for (const c of open.filter((_, i) => i % 7 === 0).slice(0, count)) {
    const action = { type: 'placeHold' as const, holdId: crypto.randomUUID(), agency: 'Ofgem', reference: `OFG-${c.reference.slice(-5)}`, from: today };
    const result = await applyCaseAction(db, { caseId: c.id, expectedVersion: c.version, action }, { userId: 'manager-1', role: 'complaints-manager' }, now);
    if (!result.ok) throw new Error(`placeHold refused: ${result.missing.join('; ')}`);
  }
}

beforeAll(async () => {
  db = await freshDb();
  await seedDesk(db, plan);
  await placeHolds(6);
  rows = new Map((await db.caseRows.toArray()).map((r) => [r.caseId, r]));
  cases = await db.cases.toArray();
}, 60_000);
afterAll(deleteAll);

const finished = (c: ComplaintCase) => ['closed', 'resolved-at-first-contact', 'withdrawn'].includes(c.stage);
const rowOf = (c: ComplaintCase) => rows.get(c.id)!;
const standing = (c: ComplaintCase) => nextDeadlineWords(rowOf(c).nextDueOn, today, settings);

/** What each tab means, read from the case and the policy's words, not from the store's filters. */
const inView: Record<WorkListView, (c: ComplaintCase, viewer: Viewer) => boolean> = {
  mine: (c, v) => c.investigatorId === v.userId || c.recordedById === v.userId,
  'due-today': (c) => !finished(c) && standing(c).standing === 'due-today',
  overdue: (c) => !finished(c) && standing(c).standing === 'overdue',
  'breaching-soon': (c) => !finished(c) && standing(c).standing === 'ahead' && (standing(c).businessDays ?? 99) <= 2,
  'on-hold': (c) => !finished(c) && c.holds.some((h) => !h.to),
  all: () => true,
};

function expected(view: WorkListView, viewer: Viewer, choose: (c: ComplaintCase) => boolean = () => true): string[] {
  return cases
    .filter((c) => canViewCase(viewer, c) && inView[view](c, viewer) && choose(c))
    .map(rowOf)
    // Within a day, ties break on the index's token: the reference, or for a sealed row the case id that stands in for it.
    .map((r) => ({ ...r, token: r.confidential === 1 ? r.caseId : r.reference }))
    .sort((a, b) => (a.dueSort < b.dueSort ? -1 : a.dueSort > b.dueSort ? 1 : a.token < b.token ? -1 : 1))
    .map((r) => r.reference);
}

async function pageThrough(view: WorkListView, choices: WorkListChoices, viewer: Viewer, limit = 13): Promise<string[]> {
  const filter = workListFilter(view, choices, viewer, today, settings);
  if (filter === null) return [];
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

const busiest = (pick: (c: ComplaintCase) => string | undefined) => {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const key = pick(c);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};
const recorder = () => busiest((c) => (c.concernsStaff ? undefined : c.recordedById));
const investigatorOfSecret = () => cases.find((c) => c.concernsStaff && c.investigatorId && !finished(c))!.investigatorId!;
const viewers: [string, () => Viewer][] = [
  ['an agent who records many cases', () => ({ userId: recorder(), role: 'agent' })],
  ['the investigator of a confidential case', () => ({ userId: investigatorOfSecret(), role: 'agent' })],
  ['a complaints manager', () => ({ userId: 'manager-1', role: 'complaints-manager' })],
];

describe('the work list on a synthetic desk', () => {
  it('has cases in every tab', () => {
    const manager: Viewer = { userId: 'manager-1', role: 'complaints-manager' };
    const sizes = workListViews.map((view) => [view, expected(view, view === 'mine' ? { userId: recorder(), role: 'agent' } : manager).length]);
    for (const [view, size] of sizes) expect(size, String(view)).toBeGreaterThan(0);
  });

  for (const [viewerName, viewer] of viewers) {
    it.each(workListViews)(`pages through the %s tab for ${viewerName}, and counts it`, async (view) => {
      const want = expected(view, viewer());
      expect(await pageThrough(view, {}, viewer())).toEqual(want);
      expect(await countWorkQueue(db, workListFilter(view, {}, viewer(), today, settings)!, viewer(), now)).toBe(want.length);
    });
  }

  it.each(viewers)('counts every tab at once, for the tab alone, for %s', async (_, who) => {
    const viewer = who();
    const { counts, anyCase } = await countWorkListTabs(db, viewer, now, settings);
    expect(Object.keys(counts)).toEqual(workListViews.filter((v) => v !== 'all'));
    for (const view of countedViews) expect(counts[view], view).toBe(expected(view, viewer, (c) => !finished(c)).length);
    expect(anyCase).toBe(true);
  });

  it('numbers My cases by its open cases, though it lists finished ones too', async () => {
    const viewer: Viewer = { userId: recorder(), role: 'agent' };
    const { counts } = await countWorkListTabs(db, viewer, now, settings);
    expect(expected('mine', viewer).length).toBeGreaterThan(counts.mine ?? 0);
    expect(counts.mine).toBeGreaterThan(0);
    expect(await countWorkListTabs(db, { userId: 'admin-1', role: 'administrator' }, now, settings)).toEqual({ counts: Object.fromEntries(countedViews.map((v) => [v, 0])), anyCase: false });
    expect((await countWorkListTabs(db, { userId: 'agent-without-cases', role: 'agent' }, now, settings)).counts.mine).toBe(0);
  });

  const manager = (): Viewer => ({ userId: 'manager-1', role: 'complaints-manager' });
  const choices: [string, WorkListView, () => WorkListChoices, (c: ComplaintCase) => boolean][] = [
    ['a stage within All', 'all', () => ({ stage: 'investigating' }), (c) => c.stage === 'investigating'],
    ['a channel within Overdue', 'overdue', () => ({ channel: 'letter' }), (c) => c.channel === 'letter'],
    ['a category within All', 'all', () => ({ category: 'billing' }), (c) => c.category === 'billing'],
    ['uncategorised within All', 'all', () => ({ category: null }), (c) => c.category === undefined],
    ['an assignee within My cases', 'mine', () => ({ assigneeId: recorder() }), (c) => c.investigatorId === recorder()],
    ['unassigned within On hold', 'on-hold', () => ({ assigneeId: null }), (c) => !c.investigatorId],
    ['due today within All', 'all', () => ({ due: 'due-today' }), (c) => !finished(c) && standing(c).standing === 'due-today'],
    ['breaching soon within My cases', 'mine', () => ({ due: 'breaching-soon' }), (c) => inView['breaching-soon'](c, manager())],
    ['overdue within Due today (nothing)', 'due-today', () => ({ due: 'overdue' }), () => false],
  ];
  it.each(choices)('filters %s', async (_, view, choose, test) => {
    const viewer = view === 'mine' ? { userId: recorder(), role: 'agent' as const } : manager();
    const want = expected(view, viewer, test);
    expect(await pageThrough(view, choose(), viewer)).toEqual(want);
  });

  it('sorts a tab newest first, paging by received time', async () => {
    const viewer = manager();
    const filter = { ...workListFilter('overdue', {}, viewer, today, settings)!, sort: 'newest' as const };
    const first = await listWorkQueue(db, filter, viewer, now, { limit: 20 });
    expect(first.next).not.toBeNull();
    const second = await listWorkQueue(db, filter, viewer, now, { limit: 20, after: first.next });
    const received = [...first.items, ...second.items].map((i) => i.receivedAt);
    expect(received).toEqual([...received].sort().reverse());
    expect(new Set([...first.items, ...second.items].map((i) => i.reference))).toEqual(new Set(expected('overdue', viewer).filter((ref) => [...first.items, ...second.items].some((i) => i.reference === ref))));
    expect(first.items.length + second.items.length).toBe(Math.min(40, expected('overdue', viewer).length));
  });

  it('searches within a tab: names, references and summaries', async () => {
    const viewer = manager();
    const target = cases.find((c) => !finished(c) && standing(c).standing === 'overdue' && canViewCase(viewer, c))!;
    const surname = rowOf(target).customerName.split(' ').pop()!.toLowerCase();
    const within = workListFilter('overdue', {}, viewer, today, settings)!;
    const found = await searchCases(db, surname, viewer, now, { limit: 100 }, within);
    const wanted = cases
      .filter((c) => canViewCase(viewer, c) && inView.overdue(c, viewer) && rowOf(c).customerName.toLowerCase().split(/\s+/).some((w) => w.startsWith(surname)))
      .map((c) => rowOf(c).reference);
    expect(found.items.map((i) => i.reference).sort()).toEqual(wanted.sort());
    expect(found.items.map((i) => i.reference)).toContain(target.reference);
    const byReference = await searchCases(db, target.reference, viewer, now, {}, within);
    expect(byReference.items.map((i) => i.reference)).toEqual([target.reference]);
    const elsewhere = await searchCases(db, target.reference, viewer, now, {}, workListFilter('on-hold', {}, viewer, today, settings)!);
    expect(elsewhere.items.map((i) => i.reference)).toEqual(target.holds.some((h) => !h.to) ? [target.reference] : []);
  });
});
