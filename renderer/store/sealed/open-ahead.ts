// Opening a complaint about staff's rows just before the case page's transactions read them: WebCrypto opens them
// outside any transaction (it cannot run inside one), and the session's cache hands them to the transaction.
import type { ComplaintsDatabase } from '../db';
import { maxKey, MIN } from '../queries/keys';
import { openAhead } from './sealing-middleware';

/** Opens a sealed case's own row, list row, timeline and customer ahead; nothing for a case this session cannot open. */
export async function openCaseAhead(db: ComplaintsDatabase, caseId: string): Promise<void> {
  const ring = db.keyring;
  if (!ring.sealedCases.has(caseId) || !ring.hasCaseKey(caseId)) return;
  const [stored, row, pages] = await db.transaction('r', [db.cases, db.caseRows, db.timeline], (tx) => {
    ring.markRaw(tx.idbtrans);
    return Promise.all([db.cases.get(caseId), db.caseRows.get(caseId), db.timeline.where('[caseId+page]').between([caseId, MIN], [caseId, maxKey()]).toArray()]);
  });
  const [opened] = await Promise.all([openAhead(ring, 'cases', stored), openAhead(ring, 'caseRows', row), ...pages.map((page) => openAhead(ring, 'timeline', page))]);
  const customerId = opened?.customerId;
  if (typeof customerId !== 'string') return;
  const customer = await db.transaction('r', db.customers, (tx) => {
    ring.markRaw(tx.idbtrans);
    return db.customers.get(customerId);
  });
  await openAhead(ring, 'customers', customer);
}
