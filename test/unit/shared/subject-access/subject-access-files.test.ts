// Subject access applies the case pack's file redaction: a letter we wrote naming the employee is set anew, a file
// naming them or one whose text cannot be checked is left out and listed, in the JSON and in the summary.
import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { WITHHELD_UNREADABLE } from '../../../../shared/case-pack/file-redaction';
import { WITHHELD_FILE } from '../../../../shared/case-pack/pack-redaction';
import type { Attachment } from '../../../../shared/model';
import { subjectAccessCase, subjectAccessJson, type SubjectAccessFile } from '../../../../shared/subject-access/subject-access-record';
import { writeSubjectAccessFile } from '../../../../shared/subject-access/subject-access-file';
import { readZipStream } from '../../../../shared/case-pack/zip-reader';
import { actors, caseHistoryAt, customer, staff } from '../../../fixtures/cases';
import { pdfText } from '../case-pack/pack-reading';

const EMPLOYEE = staff.namedEmployee.name;
const company = { name: 'JESQ Solutions Ltd', lines: ['Telephone +44 (745) 051-5064'] };
const at = '2026-12-02T10:00:00.000Z';

function file(id: string, name: string, mimeType: string, text: string, extra: Partial<Attachment> = {}): SubjectAccessFile {
  const bytes = new TextEncoder().encode(text);
  const attachment: Attachment = { id, name, mimeType, sizeBytes: bytes.length, sha256: 'e'.repeat(64), source: 'company', addedById: actors.manager.userId, addedAt: at, ...extra };
  return { attachment, path: `files/JESQ-2026-000123/${name}`, bytes };
}

async function zipFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array[]>();
  await readZipStream(bytes, (entry) => {
    const chunks: Uint8Array[] = [];
    files.set(entry.name, chunks);
    return { data: (chunk) => void chunks.push(chunk.slice()) };
  });
  return new Map([...files].map(([name, chunks]) => [name, new Uint8Array(Buffer.concat(chunks))]));
}

describe('subject access files of a complaint about staff', () => {
  it('sets a letter anew, leaves out what names the employee or cannot be checked, and says so', async () => {
    const c = caseHistoryAt('closed', { aboutStaff: true }).case;
    const letter = file('letter', 'Acknowledgement.pdf', 'application/pdf', '%PDF-1.7 stand-in', {
      letterText: `Dear ${customer.name},\n\nWe are looking into what ${EMPLOYEE} said to you.`,
    });
    const scan = file('scan', 'Posted letter.pdf', 'application/pdf', '%PDF-1.7 a scan', { source: 'customer' });
    const notes = file('notes', 'Call notes.txt', 'text/plain', `${EMPLOYEE} took the call.`);
    const bill = file('bill', 'Bill.txt', 'text/plain', `Bill for ${customer.name}`, { source: 'customer' });
    const entry = await subjectAccessCase(c, [], [letter, scan, notes, bill], Object.values(staff), company);

    expect(entry.files.map((f) => f.attachment.id)).toEqual(['letter', 'bill']);
    expect(entry.withheld).toEqual([
      { name: 'Posted letter.pdf', why: WITHHELD_UNREADABLE },
      { name: 'Call notes.txt', why: WITHHELD_FILE },
    ]);
    const json = subjectAccessJson({ customer, cases: [entry], madeAt: at, madeById: actors.manager.userId });
    expect(json).toContain('"withheldFiles"');
    expect(json).not.toContain(EMPLOYEE);

    const written = await writeSubjectAccessFile({ customer, cases: [entry], madeAt: at, madeById: actors.manager.userId }, { name: company.name, telephone: '+44 (745) 051-5064', email: 'info@jesqsolutions.co.uk' });
    const files = await zipFiles(written.bytes);
    const letterText = pdfText(files.get('files/JESQ-2026-000123/Acknowledgement.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(letterText).toContain('We are looking into what the employee said to you.');
    const summary = pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(summary).toContain('Files left out of this export');
    expect(summary).toContain("Posted letter.pdf: Withheld: its text cannot be checked for the employee's name");
    for (const [name, bytes] of files) {
      const text = name.endsWith('.pdf') ? pdfText(bytes) : strFromU8(bytes, true);
      expect(text.includes(EMPLOYEE) || text.includes('Parry'), `the employee is named in ${name}`).toBe(false);
    }
  });
});
