// Signing in: rate limit first, then the scrypt check (timed the same for unknown names), then a new session.
import type pg from 'pg';
import type { SignInRequest, SignInResponse } from '../../shared/sync';
import { PROTOCOL_VERSION } from '../../shared/sync';
import { asAuth } from '../db/transaction';
import { DUMMY_HASH, verifyPassword } from './passwords';
import { clearFailures, recordFailure, signInLimited, type Limited } from './rate-limit';
import { startSession, userOf, type UserRow } from './sessions';

export const WRONG_CREDENTIALS = 'The user name or password is wrong';

export type SignInOutcome = { ok: true; response: SignInResponse } | { ok: false; limited?: Limited; message: string };

export async function signIn(pool: pg.Pool, request: SignInRequest, address: string, now: Date, sessionHours: number): Promise<SignInOutcome> {
  return asAuth(pool, async (tx) => {
    const limited = await signInLimited(tx, request.userName, address, now);
    if (limited) {
      return { ok: false, limited, message: `Too many failed sign-ins: try again in ${Math.ceil(limited.retryAfterSeconds / 60)} minute(s), or ask an administrator to reset the password` };
    }
    const { rows } = await tx.query<UserRow & { password_hash: string }>(
      `SELECT u.id, u.user_name, u.name, u.role, u.active, u.email, c.password_hash
         FROM users u JOIN credentials c ON c.user_id = u.id WHERE u.user_name = $1`,
      [request.userName],
    );
    const row = rows[0];
    const matches = await verifyPassword(request.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !matches || !row.active) {
      await recordFailure(tx, request.userName, address, now);
      return { ok: false, message: row && matches && !row.active ? 'This account has been switched off: ask an administrator' : WRONG_CREDENTIALS };
    }
    await clearFailures(tx, request.userName);
    const session = await startSession(tx, row.id, request.deskName, now, sessionHours);
    return { ok: true, response: { token: session.token, expiresAt: session.expiresAt, user: userOf(row), protocolVersion: PROTOCOL_VERSION } };
  });
}
