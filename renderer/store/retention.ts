// The retention review: finished cases past the period the administrator set, and anonymising one, in one transaction.
//
// How the timeline is handled: events are never deleted and the chain must still verify, yet the customer's
// details must leave the store. So anonymising appends an "anonymise" event and rewrites each earlier event's
// summary, before and after with their anonymised form; the event keeps the SHA-256 of its original content
// (event.redaction), which is what its hash covers (see timeline/chain.ts). verifyTimeline still passes, any
// other change is still detected, and a redaction without an anonymise event after it is reported as tampering.
import { confidentialityFacts, type Actor, type CaseStage, type ComplaintCase, type ComplaintCategory, type TimelineEvent } from '../../shared/model';
import { canViewCase, type Viewer } from '../../shared/policy';
import { ANONYMISED_CUSTOMER_NAME, anonymisedCustomer, anonymisedEventContent, anonymiseCase, isAnonymisedCase } from '../../shared/policy/privacy/anonymise';
import { textScrubber } from '../../shared/policy/privacy/anonymise-text';
import { cannotAnonymise } from '../../shared/policy/privacy/duties';
import { retentionSearchLimit, retentionStatus } from '../../shared/policy/privacy/retention';
import { caseWriteTables, type ComplaintsDatabase } from './db';
import { NO_SUCH_CASE, staleVersionMessage } from './cases';
import { writeCaseChange } from './case-write';
import { plainCustomer, storedCustomer } from './customers';
import { guardWrite } from './errors';
import { loadRetentionYears } from './settings/retention-years';
import { caseEndIndexes } from './schema/v4';
import { loadPolicySettings } from './settings/policy-calendar';
import { redactedEvent } from './timeline/chain';
import { timelinePages } from './timeline/pages';
import { maxKey, MIN } from './queries/keys';

export interface RetentionRow {
  caseId: string;
  reference: string;
  version: number;
  customerName: string;
  stage: CaseStage;
  category: ComplaintCategory | undefined;
  endedOn: string;
  anonymiseFrom: string;
  confidential: boolean;
}

export interface RetentionReview {
  years: number;
  rows: RetentionRow[];
}

/**
 * Finished cases past retention at `now` that `viewer` may anonymise, oldest end first. Reads only the cases
 * whose end is recorded before the search limit (four index ranges), never the whole store.
 */
export async function listCasesPastRetention(db: ComplaintsDatabase, viewer: Viewer, now: string): Promise<RetentionReview> {
  return db.transaction('r', [db.cases, db.caseRows, db.settings], async () => {
    const years = await loadRetentionYears(db);
    if (cannotAnonymise(viewer)) return { years, rows: [] };
    const limit = retentionSearchLimit(now, years);
    const found = await Promise.all(caseEndIndexes.map((index) => db.cases.where(index).below(limit).toArray()));
    const unique = new Map(found.flat().map((c) => [c.id, c]));
    const candidates = [...unique.values()].filter((c) => !isAnonymisedCase(c) && canViewCase(viewer, confidentialityFacts(c)));
    const names = await db.caseRows.bulkGet(candidates.map((c) => c.id));
    const rows: RetentionRow[] = [];
    candidates.forEach((c, i) => {
      const status = retentionStatus(c, years, now);
      if (status.status !== 'past-retention') return;
      const confidential = c.concernsStaff || c.namedStaffUserIds.length > 0;
      rows.push({ caseId: c.id, reference: c.reference, version: c.version, customerName: names[i]?.customerName ?? '', stage: c.stage, category: c.category, endedOn: status.endedOn, anonymiseFrom: status.anonymiseFrom, confidential });
    });
    rows.sort((a, b) => a.endedOn.localeCompare(b.endedOn) || a.reference.localeCompare(b.reference));
    return { years, rows };
  });
}

export type AnonymiseCaseResult = { ok: true; case: ComplaintCase; events: TimelineEvent[] } | { ok: false; missing: string[] };

/**
 * Anonymises one case past retention: the case and its per-case rows rewritten, the case moved to a customer
 * record of its own holding nothing personal, its files' bytes removed, its earlier events' content anonymised,
 * an "anonymise" event appended, and the original customer anonymised too once no case of theirs remains.
 * All in one transaction: either everything is replaced or nothing is. Irreversible.
 */
export async function anonymiseStoredCase(db: ComplaintsDatabase, caseId: string, expectedVersion: number, actor: Actor, now: string): Promise<AnonymiseCaseResult> {
  return guardWrite(() =>
    db.transaction('rw', [...caseWriteTables(db), db.attachmentBlobs], async (): Promise<AnonymiseCaseResult> => {
      const current = await db.cases.get(caseId);
      if (!current || !canViewCase(actor, confidentialityFacts(current))) return { ok: false, missing: [NO_SUCH_CASE] };
      if (current.version !== expectedVersion) return { ok: false, missing: [staleVersionMessage(current, expectedVersion)] };
      const [stored, pages, years, settings] = await Promise.all([db.customers.get(current.customerId), timelinePages(db, caseId), loadRetentionYears(db), loadPolicySettings(db)]);
      if (!stored) return { ok: false, missing: ['The customer of this case is not on this desk'] };
      const history = pages.flatMap((p) => p.events.flatMap((e) => [e.before, e.after]));
      const result = anonymiseCase(current, plainCustomer(stored), actor, now, years, history);
      if (!result.ok) return result;

      const lastSeq = pages.at(-1)?.events.at(-1)?.seq ?? 0;
      const scrub = textScrubber(result.terms.strings);
      const redacted = pages.map((page) => ({ ...page, events: page.events.map((e) => redactedEvent(e, anonymisedEventContent(e, result.terms, scrub), lastSeq + 1)) }));
      await db.timeline.bulkPut(redacted);
      await db.customers.put(storedCustomer(result.customer));
      const events = await writeCaseChange(db, { before: current, after: result.case, drafts: [result.event], customerName: ANONYMISED_CUSTOMER_NAME, settings, now, lastPage: redacted.at(-1) });
      await db.attachmentBlobs.where('[caseId+id]').between([caseId, MIN], [caseId, maxKey()]).delete();
      if ((await db.cases.where('customerId').equals(stored.id).count()) === 0) {
        await db.customers.put(storedCustomer(anonymisedCustomer(stored.id, now)));
      }
      return { ok: true, case: result.case, events };
    }),
  );
}
