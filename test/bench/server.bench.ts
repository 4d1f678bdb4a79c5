// The office server's figures: push of one workflow action and a 500-change pull with 50 desks at once (loopback,
// bounded), then a complaints manager's first pull of every case, with the server's resident memory during it.
// BENCH_SERVER_CASES sets the size (default 100,000 cases, 12 events each); each figure is one JSON line with its target.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { receiveComplaint } from '../../shared/policy';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, routes, type PullResponse, type PushResponse, type SignInResponse } from '../../shared/sync';
import { createFirstAdministrator } from '../../server/auth/first-admin';
import { migrate } from '../../server/db/migrate';
import { audienceColumns, audienceOf } from '../../server/sync/audience';
import { postgresMissing, startPostgres } from '../support/postgres';

const CASES = Number(process.env.BENCH_SERVER_CASES ?? 100_000);
const EVENTS_PER_CASE = 12;
const DESKS = 50;
const ROUNDS = 10;
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 45213);
const PASSWORD = 'bench password, long enough';
const base = `http://127.0.0.1:${PORT}`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

/** One JSON line per figure, with the data size it was measured on and how busy the machine was. */
function figure(line: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...line, seededCases: CASES, seededEvents: CASES * EVENTS_PER_CASE, loadAverage1m: round(loadavg()[0] ?? 0), cpus: availableParallelism() }));
}

/** The raw baseline: a trivial query's round trip through pg, no service. */
async function roundTripMs(url: string): Promise<{ p50: number; p95: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ms: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    const t0 = performance.now();
    await client.query('SELECT 1');
    ms.push(performance.now() - t0);
  }
  await client.end();
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
}

