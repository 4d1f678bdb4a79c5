// Makes sure the end-to-end tests have a Chromium: the system's (Debian's package, or CHROMIUM_PATH), else
// Playwright's own, downloaded once (Ubuntu ships Chromium only as a snap, which Playwright cannot drive).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const given = process.env.CHROMIUM_PATH;
if (given ? existsSync(given) : existsSync('/usr/bin/chromium')) process.exit(0);
if (given) {
  console.error(`CHROMIUM_PATH is set to ${given}, which does not exist.`);
  process.exit(1);
}
console.log('No Chromium at /usr/bin/chromium: fetching Playwright\'s own Chromium for the end-to-end tests.');
const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
