// POST /v1/pull/wait (issue 14, the desk side): a pull the server holds open until there is something for this
// user, so a desk hears of a change within a second or so without polling hard. Why a long poll and not
// server-sent events or a web socket: it is the ordinary pull (same body, same answer, same row-level security,
// one transaction per look), so a proxy or load balancer needs nothing new and a copy of the service keeps no
// state; between looks the request waits on a wake-up from any push this copy committed, or WAIT_STEP_MS at most
// (pushes through another copy of the service are then seen within that step).
import { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkpoint, DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, routes } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { pullChanges } from '../sync/pull';
import type { ServerContext } from './context';

export const MAX_WAIT_SECONDS = 25;
const WAIT_STEP_MS = 1_000;

export const waitingPullRequest = z
  .object({
    checkpoint: checkpoint.default(''),
    limit: z.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
    waitSeconds: z.number({ error: 'waitSeconds must be a number' }).int().min(0).max(MAX_WAIT_SECONDS, `Wait at most ${MAX_WAIT_SECONDS} seconds`),
  })
  .strict();

/** Wakes every waiting pull of this copy of the service when a push (or a user's new keys) commits. */
export const pushCommitted = new EventEmitter();
pushCommitted.setMaxListeners(0);

function nextWakeUp(ms: number, closed: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pushCommitted.off('push', done);
      resolve();
    };
    const timer = setTimeout(done, closed() ? 0 : ms);
    pushCommitted.once('push', done);
  });
}

export function pullWaitRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onResponse', async (request, reply) => {
    const pushed = (request.method === 'POST' && request.url === routes.push) || (request.method === 'PUT' && request.url === routes.keys);
    if (pushed && reply.statusCode === 200) pushCommitted.emit('push');
  });
  app.post(`${routes.pull}/wait`, async (request, reply) => {
    const body = waitingPullRequest.parse(request.body ?? {});
    const until = Date.now() + body.waitSeconds * 1_000;
    let closed = false;
    request.raw.on('close', () => {
      closed = true;
    });
    for (;;) {
      const page = await inSession(
        ctx.pool,
        request.headers.authorization,
        ctx.now(),
        (s) => pullChanges(s.tx, { userId: s.user.id, role: s.user.role }, { checkpoint: body.checkpoint, limit: body.limit }, ctx.checkpointSecret),
        { isolation: 'repeatable read', readOnly: true },
      );
      const left = until - Date.now();
      if (page.changeCount > 0 || page.purgeCount > 0 || page.more || left <= 0 || closed) return reply.type('application/json; charset=utf-8').send(page.json);
      await nextWakeUp(Math.min(WAIT_STEP_MS, left), () => closed);
    }
  });
}
