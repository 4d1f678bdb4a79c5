// A pull: one snapshot, every source read after the checkpoint in change order, never splitting one change across pages.
import type { ComplaintCase, JsonValue, Role, User } from '../../shared/model';
import { caseAudience, recorderReceipt, type ConfidentialityFacts, type Viewer } from '../../shared/policy';
import type { PurgeOrder, SyncRecord } from '../../shared/sync';
import type { Tx } from '../db/transaction';
import { userOf, type UserRow } from '../auth/sessions';
import { assertMayView, DisclosureRefused, type AudienceColumns } from './audience';
import { audienceRecord } from './case-rows';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint';

/**
 * One record of a page, already as its JSON text: the large parts (a case's record, a customer, an event) come from
 * PostgreSQL as text and are spliced in unparsed, so a page never holds them as objects (memory, CPU).
 */
interface Item {
  seq: number;
  order: number;
  /** Absent for a row that only moves the page on (a customer named only by sealed cases: sent inside them). */
  json?: string;
  /** For an event: its case (a granted case's events are re-sent whole). */
  eventCaseId?: string;
  /** For a case row: its id (a granted case's row is re-sent with its history). */
  caseId?: string;
}

const recordJson = (record: SyncRecord) => JSON.stringify(record);

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

/** A timeline event (shared/model TimelineEvent) as JSON text built by PostgreSQL; redaction only when there is one. */
const EVENT_JSON_SQL = `(jsonb_build_object('id', e.id, 'caseId', e.case_id, 'seq', e.seq, 'at', e.at, 'actorId', e.actor_id, 'action', e.action,
    'summary', e.summary, 'before', e.before, 'after', e.after, 'prevHash', e.prev_hash, 'hash', e.hash)
    || CASE WHEN e.redaction IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('redaction', e.redaction) END)::text AS event_json`;

/** A case row's columns as the case source sends them. */
const CASE_COLUMNS_SQL = `c.id, c.record::text AS record_json, c.sealed::text AS sealed_json, c.version, c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles, c.change_seq, ${FACTS_SQL}`;

function eventItem(row: Record<string, unknown>, viewer: Viewer): Item {
  const caseId = String(row.case_id);
  assertMayView(viewer, factsOf(row), `an event of case ${caseId}`);
  return { seq: seqOf(row), order: 5, json: `{"kind":"event","event":${String(row.event_json)}}`, eventCaseId: caseId };
}

