// `npm run server:first-admin -- <user name> "<full name>"`: the one-time first administrator; the password is read
// from the terminal (or FIRST_ADMIN_PASSWORD). Refused once any administrator exists.
import pg from 'pg';
import { createFirstAdministrator } from '../auth/first-admin';
import { migrate } from '../db/migrate';
import { askHidden, firstLine } from './hidden-answer';

/** The password: FIRST_ADMIN_PASSWORD, a pipe's first line, or typed twice unseen on a terminal (null if they differ). */
async function readPassword(): Promise<string | null> {
  if (process.env.FIRST_ADMIN_PASSWORD) return process.env.FIRST_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) return firstLine(process.stdin);
  const password = await askHidden('Password for the first administrator (12 characters or more, not shown): ', process.stdin, process.stdout);
  const again = await askHidden('The same password again: ', process.stdin, process.stdout);
  return password === again ? password : null;
}

async function main(): Promise<void> {
  const [name, fullName] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url || !name || !fullName) {
    process.stderr.write('Usage: DATABASE_URL=postgres://… npm run server:first-admin -- <user name> "<full name>"\n');
    process.exit(2);
  }
  const password = await readPassword();
  if (password === null) {
    process.stderr.write('The two passwords differ: nothing was created. Run the command again.\n');
    process.exit(1);
  }
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const result = await createFirstAdministrator(pool, { userName: name, name: fullName, password });
    if ('refused' in result) {
      process.stderr.write(`${result.refused}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`Administrator ${name} created. Sign in with it on a desk to add everyone else.\n`);
  } finally {
    await pool.end();
  }
}

void main();
