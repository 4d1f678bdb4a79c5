// The office server under test: its own PostgreSQL, a migrated database per file, accounts for every role, a client.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import type { Role } from '../../shared/model';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, routes, type AccountResponse, type PullResponse, type PushChange, type PushResponse, type SignInResponse } from '../../shared/sync';
import { buildApp } from '../../server/app';
import { createFirstAdministrator } from '../../server/auth/first-admin';
import { migrate } from '../../server/db/migrate';
import { postgresMissing, startPostgres, type PostgresCluster } from './postgres';

export const PASSWORD = 'correct horse battery staple';

/**
 * Why these tests cannot run: PostgreSQL missing. Under CI=true that is a failure (the suite throws), otherwise
 * the file's tests are skipped with the reason printed.
 */
export function serverTestsBlocked(): string | null {
  const missing = postgresMissing();
  if (missing && process.env.CI === 'true') throw new Error(`${missing} (CI=true: the office server's tests must run)`);
  if (missing) process.stderr.write(`Skipping the office server's tests: ${missing}\n`);
  return missing;
}

export interface Member {
  id: string;
  role: Role;
  name: string;
  token: string;
}

export interface Harness {
  cluster: PostgresCluster;
  database: string;
  url: string;
  pool: pg.Pool;
  app: FastifyInstance;
  admin: Member;
  /** Sends a request with the protocol header (and the member's token). */
  call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options?: { as?: Member; body?: unknown; raw?: Buffer | string; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  addMember(userName: string, name: string, role: Role): Promise<Member>;
  push(as: Member, changes: PushChange[]): Promise<PushResponse>;
  pullAll(as: Member, checkpoint?: string): Promise<{ pages: PullResponse[]; checkpoint: string }>;
}

export interface HarnessOptions {
  now?: () => Date;
}

/** Starts PostgreSQL and the app before the file's tests, stops both after. */
export function useSyncServer(prefix: string, options: HarnessOptions = {}): () => Harness {
  let harness: Harness | undefined;
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    cluster = await startPostgres();
    harness = await startHarness(cluster, prefix, options);
  }, 120_000);
  afterAll(async () => {
    await harness?.app.close();
    await harness?.pool.end();
    cluster?.stop();
  });
  return () => {
    if (!harness) throw new Error('The office server did not start');
    return harness;
  };
}

export async function startHarness(cluster: PostgresCluster, prefix: string, options: HarnessOptions = {}): Promise<Harness> {
  const database = await cluster.createDatabase(prefix);
  const url = cluster.ownerUrl(database);
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 30 });
  const app = await buildApp({ pool, ...(options.now ? { now: options.now } : {}) });
  const call: Harness['call'] = (method, path, o = {}) =>
    app.inject({
      method,
      url: path,
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(o.as ? { authorization: `Bearer ${o.as.token}` } : {}),
        ...(o.raw !== undefined ? { 'content-type': 'application/octet-stream' } : {}),
        ...o.headers,
      },
      ...(o.raw !== undefined ? { payload: o.raw } : o.body !== undefined ? { payload: o.body as object } : {}),
    });
  const signIn = async (userName: string): Promise<SignInResponse> => {
    const res = await call('POST', routes.signIn, { body: { userName, password: PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`Sign-in failed: ${res.body}`);
    return res.json();
  };
  const created = await createFirstAdministrator(pool, { userName: 'admin', name: 'Ada Administrator', password: PASSWORD });
  if ('refused' in created) throw new Error(created.refused);
  const adminSession = await signIn('admin');
  const admin: Member = { id: created.id, role: 'administrator', name: 'Ada Administrator', token: adminSession.token };
  let firstManager: Member | undefined;
  const harness: Harness = {
    cluster,
    database,
    url,
    pool,
    app,
    admin,
    call,
    async addMember(userName, name, role) {
      const res = await call('POST', routes.accounts, { as: admin, body: { userName, name, role, password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`Could not add ${userName}: ${res.body}`);
      const added: AccountResponse = res.json();
      // A complaints manager after the first waits for an existing one's confirmation (separation of duties).
      if (added.pending) {
        if (!firstManager) throw new Error(`No complaints manager to confirm ${userName}`);
        const confirmed = await call('POST', routes.confirmManager(added.user.id), { as: firstManager });
        if (confirmed.statusCode !== 200) throw new Error(`Could not confirm ${userName}: ${confirmed.body}`);
      }
      const session = await signIn(userName);
      const member = { id: session.user.id, role, name, token: session.token };
      if (role === 'complaints-manager') firstManager ??= member;
      return member;
    },
    async push(as, changes) {
      const res = await call('POST', routes.push, { as, body: { changes } });
      if (res.statusCode !== 200) throw new Error(`Push failed (${res.statusCode}): ${res.body}`);
      return res.json();
    },
    async pullAll(as, checkpoint = '') {
      const pages: PullResponse[] = [];
      let cp = checkpoint;
      for (;;) {
        const res = await call('POST', routes.pull, { as, body: { checkpoint: cp, limit: 500 } });
        if (res.statusCode !== 200) throw new Error(`Pull failed (${res.statusCode}): ${res.body}`);
        const page: PullResponse = res.json();
        pages.push(page);
        cp = page.checkpoint;
        if (!page.more) return { pages, checkpoint: cp };
      }
    },
  };
  return harness;
}

export { it };