const sources: Source[] = [
  {
    order: 0,
    sql: 'SELECT u.*, u.change_seq FROM users u WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row) => ({ seq: seqOf(row), order: 0, json: recordJson({ kind: 'user', user: userOf(row as unknown as UserRow) as User }) }),
  },
  {
    order: 1,
    sql: 'SELECT key, value, version, change_seq FROM settings WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row) => ({ seq: seqOf(row), order: 1, json: recordJson({ kind: 'setting', key: row.key as 'policy', value: row.value as JsonValue, version: Number(row.version) }) }),
  },
  {
    order: 2,
    // A customer is sent with the facts of one case the user may see that names them: the service checks those too.
    // One named only by sealed cases travels inside their sealed form, never in clear (a desk that cannot open the
    // case must not learn who complained): the case chosen is an unsealed one when there is one.
    sql: `SELECT cu.id, cu.record::text AS record_json, cu.change_seq, f.* FROM customers cu
            CROSS JOIN LATERAL (SELECT ${FACTS_SQL}, c.sealed IS NOT NULL AS only_sealed FROM cases c WHERE c.customer_id = cu.id
                                 ORDER BY c.sealed IS NOT NULL LIMIT 1) f
           WHERE cu.change_seq > $1 AND cu.change_seq <= $2 ORDER BY cu.change_seq LIMIT $3`,
    toItem: (row, viewer) => {
      assertMayView(viewer, factsOf(row), `customer ${String(row.id)}`);
      if (row.only_sealed === true) return { seq: seqOf(row), order: 2 };
      return { seq: seqOf(row), order: 2, json: `{"kind":"customer","customer":${String(row.record_json)}}` };
    },
  },
  {
    order: 3,
    sql: `SELECT ${CASE_COLUMNS_SQL} FROM cases c WHERE c.change_seq > $1 AND c.change_seq <= $2 ORDER BY c.change_seq LIMIT $3`,
    toItem: (row, viewer) => {
      const id = String(row.id);
      const facts = factsOf(row);
      assertMayView(viewer, facts, `case ${id}`);
      const audience = audienceRecord(row as unknown as AudienceColumns);
      // The stored audience must be what the policy computes from the record now.
      const audienceJson = JSON.stringify(audience);
      if (audienceJson !== JSON.stringify(caseAudience(facts))) throw new DisclosureRefused(`the audience stored for case ${id}`);
      const json =
        row.sealed_json !== null
          ? `{"kind":"case","sealed":${String(row.sealed_json)},"caseId":${JSON.stringify(id)},"version":${Number(row.version)},"audience":${audienceJson}}`
          : `{"kind":"case","case":${String(row.record_json)},"audience":${audienceJson}}`;
      return { seq: seqOf(row), order: 3, json, caseId: id };
    },
  },
  {
    order: 4,
    sql: 'SELECT * FROM case_receipts WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row, viewer) => {
      if (row.recorded_by !== viewer.userId) throw new DisclosureRefused(`the receipt for case ${String(row.case_id)}`);
      const receipt = recorderReceipt({ id: String(row.case_id), reference: String(row.reference), receivedAt: String(row.received_at), createdAt: String(row.recorded_at) } as ComplaintCase);
      return { seq: seqOf(row), order: 4, json: recordJson({ kind: 'receipt', ...receipt }) };
    },
  },
  {
    order: 5,
    sql: `SELECT e.case_id, e.change_seq, ${EVENT_JSON_SQL}, ${FACTS_SQL} FROM timeline_events e JOIN cases c ON c.id = e.case_id
           WHERE e.change_seq > $1 AND e.change_seq <= $2 ORDER BY e.change_seq, e.case_id, e.seq LIMIT $3`,
    toItem: eventItem,
  },
  {
    order: 6,
    // Every member of staff's public key; the sealed private half goes only to its owner (GET /v1/keys).
    sql: 'SELECT user_id, public_key, change_seq FROM user_keys WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq LIMIT $3',
    toItem: (row) => ({ seq: seqOf(row), order: 6, json: recordJson({ kind: 'userKey', userId: String(row.user_id), publicKey: String(row.public_key) }) }),
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
      json: recordJson({ kind: 'userKey', userId: String(row.user_id), publicKey: String(row.public_key), endorsement: { by: String(row.endorsed_by), signature: String(row.signature) } }),
    }),
  },
];

const customerSource = sources[2] as Source;
const caseSource = sources[3] as Source;
const eventSource = sources[5] as Source;
const QUERY_ORDER: Source[] = [eventSource, ...sources.filter((s) => s !== eventSource)];

/**
 * Cases newly shown to the user (an investigator assigned, an account confirmed as complaints manager): each one's
 * customer, case row and whole timeline (up to this page's end), which the checkpoint may have passed long ago, sent
 * at the grant's place in the order. Read in three queries whatever the number of cases, under row-level security:
 * a case hidden again since is not read at all.
 */
async function grantedHistory(tx: Tx, viewer: Viewer, grants: ReadonlyMap<string, number>, through: number): Promise<Item[]> {
  const ids = [...grants.keys()];
  const at = (caseId: unknown) => grants.get(String(caseId)) ?? 0;
  const { rows: customers } = await tx.query<Record<string, unknown>>(
    `SELECT c.id AS case_id, cu.id, cu.record::text AS record_json, cu.change_seq, ${FACTS_SQL} FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ANY($1) AND c.sealed IS NULL`,
    [ids],
  );
  const { rows: cases } = await tx.query<Record<string, unknown>>(`SELECT ${CASE_COLUMNS_SQL} FROM cases c WHERE c.id = ANY($1)`, [ids]);
  const { rows: events } = await tx.query<Record<string, unknown>>(
    `SELECT e.case_id, e.change_seq, ${EVENT_JSON_SQL}, ${FACTS_SQL} FROM timeline_events e JOIN cases c ON c.id = e.case_id WHERE e.case_id = ANY($1) AND e.change_seq <= $2 ORDER BY e.case_id, e.seq`,
    [ids, through],
  );
  return [
    ...customers.map((r) => ({ ...customerSource.toItem(r, viewer), seq: at(r.case_id), order: 2 })),
    ...cases.map((r) => ({ ...caseSource.toItem(r, viewer), seq: at(r.id), order: 3 })),
    ...events.map((r) => ({ ...eventSource.toItem(r, viewer), seq: at(r.case_id), order: 5 })),
  ];
}

