// Emails arriving on the desk: the case a reply belongs to (only one the viewer may see), the customer who sent
// it, and the reply kept as a later contact on its case, all through the store's own checks.
import type { Actor, AttachmentSource, ComplaintCase, Customer, TimelineEvent } from '../../shared/model';
import type { CaseAction, Viewer } from '../../shared/policy';
import { attachmentProblem, sha256OfBlob } from './attachments';
import { accessTo } from './case-views';
import { takeCaseAction, type CaseActionResult } from './cases';
import { plainCustomer } from './customers';
import { caseWriteTables, type ComplaintsDatabase } from './db';
import { guardWrite } from './errors';
import { sealedRowsFor } from './queries/sealed-rows';

export interface ThreadCase {
  caseId: string;
  reference: string;
  version: number;
  /** How it was found: a message id it replies to, or the reference written in its subject. */
  foundBy: 'thread' | 'reference';
}

/**
 * The open-to-this-viewer case an email continues: one holding a message it replies to, else the one whose
 * reference (JESQ-YYYY-NNNNNN) its subject names. A case the viewer may not see is never returned, so an email
 * about a confidential case looks like a new complaint to everyone outside its audience.
 */
export async function findEmailThread(db: ComplaintsDatabase, email: { threadIds: readonly string[]; references: readonly string[] }, viewer: Viewer): Promise<ThreadCase | null> {
  return db.transaction('r', db.attachments, db.cases, db.caseRows, async () => {
    const byThread = email.threadIds.length > 0 ? await db.attachments.where('emailMessageId').anyOf([...email.threadIds]).toArray() : [];
    const candidates: { id: string; foundBy: ThreadCase['foundBy'] }[] = byThread.map((a) => ({ id: a.caseId, foundBy: 'thread' }));
    // A complaint about staff keeps its reference sealed, out of the index: only the viewer's own opened rows name it.
    const sealed = email.references.length > 0 ? await sealedRowsFor(db, viewer) : [];
    for (const reference of email.references) {
      const c = await db.cases.where('reference').equals(reference).first();
      if (c) candidates.push({ id: c.id, foundBy: 'reference' });
      for (const row of sealed) if (row.reference === reference) candidates.push({ id: row.caseId, foundBy: 'reference' });
    }
    for (const candidate of candidates) {
      const access = accessTo(await db.cases.get(candidate.id), viewer);
      if (access.status === 'open') return { caseId: access.case.id, reference: access.case.reference, version: access.case.version, foundBy: candidate.foundBy };
    }
    return null;
  });
}

/** The customer who sent an email: by address first, then by exact name; anonymised customers never match. */
export async function customerForSender(db: ComplaintsDatabase, sender: { address: string; name: string }): Promise<Customer | null> {
  return db.transaction('r', db.customers, async () => {
    const address = sender.address.trim().toLowerCase();
    const byEmail = address ? await db.customers.where('emailKey').equals(address).filter((c) => !c.anonymisedAt).first() : undefined;
    if (byEmail) return plainCustomer(byEmail);
    const name = sender.name.trim().toLowerCase();
    const byName = name ? await db.customers.where('nameKey').equals(name).filter((c) => !c.anonymisedAt).toArray() : [];
    // Two customers with the same name: leave the choice to staff rather than guess.
    return byName.length === 1 && byName[0] ? plainCustomer(byName[0]) : null;
  });
}

export interface ContactFile {
  blob: Blob;
  name: string;
  source: AttachmentSource;
  emailMessageId?: string;
}

export interface LaterContact {
  caseId: string;
  expectedVersion: number;
  /** The London date of the contact, yyyy-MM-dd. */
  on: string;
  /** Who wrote: the sender's name (or address). */
  from: string;
  summary: string;
  files: readonly ContactFile[];
}

export type LaterContactResult = { ok: true; case: ComplaintCase; events: TimelineEvent[] } | Extract<CaseActionResult, { ok: false }>;

class Refused extends Error {
  constructor(readonly missing: string[]) {
    super(missing.join('; '));
  }
}

/** A reply on an existing case: a conversation by email and every file, in one transaction, or nothing. */
export async function recordLaterContact(db: ComplaintsDatabase, contact: LaterContact, actor: Actor, now: string): Promise<LaterContactResult> {
  const problems = contact.files.map((f) => attachmentProblem(f.blob, f.name)).filter((p): p is string => p !== null);
  if (problems.length > 0) return { ok: false, missing: problems };
  // Fingerprints are taken before the transaction: IndexedDB would commit while WebCrypto works.
  const hashed = await Promise.all(contact.files.map(async (f) => ({ ...f, id: crypto.randomUUID(), sha256: await sha256OfBlob(f.blob) })));
  try {
    return await guardWrite(() =>
      db.transaction('rw', [...caseWriteTables(db), db.attachmentBlobs], async (): Promise<LaterContactResult> => {
        let version = contact.expectedVersion;
        let current: ComplaintCase | null = null;
        const events: TimelineEvent[] = [];
        const take = async (action: CaseAction) => {
          const result = await takeCaseAction(db, { caseId: contact.caseId, expectedVersion: version, action }, actor, now);
          if (!result.ok) throw new Refused(result.missing);
          current = result.case;
          version = result.case.version;
          events.push(...result.events);
        };
        const summary = contact.summary.length > 10_000 ? `${contact.summary.slice(0, 9_990)} […]` : contact.summary;
        await take({ type: 'recordConversation', conversationId: crypto.randomUUID(), on: contact.on, channel: 'email', people: [{ name: contact.from }], summary });
        for (const f of hashed) {
          const mimeType = f.blob.type || 'application/octet-stream';
          await take({ type: 'attachDocument', attachmentId: f.id, name: f.name, mimeType, sizeBytes: f.blob.size, sha256: f.sha256, source: f.source, ...(f.emailMessageId ? { emailMessageId: f.emailMessageId } : {}) });
          await db.attachmentBlobs.add({ caseId: contact.caseId, id: f.id, blob: f.blob });
        }
        if (!current) throw new Refused(['Nothing was recorded']);
        return { ok: true, case: current, events };
      }),
    );
  } catch (error) {
    if (error instanceof Refused) return { ok: false, missing: error.missing };
    throw error;
  }
}
