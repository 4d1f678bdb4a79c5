// Meter point numbers on a broker's complaint: the MPAN core (electricity) with its check digit, and the MPRN (gas).

/** The weights of the MPAN core's first twelve digits: the primes from 3 to 43, leaving out 11. */
export const MPAN_CHECK_PRIMES = Object.freeze([3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43] as const);

export type MeterNumberCheck = { ok: true; value: string } | { ok: false; problem: string };

const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th', '13th'];

/** Spaces, dashes and slashes are how people write meter numbers; they are not part of the number. */
function compact(text: string): string {
  return text.replace(/[\s\-/]+/g, '');
}

/** The check digit of an MPAN core's first twelve digits: each times its prime, summed, modulo 11, modulo 10. */
export function mpanCheckDigit(firstTwelve: string): number {
  if (!/^\d{12}$/.test(firstTwelve)) throw new Error('An MPAN check digit is worked out from exactly 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(firstTwelve[i]) * (MPAN_CHECK_PRIMES[i] ?? 0);
  return (sum % 11) % 10;
}

/** The first character of `text` that is not a digit, as words, or null when every character is a digit. */
function notADigit(text: string, what: string): string | null {
  const at = text.search(/\D/);
  if (at < 0) return null;
  return `${what}: the ${ORDINALS[at] ?? `${at + 1}th`} character, "${text[at]}", is not a digit`;
}

/**
 * Checks an MPAN core: the 13 digits on the bottom line of the supply number (distributor, unique number, check
 * digit). A refusal names what fails; a wrong check digit is named with the digit the first twelve call for.
 */
export function checkMpanCore(input: string): MeterNumberCheck {
  const value = compact(input);
  if (value.length === 0) return { ok: false, problem: 'MPAN is required: the 13-digit core on the bottom line of the supply number' };
  const letter = notADigit(value, `MPAN ${value} must be 13 digits`);
  if (letter) return { ok: false, problem: letter };
  if (value.length !== 13) {
    return { ok: false, problem: `MPAN ${value} has ${value.length} digits: the core is 13 digits (the bottom line of the supply number)` };
  }
  const expected = mpanCheckDigit(value.slice(0, 12));
  const given = Number(value[12]);
  if (given !== expected) {
    return {
      ok: false,
      problem: `MPAN ${value} fails its check: the 13th digit (the check digit) is ${given}, but the first 12 digits call for ${expected}. Check the number with the customer's bill`,
    };
  }
  return { ok: true, value };
}

/** An MPRN (gas Meter Point Reference Number) is 6 to 10 digits. */
export function checkMprn(input: string): MeterNumberCheck {
  const value = compact(input);
  if (value.length === 0) return { ok: false, problem: 'MPRN is required: the gas meter point reference, 6 to 10 digits' };
  const letter = notADigit(value, `MPRN ${value} must be 6 to 10 digits`);
  if (letter) return { ok: false, problem: letter };
  if (value.length < 6 || value.length > 10) return { ok: false, problem: `MPRN ${value} has ${value.length} digits: an MPRN is 6 to 10 digits` };
  return { ok: true, value };
}
