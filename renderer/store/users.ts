// Members of staff on this desk: the records assignments are checked against.
import { user as userSchema, type User } from '../../shared/model';
import type { ComplaintsDatabase } from './db';
import { guardWrite } from './errors';

/** Adds or updates a member of staff; returns what is wrong with the record instead when it is invalid. */
export async function saveUser(db: ComplaintsDatabase, candidate: User): Promise<{ ok: true; user: User } | { ok: false; missing: string[] }> {
  const parsed = userSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, missing: [...new Set(parsed.error.issues.map((i) => i.message))] };
  await guardWrite(() => db.users.put(parsed.data));
  return { ok: true, user: parsed.data };
}

export function listUsers(db: ComplaintsDatabase): Promise<User[]> {
  return db.users.orderBy('id').toArray();
}

export function getUser(db: ComplaintsDatabase, id: string): Promise<User | undefined> {
  return db.users.get(id);
}
