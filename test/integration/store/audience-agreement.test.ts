// Who may see a case, asked four ways on a real store: random cases and viewers through the work list, search, the
// tab counts and the policy's canViewCase must agree; and a change of the rule's edition rebuilds the stored rows.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { confidentialityFacts, formatCaseReference, roles, type ComplaintCase } from '../../../shared/model';
import { canViewCase, CASE_AUDIENCE_RULE, londonDate, type Viewer } from '../../../shared/policy';
import { openCase } from '../../../renderer/store/case-views';
import { caseWriteTables, ComplaintsDatabase, type ComplaintsDatabaseOptions } from '../../../renderer/store/db';
import { writeCaseChange } from '../../../renderer/store/case-write';
import { audienceColumns } from '../../../renderer/store/projections/audience';
import { searchCases } from '../../../renderer/store/search';
import { countedViews, countWorkListTabs, countWorkQueue, tabCountFilter, workListFilter } from '../../../renderer/store/work-list';
import { listWorkQueue, type WorkQueueFilter } from '../../../renderer/store/work-queue';
import { caseAt, settings, staff, times } from '../../fixtures/cases';
import { deleteAll, freshDb } from './store-fixtures';

afterEach(deleteAll);

const now = times.closed;
const today = londonDate(now);
const CUSTOMER = 'Agreement Whitfield';
const staffIds = Object.values(staff).map((u) => u.id);

/** One case of each kind a desk holds: open complaints at several stages, a finished one, an enquiry. */
const bases: ComplaintCase[] = (['received', 'investigating', 'closed', 'enquiry'] as const).map((stage) => caseAt(stage));

interface DrawnCase {
  base: number;
  concernsStaff: boolean;
  named: string[];
  investigatorId: string | undefined;
  recordedById: string;
}

const facts: fc.Arbitrary<DrawnCase> = fc.record({
  base: fc.nat({ max: bases.length - 1 }),
  concernsStaff: fc.boolean(),
  named: fc.subarray(staffIds, { maxLength: 2 }),
  investigatorId: fc.option(fc.constantFrom(...staffIds), { nil: undefined }),
  recordedById: fc.constantFrom(...staffIds),
});

/** Any user id with any role: the rule must hold for combinations the fixtures never make. */
const viewer: fc.Arbitrary<Viewer> = fc.record({ userId: fc.constantFrom(...staffIds, 'user-unknown'), role: fc.constantFrom(...roles) });

function caseOf(f: DrawnCase, i: number): ComplaintCase {
  const base = bases[f.base]!;
  const { investigatorId: _drop, ...rest } = base;
  return {
    ...rest,
    id: `case-${i}`,
    reference: formatCaseReference(2026, i + 1),
    concernsStaff: f.concernsStaff,
    namedStaffUserIds: f.named,
    recordedById: f.recordedById,
    ...(f.investigatorId === undefined ? {} : { investigatorId: f.investigatorId }),
  };
}

async function written(cases: ComplaintCase[], options: ComplaintsDatabaseOptions = {}, name?: string): Promise<ComplaintsDatabase> {
  const db = await freshDb(options, () => undefined, name);
  await db.transaction('rw', caseWriteTables(db), async () => {
    for (const c of cases) await writeCaseChange(db, { before: null, after: c, drafts: [], customerName: CUSTOMER, settings, now });
  });
  return db;
}

async function pageThrough(db: ComplaintsDatabase, filter: WorkQueueFilter, who: Viewer): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await listWorkQueue(db, filter, who, now, { limit: 3, after });
    seen.push(...page.items.map((i) => i.caseId));
    if (page.next === null) return seen;
    after = page.next;
  }
  throw new Error('paging did not end');
}

const sorted = (ids: string[]) => [...ids].sort();

