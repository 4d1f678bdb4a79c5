// Dropping emails and scanned letters on the New complaint screen, and reading back the files a case keeps.
import { createHash } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export interface DroppedFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Drops one or more files on the New complaint form (outside Supporting documents), as dragging from Outlook does. */
export async function dropOnNewComplaint(page: Page, files: readonly DroppedFile[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.mimeType }));
    }
    return dt;
  }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: Buffer.from(f.bytes).toString('base64') })));
  await page.getByText('Drop an email (.eml or Outlook .msg) or a scanned letter').dispatchEvent('drop', { dataTransfer: transfer });
}

/** Drops an email whose one attachment is `bytes` long, built in the page (sending tens of MB over the wire is slow). */
export async function dropBigEmail(page: Page, name: string, partName: string, bytes: number): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, partName, bytes }) => {
      const body = 'QUFB'.repeat(Math.ceil(bytes / 3)); // base64 of 'AAA…'
      const lines = body.match(/.{1,76}/g) ?? [];
      const eml = ['From: <customer@example.co.uk>', 'Subject: Big scan', 'Date: Tue, 01 Dec 2026 08:14:00 +0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'See the scan.', '--b', `Content-Type: image/tiff; name="${partName}"`, `Content-Disposition: attachment; filename="${partName}"`, 'Content-Transfer-Encoding: base64', '', ...lines, '--b--', ''].join('\r\n');
      const dt = new DataTransfer();
      dt.items.add(new File([eml], name, { type: 'message/rfc822' }));
      return dt;
    },
    { name, partName, bytes },
  );
  await page.getByText('Drop an email (.eml or Outlook .msg) or a scanned letter').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The files kept on the desk for a case: each one's name, its recorded SHA-256 and the SHA-256 of the bytes stored. */
export async function keptFiles(page: Page, reference: string): Promise<{ name: string; recorded: string; stored: string; emailMessageId?: string }[]> {
  return page.evaluate(async (ref) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('complaints-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const cases = await all<{ id: string; reference: string }>('cases');
    const caseId = cases.find((c) => c.reference === ref)?.id;
    const metadata = (await all<{ caseId: string; id: string; name: string; sha256: string; emailMessageId?: string }>('attachments')).filter((a) => a.caseId === caseId);
    const blobs = await all<{ caseId: string; id: string; blob: Blob }>('attachmentBlobs');
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const out = [];
    for (const a of metadata) {
      const blob = blobs.find((b) => b.caseId === a.caseId && b.id === a.id)?.blob;
      const stored = blob ? hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())) : 'missing';
      out.push({ name: a.name, recorded: a.sha256, stored, ...(a.emailMessageId ? { emailMessageId: a.emailMessageId } : {}) });
    }
    db.close();
    return out;
  }, reference);
}

/** Records the form as filled and returns the new case's reference, from the case page's heading. */
export async function recordAndOpen(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Record complaint' }).click();
  // A complaint about staff takes the staff series (JESQ-2026-S00001).
  const heading = page.getByRole('heading', { level: 1, name: /^JESQ-2026-(\d{6}|S\d{5})$/ });
  await expect(heading).toBeVisible({ timeout: 15_000 });
  return (await heading.textContent()) ?? '';
}
