// POST/GET/DELETE /v1/session: sign in, who am I, sign out.
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, routes, signInRequest, type SessionResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { revokeSession } from '../auth/sessions';
import { signIn } from '../auth/sign-in';
import { becomeAuth } from '../db/transaction';
import { Refusal } from '../http-errors';
import type { ServerContext } from './context';

export function sessionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(routes.signIn, async (request) => {
    const body = signInRequest.parse(request.body);
    const outcome = await signIn(ctx.pool, body, request.ip, ctx.now(), ctx.sessionHours);
    if (outcome.ok) return outcome.response;
    if (outcome.limited) throw new Refusal(429, 'rate-limited', outcome.message, { retryAfterSeconds: outcome.limited.retryAfterSeconds });
    throw new Refusal(401, 'signed-out', outcome.message);
  });

  app.get(routes.session, async (request): Promise<SessionResponse> =>
    inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => ({ user: s.user, expiresAt: s.expiresAt, protocolVersion: PROTOCOL_VERSION })),
  );

  app.delete(routes.session, async (request) =>
    inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      await becomeAuth(s.tx);
      await revokeSession(s.tx, s.tokenHash, ctx.now());
      return { signedOut: true as const };
    }),
  );
}
