// Tests for scripts/system-packages.sh against stand-in apt-get, apt-cache, dpkg-query, id and sudo: it asks for
// exactly what is missing, through sudo when not root, and elsewhere names everything missing in one message.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/system-packages.sh');
const bash = execFileSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();

const EVERYTHING = 'chromium poppler-utils unzip fonts-dejavu-core fonts-liberation postgresql openssl';

let dir: string;
let log: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'system-packages-'));
  log = path.join(dir, 'calls.log');
  writeFileSync(log, '');
  symlinkSync(process.execPath, path.join(dir, 'node'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tool(name: string, body: string): void {
  const file = path.join(dir, name);
  writeFileSync(file, `#!${bash}\n${body}\n`);
  chmodSync(file, 0o755);
}

/** A Debian machine where only `installed` are installed and apt offers `available`, as user `uid`. */
function fakeDebian(installed: string, options: { available?: string; uid?: number; sudo?: boolean; versionTable?: boolean } = {}): void {
  tool('dpkg-query', `for p in ${installed}; do case "$p" in $3) echo "install ok installed"; exit 0;; esac; done; exit 1`);
  // A real apt-cache policy goes on after the candidate with a version table, longer than a pipe holds for Chromium.
  const table = options.versionTable ? 'for ((i = 0; i < 4000; i++)); do echo "     156.0.8078.129-1~deb12u1 500 http://deb.debian.org/debian-security bookworm-security/main amd64 Packages"; done;' : '';
  tool('apt-cache', `for p in ${options.available ?? 'chromium'}; do [ "$p" = "$2" ] && echo "  Candidate: 1.0" && { ${table} exit 0; }; done; echo "  Candidate: (none)"`);
  tool('apt-get', `echo "apt-get $*" >> ${log}`);
  tool('grep', `exec /bin/grep "$@"`);
  tool('id', `echo ${options.uid ?? 0}`);
  if (options.sudo !== false) tool('sudo', `echo -n "sudo " >> ${log}; exec "$@"`);
}

function run(purpose: string, env: Record<string, string> = {}) {
  const result = spawnSync(bash, [script, purpose], { env: { PATH: dir, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('on Debian', () => {
  it('does nothing when everything is installed', () => {
    fakeDebian(EVERYTHING);
    expect(run('test')).toMatchObject({ status: 0, calls: [] });
  });

  it('installs exactly the packages that are missing (Chromium, poppler and PostgreSQL removed)', () => {
    fakeDebian('unzip fonts-dejavu-core fonts-liberation openssl');
    const result = run('test');
    expect(result.status).toBe(0);
    expect(result.calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium poppler-utils postgresql']);
    expect(result.stdout).toContain('Installing system packages for npm test: chromium poppler-utils postgresql');
  });

  it('finds Chromium offered however long apt-cache goes on after the candidate line', () => {
    fakeDebian('poppler-utils unzip fonts-dejavu-core fonts-liberation postgresql openssl', { versionTable: true });
    expect(run('test').calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium']);
  });

  it('counts a versioned PostgreSQL server as PostgreSQL, and a given CHROMIUM_PATH as Chromium', () => {
    fakeDebian('poppler-utils unzip fonts-dejavu-core fonts-liberation postgresql-15 openssl');
    expect(run('test', { CHROMIUM_PATH: process.execPath })).toMatchObject({ status: 0, calls: [] });
  });

  it('goes through sudo when not root', () => {
    fakeDebian('chromium unzip fonts-dejavu-core fonts-liberation postgresql openssl', { uid: 1000 });
    expect(run('test').calls).toEqual(['sudo apt-get update -qq', 'sudo apt-get install -y -qq --no-install-recommends poppler-utils']);
  });

  it('says what to install when not root and there is no sudo, installing nothing', () => {
    fakeDebian('chromium unzip fonts-dejavu-core fonts-liberation openssl', { uid: 1000, sudo: false });
    const result = run('test');
    expect(result.status).toBe(1);
    expect(result.calls).toEqual([]);
    expect(result.stderr.trim()).toBe('Please install these packages as root first (apt-get install): poppler-utils postgresql');
  });

  it("on Ubuntu, with no Chromium package, installs the libraries Playwright's own Chromium needs under this release's names", () => {
    fakeDebian('poppler-utils unzip fonts-dejavu-core fonts-liberation postgresql openssl libnss3 libgbm1 libxss1 libxtst6 libdrm2 libxkbcommon0', {
      available: 'libgtk-3-0t64 libasound2t64 libatk-bridge2.0-0t64 libcups2t64',
    });
    expect(run('test').calls[1]).toBe(
      'apt-get install -y -qq --no-install-recommends libgtk-3-0t64 libasound2t64 libatk-bridge2.0-0t64 libcups2t64',
    );
  });

  it("installs the Electron runtime's libraries for npm start", () => {
    fakeDebian('libnss3 libgtk-3-0 libgbm1 libxss1 libxtst6 libatk-bridge2.0-0 libcups2 libdrm2 libxkbcommon0', { available: 'libasound2' });
    expect(run('start').calls[1]).toBe('apt-get install -y -qq --no-install-recommends libasound2');
  });
});

describe('elsewhere', () => {
  it('names everything missing in one message and installs nothing', () => {
    const result = run('test', { CHROMIUM_PATH: process.execPath });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        "This is not a Debian or Ubuntu machine, so nothing was installed. Before 'npm test', please install:",
        '  - poppler-utils (pdftotext, pdftoppm)',
        '  - unzip',
        '  - PostgreSQL 15 or later (initdb and postgres on the PATH)',
        "  - openssl (the office server's TLS test makes a certificate with it)",
        '',
      ].join('\n'),
    );
  });
});
