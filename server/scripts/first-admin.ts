// `npm run server:first-admin -- <user name> "<full name>"`: the one-time first administrator; the password is read
// from the terminal (or FIRST_ADMIN_PASSWORD). Refused once any administrator exists.
import { createInterface } from 'node:readline/promises';
import pg from 'pg';
import { createFirstAdministrator } from '../auth/first-admin';
import { migrate } from '../db/migrate';

async function readPassword(): Promise<string> {
  if (process.env.FIRST_ADMIN_PASSWORD) return process.env.FIRST_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Password for the first administrator (12 characters or more): ');
  rl.close();
  return answer;
}

async function main(): Promise<void> {
  const [name, fullName] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url || !name || !fullName) {
    process.stderr.write('Usage: DATABASE_URL=postgres://… npm run server:first-admin -- <user name> "<full name>"\n');
    process.exit(2);
  }
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const result = await createFirstAdministrator(pool, { userName: name, name: fullName, password: await readPassword() });
    if ('refused' in result) {
      process.stderr.write(`${result.refused}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`Administrator ${name} created. Sign in with it on a desk to add everyone else.\n`);
  } finally {
    await pool.end();
  }
}

void main();
