// POST /v1/held-cases: which of the cases a restored desk holds it must purge (server/sync/held.ts).
import type { FastifyInstance } from 'fastify';
import { heldCasesRequest, routes, type HeldCasesResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { casesToPurge } from '../sync/held';
import type { ServerContext } from './context';

export function heldCasesRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(routes.heldCases, async (request): Promise<HeldCasesResponse> => {
    const { caseIds } = heldCasesRequest.parse(request.body);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => ({ purge: await casesToPurge(s.tx, caseIds) }), { isolation: 'repeatable read', readOnly: true });
  });
}
