// The search words of a case and the terms of a search.
import { describe, expect, it } from 'vitest';
import { caseWords, queryTerms, referenceWords, tokens } from '../../../../renderer/store/projections/words';

describe('search words', () => {
  it.each([
    ["Siobhan O’Brien", ['siobhan', 'obrien']],
    ['Zoë Brontë-Smith', ['zoe', 'bronte', 'smith']],
    ['£42.50 refund', ['42', '50', 'refund']],
  ])('tokens(%s)', (text, expected) => expect(tokens(text)).toEqual(expected));

  it('finds a reference by its whole form, its serial and its serial number', () => {
    expect(referenceWords('JESQ-2026-000123')).toEqual(['jesq-2026-000123', '000123', '123']);
  });

  it('takes the reference, name and summary words, without stop words or repeats', () => {
    expect(caseWords({ reference: 'JESQ-2026-000007', customerName: 'Jane Whitfield', summary: 'Billed twice for the gas; the gas bill was wrong.' })).toEqual([
      'jesq-2026-000007', '000007', '7', 'jane', 'whitfield', 'billed', 'twice', 'gas', 'bill', 'wrong',
    ]);
  });

  it('finds a case by a former reference too (a desk’s own, on letters sent before the office server numbered it again)', () => {
    const words = caseWords({ reference: 'JESQ-2026-500004', customerName: 'Jane Whitfield', summary: 'Rude', formerReferences: ['JESQ-2026-S00001'] });
    expect(words.slice(0, 5)).toEqual(['jesq-2026-500004', '500004', 'jesq-2026-s00001', 's00001', '1']);
  });

  it.each([
    ['smith  GAS', ['smith', 'gas']],
    ['see JESQ-2026-000123 please', ['jesq-2026-000123', 'see', 'please']],
    ['the and', []],
  ])('queryTerms(%s)', (text, expected) => expect(queryTerms(text)).toEqual(expected));
});
