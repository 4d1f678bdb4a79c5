// A pull: one snapshot, every source read after the checkpoint in change order, never splitting one change across pages.
import type { ComplaintCase, Customer, JsonValue, Role, TimelineEvent, User } from '../../shared/model';
import { caseAudience, recorderReceipt, type ConfidentialityFacts, type Viewer } from '../../shared/policy';
import type { PullResponse, PurgeOrder, SyncRecord } from '../../shared/sync';
import type { Tx } from '../db/transaction';
import { userOf, type UserRow } from '../auth/sessions';
import { assertMayView, DisclosureRefused, type AudienceColumns } from './audience';
import { audienceRecord } from './case-rows';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint';

interface Item {
  seq: number;
  order: number;
  record?: SyncRecord;
  purge?: PurgeOrder;
}

interface Source {
  /** Position within one change: users and settings, then the customer before the case naming it, then events. */
  order: number;
  sql: string;
  toItem(row: Record<string, unknown>, viewer: Viewer): Item;
}

/** The facts the policy's rule reads, as SQL over a case row aliased c. */
const FACTS_SQL = `c.record->'concernsStaff' AS concerns_staff, c.record->'namedStaffUserIds' AS named_staff, c.record->>'investigatorId' AS investigator_id, c.recorded_by`;

function factsOf(row: Record<string, unknown>): ConfidentialityFacts {
  const investigator = row.investigator_id;
  return {
    concernsStaff: row.concerns_staff === true,
    namedStaffUserIds: Array.isArray(row.named_staff) ? (row.named_staff as string[]) : [],
    ...(typeof investigator === 'string' ? { investigatorId: investigator } : {}),
    recordedById: String(row.recorded_by),
  };
}

const seqOf = (row: Record<string, unknown>) => Number(row.change_seq);

const sources: Source[] = [
  {
    order: 0,
    sql: 'SELECT u.*, u.change_seq FROM users u WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row) => ({ seq: seqOf(row), order: 0, record: { kind: 'user', user: userOf(row as unknown as UserRow) as User } }),
  },
  {
    order: 1,
    sql: 'SELECT key, value, version, change_seq FROM settings WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row) => ({ seq: seqOf(row), order: 1, record: { kind: 'setting', key: row.key as 'policy', value: row.value as JsonValue, version: Number(row.version) } }),
  },
  {
    order: 2,
    // A customer is sent with the facts of one case the user may see that names them: the service checks those too.
    // One named only by sealed cases travels inside their sealed form, never in clear (a desk that cannot open the
    // case must not learn who complained): the case chosen is an unsealed one when there is one.
    sql: `SELECT cu.id, cu.record, cu.change_seq, f.* FROM customers cu
            CROSS JOIN LATERAL (SELECT ${FACTS_SQL}, c.sealed IS NOT NULL AS only_sealed FROM cases c WHERE c.customer_id = cu.id
                                 ORDER BY c.sealed IS NOT NULL LIMIT 1) f
           WHERE cu.change_seq > $1 AND cu.change_seq <= $2 ORDER BY cu.change_seq LIMIT $3`,
    toItem: (row, viewer) => {
      assertMayView(viewer, factsOf(row), `customer ${String(row.id)}`);
      if (row.only_sealed === true) return { seq: seqOf(row), order: 2 };
      return { seq: seqOf(row), order: 2, record: { kind: 'customer', customer: row.record as Customer } };
    },
  },
  {
    order: 3,
    sql: `SELECT c.id, c.record, c.sealed, c.version, c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles, c.change_seq, ${FACTS_SQL}
            FROM cases c WHERE c.change_seq > $1 AND c.change_seq <= $2 ORDER BY c.change_seq LIMIT $3`,
    toItem: (row, viewer) => {
      const record = row.record as ComplaintCase;
      const facts = factsOf(row);
      assertMayView(viewer, facts, `case ${record.id}`);
      const audience = audienceRecord(row as unknown as AudienceColumns);
      // The stored audience must be what the policy computes from the record now.
      if (JSON.stringify(audience) !== JSON.stringify(caseAudience(facts))) throw new DisclosureRefused(`the audience stored for case ${record.id}`);
      const sealed = row.sealed as { format: string; data: string } | null;
      const item: SyncRecord = sealed ? { kind: 'case', sealed, caseId: record.id, version: Number(row.version), audience } : { kind: 'case', case: record, audience };
      return { seq: seqOf(row), order: 3, record: item };
    },
  },
  {
    order: 4,
    sql: 'SELECT * FROM case_receipts WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row, viewer) => {
      if (row.recorded_by !== viewer.userId) throw new DisclosureRefused(`the receipt for case ${String(row.case_id)}`);
      const receipt = recorderReceipt({ id: String(row.case_id), reference: String(row.reference), receivedAt: String(row.received_at), createdAt: String(row.recorded_at) } as ComplaintCase);
      return { seq: seqOf(row), order: 4, record: { kind: 'receipt', ...receipt } };
    },
  },
  {
    order: 5,
    sql: `SELECT e.*, ${FACTS_SQL} FROM timeline_events e JOIN cases c ON c.id = e.case_id
           WHERE e.change_seq > $1 AND e.change_seq <= $2 ORDER BY e.change_seq, e.case_id, e.seq LIMIT $3`,
    toItem: (row, viewer) => {
      assertMayView(viewer, factsOf(row), `an event of case ${String(row.case_id)}`);
      const redaction = row.redaction as TimelineEvent['redaction'] | null;
      const event: TimelineEvent = {
        id: String(row.id),
        caseId: String(row.case_id),
        seq: Number(row.seq),
        at: String(row.at),
        actorId: String(row.actor_id),
        action: String(row.action),
        summary: String(row.summary),
        before: row.before as JsonValue,
        after: row.after as JsonValue,
        prevHash: String(row.prev_hash),
        hash: String(row.hash),
        ...(redaction ? { redaction } : {}),
      };
      return { seq: seqOf(row), order: 5, record: { kind: 'event', event } };
    },
  },
  {
    order: 6,
    // Every member of staff's public key; the sealed private half goes only to its owner (GET /v1/keys).
    sql: 'SELECT user_id, public_key, change_seq FROM user_keys WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row) => ({ seq: seqOf(row), order: 6, record: { kind: 'userKey', userId: String(row.user_id), publicKey: String(row.public_key) } }),
  },
  {
    order: 7,
    // A signature that a changed key is the account's own (migration 013): sent again with the key it is for.
    sql: `SELECT e.user_id, e.public_key, e.endorsed_by, e.signature, e.change_seq FROM key_endorsements e
            JOIN user_keys k ON k.user_id = e.user_id AND k.public_key = e.public_key
           WHERE e.change_seq > $1 AND e.change_seq <= $2 ORDER BY e.change_seq LIMIT $3`,
    toItem: (row) => ({
      seq: seqOf(row),
      order: 7,
      record: { kind: 'userKey', userId: String(row.user_id), publicKey: String(row.public_key), endorsement: { by: String(row.endorsed_by), signature: String(row.signature) } },
    }),
  },
];

