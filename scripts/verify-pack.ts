// Command line check of a case pack ZIP, streamed from disk, case.json by the shared schema: `npx tsx scripts/verify-pack.ts pack.zip`; exits 0 if sound, 1 if not.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { verifyCasePack } from '../shared/case-pack/verify-case-pack';

async function main(args: readonly string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file === '--help' || file === '-h') {
    console.error('Usage: npx tsx scripts/verify-pack.ts <case-pack.zip>');
    return 1;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('it is not a file');
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    console.error(`Cannot read ${file}: ${missing ? 'there is no such file' : error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // 1 MB reads: few enough calls to be quick, small enough that memory stays flat whatever the pack's size.
  const result = await verifyCasePack(createReadStream(file, { highWaterMark: 1024 * 1024 }));
  const name = basename(file);
  if (result.ok) {
    const { manifest } = result;
    console.log(`OK: ${name} is a complete, unchanged Complaints Desk case pack.`);
    console.log(`  Case ${manifest.caseReference}, made ${manifest.createdAt} for ${manifest.recipient.name}; ${manifest.files.length} files listed and checked.`);
    return 0;
  }
  console.log(`NOT OK: ${name} failed the case pack check:`);
  for (const problem of result.problems) console.log(`  - ${problem}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Could not check the pack: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
