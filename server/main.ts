// `npm run server`: migrates the database, then serves the sync protocol (plain HTTP only on loopback unless told).
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { buildApp } from './app';
import { loadConfig, plainHttpRefusal } from './config';
import { migrate } from './db/migrate';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const refusal = plainHttpRefusal(config);
  if (refusal) {
    process.stderr.write(`${refusal}\n`);
    process.exit(2);
  }
  const ran = await migrate(config.DATABASE_URL);
  if (ran.length > 0) process.stdout.write(`Database migrated: ${ran.join(', ')}\n`);
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: config.POOL_SIZE });
  // An idle connection dropped by a PostgreSQL restart is discarded; the requests in flight fail and are retried by desks.
  pool.on('error', (error) => process.stderr.write(`A database connection was lost: ${error.message}\n`));
  const https = config.TLS_CERT && config.TLS_KEY ? { cert: readFileSync(config.TLS_CERT), key: readFileSync(config.TLS_KEY) } : undefined;
  const app = await buildApp({ pool, logger: true, sessionHours: config.SESSION_HOURS, trustProxy: config.TRUST_PROXY === '1', ...(https ? { https } : {}), ...(process.env.DESK_APP_DIR ? { deskAppDir: process.env.DESK_APP_DIR } : {}) });
  await app.listen({ host: config.HOST, port: config.PORT });
  const stop = async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
