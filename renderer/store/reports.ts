// Reading the complaints report: the cases received in the period, found through the case list's receipt index.
import { confidentialityFacts, type ComplaintCase } from '../../shared/model';
import { canViewCase, complaintsReturn, type ComplaintsReturn, type Viewer } from '../../shared/policy';
import { ComplaintTally, mayReadReports, RECEIPT_MARGIN_DAYS, REPORTS_FOR_MANAGERS, reportPeriod, shiftDay, type ComplaintReport } from '../../shared/reports';
import type { ComplaintsDatabase } from './db';
import { MIN } from './queries/keys';
import { inPartitions, partitionsOf } from './projections/audience';
import { rowsNamingViewer } from './work-queue';
import { loadCustomerCount, loadPolicySettings } from './settings/policy-calendar';

export type ReportReading = { ok: true; report: ComplaintReport } | { ok: false; missing: string[] };

/** Told after each batch of cases is counted: how many have been, out of how many. */
export type ReportProgress = (counted: number, total: number) => void;

/** Cases read per batch: small enough for steady progress, big enough that reads stay cheap. */
export const REPORT_BATCH = 2000;

const RECEIPT_INDEX = '[audience+receivedAt+reference]';

/**
 * Ids of the cases `viewer` may see whose stored receipt time could fall in the period: the audience partitions
 * admitting their role, and the cases naming them by id. receivedAt keeps the offset it was given, so the index
 * range takes RECEIPT_MARGIN_DAYS either side and the tally keeps exactly the complaints whose London date is in
 * the period.
 */
async function candidateIds(db: ComplaintsDatabase, viewer: Viewer, from: string, to: string): Promise<string[]> {
  const lower = shiftDay(from, -RECEIPT_MARGIN_DAYS);
  const upperExclusive = shiftDay(to, RECEIPT_MARGIN_DAYS + 1);
  const partitions = partitionsOf(viewer);
  const inPeriod = (audience: string) => db.caseRows.where(RECEIPT_INDEX).between([audience, lower, MIN], [audience, upperExclusive, MIN], true, false).primaryKeys();
  const [byRole, named] = await Promise.all([Promise.all(partitions.map((p) => inPeriod(p.key))), rowsNamingViewer(db, viewer)]);
  const byId = named.filter((row) => !inPartitions(partitions, row) && row.receivedAt >= lower && row.receivedAt < upperExclusive).map((row) => row.caseId);
  return [...byRole.flat(), ...byId];
}

/**
 * The report over the complaints received in `period` (two London dates, inclusive) at `now`, for a complaints
 * manager. Confidential cases count in the figures, which name no case; a case naming the viewer is left out, as
 * the policy hides it from them. One read transaction, so the figures come from one consistent state of the desk.
 */
export async function readComplaintReport(
  db: ComplaintsDatabase,
  period: unknown,
  viewer: Viewer,
  now: string,
  onProgress: ReportProgress = () => undefined,
): Promise<ReportReading> {
  if (!mayReadReports(viewer.role)) return { ok: false, missing: [REPORTS_FOR_MANAGERS] };
  const parsed = reportPeriod.safeParse(period);
  if (!parsed.success) return { ok: false, missing: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const { from, to } = parsed.data;
  return db.transaction('r', [db.caseRows, db.cases, db.settings], async (): Promise<ReportReading> => {
    const [settings, ids] = await Promise.all([loadPolicySettings(db), candidateIds(db, viewer, from, to)]);
    const tally = new ComplaintTally(parsed.data, settings, now);
    onProgress(0, ids.length);
    for (let start = 0; start < ids.length; start += REPORT_BATCH) {
      const batch = await db.cases.bulkGet(ids.slice(start, start + REPORT_BATCH));
      for (const c of batch) if (c && canViewCase(viewer, confidentialityFacts(c))) tally.add(c);
      onProgress(Math.min(start + REPORT_BATCH, ids.length), ids.length);
    }
    return { ok: true, report: tally.report() };
  });
}

export type ReturnReading = { ok: true; complaintsReturn: ComplaintsReturn } | { ok: false; missing: string[] };

/**
 * The complaints return for `period`, for a complaints manager: every complaint the viewer may see, since a complaint
 * received long before the period may close in it. Staff complaints count in the figures, which describe no case.
 */
export async function readComplaintsReturn(db: ComplaintsDatabase, period: unknown, viewer: Viewer, onProgress: ReportProgress = () => undefined): Promise<ReturnReading> {
  if (!mayReadReports(viewer.role)) return { ok: false, missing: [REPORTS_FOR_MANAGERS] };
  const parsed = reportPeriod.safeParse(period);
  if (!parsed.success) return { ok: false, missing: [...new Set(parsed.error.issues.map((i) => i.message))] };
  return db.transaction('r', [db.cases, db.settings], async (): Promise<ReturnReading> => {
    const [settings, customerCount, ids] = await Promise.all([loadPolicySettings(db), loadCustomerCount(db), db.cases.toCollection().primaryKeys()]);
    const visible: ComplaintCase[] = [];
    onProgress(0, ids.length);
    for (let start = 0; start < ids.length; start += REPORT_BATCH) {
      const batch = await db.cases.bulkGet(ids.slice(start, start + REPORT_BATCH));
      for (const c of batch) if (c && canViewCase(viewer, confidentialityFacts(c))) visible.push(c);
      onProgress(Math.min(start + REPORT_BATCH, ids.length), ids.length);
    }
    return { ok: true, complaintsReturn: complaintsReturn(visible, parsed.data, settings, customerCount) };
  });
}
