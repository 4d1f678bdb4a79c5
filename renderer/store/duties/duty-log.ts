// The duty log: every role change, password reset and grant of access, each entry chained to the one before by
// SHA-256, so an edited, removed or reordered entry is noticed. Complaints managers read it and its check.
import type { JsonValue } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import { canonicalJson, sha256Hex } from '../timeline/chain';
import type { DutyAction, DutyLogEntry } from './duty-records';

export interface DutyNote {
  at: string;
  actorId: string;
  action: DutyAction;
  subjectId: string;
  details?: JsonValue;
}

function hashOf(entry: Omit<DutyLogEntry, 'hash'>): string {
  return sha256Hex(canonicalJson(entry as unknown as JsonValue));
}

/** Appends an entry; call inside a rw transaction over dutyLog (or alone: it makes its own). */
export async function logDuty(db: ComplaintsDatabase, note: DutyNote): Promise<DutyLogEntry> {
  return db.transaction('rw', db.dutyLog, async () => {
    const last = await db.dutyLog.orderBy('seq').last();
    const entry: Omit<DutyLogEntry, 'hash'> = {
      seq: (last?.seq ?? 0) + 1,
      at: note.at,
      actorId: note.actorId,
      action: note.action,
      subjectId: note.subjectId,
      details: note.details ?? null,
      prevHash: last?.hash ?? '',
    };
    const stored = { ...entry, hash: hashOf(entry) };
    await db.dutyLog.add(stored);
    return stored;
  });
}

export type DutyLogCheck = { ok: true; entries: number } | { ok: false; brokenAt: number; problem: string };

/** Checks the chain: each entry's hash, its link to the one before, and no gap in the numbering. */
export function checkDutyLog(entries: readonly DutyLogEntry[]): DutyLogCheck {
  let prevHash = '';
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return { ok: false, brokenAt: entry.seq, problem: `Entry ${i + 1} is missing: the log jumps to ${entry.seq}` };
    if (entry.prevHash !== prevHash) return { ok: false, brokenAt: entry.seq, problem: `Entry ${entry.seq} does not follow entry ${entry.seq - 1}` };
    const { hash, ...rest } = entry;
    if (hashOf(rest) !== hash) return { ok: false, brokenAt: entry.seq, problem: `Entry ${entry.seq} was changed after it was written` };
    prevHash = hash;
  }
  return { ok: true, entries: entries.length };
}

export async function readDutyLog(db: ComplaintsDatabase): Promise<{ entries: DutyLogEntry[]; check: DutyLogCheck }> {
  const entries = await db.dutyLog.orderBy('seq').toArray();
  return { entries, check: checkDutyLog(entries) };
}
