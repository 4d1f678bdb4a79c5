// The row-level policy and shared/policy agree: random cases and viewers through both, PostgreSQL's answer and
// canViewCase's compared for every pair.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/model';
import { canViewCase, caseAudience, type ConfidentialityFacts } from '../../../shared/policy';
import { audienceColumns } from '../../../server/sync/audience';
import { migrate } from '../../../server/db/migrate';
import { becomeAuth, becomeUser, inTransaction } from '../../../server/db/transaction';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { serverTestsBlocked } from '../../support/sync-server';

const blocked = serverTestsBlocked();
const ROLES: Role[] = ['agent', 'investigator', 'complaints-manager', 'administrator'];

describe.skipIf(blocked)('row-level security and canViewCase', () => {
  let cluster: PostgresCluster;
  let pool: pg.Pool;
  const users: { id: string; role: Role }[] = [];
  const customerId = randomUUID();

  beforeAll(async () => {
    cluster = await startPostgres();
    const db = await cluster.createDatabase('audience');
    await migrate(cluster.ownerUrl(db));
    pool = new pg.Pool({ connectionString: cluster.ownerUrl(db), max: 4 });
    for (const role of ROLES) for (let i = 0; i < 3; i += 1) users.push({ id: `${role}-${i}`, role });
    // Several complaints managers seeded at once, past the accounts table's confirmation rule (migration 014): this
    // test is about which cases each role sees, not about how accounts are made.
    await pool.query('ALTER TABLE users DISABLE TRIGGER complaints_manager_confirmed');
    await inTransaction(pool, {}, async (tx) => {
      await becomeAuth(tx);
      await tx.query("INSERT INTO users (id, user_name, name, role, change_seq) VALUES ('administrator-0', 'administrator-0', 'A', 'administrator', 1)");
      await becomeUser(tx, 'administrator-0');
      for (const u of users) {
        if (u.id === 'administrator-0') continue;
        await tx.query('INSERT INTO users (id, user_name, name, role, change_seq) VALUES ($1, $1, $1, $2, 1)', [u.id, u.role]);
      }
      await becomeUser(tx, 'complaints-manager-0');
      await tx.query('INSERT INTO customers (id, record, change_seq) VALUES ($1, $2, 1)', [customerId, { id: customerId }]);
    });
    await pool.query('ALTER TABLE users ENABLE TRIGGER complaints_manager_confirmed');
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    cluster?.stop();
  });

  const ids = () => users.map((u) => u.id);
  const facts = fc.record({
    concernsStaff: fc.boolean(),
    namedStaffUserIds: fc.subarray(['agent-0', 'agent-1', 'agent-2', 'investigator-0', 'investigator-2', 'complaints-manager-0', 'complaints-manager-1', 'complaints-manager-2', 'administrator-1'], { maxLength: 3 }),
    investigatorId: fc.option(fc.constantFrom('investigator-0', 'investigator-1', 'agent-0', 'agent-1', 'complaints-manager-1', 'administrator-2', 'someone-gone'), { nil: undefined }),
    recordedById: fc.constantFrom('agent-0', 'agent-1', 'complaints-manager-0'),
  });

  it('gives every viewer exactly the cases canViewCase allows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 1, maxLength: 6 }), async (cases) => {
        const rows = cases.map((f) => ({ id: randomUUID(), facts: { ...f, ...(f.investigatorId === undefined ? {} : { investigatorId: f.investigatorId }) } as ConfidentialityFacts }));
        await inTransaction(pool, {}, async (tx) => {
          await becomeUser(tx, 'complaints-manager-0');
          for (const [n, r] of rows.entries()) {
            const a = audienceColumns(caseAudience(r.facts));
            await tx.query(
              `INSERT INTO cases (id, reference, version, customer_id, record, recorded_by, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles, created_seq, change_seq)
               VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, 1, 1)`,
              [r.id, `JESQ-2099-${String(n)}-${r.id}`, customerId, r.facts, r.facts.recordedById, a.audience_roles, a.audience_user_ids, a.excluded_user_ids, a.excluded_roles],
            );
          }
        });
        for (const viewerId of ids()) {
          const viewer = users.find((u) => u.id === viewerId) as { id: string; role: Role };
          const seen = await inTransaction(pool, {}, async (tx) => {
            await becomeUser(tx, viewer.id);
            const { rows: found } = await tx.query<{ id: string }>('SELECT id FROM cases WHERE id = ANY($1)', [rows.map((r) => r.id)]);
            return new Set(found.map((f) => f.id));
          });
          for (const r of rows) expect(seen.has(r.id), `${viewer.id} and ${JSON.stringify(r.facts)}`).toBe(canViewCase({ userId: viewer.id, role: viewer.role }, r.facts));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('gives a transaction with no user set nothing, and the owning role nothing either (FORCE ROW LEVEL SECURITY, NOINHERIT)', async () => {
    const asApp = await inTransaction(pool, {}, async (tx) => {
      await tx.query('SET LOCAL ROLE complaints_app');
      return (await tx.query('SELECT count(*)::int AS n FROM cases')).rows[0].n as number;
    });
    const owner = async (table: string) => (await pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
    expect([asApp, await owner('cases'), await owner('customers'), await owner('credentials'), await owner('users')]).toEqual([0, 0, 0, 0, 0]);
  });
});
