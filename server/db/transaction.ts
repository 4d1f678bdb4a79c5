// Every request's database work: one transaction, under a role that cannot bypass row-level security, with the
// signed-in user set for that transaction only.
import type pg from 'pg';
import type { Role } from '../../shared/model';

export interface Viewer {
  userId: string;
  role: Role;
}

export type Tx = pg.PoolClient;

export interface TxOptions {
  /** Pulls read one snapshot, so the change clock and the rows agree. */
  isolation?: 'read committed' | 'repeatable read';
  readOnly?: boolean;
  /** Start as complaints_auth (sign-in, session look-up), sent with BEGIN in one round trip. */
  startAsAuth?: boolean;
}

/** Runs `work` in one transaction as complaints_app with app.user_id set; commits on return, rolls back on throw. */
export async function asUser<T>(pool: pg.Pool, viewer: Pick<Viewer, 'userId'>, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  return inTransaction(pool, options, async (tx) => {
    await becomeUser(tx, viewer.userId);
    return work(tx);
  });
}

/**
 * Switches the open transaction to the user (SET LOCAL: it ends with the transaction). Their role is read from the
 * accounts table here, once, for the policies to compare (an inactive or unknown user gets none, so sees nothing).
 */
export async function becomeUser(tx: Tx, userId: string): Promise<void> {
  await tx.query('SET LOCAL ROLE complaints_app');
  await tx.query("SELECT set_config('app.user_id', $1, true), set_config('app.user_role', '', true)", [userId]);
  await tx.query("SELECT set_config('app.user_role', coalesce((SELECT role FROM users WHERE id = $1 AND active), ''), true)", [userId]);
}

/** Runs `work` as complaints_auth: sign-in and session look-up, before anyone is known. */
export async function asAuth<T>(pool: pg.Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(pool, {}, async (tx) => {
    await becomeAuth(tx);
    return work(tx);
  });
}

/**
 * As becomeUser, in one round trip, for a session's user whose role and active flag were just read from the accounts
 * table in this same transaction (sessionUser): set_config('role', …, true) is SET LOCAL ROLE.
 */
export async function becomeSessionUser(tx: Tx, viewer: Viewer): Promise<void> {
  await tx.query("SELECT set_config('role', 'complaints_app', true), set_config('app.user_id', $1, true), set_config('app.user_role', $2, true)", [viewer.userId, viewer.role]);
}

const BECOME_AUTH = "SET LOCAL ROLE complaints_auth; SELECT set_config('app.user_id', '', true), set_config('app.user_role', '', true)";

export async function becomeAuth(tx: Tx): Promise<void> {
  await tx.query(BECOME_AUTH);
}

export async function inTransaction<T>(pool: pg.Pool, options: TxOptions, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    const mode = `${options.isolation === 'repeatable read' ? 'ISOLATION LEVEL REPEATABLE READ' : 'ISOLATION LEVEL READ COMMITTED'}${options.readOnly ? ' READ ONLY' : ''}`;
    await client.query(options.startAsAuth ? `BEGIN ${mode}; ${BECOME_AUTH}` : `BEGIN ${mode}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Runs `work` inside a savepoint: a refusal or constraint error undoes only this change, not the whole push. */
export async function inSavepoint<T>(tx: Tx, work: () => Promise<T>, keep: (result: T) => boolean = () => true): Promise<T> {
  await tx.query('SAVEPOINT change');
  try {
    const result = await work();
    await tx.query(keep(result) ? 'RELEASE SAVEPOINT change' : 'ROLLBACK TO SAVEPOINT change');
    return result;
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT change');
    throw error;
  }
}

/** Takes the next change number under the clock's row lock (held to commit: commit order is checkpoint order). */
export async function nextChangeSeq(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ seq: string }>('UPDATE sync_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq');
  return Number(rows[0]?.seq);
}
