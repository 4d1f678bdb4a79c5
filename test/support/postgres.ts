// A private PostgreSQL cluster for the server's tests: started in a temp folder on a free loopback port, one database per test file.
// Each test file gets a cluster of its own (tests crash and restart theirs, and migrations change cluster-wide
// roles), but under Vitest the cluster's files are copied from one made by initdb once per run (initdb took about
// 3.5 s of CPU per file; a copy takes a fraction of that): see postgres-run.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const PG_ROOT = '/usr/lib/postgresql';
/** The login role that owns the tables, as in production (README): it may create the service's roles. */
export const OWNER_ROLE = 'complaints_owner';

export interface PostgresCluster {
  port: number;
  dir: string;
  /** A superuser connection string for the given database. */
  adminUrl(database?: string): string;
  /** A connection as the owning role, as the server gets in DATABASE_URL. */
  ownerUrl(database: string): string;
  createDatabase(prefix: string): Promise<string>;
  /** Stops the server at once (as a crash would) and starts it again on the same port and data. */
  restart(mode?: 'immediate' | 'fast'): void;
  stop(): void;
}

/** The newest installed PostgreSQL's bin folder, or null. */
export function postgresBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(PG_ROOT, versions[0], 'bin') : null;
}

/** Why the server's tests cannot run here, or null. Under CI=true a missing PostgreSQL is a failure, not a skip. */
export function postgresMissing(): string | null {
  if (postgresBin()) return null;
  return `PostgreSQL is not installed (no ${PG_ROOT}/*/bin/initdb): install the Debian package "postgresql" to run the office server's tests`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program (or cp); as root it runs as the postgres user, which PostgreSQL requires. */
function run(bin: string, program: string, args: string[]): void {
  const file = program === 'cp' ? 'cp' : path.join(bin, program);
  const [command, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
}

function initdb(bin: string, data: string): void {
  run(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
}

/** The folder Vitest's global set-up made for this run (see postgres-run.ts), or undefined outside Vitest. */
export const POSTGRES_RUN_FOLDER = 'COMPLAINTS_TEST_POSTGRES_RUN';

const TEMPLATE_WAIT_MS = 120_000;

/**
 * A data folder made by initdb once for this Vitest run, which each cluster copies; the first file to ask makes
 * it while the others wait for it. Undefined outside a Vitest run (the end-to-end stories, the bench): they run initdb.
 */
async function runTemplate(bin: string): Promise<string | undefined> {
  const folder = process.env[POSTGRES_RUN_FOLDER];
  if (!folder || !existsSync(folder)) return undefined;
  const template = path.join(folder, 'template');
  const failed = path.join(folder, 'template.failed');
  if (existsSync(template)) return template;
  try {
    closeSync(openSync(path.join(folder, 'template.lock'), 'wx'));
  } catch {
    for (const started = Date.now(); !existsSync(template); await new Promise((r) => setTimeout(r, 100))) {
      if (existsSync(failed)) throw new Error(`initdb failed in another test file: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() - started > TEMPLATE_WAIT_MS) throw new Error(`Another test file did not finish initdb within ${TEMPLATE_WAIT_MS / 1000} s`);
    }
    return template;
  }
  try {
    const part = path.join(folder, 'template.part');
    initdb(bin, part);
    renameSync(part, template);
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return template;
}

/**
 * `durable`: keep PostgreSQL's crash guarantees (synchronous commit), for tests that crash it; otherwise commits are
 * acknowledged before their WAL is written, which is faster and fine while nothing is killed.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error(postgresMissing() ?? 'PostgreSQL is missing');
  const dir = mkdtempSync(path.join(tmpdir(), 'complaints-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const template = await runTemplate(bin);
  if (template) run(bin, 'cp', ['-a', template, data]);
  else initdb(bin, data);
  const port = await freePort();
  const fast = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`;
  const start = () => run(bin, 'pg_ctl', ['-D', data, '-o', serverOptions, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  start();
  const adminUrl = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE ROLE ${OWNER_ROLE} LOGIN CREATEROLE`);
  await admin.end();
  let counter = 0;
  let stopped = false;
  return {
    port,
    dir,
    adminUrl,
    ownerUrl: (database) => `postgres://${OWNER_ROLE}@127.0.0.1:${port}/${database}`,
    async createDatabase(prefix) {
      counter += 1;
      const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${counter}`;
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`CREATE DATABASE ${name} OWNER ${OWNER_ROLE}`);
      await client.end();
      return name;
    },
    restart(mode = 'immediate') {
      run(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      start();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
