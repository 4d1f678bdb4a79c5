// A private PostgreSQL cluster for the server's tests: started in a temp folder on a free loopback port, one database per test file.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

/** Runs a PostgreSQL program; as root it runs as the postgres user, which PostgreSQL requires. */
function run(bin: string, program: string, args: string[]): void {
  const file = path.join(bin, program);
  const [command, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
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
  run(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
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
