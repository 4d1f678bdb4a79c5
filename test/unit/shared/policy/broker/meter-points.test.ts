// MPAN core check digits against published examples, MPRN format, and refusals that name the failing digit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMpanCore, checkMprn, mpanCheckDigit } from '../../../../../shared/policy';

describe('MPAN core check digit', () => {
  // Published examples: "1312345678907" is the core of the example MPAN in the limejump/mpan library's documentation
  // (001112221312345678907); "2499999999990" is that library's example of a bad checksum. The others are worked by
  // hand: 1x3 + 3x5 + 1x7 + 2x13 + 3x17 + 4x19 + 5x23 + 6x29 + 7x31 + 8x37 + 9x41 + 0x43 = 1349; 1349 mod 11 = 7.
  it.each([
    ['1312345678907', 7],
    ['2499999999991', 1],
    ['1000000000003', 3],
    ['0000000000000', 0],
  ])('%s has check digit %i', (core, digit) => {
    expect(mpanCheckDigit(core.slice(0, 12))).toBe(digit);
    expect(checkMpanCore(core)).toEqual({ ok: true, value: core });
  });

  it('accepts the core written with spaces, as on a bill', () => {
    expect(checkMpanCore('13 1234 5678 907')).toEqual({ ok: true, value: '1312345678907' });
  });

  it.each([
    ['2499999999990', 'MPAN 2499999999990 fails its check: the 13th digit (the check digit) is 0, but the first 12 digits call for 1. Check the number with the customer\'s bill'],
    ['1312345678908', 'MPAN 1312345678908 fails its check: the 13th digit (the check digit) is 8, but the first 12 digits call for 7. Check the number with the customer\'s bill'],
    ['131234567890', 'MPAN 131234567890 has 12 digits: the core is 13 digits (the bottom line of the supply number)'],
    ['13123A5678907', 'MPAN 13123A5678907 must be 13 digits: the 6th character, "A", is not a digit'],
    ['', 'MPAN is required: the 13-digit core on the bottom line of the supply number'],
  ])('refuses %s, naming what fails', (core, problem) => {
    expect(checkMpanCore(core)).toEqual({ ok: false, problem });
  });

  it('catches every change to a single digit of a valid core', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (first, at, bump) => {
        const core = `${first}${mpanCheckDigit(first)}`;
        expect(checkMpanCore(core).ok).toBe(true);
        const changed = `${core.slice(0, at)}${(Number(core[at]) + bump) % 10}${core.slice(at + 1)}`;
        // The primes are all coprime with 11, so a single changed digit changes the sum mod 11: only the final
        // "mod 10" can hide it, when the sum mod 11 moves between 0 and 10.
        const check = checkMpanCore(changed);
        if (check.ok) expect(new Set([mpanCheckDigit(first), mpanCheckDigit(changed.slice(0, 12))])).toEqual(new Set([0]));
      }),
    );
  });
});

describe('MPRN', () => {
  it.each(['123456', '1234567890', '12 345 678'])('accepts %s', (mprn) => {
    expect(checkMprn(mprn).ok).toBe(true);
  });
  it.each([
    ['12345', 'MPRN 12345 has 5 digits: an MPRN is 6 to 10 digits'],
    ['12345678901', 'MPRN 12345678901 has 11 digits: an MPRN is 6 to 10 digits'],
    ['1234X67', 'MPRN 1234X67 must be 6 to 10 digits: the 5th character, "X", is not a digit'],
  ])('refuses %s', (mprn, problem) => {
    expect(checkMprn(mprn)).toEqual({ ok: false, problem });
  });
});
