// GET /v1/accounts: every account with its user name, for an administrator matching a joining desk's accounts.
import type { FastifyInstance } from 'fastify';
import { routes, type AccountListResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { userOf, type UserRow } from '../auth/sessions';
import { forbidden } from '../http-errors';
import type { ServerContext } from './context';

export const ONLY_ADMINISTRATORS_LIST = 'Only an administrator can list the accounts with their user names';

export function accountListRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(routes.accounts, async (request): Promise<AccountListResponse> =>
    inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      if (s.user.role !== 'administrator') throw forbidden(ONLY_ADMINISTRATORS_LIST);
      const { rows } = await s.tx.query<UserRow>('SELECT id, user_name, name, role, active, email FROM users ORDER BY user_name');
      return { accounts: rows.map((row) => ({ user: userOf(row), userName: row.user_name })) };
    }),
  );
}
