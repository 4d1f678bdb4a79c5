// Administrators' routes: settings (policy calendar and closure dates, letter wording, retention, company) and accounts;
// and the complaints manager's confirmation of a new complaints manager (separation of duties).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { JsonValue, Role } from '../../shared/model';
import {
  createAccountRequest,
  putSettingRequest,
  routes,
  settingKey,
  settingValueSchemas,
  updateAccountRequest,
  type AccountResponse,
} from '../../shared/sync';
import { inSession, type SessionContext } from '../auth/in-session';
import { hashPassword } from '../auth/passwords';
import { revokeAllSessions, userOf, type UserRow } from '../auth/sessions';
import { becomeAuth, becomeUser, nextChangeSeq } from '../db/transaction';
import { forbidden, Refusal } from '../http-errors';
import type { ServerContext } from './context';

export const ADMINISTRATORS_ONLY = 'Only an administrator can change settings and accounts';

function mustAdminister(s: SessionContext): void {
  if (s.user.role !== 'administrator') throw forbidden(ADMINISTRATORS_ONLY);
}

async function setPassword(s: SessionContext, userId: string, hash: string, now: Date): Promise<void> {
  // Password hashes are reachable only as complaints_auth; the user change above was accepted as the administrator.
  await becomeAuth(s.tx);
  await s.tx.query('INSERT INTO credentials (user_id, password_hash, changed_at) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE SET password_hash = $2, changed_at = $3', [userId, hash, now.toISOString()]);
  await revokeAllSessions(s.tx, userId, now);
  await becomeUser(s.tx, s.user.id);
}

export const MANAGERS_CONFIRM = 'Only a complaints manager can confirm a complaints manager';
export const NOT_YOURSELF = 'You cannot confirm yourself: ask another complaints manager';
export const NOTHING_TO_CONFIRM = 'There is no request for this account to become a complaints manager';
export const LAST_MANAGER = 'The office needs an active complaints manager: have another confirmed before switching this one off or changing their role';

const MANAGER: Role = 'complaints-manager';

/** Whether an administrator's complaints manager must wait for an existing one's confirmation (all but the first). */
async function managerMustBeConfirmed(s: SessionContext): Promise<boolean> {
  const { rows } = await s.tx.query("SELECT 1 FROM users WHERE role = 'complaints-manager' AND active LIMIT 1");
  return rows.length > 0;
}

/** Records the administrator's request that an account become a complaints manager (migration 014). */
async function requestManagerRole(s: SessionContext, userId: string, now: Date): Promise<void> {
  await s.tx.query(
    `INSERT INTO role_requests (user_id, role, requested_by, requested_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO UPDATE SET requested_by = $3, requested_at = $4`,
    [userId, MANAGER, s.user.id, now.toISOString()],
  );
}

