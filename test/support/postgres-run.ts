// Vitest's global set-up: a folder for this run in which the first test file that starts PostgreSQL leaves its
// initdb output for the others to copy (see startPostgres). Nothing is started here, so a run without the office
// server's tests pays nothing; the folder is removed when the run ends.
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { POSTGRES_RUN_FOLDER } from './postgres';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'complaints-pg-run-'));
  // As root, PostgreSQL's programs run as the postgres user, which must be able to write here.
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    try {
      chownSync(folder, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
    } catch {
      // No postgres user: PostgreSQL is not installed, and the server's tests say so themselves.
    }
  }
  process.env[POSTGRES_RUN_FOLDER] = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
