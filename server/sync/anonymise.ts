// Anonymisation on the server (a complaints manager, past retention): every desk's copy follows through the pull.
import { confidentialityFacts, type Actor, type Customer, type JsonValue } from '../../shared/model';
import { anonymiseCase, anonymisedCustomer, anonymisedEventContent } from '../../shared/policy/privacy/anonymise';
import { textScrubber } from '../../shared/policy/privacy/anonymise-text';
import { DEFAULT_RETENTION_YEARS, retentionYears } from '../../shared/policy/privacy/retention';
import { NO_SUCH_CASE_ON_SERVER, type PushChange, type PushResult } from '../../shared/sync';
import { nextChangeSeq, type Tx } from '../db/transaction';
import { contentHash } from '../../shared/timeline/chain';
import { assertMayView, audienceColumns, audienceOf } from './audience';
import { audienceRecord, lockCase, updateCase } from './case-rows';
import { orderPurges } from './purges';
import { settingValue } from './settings-read';
import { appendEvents, headOfRow } from './timeline';

interface EventRow {
  seq: number;
  action: string;
  summary: string;
  before: JsonValue;
  after: JsonValue;
  redaction: unknown;
}

async function retention(tx: Tx): Promise<number> {
  const value = await settingValue(tx, 'retention');
  const years = value && typeof value === 'object' && !Array.isArray(value) ? value.years : undefined;
  const checked = retentionYears.safeParse(years);
  return checked.success ? checked.data : DEFAULT_RETENTION_YEARS;
}

export async function anonymise(tx: Tx, change: PushChange & { body: { type: 'anonymise' } }, actor: Actor, now: Date): Promise<PushResult> {
  const refused = (reasons: string[]): PushResult => ({ changeId: change.changeId, status: 'refused', caseId: change.caseId, reasons });
  const row = await lockCase(tx, change.caseId);
  if (!row) return refused([NO_SUCH_CASE_ON_SERVER]);
  assertMayView(actor, confidentialityFacts(row.record), `case ${change.caseId}`);
  if (row.version !== change.baseVersion) return { changeId: change.changeId, status: 'conflict', caseId: row.id, case: row.record, audience: audienceRecord(row) };
  const at = now.toISOString();
  const { rows: customers } = await tx.query<{ record: Customer }>('SELECT record FROM customers WHERE id = $1', [row.customer_id]);
  const customer = customers[0]?.record;
  if (!customer) return refused(['The customer of this case is not on the office server']);
  const { rows: events } = await tx.query<EventRow>('SELECT seq, action, summary, before, after, redaction FROM timeline_events WHERE case_id = $1 ORDER BY seq', [row.id]);
  const result = anonymiseCase(row.record, customer, actor, at, await retention(tx), events.flatMap((e) => [e.before, e.after]));
  if (!result.ok) return refused(result.missing);

  const seq = await nextChangeSeq(tx);
  const scrub = textScrubber(result.terms.strings);
  const bySeq = row.timeline_seq + 1;
  for (const e of events) {
    if (e.redaction) continue;
    const content = anonymisedEventContent(e, result.terms, scrub);
    await tx.query('UPDATE timeline_events SET summary = $3, before = $4, after = $5, redaction = $6, change_seq = $7 WHERE case_id = $1 AND seq = $2', [
      row.id,
      e.seq,
      content.summary,
      JSON.stringify(content.before),
      JSON.stringify(content.after),
      { contentHash: contentHash(e), bySeq },
      seq,
    ]);
  }
  await tx.query('INSERT INTO customers (id, record, change_seq) VALUES ($1, $2, $3)', [result.customer.id, result.customer, seq]);
  await updateCase(tx, result.case, seq, change.sealed);
  await appendEvents(tx, row.id, headOfRow(row), [result.event], audienceColumns(audienceOf(result.case)), seq);
  // The files' bytes go: the links first, then any bytes no other case names.
  const { rows: files } = await tx.query<{ sha256: string }>('DELETE FROM case_attachments WHERE case_id = $1 RETURNING sha256', [row.id]);
  for (const f of files) await tx.query('SELECT drop_unnamed_file($1)', [f.sha256]);
  const { rows: left } = await tx.query<{ has: boolean }>('SELECT customer_has_cases($1) AS has', [customer.id]);
  if (!left[0]?.has) await tx.query('UPDATE customers SET record = $2, change_seq = $3 WHERE id = $1', [customer.id, anonymisedCustomer(customer.id, at), seq]);
  await orderPurges(tx, audienceOf(row.record), audienceOf(result.case), { caseId: row.id, customerId: result.case.customerId, createdSeq: Number(row.created_seq) }, seq);
  return { changeId: change.changeId, status: 'accepted', caseId: row.id, version: result.case.version, reference: result.case.reference };
}
