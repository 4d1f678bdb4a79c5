// Tests that a staff complaint's pack names the employee nowhere, in any file, unless a manager includes them with a reason.
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { casePackCaseData } from '../../../../shared/case-pack/case-data';
import type { CasePackRequest } from '../../../../shared/case-pack/pack-contents';
import type { Attachment } from '../../../../shared/model';
import { actors, staff } from '../../../fixtures/cases';
import { fixtureBytes, packRequestAt } from '../../../fixtures/case-packs';
import { makePack, makeSoundPack, pdfText } from './pack-reading';

const EMPLOYEE_NAME = staff.namedEmployee.name;
const EMPLOYEE_ID = staff.namedEmployee.id;
const ACCOUNT = 'I read the old tariff from the screen';
const SUPPORT = 'Line manager meeting';

/** A staff complaint whose files include one named after the employee (its content does not name them). */
function staffPackRequest(): CasePackRequest {
  const request = packRequestAt('closed', { aboutStaff: true });
  const notes: Attachment = { id: 'attachment-notes', name: `${EMPLOYEE_NAME} call notes.txt`, mimeType: 'text/plain', sizeBytes: 600, sha256: 'c'.repeat(64), source: 'company', description: `Notes of the call ${EMPLOYEE_NAME} took`, addedById: actors.manager.userId, addedAt: request.now };
  const caseRecord = { ...request.caseRecord, attachments: [...request.caseRecord.attachments, notes] };
  return { ...request, caseRecord, files: caseRecord.attachments.map((a) => ({ attachment: a, read: async function* () { yield fixtureBytes(a); } })) };
}

/** Every place a reader could find text: each file's name, its bytes as text, and the summary's text as poppler reads it. */
function searchable(files: Map<string, Uint8Array>): { where: string; text: string }[] {
  return [
    { where: 'file names', text: [...files.keys()].join('\n') },
    ...[...files].map(([path, bytes]) => ({ where: path, text: strFromU8(bytes, true) })),
    { where: 'summary.pdf text', text: pdfText(files.get('summary.pdf') ?? new Uint8Array()) },
  ];
}

describe('a staff complaint pack, redacted', () => {
  it.each([EMPLOYEE_NAME, 'Parry', EMPLOYEE_ID, ACCOUNT, SUPPORT])('has "%s" in no file of the pack', async (needle) => {
    const { files } = await makeSoundPack(staffPackRequest());
    const found = searchable(files).filter(({ text }) => text.replace(/\s+/g, ' ').toLowerCase().includes(needle.toLowerCase()));
    expect(found.map((f) => f.where)).toEqual([]);
  });

  it('puts "the employee" in their place and says so in the summary and case.json', async () => {
    const { files } = await makeSoundPack(staffPackRequest());
    expect(files.has('attachments/the employee call notes.txt')).toBe(true);
    const data = casePackCaseData.parse(JSON.parse(strFromU8(files.get('case.json') ?? new Uint8Array())));
    expect(data.case.namedStaffUserIds).toEqual(['the employee']);
    expect(data.case.dealtWithName).toBe('the employee');
    expect(data.case.employeeProcess?.opportunityToExplain).toMatchObject({ account: "[The employee's account is withheld]" });
    expect(data.redaction).toMatchObject({ staffIdentityRedacted: true });
    const summary = pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(summary).toContain('replaced by "the employee" in every file of this pack');
    expect(summary).toContain('any whose text names the employee, or whose text cannot be checked, is left out and listed as not included');
  });

  it('leaves out a file supplied by someone else that names the employee, and lists it as not included', async () => {
    const request = staffPackRequest();
    const letter: Attachment = { id: 'attachment-union', name: 'Union letter.txt', mimeType: 'text/plain', sizeBytes: 60, sha256: 'd'.repeat(64), source: 'third-party', addedById: actors.manager.userId, addedAt: request.now };
    const text = new TextEncoder().encode(`We represent ${EMPLOYEE_NAME} in this matter.`);
    const caseRecord = { ...request.caseRecord, attachments: [...request.caseRecord.attachments, { ...letter, sizeBytes: text.length }] };
    const files = caseRecord.attachments.map((a) => ({ attachment: a, read: async function* () { yield a.id === letter.id ? text : fixtureBytes(a); } }));
    const pack = await makeSoundPack({ ...request, caseRecord, files });
    expect([...pack.files.keys()].filter((p) => p.includes('Union'))).toEqual([]);
    const found = searchable(pack.files).filter(({ text: t }) => t.replace(/\s+/g, ' ').toLowerCase().includes(EMPLOYEE_NAME.toLowerCase()));
    expect(found.map((f) => f.where)).toEqual([]);
    const summary = pdfText(pack.files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(summary).toContain('(not included) Union letter.txt');
    expect(summary).toContain('Withheld: it names the employee');
  });
});

describe('files the app cannot read, and letters it wrote', () => {
  it('sets a letter that named the employee anew with "the employee", and the pack still verifies', async () => {
    const pack = await makeSoundPack(staffPackRequest());
    const letter = pdfText(pack.files.get('letters/Acknowledgement.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(letter).toContain('your complaint about what the employee told you');
    expect(letter).not.toContain('Parry');
    const summary = pdfText(pack.files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(summary).toContain("set anew with the employee's name replaced");
  });

  it('leaves out a PDF whose text cannot be checked, saying why, and ships it when the identity is included', async () => {
    const redacted = await makeSoundPack(staffPackRequest());
    expect([...redacted.files.keys()].filter((p) => p.endsWith('november-bill.pdf'))).toEqual([]);
    const summary = pdfText(redacted.files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    expect(summary).toContain('(not included) november-bill.pdf');
    expect(summary).toContain("Withheld: its text cannot be checked for the employee's name");
    const included = await makeSoundPack({ ...staffPackRequest(), includeStaffIdentity: { reason: 'The Ombudsman asked for every file' } });
    expect([...included.files.keys()]).toContain('attachments/november-bill.pdf');
    // With the identity included the letter goes as it was stored, byte for byte.
    expect(strFromU8(included.files.get('letters/Acknowledgement.pdf') ?? new Uint8Array())).toMatch(/^Acknowledgement letter for /);
  });
});

describe("including the employee's identity", () => {
  it('leaves the name in when a manager includes it with a reason, and records the reason in case.json', async () => {
    const reason = 'The Ombudsman needs to know who gave the advice';
    const { files } = await makeSoundPack({ ...staffPackRequest(), includeStaffIdentity: { reason } });
    const data = casePackCaseData.parse(JSON.parse(strFromU8(files.get('case.json') ?? new Uint8Array())));
    expect(data.case.namedStaffUserIds).toEqual([EMPLOYEE_ID]);
    expect(data.redaction).toEqual({ staffIdentityRedacted: false, staffIdentityIncludedBecause: reason, note: expect.stringContaining(reason) });
    expect(pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ')).toContain(EMPLOYEE_NAME);
    expect(files.has(`attachments/${EMPLOYEE_NAME} call notes.txt`)).toBe(true);
  });

  it('refuses to include the employee without a reason', async () => {
    const result = await makePack({ ...staffPackRequest(), includeStaffIdentity: { reason: '  ' } });
    expect(result).toEqual({ ok: false, missing: ['Give the reason for including the employee'] });
  });

  it('refuses to include an employee in a complaint that does not concern staff', async () => {
    const result = await makePack({ ...packRequestAt('closed'), includeStaffIdentity: { reason: 'Asked for' } });
    expect(result).toEqual({ ok: false, missing: ['This complaint does not concern staff: there is no employee to include'] });
  });
});
