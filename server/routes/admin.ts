// Administrators' routes: settings (policy calendar and closure dates, letter wording, retention, company) and accounts.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { JsonValue } from '../../shared/model';
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
      await s.tx.query('INSERT INTO users (id, user_name, name, role, active, email, change_seq) VALUES ($1, $2, $3, $4, true, $5, $6)', [id, body.userName, body.name, body.role, body.email ?? null, seq]);
      await setPassword(s, id, hash, ctx.now());
      return { user: { id, name: body.name, role: body.role, active: true, ...(body.email ? { email: body.email } : {}) }, userName: body.userName };
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
      const seq = await nextChangeSeq(s.tx);
      const { rows } = await s.tx.query<UserRow>(
        `UPDATE users SET name = coalesce($2, name), role = coalesce($3, role), active = coalesce($4, active), change_seq = $5 WHERE id = $1
         RETURNING id, user_name, name, role, active, email`,
        [id, body.name ?? null, body.role ?? null, body.active ?? null, seq],
      );
      const row = rows[0];
      if (!row) throw new Refusal(404, 'not-found', 'There is no account with this id');
      if (hash) await setPassword(s, id, hash, ctx.now());
      else if (body.active === false) {
        await becomeAuth(s.tx);
        await revokeAllSessions(s.tx, id, ctx.now());
        await becomeUser(s.tx, s.user.id);
      }
      return { user: userOf(row), userName: row.user_name };
    });
  });
}