export function adminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put(routes.setting(':key'), async (request) => {
    const { key } = z.object({ key: settingKey }).parse(request.params);
    const body = putSettingRequest.parse(request.body);
    const value = settingValueSchemas[key].parse(body.value) as JsonValue;
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      mustAdminister(s);
      const { rows } = await s.tx.query<{ version: number }>('SELECT version FROM settings WHERE key = $1 FOR UPDATE', [key]);
      const current = rows[0]?.version ?? 0;
      if (current !== body.baseVersion) throw new Refusal(409, 'conflict', `This setting was changed by someone else meanwhile (now version ${current}): reload it and save again`);
      const seq = await nextChangeSeq(s.tx);
      await s.tx.query(
        'INSERT INTO settings (key, value, version, change_seq) VALUES ($1, $2, 1, $3) ON CONFLICT (key) DO UPDATE SET value = $2, version = settings.version + 1, change_seq = $3',
        [key, JSON.stringify(value), seq],
      );
      return { version: current + 1 };
    });
  });

  app.post(routes.accounts, async (request): Promise<AccountResponse> => {
    const body = createAccountRequest.parse(request.body);
    const hash = await hashPassword(body.password);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      mustAdminister(s);
      const id = randomUUID();
      const seq = await nextChangeSeq(s.tx);
      const { rows: taken } = await s.tx.query('SELECT 1 FROM users WHERE user_name = $1', [body.userName]);
      if (taken.length > 0) throw new Refusal(409, 'conflict', `The user name ${body.userName} is taken: choose another`);
      // A complaints manager asked for is an agent until an existing complaints manager confirms them.
      const pending = body.role === MANAGER && (await managerMustBeConfirmed(s));
      const role: Role = pending ? 'agent' : body.role;
      await s.tx.query('INSERT INTO users (id, user_name, name, role, active, email, change_seq) VALUES ($1, $2, $3, $4, true, $5, $6)', [id, body.userName, body.name, role, body.email ?? null, seq]);
      if (pending) await requestManagerRole(s, id, ctx.now());
      await setPassword(s, id, hash, ctx.now());
      return { user: { id, name: body.name, role, active: true, ...(body.email ? { email: body.email } : {}) }, userName: body.userName, ...(pending ? { pending } : {}) };
    });
  });

  app.patch(routes.account(':id'), async (request): Promise<AccountResponse> => {
    const { id } = z.object({ id: z.string().min(1).max(100) }).parse(request.params);
    const body = updateAccountRequest.parse(request.body);
    const hash = body.password ? await hashPassword(body.password) : null;
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      mustAdminister(s);
      if (id === s.user.id && (body.active === false || (body.role && body.role !== 'administrator'))) {
        throw new Refusal(409, 'conflict', 'You cannot switch off your own account or take away your own administrator role');
      }
      const { rows: found } = await s.tx.query<UserRow>('SELECT id, user_name, name, role, active, email FROM users WHERE id = $1 FOR UPDATE', [id]);
      const target = found[0];
      if (!target) throw new Refusal(404, 'not-found', 'There is no account with this id');
      const leavesManagers = target.role === MANAGER && target.active && (body.active === false || (body.role !== undefined && body.role !== MANAGER));
      if (leavesManagers) {
        const { rows: others } = await s.tx.query("SELECT 1 FROM users WHERE role = 'complaints-manager' AND active AND id <> $1 LIMIT 1", [id]);
        if (others.length === 0) throw new Refusal(409, 'conflict', LAST_MANAGER);
      }
      // To complaints manager, or a switched-off complaints manager switched on again: an agent with a request that an
      // existing complaints manager confirms (the first one excepted).
      const active = body.active ?? target.active;
      const asked = body.role === MANAGER ? target.role !== MANAGER || !target.active : body.role === undefined && target.role === MANAGER && !target.active;
      const pending = asked && active && (await managerMustBeConfirmed(s));
      if (pending) await requestManagerRole(s, id, ctx.now());
      else if (body.role !== undefined) await s.tx.query('DELETE FROM role_requests WHERE user_id = $1', [id]);
      const role = pending ? (target.role === MANAGER ? 'agent' : target.role) : (body.role ?? null);
      const seq = await nextChangeSeq(s.tx);
      // Changing the role or the active flag orders purges and grants for the account's desk (migration 014's trigger).
      const { rows } = await s.tx.query<UserRow>(
        `UPDATE users SET name = coalesce($2, name), role = coalesce($3, role), active = coalesce($4, active), change_seq = $5 WHERE id = $1
         RETURNING id, user_name, name, role, active, email`,
        [id, body.name ?? null, role, body.active ?? null, seq],
      );
      const row = rows[0];
      if (!row) throw new Refusal(404, 'not-found', 'There is no account with this id');
      if (hash) await setPassword(s, id, hash, ctx.now());
      else if (body.active === false) {
        await becomeAuth(s.tx);
        await revokeAllSessions(s.tx, id, ctx.now());
        await becomeUser(s.tx, s.user.id);
      }
      return { user: userOf(row), userName: row.user_name, ...(pending ? { pending } : {}) };
    });
  });

  app.post(routes.confirmManager(':id'), async (request): Promise<AccountResponse> => {
    const { id } = z.object({ id: z.string().min(1).max(100) }).parse(request.params);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      if (s.user.role !== MANAGER) throw forbidden(MANAGERS_CONFIRM);
      if (id === s.user.id) throw new Refusal(409, 'conflict', NOT_YOURSELF);
      const seq = await nextChangeSeq(s.tx);
      // Through confirm_manager_role (migration 014): the accounts table takes a new complaints manager only so.
      const { rows } = await s.tx.query<{ confirmed: boolean }>('SELECT confirm_manager_role($1, $2) AS confirmed', [id, seq]);
      if (rows[0]?.confirmed !== true) throw new Refusal(404, 'not-found', NOTHING_TO_CONFIRM);
      const { rows: users } = await s.tx.query<UserRow>('SELECT id, user_name, name, role, active, email FROM users WHERE id = $1', [id]);
      const row = users[0];
      if (!row) throw new Refusal(404, 'not-found', NOTHING_TO_CONFIRM);
      return { user: userOf(row), userName: row.user_name };
    });
  });
}
