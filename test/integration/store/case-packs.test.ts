// Making a case pack from a real Dexie store: consent gate, lawful reason, attachments streamed from stored Blobs, timeline.
import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCasePack, type CasePackDeps } from '../../../renderer/store/make-case-pack';
import type { BeginSaveResult } from '../../../renderer/host/streamed-save';
import { addAttachment } from '../../../renderer/store/attachments';
import { MANAGERS_ONLY } from '../../../renderer/store/case-packs';
import { applyCaseAction } from '../../../renderer/store/cases';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { verifyCasePack } from '../../../shared/case-pack/verify-case-pack';
import { OMBUDSMAN } from '../../fixtures/case-packs';
import { concat, unzip } from '../../unit/shared/case-pack/pack-reading';
import { actors, deleteAll, freshDb, newCustomerInput, recorded, staff, storedEvents } from './store-fixtures';

afterEach(deleteAll);
const at = (minute: number) => `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A save target in memory, as the browser's download gathers it. */
function memorySave(answer: 'save' | 'cancel' = 'save') {
  const chunks: Uint8Array[] = [];
  const asked: string[] = [];
  const beginSave = async ({ suggestedName }: { suggestedName: string }): Promise<BeginSaveResult> => {
    asked.push(suggestedName);
    if (answer === 'cancel') return { cancelled: true };
    return { write: async (c) => void chunks.push(c.slice()), finish: async () => ({ downloaded: suggestedName }), abort: async () => void chunks.splice(0) };
  };
  return { chunks, asked, deps: { beginSave, now: () => at(30) } satisfies CasePackDeps };
}

async function caseWithFile(db: ComplaintsDatabase, aboutStaff = false) {
  const input = aboutStaff ? newCustomerInput({ concernsStaff: true, namedStaffUserIds: [staff.namedEmployee.id], dealtWithName: staff.namedEmployee.name }) : newCustomerInput();
  const c = await recorded(db, actors.agent, input);
  const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
  const attached = await addAttachment(db, { caseId: c.id, expectedVersion: 1, file: new Blob([bytes], { type: 'image/jpeg' }), name: 'meter photo.jpg', source: 'customer' }, aboutStaff ? actors.manager : actors.agent, at(1));
  if (!attached.ok) throw new Error(attached.missing.join('; '));
  return { c: attached.case, bytes };
}

async function withConsent(db: ComplaintsDatabase, caseId: string, version: number) {
  const result = await applyCaseAction(db, { caseId, expectedVersion: version, action: { type: 'recordConsent', consentId: 'consent-1', recipient: OMBUDSMAN, purpose: 'Ombudsman referral', givenAt: at(2), how: 'telephone' } }, actors.manager, at(3));
  if (!result.ok) throw new Error(result.missing.join('; '));
  return result.case;
}

describe('makeCasePack', () => {
  it('streams the stored file into a pack that verifies, and records the pack on the timeline with its manifest hash', async () => {
    const db = await freshDb();
    const { c, bytes } = await caseWithFile(db);
    await withConsent(db, c.id, c.version);
    const save = memorySave();
    const result = await makeCasePack(db, { caseId: c.id, recipient: OMBUDSMAN }, actors.manager, save.deps);
    expect(result).toMatchObject({ ok: true, fileName: `Case pack ${c.reference} 2026-11-24.zip`, saved: { downloaded: `Case pack ${c.reference} 2026-11-24.zip` } });
    const zip = concat(save.chunks);
    expect(await verifyCasePack(zip)).toMatchObject({ ok: true });
    const files = await unzip(zip);
    expect(files.get('attachments/meter photo.jpg')).toEqual(bytes);
    const events = await storedEvents(db, c.id);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ action: 'recordCasePack', actorId: staff.manager.id, summary: "Case pack made for Energy Ombudsman with the customer's consent" });
    const stored = await db.cases.get(c.id);
    expect(stored?.disclosures).toEqual([expect.objectContaining({ basis: 'consent', consentId: 'consent-1', sha256: bytesToHex(sha256(files.get('manifest.json') ?? new Uint8Array())) })]);
  });

  it('refuses without consent, before asking where to save, and writes nothing', async () => {
    const db = await freshDb();
    const { c } = await caseWithFile(db);
    const before = await storedEvents(db, c.id);
    const save = memorySave();
    const result = await makeCasePack(db, { caseId: c.id, recipient: OMBUDSMAN }, actors.manager, save.deps);
    expect(result).toEqual({ ok: false, missing: [expect.stringContaining('The customer has not consented')] });
    expect(save.asked).toEqual([]);
    expect(await storedEvents(db, c.id)).toEqual(before);
  });

  it('records the lawful reason, then the pack, both on the timeline', async () => {
    const db = await freshDb();
    const { c } = await caseWithFile(db);
    const save = memorySave();
    const result = await makeCasePack(db, { caseId: c.id, recipient: OMBUDSMAN, lawfulReason: { basis: 'ombudsman-or-regulator-rules', reason: 'Requested by the Ombudsman' } }, actors.manager, save.deps);
    expect(result).toMatchObject({ ok: true });
    const actions = (await storedEvents(db, c.id)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['recordLawfulDisclosure', 'recordCasePack']);
    const files = await unzip(concat(save.chunks));
    expect(new TextDecoder().decode(files.get('manifest.json'))).toContain('Requested by the Ombudsman');
  });

  it('refuses an agent, and records nothing when the save dialog is cancelled', async () => {
    const db = await freshDb();
    const { c } = await caseWithFile(db);
    await withConsent(db, c.id, c.version);
    expect(await makeCasePack(db, { caseId: c.id, recipient: OMBUDSMAN }, actors.agent, memorySave().deps)).toEqual({ ok: false, missing: [MANAGERS_ONLY] });
    const before = await storedEvents(db, c.id);
    expect(await makeCasePack(db, { caseId: c.id, recipient: OMBUDSMAN }, actors.manager, memorySave('cancel').deps)).toEqual({ cancelled: true });
    expect(await storedEvents(db, c.id)).toEqual(before);
  });

  it("leaves the named employee's name out of every file of a staff complaint's pack, and logs an inclusion's reason", async () => {
    const db = await freshDb();
    const { c } = await caseWithFile(db, true);
    const consented = await withConsent(db, c.id, c.version);
    const save = memorySave();
    expect(await makeCasePack(db, { caseId: consented.id, recipient: OMBUDSMAN }, actors.manager, save.deps)).toMatchObject({ ok: true });
    for (const [path, bytes] of await unzip(concat(save.chunks))) {
      const text = path === 'summary.pdf' ? '' : new TextDecoder().decode(bytes);
      expect({ path, named: text.includes(staff.namedEmployee.name) || text.includes(staff.namedEmployee.id) }).toEqual({ path, named: false });
    }
    const included = memorySave();
    expect(await makeCasePack(db, { caseId: c.id, recipient: OMBUDSMAN, includeStaffIdentity: { reason: 'Ombudsman asked who advised' } }, actors.manager, included.deps)).toMatchObject({ ok: true });
    const last = (await storedEvents(db, c.id)).at(-1);
    expect(last?.summary).toBe("Case pack made for Energy Ombudsman with the customer's consent; the employee's identity was included: Ombudsman asked who advised");
  });
});
