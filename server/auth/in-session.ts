// One request, one transaction: find the session (as complaints_auth), then act as its user (as complaints_app).
import type pg from 'pg';
import type { User } from '../../shared/model';
import { becomeSessionUser, inTransaction, type Tx, type TxOptions } from '../db/transaction';
import { bearerToken, sessionUser, SignedOut } from './sessions';

export interface SessionContext {
  tx: Tx;
  user: User;
  expiresAt: string;
  tokenHash: string;
}

export async function inSession<T>(pool: pg.Pool, authorization: string | undefined, now: Date, work: (ctx: SessionContext) => Promise<T>, options: TxOptions = {}): Promise<T> {
  const token = bearerToken(authorization);
  if (!token) throw new SignedOut('Sign in first: send the session token as "Authorization: Bearer <token>"');
  return inTransaction(pool, { ...options, startAsAuth: true }, async (tx) => {
    const session = await sessionUser(tx, token, now);
    await becomeSessionUser(tx, { userId: session.user.id, role: session.user.role });
    return work({ tx, ...session });
  });
}
