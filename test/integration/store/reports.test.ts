// The complaints report read from the store on fake-indexeddb: the right cases, for managers only, as the pure report says.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreGetManyRequest } from 'dexie';
import type { ComplaintCase } from '../../../shared/model';
import type { Viewer } from '../../../shared/policy';
import { complaintReport, REPORTS_FOR_MANAGERS } from '../../../shared/reports';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { readComplaintReport } from '../../../renderer/store/reports';
import { deskPlan } from '../../../renderer/store/seed/synthetic-desk';
import { seedDesk } from '../../../renderer/store/seed/write-seed';
import { DEFAULT_POLICY_SETTINGS } from '../../../renderer/store/settings/policy-calendar';
import { acted, actors, deleteAll, freshDb, newCustomerInput, recorded, staff, staffComplaintInput, times } from './store-fixtures';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const NOW = '2026-12-15T12:00:00.000Z';
const manager: Viewer = { userId: staff.manager.id, role: 'complaints-manager' };

async function reportOk(db: ComplaintsDatabase, period: unknown, viewer: Viewer, now = NOW) {
  const reading = await readComplaintReport(db, period, viewer, now);
  if (!reading.ok) throw new Error(`report refused: ${reading.missing.join('; ')}`);
  return reading.report;
}

describe('readComplaintReport on a few recorded complaints', () => {
  let db: ComplaintsDatabase;
  beforeAll(async () => {
    db = await freshDb();
    const first = await recorded(db, actors.agent);
    await acted(db, first, [[{ type: 'acknowledge', sentAt: times.acknowledged, channel: 'email' }, actors.agent, times.acknowledged]]);
    const late = await recorded(db, actors.agent, newCustomerInput({ channel: 'email' }, 'Priya Natarajan'));
    await acted(db, late, [[{ type: 'acknowledge', sentAt: '2026-11-27T10:00:00.000Z', channel: 'email' }, actors.agent, '2026-11-27T10:00:00.000Z']]);
    await recorded(db, actors.agent, staffComplaintInput());
    await recorded(db, actors.agent, newCustomerInput({ receivedAt: '2026-10-30T10:00:00.000Z' }, 'October Customer'));
    await recorded(db, actors.agent, newCustomerInput({ kind: 'enquiry', enquiryReason: 'Asked about renewal dates.' }, 'Enquiring Customer'));
    // At 23:30 on 30 November in London (GMT): the last minutes of the period.
    await recorded(db, actors.agent, newCustomerInput({ receivedAt: '2026-11-30T23:30:00.000Z', channel: 'letter' }, 'Late Evening'), '2026-12-01T09:00:00.000Z');
    // 00:30 on 1 December in London: outside it, though its stored date is within the index's margin.
    await recorded(db, actors.agent, newCustomerInput({ receivedAt: '2026-12-01T00:30:00.000Z' }, 'Just After'), '2026-12-01T09:00:00.000Z');
  });
  afterAll(deleteAll);

  it('counts the complaints received in the period, the confidential one included, and the enquiry apart', async () => {
    const report = await reportOk(db, NOVEMBER, manager);
    expect(report.complaints).toBe(4);
    expect(report.aboutStaff).toBe(1);
    expect(report.enquiries.total).toBe(1);
    expect(report.byChannel.find((c) => c.key === 'letter')?.count).toBe(1);
    expect(report.acknowledge.withinTarget).toEqual({ met: 1, of: 4, rate: 0.25 });
    // The one received at 23:30 on 30 November starts its clock on Tue 1 December: acknowledge by Fri 4 December.
    expect(report.acknowledge).toMatchObject({ inTime: 1, late: 1, overdue: 2, notYetDue: 0 });
  });

  it('gives the same figures as the pure report over every stored case', async () => {
    const all = await db.cases.toArray();
    const settings = { ...DEFAULT_POLICY_SETTINGS };
    expect(await reportOk(db, NOVEMBER, manager)).toEqual(complaintReport(all, NOVEMBER, settings, NOW));
  });

  it('leaves out, for a manager named in a complaint, the complaint that names them', async () => {
    const named = await recorded(db, actors.agent, newCustomerInput({ concernsStaff: true, namedStaffUserIds: [staff.reviewer.id], nature: 'The reviewer was rude.' }, 'Named Reviewer'));
    const reviewer: Viewer = { userId: staff.reviewer.id, role: 'complaints-manager' };
    expect((await reportOk(db, NOVEMBER, manager)).complaints).toBe(5);
    expect((await reportOk(db, NOVEMBER, reviewer)).complaints).toBe(4);
    expect(named.namedStaffUserIds).toEqual([staff.reviewer.id]);
  });

  it.each([
    ['an agent', { userId: staff.agent.id, role: 'agent' } as Viewer],
    ['an administrator', { userId: staff.admin.id, role: 'administrator' } as Viewer],
  ])('refuses %s: reports are for complaints managers', async (_who, viewer) => {
    expect(await readComplaintReport(db, NOVEMBER, viewer, NOW)).toEqual({ ok: false, missing: [REPORTS_FOR_MANAGERS] });
  });

  it.each([
    [{ from: '2026-11-30', to: '2026-11-01' }, 'The end of the period must be on or after its start'],
    [{ from: 'yesterday', to: '2026-11-01' }, 'Start of the period must be a date like 2026-11-23'],
    [null, 'Give the period as a first and a last date'],
  ])('refuses the period %j, saying what is wrong', async (period, message) => {
    expect(await readComplaintReport(db, period, manager, NOW)).toEqual({ ok: false, missing: [message] });
  });
});

