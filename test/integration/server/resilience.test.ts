// The service killed with SIGKILL in the middle of pushes, then PostgreSQL restarted under load: desks retry with
// the same change ids, and in the end every change is stored once, nothing lost, nothing applied twice.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_HEADER, routes, type PullResponse, type PushChange, type PushResponse, type SignInResponse } from '../../../shared/sync';
import { createFirstAdministrator } from '../../../server/auth/first-admin';
import { migrate } from '../../../server/db/migrate';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { actionChange, receiveChange } from '../../support/sync-changes';
import { PASSWORD, serverTestsBlocked } from '../../support/sync-server';

const blocked = serverTestsBlocked();
const PORT = 45214;
const base = `http://127.0.0.1:${PORT}`;

async function request<T>(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: T | null }> {
  try {
    const res = await fetch(base + path, {
      method,
      headers: { [PROTOCOL_HEADER]: '1', 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, json: res.ok ? ((await res.json()) as T) : null };
  } catch {
    return { status: 0, json: null };
  }
}

/** A desk's outbox: sends a change until the server answers it (the same change id every time). */
async function pushUntilAnswered(token: string, change: PushChange): Promise<{ status: string; attempts: number }> {
  let last = 0;
  for (let attempts = 1; attempts < 400; attempts += 1) {
    const res = await request<PushResponse>('POST', routes.push, token, { changes: [change] });
    last = res.status;
    const result = res.json?.results[0];
    if (result) return { status: result.status === "refused" ? `refused: ${result.reasons.join("; ")}` : result.status, attempts };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The server never answered (last status ${last})`);
}

describe.skipIf(blocked)('office server: crashes and restarts under load', () => {
  let cluster: PostgresCluster;
  let url = '';
  let server: ChildProcess | undefined;
  const startServer = async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, DATABASE_URL: url, HOST: '127.0.0.1', PORT: String(PORT) }, stdio: ['ignore', 'ignore', process.env.RESILIENCE_LOG ? 'inherit' : 'ignore'] });
    for (let i = 0; i < 300; i += 1) {
      if ((await request('GET', routes.health, null)).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The server did not start');
  };

  beforeAll(async () => {
    // Durable: an acknowledged commit must survive PostgreSQL being stopped at once.
    cluster = await startPostgres({ durable: true });
    url = cluster.ownerUrl(await cluster.createDatabase('resilience'));
    await migrate(url);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    await createFirstAdministrator(pool, { userName: 'admin', name: 'Admin', password: PASSWORD });
    await pool.end();
    await startServer();
  }, 120_000);

  afterAll(() => {
    server?.kill('SIGKILL');
    cluster?.stop();
  });

  it('loses nothing and applies nothing twice', async () => {
    const admin = (await request<SignInResponse>('POST', routes.signIn, null, { userName: 'admin', password: PASSWORD })).json?.token ?? '';
    for (const [userName, role] of [['agent', 'agent'], ['manager', 'complaints-manager']]) {
      await request('POST', routes.accounts, admin, { userName, name: userName, role, password: PASSWORD });
    }
    const agent = (await request<SignInResponse>('POST', routes.signIn, null, { userName: 'agent', password: PASSWORD })).json;
    const manager = (await request<SignInResponse>('POST', routes.signIn, null, { userName: 'manager', password: PASSWORD })).json;
    if (!agent || !manager) throw new Error('Sign-in failed');

    let retried = 0;
    const receives = Array.from({ length: 60 }, () => receiveChange({ takenById: agent.user.id }));
    const actions = receives.map((r) => actionChange(r.caseId, 1, { type: 'categorise', category: 'billing' }));
    const desks = [0, 1, 2, 3].map((d) =>
      (async () => {
        const answers: string[] = [];
        for (let i = d; i < receives.length; i += 4) {
          for (const change of [receives[i], actions[i]] as PushChange[]) {
            const answer = await pushUntilAnswered(agent.token, change);
            answers.push(answer.status);
            if (answer.attempts > 1) retried += 1;
          }
        }
        return answers;
      })(),
    );
    // Mid-load: the service is killed outright, then PostgreSQL is stopped at once and started again.
    await new Promise((r) => setTimeout(r, 800));
    server?.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    await startServer();
    await new Promise((r) => setTimeout(r, 800));
    cluster.restart('immediate');
    const answers = (await Promise.all(desks)).flat();
    expect(answers.filter((a) => a !== 'accepted')).toEqual([]);
    // The crashes did land in the middle of the load: some changes had to be sent again.
    expect(retried).toBeGreaterThan(0);

    const changes: PullResponse['changes'] = [];
    let checkpoint = '';
    for (;;) {
      const page = (await request<PullResponse>('POST', routes.pull, manager.token, { checkpoint, limit: 2000 })).json;
      if (!page) throw new Error('Pull failed');
      changes.push(...page.changes);
      checkpoint = page.checkpoint;
      if (!page.more) break;
    }
    const cases = new Map<string, number>();
    for (const c of changes) if (c.kind === 'case' && 'case' in c) cases.set(c.case.id, c.case.version);
    const events = changes.filter((c) => c.kind === 'event');
    expect(cases.size).toBe(60);
    expect([...cases.values()].every((v) => v === 2)).toBe(true);
    expect(events).toHaveLength(120);
    const references = changes.flatMap((c) => (c.kind === 'case' && 'case' in c ? [c.case.reference] : []));
    expect(new Set(references).size).toBe(60);
  }, 180_000);
});