/** The raw baseline of a first pull: the same rows read in the same keyset pages straight through pg (superuser: no row-level security, no service, no checks). */
async function rawFirstPull(url: string, pageSize: number): Promise<{ ms: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let rows = 0;
  // Keyset pages in change order, as the service reads them.
  for (const [table, key] of [['customers', 'change_seq, id'], ['cases', 'change_seq, id'], ['timeline_events', 'change_seq, case_id, seq']] as const) {
    const columns = key.split(', ');
    let last: unknown[] | null = null;
    for (;;) {
      const where: string = last ? `WHERE (${key}) > (${columns.map((_, i) => `$${i + 2}`).join(', ')})` : '';
      const page: pg.QueryResult<Record<string, unknown>> = await client.query(`SELECT * FROM ${table} ${where} ORDER BY ${key} LIMIT $1`, [pageSize, ...(last ?? [])]);
      rows += page.rows.length;
      const end = page.rows[page.rows.length - 1];
      if (!end || page.rows.length < pageSize) break;
      last = columns.map((c) => end[c]);
    }
  }
  await client.end();
  return { ms: Math.round(performance.now() - started), rows };
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time the process has used, ms (user + system): what a figure cost the server, whatever else the machine ran. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function seed(adminUrl: string, agentId: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const at = '2020-03-02T10:00:00.000Z';
  const template = receiveComplaint(
    { kind: 'complaint', channel: 'telephone', receivedAt: at, takenById: agentId, customerId: 'cu', nature: 'The bill was estimated for six months running and the direct debit doubled without warning.', concernsStaff: false, namedStaffUserIds: [] },
    { userId: agentId, role: 'agent' },
    at,
    { id: 'c', reference: 'JESQ-2020-000001' },
  );
  if (!template.ok) throw new Error(template.missing.join('; '));
  // The audience columns exactly as the service writes them (shared/policy caseAudience), or the service's own check
  // of every row it sends refuses the seeded cases.
  const audience = audienceColumns(audienceOf(template.case));
  const customer = { id: 'cu', name: 'Bench Customer', phone: '020 7946 0000', email: 'bench@example.co.uk' };
  await client.query('INSERT INTO customers (id, record, change_seq) SELECT $2 || g, jsonb_set($1::jsonb, \'{id}\', to_jsonb($2 || g)), g FROM generate_series(1, $3) g', [customer, 'cu-', CASES]);
  await client.query(
    `INSERT INTO cases (id, reference, version, customer_id, record, recorded_by, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles, created_seq, change_seq, timeline_seq, timeline_hash)
     SELECT 'c-' || g, 'JESQ-2020-' || lpad(g::text, 6, '0'), 1, 'cu-' || g,
            jsonb_set(jsonb_set(jsonb_set($1::jsonb, '{id}', to_jsonb('c-' || g)), '{reference}', to_jsonb('JESQ-2020-' || lpad(g::text, 6, '0'))), '{customerId}', to_jsonb('cu-' || g)),
            $2, $5::text[], $6::text[], $7::text[], $8::text[], g, g, $3::int, 'h' || $3::int
       FROM generate_series(1, $4) g`,
    [template.case, agentId, EVENTS_PER_CASE, CASES, audience.audience_roles, audience.audience_user_ids, audience.excluded_user_ids, audience.excluded_roles],
  );
  await client.query(
    `INSERT INTO timeline_events (case_id, seq, id, at, actor_id, action, summary, before, after, prev_hash, hash, change_seq,
                                  audience_roles, audience_user_ids, excluded_user_ids, excluded_roles)
     SELECT 'c-' || g, s, 'e-' || g || '-' || s, $1, $2, 'recordConversation', 'Conversation recorded: the customer called about the estimated bill again',
            '{"conversations": []}', '{"conversations": [{"summary": "Customer called about the bill"}]}', CASE WHEN s = 1 THEN '' ELSE 'h' || (s - 1) END, 'h' || s, g,
            $5::text[], $6::text[], $7::text[], $8::text[]
       FROM generate_series(1, $3) g, generate_series(1, $4) s`,
    [at, agentId, CASES, EVENTS_PER_CASE, audience.audience_roles, audience.audience_user_ids, audience.excluded_user_ids, audience.excluded_roles],
  );
  await client.query('UPDATE sync_clock SET seq = (SELECT max(change_seq) FROM cases) + 100');
  await client.query('ANALYZE');
  await client.end();
}

async function main(): Promise<void> {
  const missing = postgresMissing();
  if (missing) {
    console.log(JSON.stringify({ figure: 'server', skipped: missing }));
    return;
  }
  const cluster = await startPostgres();
  let server: ChildProcess | undefined;
  try {
    const db = await cluster.createDatabase('bench');
    const url = cluster.ownerUrl(db);
    await migrate(url);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const admin = await createFirstAdministrator(pool, { userName: 'admin', name: 'Bench Admin', password: PASSWORD });
    await pool.end();
    if ('refused' in admin) throw new Error(admin.refused);

    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, DATABASE_URL: url, HOST: '127.0.0.1', PORT: String(PORT), POOL_SIZE: '20' }, stdio: 'ignore' });
    for (let i = 0; ; i += 1) {
      if (await fetch(base + routes.health).then((r) => r.ok, () => false)) break;
      if (i > 900) throw new Error('The server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const signIn = (userName: string) => call<SignInResponse>('POST', routes.signIn, null, { userName, password: PASSWORD });
    const adminToken = (await signIn('admin')).token;
    const desks: { id: string; token: string }[] = [];
    for (let i = 0; i < DESKS; i += 1) {
      await call('POST', routes.accounts, adminToken, { userName: `agent${i}`, name: `Agent ${i}`, role: 'agent', password: PASSWORD });
      const s = await signIn(`agent${i}`);
      desks.push({ id: s.user.id, token: s.token });
    }
    await call('POST', routes.accounts, adminToken, { userName: 'manager', name: 'Manager', role: 'complaints-manager', password: PASSWORD });
    const manager = await signIn('manager');

    const seedStarted = performance.now();
    await seed(cluster.adminUrl(db), desks[0]?.id ?? '');
    const seedMs = performance.now() - seedStarted;

    // One desk alone: a workflow action pushed 100 times in turn, answered one by one.
    {
      const desk = desks[0] as { id: string; token: string };
      const caseId = randomUUID();
      const received = await call<PushResponse>('POST', routes.push, desk.token, {
        changes: [{ changeId: randomUUID(), caseId, baseVersion: 0, body: { type: 'receive', customer: { details: { id: randomUUID(), name: 'Solo Customer', phone: '020 7946 0000' } }, complaint: { kind: 'complaint', channel: 'email', receivedAt: '2026-11-23T10:00:00.000Z', takenById: desk.id, nature: 'Solo complaint', concernsStaff: false, namedStaffUserIds: [] }, recordedAt: '2026-11-23T10:00:00.000Z' } }],
      });
      let version = received.results[0]?.status === 'accepted' ? received.results[0].version : 0;
      const soloMs: number[] = [];
      for (let i = 0; i < 100; i += 1) {
        const action = { type: 'recordConversation', conversationId: randomUUID(), on: '2026-11-24', channel: 'telephone', people: [{ name: 'Solo Customer' }], summary: `Call ${i}` };
        const t0 = performance.now();
        const pushed = await call<PushResponse>('POST', routes.push, desk.token, { changes: [{ changeId: randomUUID(), caseId, baseVersion: version, body: { type: 'action', action, takenAt: '2026-11-24T10:00:00.000Z' } }] });
        soloMs.push(performance.now() - t0);
        const result = pushed.results[0];
        version = result?.status === 'accepted' ? result.version : version;
      }
      const baseline = await roundTripMs(cluster.adminUrl(db));
      figure({ figure: 'server.push.workflowAction.oneDesk', pushes: soloMs.length, p50Ms: round(percentile(soloMs, 50)), p95Ms: round(percentile(soloMs, 95)), target: 'p95 < 50 ms', ok: percentile(soloMs, 95) < 50, baselineSelect1RoundTripMs: baseline });
    }

    // 50 desks at once: each records a case, then in rounds pushes one workflow action and pulls 500 changes.
    const pushMs: number[] = [];
    const pullMs: number[] = [];
    let pulledChanges = 0;
    const loadStarted = performance.now();
    const loadCpu = cpuMs(server.pid ?? 0);
    await Promise.all(
      desks.map(async (desk) => {
        const caseId = randomUUID();
        const received = await call<PushResponse>('POST', routes.push, desk.token, {
          changes: [{ changeId: randomUUID(), caseId, baseVersion: 0, body: { type: 'receive', customer: { details: { id: randomUUID(), name: 'Load Customer', phone: '020 7946 0000' } }, complaint: { kind: 'complaint', channel: 'email', receivedAt: '2026-11-23T10:00:00.000Z', takenById: desk.id, nature: 'Load test complaint', concernsStaff: false, namedStaffUserIds: [] }, recordedAt: '2026-11-23T10:00:00.000Z' } }],
        });
        let version = received.results[0]?.status === 'accepted' ? received.results[0].version : 0;
        for (let round = 0; round < ROUNDS && performance.now() - loadStarted < 120_000; round += 1) {
          const action = { type: 'recordConversation', conversationId: randomUUID(), on: '2026-11-24', channel: 'telephone', people: [{ name: 'Load Customer' }], summary: `Call ${round}` };
          const t0 = performance.now();
          const pushed = await call<PushResponse>('POST', routes.push, desk.token, { changes: [{ changeId: randomUUID(), caseId, baseVersion: version, body: { type: 'action', action, takenAt: '2026-11-24T10:00:00.000Z' } }] });
          pushMs.push(performance.now() - t0);
          const result = pushed.results[0];
          if (result?.status !== 'accepted') throw new Error(`Push refused: ${JSON.stringify(result)}`);
          version = result.version;
          const t1 = performance.now();
          const page = await call<PullResponse>('POST', routes.pull, desk.token, { checkpoint: '', limit: 500 });
          pullMs.push(performance.now() - t1);
          pulledChanges += page.changes.length;
        }
      }),
    );
    const loadCpuMs = Math.round(cpuMs(server.pid ?? 0) - loadCpu);
    figure({ figure: 'server.push.workflowAction.50desks', desks: DESKS, pushes: pushMs.length, serverCpuMsForPushesAndPulls: loadCpuMs, p50Ms: round(percentile(pushMs, 50)), p95Ms: round(percentile(pushMs, 95)), target: 'p95 < 50 ms', ok: percentile(pushMs, 95) < 50 });
    figure({ figure: 'server.pull.500changes', desks: DESKS, pulls: pullMs.length, changesPerPull: Math.round(pulledChanges / Math.max(1, pullMs.length)), p50Ms: round(percentile(pullMs, 50)), p95Ms: round(percentile(pullMs, 95)), target: 'bounded: 50 desks x 10 rounds within 120 s', ok: performance.now() - loadStarted < 120_000 });

    // A complaints manager's first pull of everything, pages of 2,000, with the server's RSS sampled throughout.
    const pid = server.pid ?? 0;
    const startRss = rssMB(pid);
    let peakRss = startRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMB(pid))), 50);
    const started = performance.now();
    const pullCpu = cpuMs(pid);
    let checkpoint = '';
    let cases = 0;
    let events = 0;
    let pages = 0;
    let changes = 0;
    let bytes = 0;
    for (;;) {
      const res = await fetch(base + routes.pull, {
        method: 'POST',
        headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
        body: JSON.stringify({ checkpoint, limit: 2000 }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`pull: ${res.status} ${text}`);
      const page = JSON.parse(text) as PullResponse;
      bytes += text.length;
      changes += page.changes.length;
      pages += 1;
      for (const c of page.changes) {
        if (c.kind === 'case') cases += 1;
        else if (c.kind === 'event') events += 1;
      }
      checkpoint = page.checkpoint;
      if (!page.more) break;
    }
    const firstPullMs = performance.now() - started;
    const firstPullCpuMs = Math.round(cpuMs(pid) - pullCpu);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, rssMB(pid));
    const raw = await rawFirstPull(cluster.adminUrl(db), 2000);
    figure({ figure: 'server.firstPull.manager', seedMs: Math.round(seedMs), casesPulled: cases, eventsPulled: events, changesPulled: changes, bytes, pages, ms: Math.round(firstPullMs), serverCpuMs: firstPullCpuMs, target: '< 60 s for 100,000 cases and 1.2 million events', ok: firstPullMs < 60_000 && CASES >= 100_000, baselineRawReadMs: raw.ms, baselineRawRows: raw.rows });
    figure({ figure: 'server.firstPull.peakRssMB', mb: Math.round(peakRss), startMb: Math.round(startRss), target: '< 300 MB', ok: peakRss < 300 });
  } finally {
    server?.kill('SIGTERM');
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
