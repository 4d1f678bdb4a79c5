// Runs the SQL migrations in server/db/migrations (numbered files) with node-pg-migrate, as the owning role.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Brings the database up to the newest migration (or `count` of them); returns the names run. */
export async function migrate(databaseUrl: string, options: { count?: number; direction?: 'up' | 'down' } = {}): Promise<string[]> {
  const ran = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: options.direction ?? 'up',
    migrationsTable: 'schema_migrations',
    ...(options.count !== undefined ? { count: options.count } : {}),
    checkOrder: true,
    singleTransaction: true,
    log: () => undefined,
  });
  return ran.map((m) => m.name);
}
