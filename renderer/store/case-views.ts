// Case repository, read side: open a case with its timeline (logging views of confidential cases) and re-read it live.
import { confidentialityFacts, type ComplaintCase, type Customer, type TimelineEvent } from '../../shared/model';
import {
  canSeeRecordedStub,
  canViewCase,
  caseDeadlines,
  mustLogView,
  recorderReceipt,
  type DeadlineStatus,
  type PolicySettings,
  type RecorderReceipt,
  type Viewer,
} from '../../shared/policy';
import type { ComplaintsDatabase } from './db';
import { appendEvents } from './case-write';
import { plainCustomer } from './customers';
import { guardWrite } from './errors';
import { loadPolicySettings } from './settings/policy-calendar';
import { readTimeline } from './timeline/pages';
import { readReceipt } from './sealed/seal-case';
import { openCaseAhead } from './sealed/open-ahead';
import { syncHook } from './sync-hook';

export type CaseView =
  | {
      status: 'open';
      case: ComplaintCase;
      customer: Customer | null;
      timeline: TimelineEvent[];
      deadlines: DeadlineStatus;
      settings: PolicySettings;
      confidential: boolean;
    }
  /** The member of staff who recorded a confidential case they may not open: only that they recorded it. */
  | { status: 'receipt'; receipt: RecorderReceipt }
  /** Not on this desk, or not for this viewer: the two are not told apart. */
  | { status: 'not-found' }
  /** readCase only: a confidential case this viewer has not opened (with openCase) in the last few hours. */
  | { status: 'view-not-logged' };

/** How long a logged view of a confidential case lets readCase keep showing it to the same person. */
export const VIEW_SESSION_MS = 8 * 3_600_000;
export const VIEWED = 'viewed';

export type Access = { status: 'open'; case: ComplaintCase } | { status: 'receipt'; receipt: RecorderReceipt } | { status: 'not-found' };

export function accessTo(c: ComplaintCase | undefined, viewer: Viewer): Access {
  if (!c) return { status: 'not-found' };
  const facts = confidentialityFacts(c);
  if (canViewCase(viewer, facts)) return { status: 'open', case: c };
  if (canSeeRecordedStub(viewer, facts)) return { status: 'receipt', receipt: recorderReceipt(c) };
  return { status: 'not-found' };
}

export function viewedEvent(c: ComplaintCase, viewer: Viewer, now: string, what: string) {
  return { caseId: c.id, at: now, actorId: viewer.userId, action: VIEWED, summary: what, before: null, after: null };
}

async function caseView(db: ComplaintsDatabase, c: ComplaintCase, now: string): Promise<CaseView & { status: 'open' }> {
  const [customer, timeline, settings] = await Promise.all([
    db.customers.get(c.customerId),
    readTimeline(db, c.id),
    loadPolicySettings(db),
  ]);
  return {
    status: 'open',
    case: c,
    customer: customer ? plainCustomer(customer) : null,
    timeline,
    deadlines: caseDeadlines(c, settings, now),
    settings,
    confidential: mustLogView(c),
  };
}

const readTables = (db: ComplaintsDatabase) => [db.cases, db.customers, db.timeline, db.settings, db.caseRows, db.receipts];
/** On a joined desk a logged view waits in the outbox. */
const logTables = (db: ComplaintsDatabase) => [...readTables(db), ...(syncHook()?.tables(db) ?? [])];

/**
 * Access to a stored case. A complaint about staff this session cannot open reads as absent; its recorder sees
 * the receipt sealed to their own key instead.
 */
async function accessFor(db: ComplaintsDatabase, caseId: string, viewer: Viewer): Promise<Access> {
  const stored = await db.cases.get(caseId);
  if (stored) return accessTo(stored, viewer);
  const receipt = await readReceipt(db, caseId, viewer.userId);
  return receipt ? { status: 'receipt', receipt } : { status: 'not-found' };
}

/**
 * Opens a case for `viewer`: the case, its customer, its whole timeline and where each deadline stands at `now`.
 * Opening a confidential case appends a "viewed" event (who, when) in the same transaction that reads it.
 * Non-confidential cases are read in a read-only transaction, so opening them never waits for writers.
 */
export async function openCase(db: ComplaintsDatabase, caseId: string, viewer: Viewer, now: string): Promise<CaseView> {
  await openCaseAhead(db, caseId);
  const quick = await db.transaction('r', readTables(db), async (): Promise<CaseView | 'log'> => {
    const access = await accessFor(db, caseId, viewer);
    if (access.status !== 'open') return access;
    return mustLogView(access.case) ? 'log' : caseView(db, access.case, now);
  });
  if (quick !== 'log') return quick;
  return guardWrite(() =>
    db.transaction('rw', logTables(db), async (): Promise<CaseView> => {
      const access = await accessFor(db, caseId, viewer);
      if (access.status !== 'open') return access;
      if (mustLogView(access.case)) await appendEvents(db, caseId, [viewedEvent(access.case, viewer, now, 'Opened the case (confidential: view logged)')]);
      return caseView(db, access.case, now);
    }),
  );
}

/**
 * The same view without logging, for useLiveQuery to refresh an open case page. A confidential case is shown
 * only to someone whose view openCase logged in the last VIEW_SESSION_MS; otherwise 'view-not-logged'.
 */
export async function readCase(db: ComplaintsDatabase, caseId: string, viewer: Viewer, now: string): Promise<CaseView> {
  return db.transaction('r', readTables(db), async (): Promise<CaseView> => {
    const access = await accessFor(db, caseId, viewer);
    if (access.status !== 'open') return access;
    const view = await caseView(db, access.case, now);
    if (!view.confidential) return view;
    const since = Date.parse(now) - VIEW_SESSION_MS;
    const logged =
      view.timeline.some((e) => e.action === VIEWED && e.actorId === viewer.userId && Date.parse(e.at) >= since) ||
      syncHook()?.viewLoggedSince(caseId, viewer.userId, since) === true;
    return logged ? view : { status: 'view-not-logged' };
  });
}
