// What the benchmark measures inside Chromium: each store operation and its raw IndexedDB baseline, median of runs.
import { londonDate, type Viewer } from '../../../shared/policy';
import { applyCaseAction } from '../../../renderer/store/cases';
import { openCase } from '../../../renderer/store/case-views';
import { ComplaintsDatabase } from '../../../renderer/store/db';
import { searchCases } from '../../../renderer/store/search';
import { listWorkQueue } from '../../../renderer/store/work-queue';
import { OPEN_ROWS, rawFirstPage, rawOpen, rawOpenCase, rawOverdue, rawSave, rawSearch, rawStageOverdue } from './raw-reads';

export interface Measured {
  figure: string;
  ms: number;
  baselineMs: number;
  targetMs: number;
  runs: number;
  rows?: number;
}

const agent: Viewer = { userId: 'agent-1', role: 'agent' };
const manager: Viewer = { userId: 'manager-1', role: 'complaints-manager' };
const PAGE = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Runs store and baseline alternately (after warm-up runs), so both see the same cache conditions. */
export async function compare(figure: string, targetMs: number, store: (i: number) => Promise<unknown>, raw: (i: number) => Promise<unknown>, runs = 15, warmUp = 3): Promise<Measured> {
  for (let i = 0; i < warmUp; i += 1) {
    await store(i);
    await raw(i);
  }
  const storeMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = warmUp; i < warmUp + runs; i += 1) {
    storeMs.push(await timed(() => store(i)));
    rawMs.push(await timed(() => raw(i)));
  }
  return { figure, ms: median(storeMs), baselineMs: median(rawMs), targetMs, runs };
}

/** Opening the database and the first page of the list, in a page that has not opened it yet. */
export async function coldOpen(dbName: string, now: string): Promise<{ ms: number; openMs: number; rows: number }> {
  const started = performance.now();
  const db = new ComplaintsDatabase(dbName);
  await db.open();
  const openMs = performance.now() - started;
  const page = await listWorkQueue(db, {}, agent, now, { limit: PAGE });
  const ms = performance.now() - started;
  db.close();
  return { ms, openMs, rows: page.items.length };
}

export async function rawColdOpen(dbName: string): Promise<{ ms: number; openMs: number; rows: number }> {
  const started = performance.now();
  const db = await rawOpen(dbName);
  const openMs = performance.now() - started;
  const rows = await rawFirstPage(db, agent.userId, PAGE + 1);
  const ms = performance.now() - started;
  db.close();
  return { ms, openMs, rows: rows.length };
}

export async function warmFigures(dbName: string, now: string): Promise<Measured[]> {
  const db = new ComplaintsDatabase(dbName);
  await db.open();
  const raw = await rawOpen(dbName);
  const today = londonDate(now);
  const results: Measured[] = [];
  results.push(await compare('store.listFirstPage', 100, () => listWorkQueue(db, {}, agent, now, { limit: PAGE }), () => rawFirstPage(raw, agent.userId, PAGE + 1)));
  results.push(await compare('store.listFirstPage.manager', 100, () => listWorkQueue(db, {}, manager, now, { limit: PAGE }), () => rawFirstPage(raw, agent.userId, PAGE + 1)));
  results.push(await compare('store.filterOverdue', 100, () => listWorkQueue(db, { overdue: true }, agent, now, { limit: PAGE }), () => rawOverdue(raw, today, agent.userId, PAGE + 1)));
  results.push(
    await compare('store.filterStageOverdue', 100, () => listWorkQueue(db, { stage: 'investigating', overdue: true }, agent, now, { limit: PAGE }), () => rawStageOverdue(raw, 'investigating', today, agent.userId, PAGE + 1)),
  );
  results.push(await compare('store.search', 100, () => searchCases(db, 'smith', agent, now, { limit: PAGE }), () => rawSearch(raw, 'smith', PAGE + 1)));

  // Cases to open and to act on: ordinary cases an agent may see, different ones for each run.
  const open = await db.caseRows.where('[audience+stage+dueSort+reference]').between([OPEN_ROWS, 'closed', '', ''], [OPEN_ROWS, 'closed', '\uffff', '\uffff']).limit(40).primaryKeys();
  results.push(await compare('store.openCase', 50, (i) => openCase(db, open[i % 20]!, agent, now), (i) => rawOpenCase(raw, open[20 + (i % 20)]!)));
  // Saving: a conversation recorded on open cases an agent may see, a different case each run.
  const working = await db.caseRows.where('[audience+dueSort+reference]').between([OPEN_ROWS, '', ''], [OPEN_ROWS, '9999-12-31', '\uffff']).limit(40).toArray();
  const versions = new Map(working.map((row) => [row.caseId, row.version]));
  const record = async (i: number) => {
    const caseId = working[i % 20]!.caseId;
    const action = { type: 'recordConversation' as const, conversationId: `bench-${i}`, on: today, channel: 'telephone' as const, people: [{ name: 'The customer' }], summary: 'Customer rang for an update.' };
    const result = await applyCaseAction(db, { caseId, expectedVersion: versions.get(caseId)!, action }, agent, now);
    if (!result.ok) throw new Error(`Benchmark save refused: ${result.missing.join('; ')}`);
    versions.set(caseId, result.case.version);
  };
  results.push(await compare('store.saveAction', 30, record, (i) => rawSave(raw, working[20 + (i % 20)]!.caseId, now)));
  raw.close();
  db.close();
  return results;
}
