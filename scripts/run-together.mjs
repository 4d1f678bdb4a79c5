// Runs several npm scripts at the same time and fails if any of them fails: `node scripts/run-together.mjs lint
// typecheck`. Lint and each TypeScript program run on one core, so on a 2-core machine running them side by side
// takes the time of the longest rather than the sum. Each script's output is printed whole when it ends, under its
// name, so the logs do not interleave; the last line says how long each took.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Name the npm scripts to run together, e.g. node scripts/run-together.mjs lint typecheck');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one npm script, keeping its output; resolves with its exit code and seconds taken. */
function run(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n> npm run ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ name, code, seconds });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const results = await Promise.all(names.map(run));
const failed = results.filter((r) => r.code !== 0);
console.log(`\n${results.map((r) => `${r.name} ${r.code === 0 ? 'passed' : 'FAILED'} (${r.seconds} s)`).join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
