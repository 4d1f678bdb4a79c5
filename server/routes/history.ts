// POST /v1/history: the timelines of cases the signed-in user may see, asked for by id (server/sync/history.ts).
import type { FastifyInstance } from 'fastify';
import { historyRequest, routes, type HistoryResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { caseHistories } from '../sync/history';
import type { ServerContext } from './context';

export function historyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(routes.history, async (request): Promise<HistoryResponse> => {
    const { caseIds } = historyRequest.parse(request.body);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => ({ events: await caseHistories(s.tx, { userId: s.user.id, role: s.user.role }, caseIds) }), {
      isolation: 'repeatable read',
      readOnly: true,
    });
  });
}