describe('who may see a case, asked of the store and of the policy', () => {
  it('the work list, search, tab counts, case view and canViewCase agree for random cases and viewers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 1, maxLength: 8 }), fc.array(viewer, { minLength: 1, maxLength: 4 }), async (drawn, viewers) => {
        const cases = drawn.map(caseOf);
        const db = await written(cases);
        try {
          for (const who of viewers) {
            const policy = sorted(cases.filter((c) => canViewCase(who, confidentialityFacts(c))).map((c) => c.id));
            const all = workListFilter('all', {}, who, today, settings)!;
            expect(sorted(await pageThrough(db, all, who)), 'the work list').toEqual(policy);
            expect(await countWorkQueue(db, all, who, now), 'the All count').toBe(policy.length);
            const found = await searchCases(db, 'agreement', who, now, { limit: 100 });
            expect(sorted(found.items.map((i) => i.caseId)), 'search').toEqual(policy);
            const tabs = await countWorkListTabs(db, who, now, settings);
            expect(tabs.anyCase, 'whether any case is theirs').toBe(policy.length > 0);
            for (const view of countedViews) {
              const filter = tabCountFilter(view, who, today, settings);
              const listed = filter === null ? [] : await pageThrough(db, filter, who);
              expect(listed.every((id) => policy.includes(id)), `the ${view} tab lists only cases the policy allows`).toBe(true);
              expect(tabs.counts[view], `the ${view} count`).toBe(listed.length);
            }
            for (const c of cases) {
              const view = await openCase(db, c.id, who, now);
              expect(view.status === 'open', `opening ${c.id}`).toBe(policy.includes(c.id));
            }
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('a new edition of the rule', () => {
  it('rebuilds every row derived under another edition when the desk opens, before any query', async () => {
    const secret = caseOf({ base: 0, concernsStaff: true, named: [staff.namedEmployee.id], investigatorId: staff.investigator.id, recordedById: staff.agent.id }, 0);
    const open = caseOf({ base: 1, concernsStaff: false, named: [], investigatorId: undefined, recordedById: staff.agent.id }, 1);
    const db = await written([secret, open]);
    // As a desk written under an older rule would hold it: the confidential case filed where every agent reads.
    const openRow = (await db.caseRows.get(open.id))!;
    await db.caseRows.update(secret.id, { audience: openRow.audience, viewerRoles: openRow.viewerRoles, hiddenFrom: [], audienceRule: CASE_AUDIENCE_RULE - 1 });
    db.close();

    const reopened = new ComplaintsDatabase(db.name);
    try {
      const agent: Viewer = { userId: staff.secondAgent.id, role: 'agent' };
      const listed = await listWorkQueue(reopened, { includeFinished: true }, agent, now);
      expect(listed.items.map((i) => i.caseId)).toEqual([open.id]);
      const rows = await reopened.caseRows.toArray();
      expect(rows.map((r) => r.audienceRule)).toEqual([CASE_AUDIENCE_RULE, CASE_AUDIENCE_RULE]);
      for (const c of [secret, open]) expect(rows.find((r) => r.caseId === c.id)).toMatchObject(audienceColumns(c));
    } finally {
      reopened.close();
    }
  });

  it('fills in the audience of rows written before schema version 6', async () => {
    const secret = caseOf({ base: 0, concernsStaff: true, named: [staff.namedEmployee.id], investigatorId: staff.investigator.id, recordedById: staff.agent.id }, 0);
    const v5 = await written([secret], { schemaVersion: 5 });
    await v5.caseRows.update(secret.id, { audience: undefined, audienceRule: undefined, viewerRoles: undefined, hiddenFromRoles: undefined } as never);
    v5.close();
    const upgraded = new ComplaintsDatabase(v5.name);
    try {
      expect(await upgraded.caseRows.get(secret.id)).toMatchObject(audienceColumns(secret));
      const investigator: Viewer = { userId: staff.investigator.id, role: 'agent' };
      expect((await listWorkQueue(upgraded, {}, investigator, now)).items.map((i) => i.caseId)).toEqual([secret.id]);
    } finally {
      upgraded.close();
    }
  });
});
