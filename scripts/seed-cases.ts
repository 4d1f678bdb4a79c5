// Writes a synthetic desk to a seed file: `npx tsx scripts/seed-cases.ts --cases 100000 --out seed.ndjson.gz`.
// One JSON line per batch (gzip when the name ends .gz); the store loads it with loadSeedLines, batch by batch.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { deskBatches, deskPlan, deskSummary, DEFAULT_AS_OF } from '../renderer/store/seed/synthetic-desk';
import { encodeSeedBatch, encodeSeedHeader, encodeSeedSummary } from '../renderer/store/seed/seed-file';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20261120' },
    'as-of': { type: 'string', default: DEFAULT_AS_OF },
  },
});

const cases = Number(values.cases);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  process.stderr.write('Usage: npx tsx scripts/seed-cases.ts --cases 100000 --out <file[.gz]> [--seed 20261120] [--as-of 2026-11-20T16:00:00.000Z]\n');
  process.exit(2);
}

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

const file = createWriteStream(values.out);
const gzip = values.out.endsWith('.gz') ? createGzip({ level: 6 }) : null;
if (gzip) gzip.pipe(file);
const out: Writable = gzip ?? file;

const started = performance.now();
const plan = deskPlan({ cases, seed, asOf: values['as-of'] });
await write(out, encodeSeedHeader({ cases, seed, asOf: plan.asOf }));
let events = 0;
let files = 0;
let done = 0;
for (const batch of deskBatches(plan)) {
  await write(out, encodeSeedBatch(batch));
  done += batch.cases.length;
  events += batch.eventCount;
  files += batch.files.length;
  if (done % 5000 < plan.batchSize) process.stderr.write(`\r${done.toLocaleString('en-GB')} of ${cases.toLocaleString('en-GB')} cases…`);
}
await write(out, encodeSeedSummary(deskSummary(plan)));
out.end();
await once(file, 'close');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stderr.write(`\rWrote ${done.toLocaleString('en-GB')} cases, ${events.toLocaleString('en-GB')} events and ${files} files to ${values.out} in ${seconds} s\n`);
