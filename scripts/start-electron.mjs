// Starts the desktop app from the built files; on first use it fetches the Electron runtime, since npm's install
// scripts are switched off for this project (.npmrc) and so the electron package never downloaded it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

/** The runtime's executable as the electron package itself would find it, or undefined if it is not there. */
function installedRuntime() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(executable) ? executable : undefined;
  }
  if (!relative) return undefined;
  const wanted = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  const versionFile = path.join(electronDir, 'dist', 'version');
  const version = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : undefined;
  const executable = path.join(electronDir, 'dist', relative);
  return version === wanted && existsSync(executable) ? executable : undefined;
}

const howToGetIt = [
  'The runtime is downloaded from GitHub (github.com/electron/electron/releases) by the electron package.',
  'On a machine without that access:',
  '  - set ELECTRON_MIRROR to a mirror of those releases that you can reach, then run npm start again; or',
  '  - unpack a matching Electron build somewhere and set ELECTRON_OVERRIDE_DIST_PATH to that folder; or',
  '  - use the browser build instead: npm run web',
];

if (!existsSync(electronDir)) {
  fail(['Complaints Desk cannot start: the electron package is not installed. Run npm install first.']);
}
if (!existsSync(path.join(root, 'dist-electron', 'main.cjs')) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  fail(['Complaints Desk cannot start: it has not been built. Run npm start (which builds first) or npm run build.']);
}

let executable = installedRuntime();
if (!executable) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    fail([
      `Complaints Desk cannot start: ELECTRON_OVERRIDE_DIST_PATH is set to ${process.env.ELECTRON_OVERRIDE_DIST_PATH}`,
      'but there is no Electron executable in that folder.',
    ]);
  }
  console.log('Fetching the Electron runtime (first start only; about 100 MB)...');
  // The installer prints a stack trace on failure; keep its output for the one line that says what went wrong.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  executable = install.status === 0 ? installedRuntime() : undefined;
  if (!executable) {
    const reason = (install.stderr ?? '')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith('at '));
    fail([
      'Complaints Desk cannot start: the Electron runtime is not installed and could not be fetched.',
      ...(reason ? [`The download said: ${reason}`] : []),
      '',
      ...howToGetIt,
    ]);
  }
}

const env = { ...process.env };
// Left over from another tool, this would make Electron behave as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(executable, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
child.on('error', (error) => fail([`Complaints Desk could not be started: ${error.message}`]));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
