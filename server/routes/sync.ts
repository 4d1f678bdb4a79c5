// POST /v1/pull and /v1/push: the checkpoint pull and the versioned push, each one transaction as the user.
import type { FastifyInstance } from 'fastify';
import { pullRequest, pushRequest, routes, type PushResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { pullChanges } from '../sync/pull';
import { pushChanges } from '../sync/push';
import type { ServerContext } from './context';

export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // The page is sent as the text pullChanges built (a shared/sync PullResponse), never parsed and serialised again.
  app.post(routes.pull, async (request, reply) => {
    const body = pullRequest.parse(request.body ?? {});
    const page = await inSession(
      ctx.pool,
      request.headers.authorization,
      ctx.now(),
      (s) => pullChanges(s.tx, { userId: s.user.id, role: s.user.role }, body, ctx.checkpointSecret),
      { isolation: 'repeatable read', readOnly: true },
    );
    return reply.type('application/json; charset=utf-8').send(page.json);
  });

  app.post(routes.push, async (request): Promise<PushResponse> => {
    const body = pushRequest.parse(request.body);
    const now = ctx.now();
    return inSession(ctx.pool, request.headers.authorization, now, (s) => pushChanges(s.tx, body, { userId: s.user.id, role: s.user.role }, now));
  });
}
