// `npm run bench`: runs every benchmark in test/bench/ in turn; each prints one JSON line per figure.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benchDir = path.resolve('test/bench');
const only = process.argv[2];
const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.includes(only))
  .sort();

let failed = 0;
for (const name of benches) {
  process.stderr.write(`# ${name}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, name)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    process.stderr.write(`# ${name} failed with exit code ${run.status}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