/**
 * How many cases a first pull will carry: every case row this snapshot holds that row-level security lets the
 * user read (sealed ones they may see included), so a case hidden from them is not counted.
 */
async function visibleCaseCount(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ count: string }>('SELECT count(*) AS count FROM cases');
  return Number(rows[0]?.count ?? 0);
}

export interface PullInput {
  checkpoint: string;
  limit: number;
}

/** A page as the JSON text of a shared/sync PullResponse, with what the waiting pull needs to know of it. */
export interface PulledPage {
  json: string;
  changeCount: number;
  purgeCount: number;
  more: boolean;
}

/** Runs inside a REPEATABLE READ transaction as the user: the clock and every row come from one snapshot. */
export async function pullChanges(tx: Tx, viewer: Viewer & { role: Role }, input: PullInput, secret: string): Promise<PulledPage> {
  const from = decodeCheckpoint(secret, viewer.userId, input.checkpoint);
  const { rows: clock } = await tx.query<{ seq: string }>('SELECT seq FROM sync_clock WHERE id = 1');
  const upTo = Number(clock[0]?.seq ?? 0);
  const limit = input.limit;
  let boundary = Infinity;
  const items: Item[] = [];
  // Keyset pages: the densest source (events) first; each later source reads only below the page's end found so
  // far, so no source reads rows the page will drop (a first pull read three times what it sent).
  for (const source of QUERY_ORDER) {
    const bound = boundary === Infinity ? upTo : boundary - 1;
    if (bound <= from) continue;
    const { rows } = await tx.query<Record<string, unknown>>(source.sql, [from, bound, limit]);
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
  // A case newly shown to this user: its customer, row and whole timeline, which the checkpoint has already passed.
  const { rows: grantRows } = await tx.query<{ case_id: string; change_seq: string }>(
    'SELECT case_id, max(change_seq) AS change_seq FROM case_grants WHERE user_id = $1 AND change_seq > $2 AND change_seq <= $3 GROUP BY case_id',
    [viewer.userId, from, through],
  );
  const grants = new Map(grantRows.map((g) => [g.case_id, Number(g.change_seq)]));
  if (grants.size > 0) {
    page = page.filter((i) => !grants.has(i.eventCaseId ?? i.caseId ?? ''));
    page.push(...(await grantedHistory(tx, viewer, grants, through)));
  }
  page.sort((a, b) => a.seq - b.seq || a.order - b.order);
  // A desk carries out a page's purges after its changes: a purge that a later grant in this page undoes is left out.
  const purges: PurgeOrder[] = purgeRows
    .filter((p) => (grants.get(p.case_id) ?? 0) < Number(p.change_seq))
    .map((p) => ({ caseId: p.case_id, customerId: p.customer_id }));
  const next = encodeCheckpoint(secret, viewer.userId, through);
  const more = boundary !== Infinity;
  const total = from === 0 ? `,"caseTotal":${await visibleCaseCount(tx)}` : '';
  // The response (shared/sync pullResponse) as text, the records spliced in as they came.
  const changes = page.flatMap((i) => (i.json === undefined ? [] : [i.json]));
  return {
    json: `{"changes":[${changes.join(',')}],"purges":${JSON.stringify(purges)},"checkpoint":${JSON.stringify(next)},"more":${more}${total}}`,
    changeCount: changes.length,
    purgeCount: purges.length,
    more,
  };
}
