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
    // In ascending order of their numbers, each number once (numbers are shared out between pieces of work in
    // blocks, so a gap such as 009 then 013 is allowed while another block is still being written).
    const numbers = ran.map((n) => Number(n.slice(0, 3)));
    expect(numbers[0]).toBe(1);
    expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0))).toBe(true);
    const down = await migrate(url, { direction: 'down', count: Infinity });
    expect(down).toHaveLength(ran.length);
    expect(await migrate(url)).toEqual(ran);
  }, 120_000);
});
