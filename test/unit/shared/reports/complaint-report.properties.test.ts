// Invariants of the complaints report over random mixes of real workflow cases, periods and instants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { complaintReport, type ComplaintReport, type Count, type DeadlineTally } from '../../../../shared/reports';
import { settings, type FixtureStage } from '../../../fixtures/cases';
import { acknowledgedLate, caseReceived, onHold, toTheOmbudsman } from './report-cases';

const STAGES: FixtureStage[] = ['received', 'acknowledged', 'under-review', 'investigating', 'responded', 'actions-taken', 'closed', 'withdrawn', 'enquiry'];
const RECEIPTS = ['2026-11-02T09:00:00.000Z', '2026-11-20T16:00:00.000Z', '2026-11-23T10:00:00.000Z'];
const CHANNELS = ['telephone', 'email', 'letter', 'in-person'] as const;

// A pool of cases at every stage, receipt time and channel, about staff or not, plus the special paths.
const pool: ComplaintCase[] = [
  ...STAGES.flatMap((stage, s) => RECEIPTS.map((receivedAt, r) => caseReceived(stage, { receivedAt, channel: CHANNELS[(s + r) % 4] }, (s + r) % 5 === 0))),
  caseReceived('resolved-at-first-contact'),
  caseReceived('resolved-at-first-contact', { channel: 'in-person' }, true),
  acknowledgedLate(),
  onHold(),
  toTheOmbudsman(),
];

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 9, 25 + n)).toISOString().slice(0, 10));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const now = fc.integer({ min: 0, max: 120 * 24 }).map((h) => new Date(Date.UTC(2026, 11, 11) + h * 3_600_000).toISOString());
const cases = fc.array(fc.constantFrom(...pool), { maxLength: 30 });

const sum = (counts: Count<string>[]) => counts.reduce((n, c) => n + c.count, 0);
const tallySum = (t: DeadlineTally) => t.inTime + t.late + t.overdue + t.notYetDue + t.paused + t.notNeeded;
const inUnit = (rate: number | null) => rate === null || (rate >= 0 && rate <= 1);

/** Every count of the report, by name, for adding two reports together. */
function counts(r: ComplaintReport): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') out[path] = value;
    else if (Array.isArray(value)) for (const c of value as Count<string>[]) out[`${path}.${c.key}`] = c.count;
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'rate' && k !== 'period') walk(v, `${path}.${k}`);
  };
  walk(r, 'report');
  return out;
}

describe('complaintReport invariants', () => {
  it('splits the complaints by channel, category, outcome and deadline standing with nothing lost or counted twice', () => {
    fc.assert(
      fc.property(cases, period, now, (list, p, at) => {
        const r = complaintReport(list, p, settings, at);
        expect(sum(r.byChannel)).toBe(r.complaints);
        expect(sum(r.byCategory)).toBe(r.complaints);
        expect(sum(r.byOutcome)).toBe(r.complaints);
        expect(tallySum(r.acknowledge)).toBe(r.complaints);
        expect(tallySum(r.resolve)).toBe(r.complaints);
        expect(sum(r.enquiries.byChannel)).toBe(r.enquiries.total);
        expect(r.aboutStaff).toBeLessThanOrEqual(r.complaints);
        expect(r.reachedEightWeeks + r.firstContact.met).toBeLessThanOrEqual(r.complaints);
        expect(sum(r.rootCauses)).toBeLessThanOrEqual(r.complaints);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every rate between 0 and 1, and gives none when there is nothing to judge', () => {
    fc.assert(
      fc.property(cases, period, now, (list, p, at) => {
        const r = complaintReport(list, p, settings, at);
        for (const rate of [r.acknowledge.withinTarget, r.resolve.withinTarget, r.firstContact]) {
          expect(inUnit(rate.rate)).toBe(true);
          expect(rate.rate === null).toBe(rate.of === 0);
          expect(rate.met).toBeLessThanOrEqual(rate.of);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps improvement actions and remedy values consistent', () => {
    fc.assert(
      fc.property(cases, period, now, (list, p, at) => {
        const { improvementActions: a, remedies } = complaintReport(list, p, settings, at);
        expect(a.done + a.open).toBe(a.total);
        expect(a.overdue).toBeLessThanOrEqual(a.open);
        expect(remedies.totalValuePence).toBe(remedies.offeredPaymentsPence + remedies.ombudsmanPaymentsPence);
        expect(Number.isInteger(remedies.totalValuePence)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('adds up: the report over two lists together is the sum of the reports over each', () => {
    fc.assert(
      fc.property(cases, cases, period, now, (a, b, p, at) => {
        const left = counts(complaintReport(a, p, settings, at));
        const right = counts(complaintReport(b, p, settings, at));
        const both = counts(complaintReport([...a, ...b], p, settings, at));
        for (const [key, value] of Object.entries(both)) expect(value, key).toBe((left[key] ?? 0) + (right[key] ?? 0));
      }),
      { numRuns: 40 },
    );
  });

  it('counts a case only when its London receipt date is in the period', () => {
    fc.assert(
      fc.property(cases, period, now, (list, p, at) => {
        const inside = list.filter((c) => {
          const d = new Date(c.receivedAt).toISOString().slice(0, 10); // the pool's receipts are in GMT
          return d >= p.from && d <= p.to;
        });
        const r = complaintReport(list, p, settings, at);
        expect(r.complaints + r.enquiries.total).toBe(inside.length);
      }),
      { numRuns: 60 },
    );
  });
});
