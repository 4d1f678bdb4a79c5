// The office server as an IT person runs it: the shipped systemd unit's command and settings, serving HTTPS directly
// with a certificate, and refusing plain HTTP on a network address with its reason.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config';
import { routes } from '../../../shared/sync';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { serverTestsBlocked } from '../../support/sync-server';

const blocked = serverTestsBlocked();
const UNIT = path.resolve('build/complaints-desk-server.service');

/** The unit's settings as `key=value` lines (systemd's own syntax, continuation lines not used by this unit). */
function unitSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const line of readFileSync(UNIT, 'utf8').split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) settings.set(match[1], match[2]);
  }
  return settings;
}

/** The settings the unit's comment tells the IT person to put in its EnvironmentFile. */
function documentedEnvironmentKeys(): string[] {
  const comment = readFileSync(UNIT, 'utf8').split('\n').find((line) => line.startsWith('# DATABASE_URL='));
  return [...(comment ?? '').matchAll(/([A-Z_]+)=/g)].map((m) => m[1] ?? '');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs the unit's ExecStart in the project folder (the unit's WorkingDirectory) with an environment file's settings. */
function startAsUnit(environment: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const [program, ...args] = (unitSettings().get('ExecStart') ?? '').split(' ');
  // A process group of its own, as a unit's control group: stopping signals every process in it, as systemd does.
  const child = spawn(path.basename(program ?? ''), args, { env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Resolves once no process of the group is left (as systemd's stop waits for the unit's control group to empty). */
async function groupEnded(groupId: number): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 100) {
    try {
      process.kill(-groupId, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`A process of the server's group ${groupId} was still running 30 s after SIGTERM`);
}

async function waitForListening(output: () => string, exited: Promise<number | null>): Promise<void> {
  const deadline = Date.now() + 60_000;
  let ended = false;
  void exited.then(() => (ended = true));
  while (!/Server listening/.test(output())) {
    if (ended) throw new Error(`The server stopped before listening:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`The server did not start within 60 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function get(request: typeof httpsRequest | typeof httpRequest, url: string, ca?: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...(ca ? { ca } : {}), timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(blocked)('the office server run as its systemd unit says', () => {
  let cluster: PostgresCluster | undefined;
  let databaseUrl = '';
  let folder = '';

  beforeAll(async () => {
    cluster = await startPostgres();
    databaseUrl = cluster.ownerUrl(await cluster.createDatabase('service'));
    folder = mkdtempSync(path.join(tmpdir(), 'service-unit-'));
  }, 120_000);
  afterAll(() => {
    cluster?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('names a command and settings the server accepts', () => {
    const unit = unitSettings();
    expect(unit.get('ExecStart')).toMatch(/\/npm run server$/);
    expect(unit.get('EnvironmentFile')).toBe('/etc/complaints-desk-server.env');
    const keys = documentedEnvironmentKeys();
    expect(keys).toEqual(['DATABASE_URL', 'HOST', 'PORT']);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://complaints@localhost/complaints', HOST: '127.0.0.1', PORT: '4780' })).not.toThrow();
    const analyze = spawnSync('systemd-analyze', ['verify', UNIT], { encoding: 'utf8' });
    // systemd-analyze is present where systemd is; where it is not (a container), the checks above stand alone.
    if (!analyze.error) expect(analyze.stderr.split('\n').filter((l) => /\.service:\d+:/.test(l))).toEqual([]);
  });

  it('serves HTTPS with its own certificate, and plain HTTP on that port gets no answer', async () => {
    const cert = path.join(folder, 'server.crt');
    const key = path.join(folder, 'server.key');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const port = await freePort();
    const env = path.join(folder, 'complaints-desk-server.env');
    writeFileSync(env, `DATABASE_URL=${databaseUrl}\nHOST=127.0.0.1\nPORT=${port}\nTLS_CERT=${cert}\nTLS_KEY=${key}\n`);
    const environment = Object.fromEntries(readFileSync(env, 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const server = startAsUnit(environment);
    try {
      await waitForListening(server.output, server.exited);
      const health = await get(httpsRequest, `https://127.0.0.1:${port}${routes.health}`, readFileSync(cert));
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ ok: true });
      await expect(get(httpsRequest, `https://127.0.0.1:${port}${routes.health}`)).rejects.toThrow(/self-signed|certificate/i);
      const plain = await get(httpRequest, `http://127.0.0.1:${port}${routes.health}`).then((r) => r.status, () => 0);
      expect([0, 400]).toContain(plain);
    } finally {
      // `systemctl stop` sends SIGTERM to every process of the unit (KillMode=control-group): the server closes its
      // pool and exits, and nothing is left listening.
      if (server.child.pid) process.kill(-server.child.pid, 'SIGTERM');
      await server.exited;
      // npm exits before the server process under it: systemd waits until the unit's group is empty, so does this.
      if (server.child.pid) await groupEnded(server.child.pid);
      await expect(get(httpsRequest, `https://127.0.0.1:${port}${routes.health}`, readFileSync(cert))).rejects.toThrow(/ECONNREFUSED/);
    }
  }, 120_000);

  it('refuses plain HTTP on a network address, saying why, before touching the database', async () => {
    const server = startAsUnit({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', HOST: '0.0.0.0', PORT: String(await freePort()) });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toMatch(/Refusing to serve plain HTTP on 0\.0\.0\.0: passwords, session tokens and complaints/);
  }, 60_000);
});
