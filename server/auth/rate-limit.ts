// Sign-in attempts, rate-limited in the database: the count survives restarts and holds across copies of the service.
import type { Tx } from '../db/transaction';

export const FAILURE_WINDOW_MINUTES = 15;
/** Failed attempts allowed per user name, and per address, within the window. */
export const FAILURES_PER_NAME = 5;
export const FAILURES_PER_ADDRESS = 30;

export interface Limited {
  retryAfterSeconds: number;
}

const subjects = (userName: string, address: string) => [
  { subject: `name:${userName}`, limit: FAILURES_PER_NAME },
  { subject: `address:${address}`, limit: FAILURES_PER_ADDRESS },
];

/** Null when another attempt is allowed; otherwise how long to wait. Locks the subjects so parallel attempts queue. */
export async function signInLimited(tx: Tx, userName: string, address: string, now: Date): Promise<Limited | null> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000).toISOString();
  for (const { subject, limit } of subjects(userName, address)) {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [subject]);
    const { rows } = await tx.query<{ n: string; oldest: Date | null }>(
      'SELECT count(*) AS n, min(at) AS oldest FROM sign_in_failures WHERE subject = $1 AND at > $2',
      [subject, since],
    );
    const row = rows[0];
    if (row && Number(row.n) >= limit && row.oldest) {
      const free = row.oldest.getTime() + FAILURE_WINDOW_MINUTES * 60_000;
      return { retryAfterSeconds: Math.max(1, Math.ceil((free - now.getTime()) / 1000)) };
    }
  }
  return null;
}

export async function recordFailure(tx: Tx, userName: string, address: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000).toISOString();
  for (const { subject } of subjects(userName, address)) {
    await tx.query('DELETE FROM sign_in_failures WHERE subject = $1 AND at <= $2', [subject, since]);
    await tx.query('INSERT INTO sign_in_failures (subject, at) VALUES ($1, $2)', [subject, now.toISOString()]);
  }
}

export async function clearFailures(tx: Tx, userName: string): Promise<void> {
  await tx.query('DELETE FROM sign_in_failures WHERE subject = $1', [`name:${userName}`]);
}
