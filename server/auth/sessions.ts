// Sessions: a random bearer token (only its SHA-256 is stored), expiring, revocable; identity comes only from here.
import { createHash, randomBytes } from 'node:crypto';
import type { User } from '../../shared/model';
import type { Tx } from '../db/transaction';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SignedOut extends Error {
  constructor(message = 'Sign in again: your session has ended or was signed out') {
    super(message);
  }
}

export interface UserRow {
  id: string;
  user_name: string;
  name: string;
  role: User['role'];
  active: boolean;
  email: string | null;
}

export function userOf(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, active: row.active, ...(row.email ? { email: row.email } : {}) };
}

/** Starts a session (as complaints_auth); returns the token, which is never stored. */
export async function startSession(tx: Tx, userId: string, deskName: string | undefined, now: Date, hours: number): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await tx.query('INSERT INTO sessions (token_hash, user_id, desk_name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [tokenHash(token), userId, deskName ?? null, now.toISOString(), expiresAt]);
  return { token, expiresAt };
}

/** The session's user, if the token is live and the account active (as complaints_auth); else SignedOut. */
export async function sessionUser(tx: Tx, token: string, now: Date): Promise<{ user: User; expiresAt: string; tokenHash: string }> {
  const hash = tokenHash(token);
  const { rows } = await tx.query<UserRow & { expires_at: Date }>(
    `SELECT u.id, u.user_name, u.name, u.role, u.active, u.email, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
    [hash, now.toISOString()],
  );
  const row = rows[0];
  if (!row) throw new SignedOut();
  if (!row.active) throw new SignedOut('This account has been switched off: ask an administrator');
  return { user: userOf(row), expiresAt: row.expires_at.toISOString(), tokenHash: hash };
}

export async function revokeSession(tx: Tx, hash: string, now: Date): Promise<void> {
  await tx.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [hash, now.toISOString()]);
}

export async function revokeAllSessions(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.query('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, now.toISOString()]);
}

/** "Bearer <token>" → the token, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
