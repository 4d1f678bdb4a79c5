// The sync service as a Fastify app: JSON bodies checked with zod, every route one transaction, no state kept.
import type { RequestListener, Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { API_PREFIX, MAX_PUSH_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION, protocolMismatch, routes } from '../shared/sync';
import { handleError, Refusal } from './http-errors';
import { adminRoutes } from './routes/admin';
import { attachmentRoutes } from './routes/attachments';
import type { ServerContext } from './routes/context';
import { sessionRoutes } from './routes/session';
import { syncRoutes } from './routes/sync';
import { deskAppRoutes } from './routes/desk-app';
import { pullWaitRoutes } from './routes/pull-wait';
import { keyRoutes } from './routes/keys';
import { heldCasesRoutes } from './routes/held';
import { historyRoutes } from './routes/history';
import { deskUploadRoutes } from './routes/desk-upload';
import { accountListRoutes } from './routes/account-list';

export interface AppOptions {
  pool: pg.Pool;
  now?: () => Date;
  sessionHours?: number;
  logger?: boolean;
  /** Trust X-Forwarded-For from a reverse proxy on loopback (the rate limit counts the real address). */
  trustProxy?: boolean;
  /** Serve the desk's browser build (vite build's dist/) at / from this folder (issue 14). */
  deskAppDir?: string;
  /** Serve HTTPS directly with this certificate and key (else plain HTTP, for loopback behind a TLS proxy). */
  https?: { cert: Buffer; key: Buffer };
}

/** The checkpoint key, read once: it never changes after the first migration. */
async function checkpointSecret(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ checkpoint_key: string }>('SELECT checkpoint_key FROM service_secret WHERE id = 1');
  const key = rows[0]?.checkpoint_key;
  if (!key) throw new Error('The database has not been migrated: run npm run server:migrate');
  return key;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const ctx: ServerContext = {
    pool: options.pool,
    now: options.now ?? (() => new Date()),
    sessionHours: options.sessionHours ?? 12,
    checkpointSecret: await checkpointSecret(options.pool),
  };
  const tls = options.https;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_PUSH_BYTES,
    trustProxy: options.trustProxy ?? false,
    ...(tls ? { serverFactory: (handler: RequestListener) => createHttpsServer(tls, handler) as unknown as Server } : {}),
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'not-found', message: 'There is no such address on the office server' }));
  app.addHook('onRequest', async (request) => {
    if (request.url === routes.health || !request.url.startsWith(`${API_PREFIX}/`)) return;
    const header = request.headers[PROTOCOL_HEADER];
    const version = Number(Array.isArray(header) ? header[0] : header);
    if (!Number.isInteger(version)) throw new Refusal(400, 'protocol-mismatch', `Send the protocol version in the ${PROTOCOL_HEADER} header (this server speaks ${PROTOCOL_VERSION})`);
    const mismatch = protocolMismatch(version);
    if (mismatch) throw new Refusal(426, 'protocol-mismatch', mismatch);
  });
  app.get(routes.health, async () => ({ ok: true, protocolVersion: PROTOCOL_VERSION }));
  sessionRoutes(app, ctx);
  syncRoutes(app, ctx);
  pullWaitRoutes(app, ctx);
  keyRoutes(app, ctx);
  historyRoutes(app, ctx);
  deskUploadRoutes(app, ctx);
  accountListRoutes(app, ctx);
  heldCasesRoutes(app, ctx);
  if (options.deskAppDir) deskAppRoutes(app, options.deskAppDir);
  attachmentRoutes(app, ctx);
  adminRoutes(app, ctx);
  return app;
}
