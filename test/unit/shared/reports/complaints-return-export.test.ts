// The complaints return as exported: the CSV read back as a spreadsheet would, and the A4 PDF read back with poppler.
// Both from the hand-counted Q1 2027 fixture; both must carry its figures and nothing that names a person or case.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderA4Document } from '../../../../shared/pdf/a4-document';
import { complaintsReturn } from '../../../../shared/policy';
import { returnCsv, returnFileName, returnRows, returnSummaryDocument } from '../../../../shared/reports';
import { customer, settings, staff } from '../../../fixtures/cases';
import { Q1, returnCases } from '../../../fixtures/complaints-return-cases';
import { parseCsv } from './csv-parse';

const r = complaintsReturn(returnCases, Q1, settings, 2500);
const company = { name: 'JESQ Solutions Ltd', lines: ['Telephone +44 (745) 051-5064', 'Email info@jesqsolutions.co.uk'] };

/** What must never be in a published return: any name, reference, contact or the words of a complaint. */
const personal: string[] = [
  customer.name,
  customer.phone,
  customer.email,
  ...Object.values(staff).map((s) => s.name),
  ...new Set(returnCases.map((c) => c.reference)),
  ...returnCases.flatMap((c) => (c.ombudsman?.reference ? [c.ombudsman.reference] : [])),
  ...new Set(returnCases.map((c) => c.nature)),
].filter((word): word is string => word !== undefined);

describe('the return as CSV', () => {
  const rows = parseCsv(returnCsv(r));
  const value = (section: string, measure: string) => {
    const found = rows.filter((row) => row[0] === section && row[1] === measure);
    expect(found, `${section} / ${measure}`).toHaveLength(1);
    return found[0]?.[2];
  };

  it('reads back as one header and one row per figure, three columns each', () => {
    expect(rows[0]).toEqual(['Section', 'Measure', 'Value']);
    expect(rows.slice(1)).toHaveLength(returnRows(r).length);
    for (const row of rows) expect(row).toHaveLength(3);
    expect(returnFileName(r, 'csv')).toBe('Complaints return 2027-01-01 to 2027-03-31.csv');
  });

  it('carries the figures counted by hand', () => {
    expect(value('Period', 'From')).toBe('2027-01-01');
    expect(value('Period', 'To')).toBe('2027-03-31');
    expect(value('Received', 'Complaints received')).toBe('32');
    expect(value('Received', 'Resolved by the end of the next business day')).toBe('8');
    expect(value('Received', 'Not resolved by the end of the next business day')).toBe('24');
    expect(value('Received', 'Customers')).toBe('2500');
    expect(value('Received', 'Complaints per 1,000 customers')).toBe('12.8');
    expect(value('Closed', 'Complaints closed')).toBe('30');
    expect(value('Closed', 'Closed within 3 business days')).toBe('13');
    expect(value('Closed', 'Closed after 3 business days, within 8 weeks')).toBe('10');
    expect(value('Closed', 'Closed after 8 weeks')).toBe('7');
    expect(value('Outcome', 'Upheld')).toBe('12');
    expect(value('Outcome', 'Partly upheld')).toBe('7');
    expect(value('Outcome', 'Not upheld')).toBe('8');
    expect(value('Outcome', 'Withdrawn')).toBe('3');
    expect(value('Outcome', 'Redress paid (£)')).toBe('667.00');
    expect(value('Closed', 'Reopened complaints (counted once)')).toBe('2');
    expect(value('Received', 'Complaints about staff (counted, not described)')).toBe('3');
    expect(value('Closed', 'Complaints about staff (counted, not described)')).toBe('2');
    expect(value('Category', 'Billing')).toBe('7');
    expect(value('Category', 'Not categorised')).toBe('1');
    expect(value('Root cause', 'Not recorded (resolved at first contact or withdrawn)')).toBe('8');
    expect(value('Energy Ombudsman', 'Referrals')).toBe('2');
    expect(value('Energy Ombudsman', 'Decisions: Settled by agreement')).toBe('1');
    expect(value('Energy Ombudsman', 'Awards ordered (£)')).toBe('150.00');
  });

  it('says "not set" where no customer count is set, rather than a rate of nothing', () => {
    const unset = parseCsv(returnCsv(complaintsReturn(returnCases, Q1, settings, null)));
    expect(unset.find((row) => row[1] === 'Complaints per 1,000 customers')?.[2]).toBe('not set');
  });

  it('names no person, case or complaint', () => {
    const text = returnCsv(r);
    for (const word of personal) expect(text).not.toContain(word);
    expect(text).not.toMatch(/JESQ-\d{4}-/);
  });
});

const hasPoppler = ['pdftotext', 'pdfinfo'].every((tool) => {
  try {
    execFileSync('which', [tool]);
    return true;
  } catch {
    return false;
  }
});

describe.skipIf(!hasPoppler)('the return as an A4 PDF summary, read back with poppler', () => {
  let text = '';
  let info = '';
  let plain = '';
  beforeAll(async () => {
    const pdf = await renderA4Document(returnSummaryDocument(r, company));
    const folder = mkdtempSync(join(tmpdir(), 'return-pdf-'));
    try {
      const file = join(folder, returnFileName(r, 'pdf'));
      writeFileSync(file, pdf);
      text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      // In reading order (the layout puts the page number beside the footer's first line).
      plain = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is A4 under the company letterhead, titled with the period in en-GB dates', () => {
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Subject:\s+Complaints return/);
    expect(text).toContain('JESQ Solutions Ltd');
    expect(text).toContain('Complaints return 01/01/2027 to 31/03/2027');
  });

  it.each([
    ['Complaints received', '32'],
    ['Resolved by the end of the next business day', '8'],
    ['Not resolved by the end of the next business day', '24'],
    ['Complaints per 1,000 customers', '12.80'],
    ['Complaints closed', '30'],
    ['Closed within 3 business days', '13'],
    ['Closed after 3 business days, within 8 weeks', '10'],
    ['Closed after 8 weeks', '7'],
    ['Reopened complaints (counted once)', '2'],
    ['Upheld', '12'],
    ['Partly upheld', '7'],
    ['Not upheld', '8'],
    ['Withdrawn', '3'],
    ['Redress paid', '£667.00'],
    ['Billing', '7'],
    ['Referrals', '2'],
    ['Decided: Upheld', '1'],
    ['Decided: Settled by agreement', '1'],
    ['Awards ordered', '£150.00'],
  ])('shows %s: %s', (measure, figure) => {
    const escaped = measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(text).toMatch(new RegExp(`^\\s*${escaped}\\s{2,}${figure.replace('.', '\\.')}\\s*$`, 'm'));
  });

  it('counts complaints about staff, and says it never describes them', () => {
    expect(text.match(/^\s*Of which about staff\s{2,}(\d+)\s*$/gm)?.map((line) => line.trim().split(/\s+/).pop())).toEqual(['3', '2']);
    expect(plain).toContain('Complaints about staff are counted, never described.');
  });

  it('names no person, case or complaint', () => {
    for (const word of personal) expect(plain).not.toContain(word.replace(/\s+/g, ' '));
    expect(plain).not.toMatch(/JESQ-\d{4}-/);
  });
});
