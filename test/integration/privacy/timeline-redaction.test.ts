// Anonymised events stay tamper-evident: only a true redaction is stored, and the chain notices any other change.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { anonymiseStoredCase } from '../../../renderer/store/retention';
import { redactedEvent } from '../../../renderer/store/timeline/chain';
import { checkChain, verifyTimeline } from '../../../renderer/store/timeline/verify';
import { actors, deleteAll, freshDb, storedEvents } from '../store/store-fixtures';
import { endedCase, jane, janeNature, muchLater } from './privacy-fixtures';

afterEach(deleteAll);

describe('redacted timeline events', () => {
  it('refuses to store a "redaction" whose content hash is not the original one, or one with no anonymisation after it', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    const [page] = await db.timeline.where('[caseId+page]').between([c.id, 0], [c.id, 1]).toArray();
    if (!page) throw new Error('no timeline');
    const first = page.events[0]!;
    const forged = { ...first, summary: 'Nothing happened', redaction: { contentHash: 'f'.repeat(64), bySeq: 99 } };
    await expect(db.timeline.put({ ...page, events: [forged, ...page.events.slice(1)] })).rejects.toThrow(/never changed or deleted/);

    // A true redaction is let through by the store, but without an anonymise event the verifier reports it.
    const hidden = redactedEvent(first, { summary: 'Nothing happened', before: null, after: null }, 99);
    expect(checkChain(c.id, [hidden, ...page.events.slice(1)], null)).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'Event 1 had its details removed, but no anonymisation of the case is recorded after it' });
  });

  it('notices an anonymised event changed afterwards', async () => {
    const db = await freshDb();
    const c = await endedCase(db, jane, janeNature);
    const result = await anonymiseStoredCase(db, c.id, c.version, actors.manager, muchLater);
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(await verifyTimeline(db, c.id)).toMatchObject({ ok: true });
    const events = await storedEvents(db, c.id);
    const altered = events.map((e, i) => (i === 1 ? { ...e, actorId: 'user-manager' } : e));
    expect(checkChain(c.id, altered, null)).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'Event 2 has been altered: its contents no longer match its hash' });
    const unredacted = events.map((e, i) => (i === 0 ? { ...e, redaction: undefined } : e));
    expect(checkChain(c.id, unredacted, null)).toMatchObject({ ok: false, brokenAtSeq: 1 });
  });
});
