// The report's CSV export: a heading naming the period, each table under its title, money in pounds, rates as percentages.
import { describe, expect, it } from 'vitest';
import { complaintReport, reportCsv, reportCsvName } from '../../../../shared/reports';
import { settings } from '../../../fixtures/cases';
import { parseCsv } from './csv-parse';
import { acknowledgedLate, caseReceived, toTheOmbudsman } from './report-cases';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const report = complaintReport(
  [caseReceived('closed'), caseReceived('acknowledged', { channel: 'letter' }), caseReceived('acknowledged', { channel: 'email' }), acknowledgedLate(), toTheOmbudsman(), caseReceived('enquiry', { channel: 'email' })],
  NOVEMBER,
  settings,
  '2026-12-15T12:00:00.000Z',
);
const rows = parseCsv(reportCsv(report));

/** The rows of the table titled `title`, header first, up to the blank line after it. */
function section(title: string): string[][] {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  expect(start, `section ${title}`).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

describe('reportCsv', () => {
  it('starts with the period and the date it was judged at, en-GB', () => {
    expect(rows.slice(0, 3)).toEqual([
      ['Complaints Desk report: learning from complaints'],
      ['Complaints received from', '01/11/2026', 'to', '30/11/2026'],
      ['As at', '15/12/2026'],
    ]);
  });

  it('gives the figures, rates as a percentage with the counts they come from, money in pounds', () => {
    const figures = new Map(section('Figures').map((r) => [r[0], r[1]]));
    expect(figures.get('Complaints received')).toBe('5');
    expect(figures.get('Acknowledged within 3 business days')).toBe('80.0% (4 of 5)');
    expect(figures.get('Resolved within 10 business days')).toBe('40.0% (2 of 5)');
    expect(figures.get('Referred to the Energy Ombudsman')).toBe('1');
    expect(figures.get('Resolved at first contact')).toBe('0.0% (0 of 5)');
    expect(figures.get('Total value of remedies')).toBe('£185.00');
    expect(figures.get('Enquiries (not complaints)')).toBe('1');
  });

  it('gives each channel with complaints and enquiries, every channel listed', () => {
    expect(section('Complaints by channel')).toEqual([
      ['Channel', 'Complaints', 'Enquiries'],
      ['Telephone', '3', '0'],
      ['In person', '0', '0'],
      ['Email', '1', '1'],
      ['Letter', '1', '0'],
    ]);
  });

  it('gives the value of remedies offered and required by the Ombudsman', () => {
    expect(section('Value of remedies')).toEqual([
      ['Payments', 'Total'],
      ['Offered in our responses', '£85.00'],
      ['Required by the Energy Ombudsman', '£100.00'],
      ['All remedies', '£185.00'],
    ]);
  });

  it('names no customer, case or member of staff', () => {
    const text = reportCsv(report);
    expect(text).not.toMatch(/JESQ-|Jane Whitfield|Dave Parry|user-|customer-1/);
  });

  it('suggests a file name with the period', () => {
    expect(reportCsvName(report)).toBe('complaints-report-2026-11-01-to-2026-11-30.csv');
  });
});