const customerSource = sources[2] as Source;
const eventSource = sources[5] as Source;

/** Customer and whole timeline (up to this page's end) of a case granted to the user, in order, at the grant's place. */
async function grantedHistory(tx: Tx, viewer: Viewer, caseId: string, seq: number, through: number): Promise<Item[]> {
  const { rows: customers } = await tx.query<Record<string, unknown>>(
    `SELECT cu.id, cu.record, cu.change_seq, ${FACTS_SQL} FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = $1 AND c.sealed IS NULL AND cu.change_seq <= $2`,
    [caseId, through],
  );
  const { rows: events } = await tx.query<Record<string, unknown>>(
    `SELECT e.*, ${FACTS_SQL} FROM timeline_events e JOIN cases c ON c.id = e.case_id WHERE e.case_id = $1 AND e.change_seq <= $2 ORDER BY e.seq`,
    [caseId, through],
  );
  // Sent at the grant's place in the order, before the case's own change at that seq.
  return [...customers.map((r) => ({ ...customerSource.toItem(r, viewer), seq, order: 2 })), ...events.map((r) => ({ ...eventSource.toItem(r, viewer), seq, order: 5 }))];
}

export interface PullInput {
  checkpoint: string;
  limit: number;
}

/** Runs inside a REPEATABLE READ transaction as the user: the clock and every row come from one snapshot. */
export async function pullChanges(tx: Tx, viewer: Viewer & { role: Role }, input: PullInput, secret: string): Promise<PullResponse> {
  const from = decodeCheckpoint(secret, viewer.userId, input.checkpoint);
  const { rows: clock } = await tx.query<{ seq: string }>('SELECT seq FROM sync_clock WHERE id = 1');
  const upTo = Number(clock[0]?.seq ?? 0);
  const limit = input.limit;
  let boundary = Infinity;
  const items: Item[] = [];
  for (const source of sources) {
    const { rows } = await tx.query<Record<string, unknown>>(source.sql, [from, upTo, limit]);
    if (rows.length === limit) boundary = Math.min(boundary, seqOf(rows[rows.length - 1] ?? {}));
    for (const row of rows) items.push(source.toItem(row, viewer));
  }
  // Every source is complete below the boundary; one change larger than a page is completed from each source.
  let through = boundary === Infinity ? upTo : boundary - 1;
  let page = items.filter((i) => i.seq <= through);
  if (page.length === 0 && boundary !== Infinity) {
    through = boundary;
    page = items.filter((i) => i.seq < boundary);
    for (const source of sources) {
      const { rows } = await tx.query<Record<string, unknown>>(source.sql, [boundary - 1, boundary, 1_000_000]);
      for (const row of rows) page.push(source.toItem(row, viewer));
    }
  }
  const { rows: purgeRows } = await tx.query<{ case_id: string; customer_id: string; change_seq: string }>(
    'SELECT case_id, customer_id, change_seq FROM purge_orders WHERE user_id = $1 AND change_seq > $2 AND change_seq <= $3 AND visible_from_seq <= $2 ORDER BY change_seq',
    [viewer.userId, from, through],
  );
  // A case newly shown to this user: its customer and whole timeline, which the checkpoint has already passed.
  const { rows: grants } = await tx.query<{ case_id: string; change_seq: string }>(
    'SELECT case_id, max(change_seq) AS change_seq FROM case_grants WHERE user_id = $1 AND change_seq > $2 AND change_seq <= $3 GROUP BY case_id',
    [viewer.userId, from, through],
  );
  const granted = new Set(grants.map((g) => g.case_id));
  if (granted.size > 0) page = page.filter((i) => !(i.record?.kind === 'event' && 'event' in i.record && granted.has(i.record.event.caseId)));
  for (const grant of grants) page.push(...(await grantedHistory(tx, viewer, grant.case_id, Number(grant.change_seq), through)));
  page.sort((a, b) => a.seq - b.seq || a.order - b.order);
  return {
    changes: page.flatMap((i) => (i.record ? [i.record] : [])),
    purges: purgeRows.map((p) => ({ caseId: p.case_id, customerId: p.customer_id })),
    checkpoint: encodeCheckpoint(secret, viewer.userId, through),
    more: boundary !== Infinity,
  };
}
