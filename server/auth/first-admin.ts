// The one-time first-administrator step, allowed by the database only while no administrator exists.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { password as passwordSchema, userName } from '../../shared/sync';
import { becomeAuth, inTransaction, nextChangeSeq } from '../db/transaction';
import { hashPassword } from './passwords';

export const ALREADY_HAVE_ADMIN = 'An administrator already exists: sign in as them and add accounts from the desk (Settings → Accounts)';

export async function createFirstAdministrator(pool: pg.Pool, input: { userName: string; name: string; password: string }): Promise<{ id: string } | { refused: string }> {
  const checked = z.object({ userName, name: z.string().trim().min(1, 'Name is required').max(200), password: passwordSchema }).safeParse(input);
  if (!checked.success) return { refused: checked.error.issues.map((i) => i.message).join('; ') };
  const hash = await hashPassword(checked.data.password);
  return inTransaction(pool, {}, async (tx) => {
    // The clock is bumped as the owner would not be allowed to: the auth role may only touch accounts.
    await tx.query('SET LOCAL ROLE complaints_app');
    const seq = await nextChangeSeq(tx);
    await becomeAuth(tx);
    const { rows } = await tx.query("SELECT 1 FROM users WHERE role = 'administrator'");
    if (rows.length > 0) return { refused: ALREADY_HAVE_ADMIN };
    const id = randomUUID();
    await tx.query("INSERT INTO users (id, user_name, name, role, active, change_seq) VALUES ($1, $2, $3, 'administrator', true, $4)", [id, checked.data.userName, checked.data.name, seq]);
    await tx.query('INSERT INTO credentials (user_id, password_hash) VALUES ($1, $2)', [id, hash]);
    return { id };
  });
}