describe('readComplaintReport on a synthetic desk', () => {
  const plan = deskPlan({ cases: 800, years: 1, batchSize: 200, seed: 11 });
  let db: ComplaintsDatabase;
  let cases: ComplaintCase[];
  let casesRead = 0;
  const countCaseReads = (d: ComplaintsDatabase) =>
    d.use({
      stack: 'dbcore',
      name: 'count-case-reads',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name: string) {
          const table = down.table(name);
          if (name !== 'cases') return table;
          return {
            ...table,
            getMany(req: DBCoreGetManyRequest) {
              casesRead += req.keys.length;
              return table.getMany(req);
            },
          };
        },
      }),
    });

  beforeAll(async () => {
    db = await freshDb({}, countCaseReads);
    await seedDesk(db, plan);
    cases = await db.cases.toArray();
  }, 60_000);
  afterEach(() => {
    casesRead = 0;
  });
  afterAll(deleteAll);

  it.each([
    ['the whole year', { from: '2025-11-01', to: '2026-11-20' }],
    ['one month', { from: '2026-08-01', to: '2026-08-31' }],
    ['one day', { from: '2026-10-14', to: '2026-10-14' }],
  ])('over %s equals the pure report over every case, as every manager sees it', async (_name, period) => {
    const viewer: Viewer = { userId: plan.staff.managers[0]!.id, role: 'complaints-manager' };
    const visible = cases.filter((c) => !c.namedStaffUserIds.includes(viewer.userId));
    expect(await reportOk(db, period, viewer, plan.asOf)).toEqual(complaintReport(visible, period, plan.settings, plan.asOf));
  });

  it('reads only the cases received around the period, through the receipt index', async () => {
    const period = { from: '2026-08-01', to: '2026-08-31' };
    const report = await reportOk(db, period, { userId: plan.staff.managers[0]!.id, role: 'complaints-manager' }, plan.asOf);
    expect(report.complaints + report.enquiries.total).toBeGreaterThan(20);
    expect(casesRead).toBeLessThan(cases.length / 4);
    expect(casesRead).toBeGreaterThanOrEqual(report.complaints + report.enquiries.total);
  });

  it('tells its progress, ending with every case counted', async () => {
    const seen: [number, number][] = [];
    const reading = await readComplaintReport(db, { from: '2025-11-01', to: '2026-11-20' }, { userId: plan.staff.managers[0]!.id, role: 'complaints-manager' }, plan.asOf, (done, total) => seen.push([done, total]));
    expect(reading.ok).toBe(true);
    expect(seen[0]).toEqual([0, cases.length]);
    expect(seen[seen.length - 1]).toEqual([cases.length, cases.length]);
  });
});
