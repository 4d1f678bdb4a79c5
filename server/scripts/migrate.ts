// `npm run server:migrate`: brings DATABASE_URL's database up to the newest migration (npm run server does it too).
import { migrate } from '../db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Set DATABASE_URL to the PostgreSQL database, e.g. postgres://complaints@localhost/complaints\n');
  process.exit(2);
}
migrate(url)
  .then((ran) => process.stdout.write(ran.length > 0 ? `Migrated: ${ran.join(', ')}\n` : 'The database is up to date\n'))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
