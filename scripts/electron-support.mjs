// Fails when the pinned Electron major is no longer one of the newest three, the only ones that get security fixes
// (electronjs.org/docs/latest/tutorial/electron-timelines). Asks the npm registry for the newest release.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Whether `pinned` (a version such as "45.6.0") is among the three newest majors, given the newest release. */
export function electronSupport(pinned, newest) {
  const pinnedMajor = Number.parseInt(pinned, 10);
  const newestMajor = Number.parseInt(newest, 10);
  const oldestSupported = newestMajor - 2;
  return { supported: pinnedMajor >= oldestSupported, newestMajor, oldestSupported };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron;
  const newest = execFileSync('npm', ['view', 'electron@latest', 'version'], { encoding: 'utf8' }).trim();
  const { supported, newestMajor, oldestSupported } = electronSupport(pinned, newest);
  if (supported) {
    console.log(`Electron ${pinned} is supported: the newest is ${newest}, and majors ${oldestSupported} to ${newestMajor} get security fixes.`);
  } else {
    console.error(
      `Electron ${pinned} no longer gets security fixes: the newest is ${newest}, and only majors ${oldestSupported} to ${newestMajor} are supported.\n` +
        `Move to the newest major: npm install --save-exact electron@${newestMajor}, then npm run build:electron, npm test and npm run package.`,
    );
    process.exitCode = 1;
  }
}
