// Worked examples of the complaint clock (REQUIREMENTS section 3), checked day by day against gov.uk's lists.
import { describe, expect, it } from 'vitest';
import { complaintClock, type Hold } from '../../../../shared/policy/clock';
import type { BusinessHours, Nation } from '../../../../shared/policy/calendar';

const EW: Nation = 'england-and-wales';
const SCT: Nation = 'scotland';
const NI: Nation = 'northern-ireland';

interface Row {
  case: string;
  nation: Nation;
  receivedAt: string;
  holds?: Hold[];
  closures?: string[];
  businessHours?: BusinessHours;
  /** [clockStartsOn, acknowledgeBy, resolveBy, ombudsmanEligibleFrom] */
  expected: [string, string, string | null, string];
}

// Expected dates were worked out by hand and by a separate day-by-day count over the gov.uk lists
// (not with this code). Received times are UTC unless an offset is shown; London is UTC+1 in summer.
// The machine's zone must not matter: run these under TZ=UTC and TZ=America/New_York too.
const rows: Row[] = [
  { case: 'worked example: received Mon 23 Nov 2026 10:00', nation: EW, receivedAt: '2026-11-23T10:00:00Z', expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'worked example: the same with a hold Wed 25 Nov to Tue 1 Dec', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-25', to: '2026-12-01' }], expected: ['2026-11-23', '2026-11-26', '2026-12-14', '2027-01-18'] },
  { case: 'worked example: received Thu 2 Apr 2026 16:00 BST, Good Friday and Easter Monday follow', nation: EW, receivedAt: '2026-04-02T16:00:00+01:00', expected: ['2026-04-02', '2026-04-09', '2026-04-20', '2026-05-28'] },
  { case: 'before opening on a business day (07:15) starts that day', nation: EW, receivedAt: '2026-11-23T07:15:00Z', expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'exactly at opening time (09:00) starts that day', nation: EW, receivedAt: '2026-11-23T09:00:00Z', expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'one second before closing (17:29:59) starts that day', nation: EW, receivedAt: '2026-11-23T17:29:59Z', expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'exactly at closing (17:30:00) counts as after closing: next business day', nation: EW, receivedAt: '2026-11-23T17:30:00Z', expected: ['2026-11-24', '2026-11-27', '2026-12-08', '2027-01-18'] },
  { case: 'after closing (20:00) starts the next business day', nation: EW, receivedAt: '2026-11-23T20:00:00Z', expected: ['2026-11-24', '2026-11-27', '2026-12-08', '2027-01-18'] },
  { case: 'late on a Friday (23:59) starts on Monday', nation: EW, receivedAt: '2026-11-27T23:59:00Z', expected: ['2026-11-30', '2026-12-03', '2026-12-14', '2027-01-22'] },
  { case: 'received on a Saturday starts on Monday; Ombudsman counts from the Saturday', nation: EW, receivedAt: '2026-11-28T11:00:00Z', expected: ['2026-11-30', '2026-12-03', '2026-12-14', '2027-01-23'] },
  { case: 'received on a Sunday starts on Monday', nation: EW, receivedAt: '2026-11-29T15:00:00Z', expected: ['2026-11-30', '2026-12-03', '2026-12-14', '2027-01-24'] },
  { case: 'received on Good Friday starts after Easter Monday', nation: EW, receivedAt: '2026-04-03T09:00:00Z', expected: ['2026-04-07', '2026-04-10', '2026-04-21', '2026-05-29'] },
  { case: 'summer: 16:45 UTC is 17:45 BST, after closing', nation: EW, receivedAt: '2026-07-15T16:45:00Z', expected: ['2026-07-16', '2026-07-21', '2026-07-30', '2026-09-09'] },
  { case: 'summer: 16:15 UTC is 17:15 BST, within hours', nation: EW, receivedAt: '2026-07-15T16:15:00Z', expected: ['2026-07-15', '2026-07-20', '2026-07-29', '2026-09-09'] },
  { case: 'summer: 23:30 UTC on 30 Jun is 00:30 BST on 1 Jul, before opening', nation: EW, receivedAt: '2026-06-30T23:30:00Z', expected: ['2026-07-01', '2026-07-06', '2026-07-15', '2026-08-26'] },
  { case: 'winter: 23:30 UTC is 23:30 GMT, same London date, after closing', nation: EW, receivedAt: '2026-12-01T23:30:00Z', expected: ['2026-12-02', '2026-12-07', '2026-12-16', '2027-01-26'] },
  { case: 'Friday before the clocks go forward, 17:00 GMT, with Easter inside the 10 days', nation: EW, receivedAt: '2026-03-27T17:00:00Z', expected: ['2026-03-27', '2026-04-01', '2026-04-14', '2026-05-22'] },
  { case: 'Sunday the clocks go forward (00:30 GMT) starts on Monday', nation: EW, receivedAt: '2026-03-29T00:30:00Z', expected: ['2026-03-30', '2026-04-02', '2026-04-15', '2026-05-24'] },
  { case: 'Sunday the clocks go back (01:30 BST, first time round) starts on Monday', nation: EW, receivedAt: '2026-10-25T00:30:00Z', expected: ['2026-10-26', '2026-10-29', '2026-11-09', '2026-12-20'] },
  { case: 'Monday after the clocks go back: 17:15 UTC is 17:15 GMT, within hours', nation: EW, receivedAt: '2026-10-26T17:15:00Z', expected: ['2026-10-26', '2026-10-29', '2026-11-09', '2026-12-21'] },
  { case: 'Friday before the clocks go back: 17:29:59 BST starts that day', nation: EW, receivedAt: '2026-10-23T16:29:59Z', expected: ['2026-10-23', '2026-10-28', '2026-11-06', '2026-12-18'] },
  { case: 'Friday before the clocks go back: 17:30:00 BST starts on Monday', nation: EW, receivedAt: '2026-10-23T16:30:00Z', expected: ['2026-10-26', '2026-10-29', '2026-11-09', '2026-12-18'] },
  { case: 'a closure on the day received starts the clock the next day', nation: EW, receivedAt: '2026-11-23T10:00:00Z', closures: ['2026-11-23'], expected: ['2026-11-24', '2026-11-27', '2026-12-08', '2027-01-18'] },
  { case: 'a closure inside the acknowledgement window moves both dates', nation: EW, receivedAt: '2026-11-23T10:00:00Z', closures: ['2026-11-25'], expected: ['2026-11-23', '2026-11-27', '2026-12-08', '2027-01-18'] },
  { case: 'Christmas closures on top of bank holidays', nation: EW, receivedAt: '2026-12-21T10:00:00Z', closures: ['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31'], expected: ['2026-12-21', '2027-01-04', '2027-01-13', '2027-02-15'] },
  { case: 'a hold wholly before day 0 changes nothing', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-01', to: '2026-11-20' }], expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'a hold straddling day 0 discounts only the days after day 0', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-20', to: '2026-11-24' }], expected: ['2026-11-23', '2026-11-26', '2026-12-08', '2027-01-18'] },
  { case: 'a hold wholly after resolve-by changes nothing', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-12-08', to: '2026-12-20' }], expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'a one-day hold on the resolve-by day moves it one business day', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-12-07', to: '2026-12-07' }], expected: ['2026-11-23', '2026-11-26', '2026-12-08', '2027-01-18'] },
  { case: 'two separate holds both count', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-25', to: '2026-11-26' }, { from: '2026-12-02', to: '2026-12-03' }], expected: ['2026-11-23', '2026-11-26', '2026-12-11', '2027-01-18'] },
  { case: 'overlapping holds count each day once', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-25', to: '2026-11-30' }, { from: '2026-11-27', to: '2026-12-01' }], expected: ['2026-11-23', '2026-11-26', '2026-12-14', '2027-01-18'] },
  { case: 'a hold inside another hold counts each day once', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-25', to: '2026-12-04' }, { from: '2026-11-30', to: '2026-12-01' }], expected: ['2026-11-23', '2026-11-26', '2026-12-17', '2027-01-18'] },
  { case: 'an open hold pauses resolve-by', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-25' }], expected: ['2026-11-23', '2026-11-26', null, '2027-01-18'] },
  { case: 'an open hold starting after resolve-by changes nothing', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-12-10' }], expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'a hold over a weekend only changes nothing', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-28', to: '2026-11-29' }], expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'an open hold that starts before the held-back target pauses it', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-11-25', to: '2026-12-01' }, { from: '2026-12-10' }], expected: ['2026-11-23', '2026-11-26', null, '2027-01-18'] },
  { case: 'a long hold pushes resolve-by past Christmas', nation: EW, receivedAt: '2026-11-23T10:00:00Z', holds: [{ from: '2026-12-01', to: '2026-12-18' }], expected: ['2026-11-23', '2026-11-26', '2026-12-29', '2027-01-18'] },
  { case: "Scotland: St Andrew's Day (Mon 30 Nov 2026)", nation: SCT, receivedAt: '2026-11-26T10:00:00Z', expected: ['2026-11-26', '2026-12-02', '2026-12-11', '2027-01-21'] },
  { case: 'England and Wales: 30 Nov is an ordinary business day', nation: EW, receivedAt: '2026-11-26T10:00:00Z', expected: ['2026-11-26', '2026-12-01', '2026-12-10', '2027-01-21'] },
  { case: 'Scotland: New Year, 2 January substitute (Mon 4 Jan 2027)', nation: SCT, receivedAt: '2026-12-30T10:00:00Z', expected: ['2026-12-30', '2027-01-06', '2027-01-15', '2027-02-24'] },
  { case: 'England and Wales: New Year 2027 has no 2 January holiday', nation: EW, receivedAt: '2026-12-30T10:00:00Z', expected: ['2026-12-30', '2027-01-05', '2027-01-14', '2027-02-24'] },
  { case: 'Scotland: Easter Monday is a business day', nation: SCT, receivedAt: '2026-04-02T16:00:00+01:00', expected: ['2026-04-02', '2026-04-08', '2026-04-17', '2026-05-28'] },
  { case: 'Scotland: first Monday of August (3 Aug 2026)', nation: SCT, receivedAt: '2026-07-31T10:00:00Z', expected: ['2026-07-31', '2026-08-06', '2026-08-17', '2026-09-25'] },
  { case: 'England and Wales: first Monday of August is a business day', nation: EW, receivedAt: '2026-07-31T10:00:00Z', expected: ['2026-07-31', '2026-08-05', '2026-08-14', '2026-09-25'] },
  { case: 'Scotland: World Cup bank holiday (Mon 15 Jun 2026)', nation: SCT, receivedAt: '2026-06-12T10:00:00Z', expected: ['2026-06-12', '2026-06-18', '2026-06-29', '2026-08-07'] },
  { case: "Scotland: St Andrew's Day substitute (Mon 1 Dec 2025)", nation: SCT, receivedAt: '2025-11-28T10:00:00Z', expected: ['2025-11-28', '2025-12-04', '2025-12-15', '2026-01-23'] },
  { case: 'Scotland: 1 and 2 Jan 2028 on a weekend, substitutes Mon 3 and Tue 4 Jan', nation: SCT, receivedAt: '2027-12-31T10:00:00Z', expected: ['2027-12-31', '2028-01-07', '2028-01-18', '2028-02-25'] },
  { case: "Northern Ireland: St Patrick's Day (Tue 17 Mar 2026)", nation: NI, receivedAt: '2026-03-16T10:00:00Z', expected: ['2026-03-16', '2026-03-20', '2026-03-31', '2026-05-11'] },
  { case: 'England and Wales: 17 Mar is an ordinary business day', nation: EW, receivedAt: '2026-03-16T10:00:00Z', expected: ['2026-03-16', '2026-03-19', '2026-03-30', '2026-05-11'] },
  { case: 'Northern Ireland: Battle of the Boyne substitute (Mon 13 Jul 2026)', nation: NI, receivedAt: '2026-07-10T10:00:00Z', expected: ['2026-07-10', '2026-07-16', '2026-07-27', '2026-09-04'] },
  { case: 'Northern Ireland: Battle of the Boyne (Mon 12 Jul 2027)', nation: NI, receivedAt: '2027-07-09T10:00:00Z', expected: ['2027-07-09', '2027-07-15', '2027-07-26', '2027-09-03'] },
  { case: 'Northern Ireland: Christmas 2027 substitutes and New Year 2028 substitute', nation: NI, receivedAt: '2027-12-23T10:00:00Z', expected: ['2027-12-23', '2027-12-30', '2028-01-11', '2028-02-17'] },
  { case: 'England and Wales: Christmas Eve 2026, Boxing Day substitute Mon 28 Dec', nation: EW, receivedAt: '2026-12-24T10:00:00Z', expected: ['2026-12-24', '2026-12-31', '2027-01-12', '2027-02-18'] },
  { case: 'after closing on Fri 1 May 2026, Early May bank holiday follows', nation: EW, receivedAt: '2026-05-01T16:45:00Z', expected: ['2026-05-05', '2026-05-08', '2026-05-19', '2026-06-26'] },
  { case: 'custom hours 08:00-16:00: exactly 16:00 counts as after closing', nation: EW, receivedAt: '2026-11-23T16:00:00Z', businessHours: { opens: '08:00', closes: '16:00' }, expected: ['2026-11-24', '2026-11-27', '2026-12-08', '2027-01-18'] },
  { case: 'custom hours 08:00-16:00: 15:59 is within hours', nation: EW, receivedAt: '2026-11-23T15:59:00Z', businessHours: { opens: '08:00', closes: '16:00' }, expected: ['2026-11-23', '2026-11-26', '2026-12-07', '2027-01-18'] },
  { case: 'leap year: Ombudsman date counts 29 Feb 2028', nation: EW, receivedAt: '2028-02-28T10:00:00Z', expected: ['2028-02-28', '2028-03-02', '2028-03-13', '2028-04-24'] },
];

describe('complaintClock', () => {
  it.each(rows)('$case', ({ nation, receivedAt, holds, closures, businessHours, expected }) => {
    const clock = complaintClock(receivedAt, { nation, closures, businessHours }, holds);
    expect([clock.clockStartsOn, clock.acknowledgeBy, clock.resolveBy, clock.ombudsmanEligibleFrom]).toEqual(expected);
  });

  it('gives the same instant written with different offsets the same clock', () => {
    const settings = { nation: EW };
    expect(complaintClock('2026-07-15T17:45:00+01:00', settings)).toEqual(complaintClock('2026-07-15T16:45:00Z', settings));
    expect(complaintClock('2026-07-15T12:45:00-04:00', settings)).toEqual(complaintClock('2026-07-15T16:45:00.000Z', settings));
  });

  it('treats holds as optional and an empty list as none', () => {
    const settings = { nation: EW };
    expect(complaintClock('2026-11-23T10:00:00Z', settings, [])).toEqual(complaintClock('2026-11-23T10:00:00Z', settings));
  });

  it('accepts a null end as a hold still open, as stored records may hold it', () => {
    expect(complaintClock('2026-11-23T10:00:00Z', { nation: EW }, [{ from: '2026-11-25', to: null }]).resolveBy).toBeNull();
  });
});

describe('complaintClock refuses bad input in plain words', () => {
  const settings = { nation: EW };
  it.each([
    ['a hold that ends before it starts', () => complaintClock('2026-11-23T10:00:00Z', settings, [{ from: '2026-11-25', to: '2026-11-20' }]), 'Hold ends on 2026-11-20, before it starts on 2026-11-25'],
    ['an impossible hold date', () => complaintClock('2026-11-23T10:00:00Z', settings, [{ from: '2026-02-30' }]), 'Hold start "2026-02-30" is not a real date: February 2026 has 28 days'],
    ['an impossible received date', () => complaintClock('2026-02-30T10:00:00Z', settings), 'Received time "2026-02-30T10:00:00Z" is not a real date: February 2026 has 28 days'],
    ['a received time without offset', () => complaintClock('2026-11-23T10:00', settings), 'Received time "2026-11-23T10:00" has no time-zone offset'],
    ['a received date without time', () => complaintClock('2026-11-23', settings), 'is a date without a time'],
    ['an impossible time of day', () => complaintClock('2026-11-23T24:10:00Z', settings), 'is not a real time of day: 24:10:00'],
    ['an impossible offset', () => complaintClock('2026-11-23T10:00:00+25:00', settings), 'has an impossible offset: +25:00'],
    ['text that is no instant', () => complaintClock('last Tuesday', settings), 'Received time "last Tuesday" is not an ISO 8601 instant'],
    ['an unknown nation', () => complaintClock('2026-11-23T10:00:00Z', { nation: 'wales' as Nation }), 'Unknown nation "wales": choose england-and-wales, scotland or northern-ireland'],
    ['bad business hours', () => complaintClock('2026-11-23T10:00:00Z', { nation: EW, businessHours: { opens: '9am', closes: '17:30' } }), 'Business hours opening time "9am" is not a time in HH:mm form'],
    ['closing before opening', () => complaintClock('2026-11-23T10:00:00Z', { nation: EW, businessHours: { opens: '17:30', closes: '09:00' } }), 'Business hours close at 09:00, which is not after they open at 17:30'],
    ['an impossible closure date', () => complaintClock('2026-11-23T10:00:00Z', { nation: EW, closures: ['2026-04-31'] }), 'Company closure "2026-04-31" is not a real date: April 2026 has 30 days'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});
