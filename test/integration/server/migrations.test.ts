// The migrations run one at a time from an empty database, and each can be undone and run again.
import { describe, expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../../../server/db/migrate';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { serverTestsBlocked } from '../../support/sync-server';

const blocked = serverTestsBlocked();

describe.skipIf(blocked)('server migrations', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 120_000);
  afterAll(() => cluster?.stop());

  it('upgrades each from the one before, and all the way down and up again', async () => {
    const url = cluster.ownerUrl(await cluster.createDatabase('migrations'));
    const ran: string[] = [];
    for (;;) {
      const step = await migrate(url, { count: 1 });
      if (step.length === 0) break;
      ran.push(...step);
    }
    expect(ran.map((n) => n.slice(0, 3))).toEqual(ran.map((_, i) => String(i + 1).padStart(3, '0')));
    const down = await migrate(url, { direction: 'down', count: Infinity });
    expect(down).toHaveLength(ran.length);
    expect(await migrate(url)).toEqual(ran);
  }, 120_000);
});
