// Subject access on a real store: one ZIP with all of a customer's cases and files, nothing of anyone else, staff redacted.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readZipStream } from '../../../shared/case-pack/zip-reader';
import { writeSubjectAccessFile } from '../../../shared/subject-access/subject-access-file';
import { gatherSubjectAccess, recordSubjectAccessExport, SUBJECT_ACCESS_EXPORT } from '../../../renderer/store/subject-access';
import { verifyTimeline } from '../../../renderer/store/timeline/verify';
import { acted, actors, deleteAll, freshDb, staff, storedEvents } from '../store/store-fixtures';
import { endedCase, jane, janeFileText, janeNature, omar } from './privacy-fixtures';

afterEach(deleteAll);
const now = '2026-12-02T10:00:00.000Z';
const company = { name: 'JESQ Solutions', telephone: '+44 (745) 051-5064', email: 'info@jesqsolutions.co.uk' };
const letterhead = { name: company.name, lines: [`Telephone ${company.telephone}`] };
const employeeAccount = 'I was covering two queues that afternoon';

/** Every file in the ZIP as text; the PDF through pdftotext, as a reader would see it. */
async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const files = new Map<string, Uint8Array[]>();
  const outcome = await readZipStream(bytes, (entry) => {
    const chunks: Uint8Array[] = [];
    files.set(entry.name, chunks);
    return { data: (chunk) => void chunks.push(chunk.slice()) };
  });
  expect(outcome.problems).toEqual([]);
  const texts = new Map<string, string>();
  for (const [name, chunks] of files) {
    const content = Buffer.concat(chunks);
    if (name.endsWith('.pdf')) {
      const path = join(mkdtempSync(join(tmpdir(), 'subject-access-')), 'summary.pdf');
      writeFileSync(path, content);
      texts.set(name, execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
    } else texts.set(name, content.toString('utf8'));
  }
  return texts;
}

async function desk() {
  const db = await freshDb();
  const first = await endedCase(db, jane, janeNature);
  const staffCase = await endedCase(db, jane, `${staff.namedEmployee.name} was rude on the phone`, { staffCase: true, existingCustomerId: first.customerId });
  await acted(db, staffCase, [[{ type: 'recordEmployeeChecklistItem', item: 'opportunityToExplain', outcome: 'done', on: '2019-11-25', account: employeeAccount }, actors.manager, '2019-11-25T10:00:00.000Z']]);
  const others = await endedCase(db, omar, 'Omar was charged an exit fee');
  return { db, first, staffCase, others };
}

describe('gatherSubjectAccess and writeSubjectAccessFile', () => {
  it("holds every case and file of the customer, nothing of another customer, and never the named employee's name or account", async () => {
    const { db, first, staffCase } = await desk();
    const gathered = await gatherSubjectAccess(db, first.customerId, actors.manager, now, letterhead);
    if (!gathered.ok) throw new Error(gathered.missing.join('; '));
    expect(gathered.caseIds.sort()).toEqual([first.id, staffCase.id].sort());
    const written = await writeSubjectAccessFile(gathered.record, company);
    const files = await unzip(written.bytes);

    expect([...files.keys()].sort()).toEqual(
      ['README.txt', 'summary.pdf', 'subject-access.json', `files/${first.reference}/Jane Whitfield bill.txt`, `files/${staffCase.reference}/Jane Whitfield bill.txt`].sort(),
    );
    expect(files.get(`files/${first.reference}/Jane Whitfield bill.txt`)).toBe(janeFileText);
    const data = JSON.parse(files.get('subject-access.json')!) as { customer: { email: string }; cases: { case: { reference: string }; timeline: unknown[] }[] };
    expect(data.customer.email).toBe(jane.email);
    expect(data.cases.map((c) => c.case.reference)).toEqual([first.reference, staffCase.reference]);
    expect(data.cases[0]?.timeline.length).toBe((await storedEvents(db, first.id)).length);
    expect(files.get('subject-access.json')).toContain("[The employee's account is withheld]");
    const summary = files.get('summary.pdf')!;
    expect(summary).toContain(jane.name);
    expect(summary).toContain(first.reference);
    expect(summary.replace(/\s+/g, ' ')).toContain(janeNature);

    for (const [name, text] of files) {
      for (const secret of [staff.namedEmployee.name, 'Parry', staff.namedEmployee.id, employeeAccount, omar.name, 'Omar', omar.email]) {
        expect(text.includes(secret), `${secret} is in ${name}`).toBe(false);
      }
    }
  });

  it('is refused to an agent, to an administrator, and for an unknown customer', async () => {
    const { db, first } = await desk();
    expect(await gatherSubjectAccess(db, first.customerId, actors.agent, now, letterhead)).toEqual({ ok: false, missing: ['Only a complaints manager can export everything held about a customer'] });
    expect(await gatherSubjectAccess(db, first.customerId, actors.admin, now, letterhead)).toMatchObject({ ok: false });
    expect(await gatherSubjectAccess(db, 'nobody', actors.manager, now, letterhead)).toEqual({ ok: false, missing: ['This customer is not on this desk'] });
  });

  it('records the export on each case of the customer, keeping each chain whole', async () => {
    const { db, first, staffCase, others } = await desk();
    await recordSubjectAccessExport(db, [first.id, staffCase.id], actors.manager, now, 'Subject access.zip');
    for (const id of [first.id, staffCase.id]) {
      expect((await storedEvents(db, id)).at(-1)).toMatchObject({ action: SUBJECT_ACCESS_EXPORT, actorId: actors.manager.userId, at: now });
      expect(await verifyTimeline(db, id)).toMatchObject({ ok: true });
    }
    expect((await storedEvents(db, others.id)).some((e) => e.action === SUBJECT_ACCESS_EXPORT)).toBe(false);
  });
});
