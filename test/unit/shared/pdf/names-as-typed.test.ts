// A letter and a case pack for customers whose names and addresses are outside WinAnsi, read back with poppler's
// pdftotext: every name and address line comes out exactly as typed.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/model';
import { composeLetter, defaultWording, templateOf } from '../../../../shared/letters';
import { letterPdf } from '../../../../shared/letters';
import { caseAt, customer, settings } from '../../../fixtures/cases';
import { packRequestAt } from '../../../fixtures/case-packs';
import { company } from '../letters/letter-fixtures';
import { makeSoundPack, pdfText } from '../case-pack/pack-reading';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const customers: Customer[] = [
  { ...customer, id: 'customer-sian', name: 'Siân Gwŷn Łukasiewicz', address: { line1: 'Tŷ Gwyn', line2: 'Heol y Bryn', town: 'Aberystwyth', postcode: 'SY23 1AB' } },
  { ...customer, id: 'customer-zoe', name: 'Zoë Ó Súilleabháin', address: { line1: '4 Bóthar na Trá', town: 'Newry', postcode: 'BT34 1AA' } },
  { ...customer, id: 'customer-llyr', name: 'Llŷr Dąbrowski-Żak', address: { line1: 'Flat 2, Tŷ Coch', town: 'Caernarfon', postcode: 'LL55 1AB' } },
];

/** The lines the name and address must appear as, whole. */
function expectedLines(who: Customer): string[] {
  return [who.name, who.address?.line1 ?? '', ...(who.address?.line2 ? [who.address.line2] : [])];
}

const lines = (text: string) => text.split('\n').map((line) => line.trim());

describe.skipIf(!hasPoppler)('names and addresses print as typed', () => {
  it.each(customers.map((who) => [who.name, who] as const))('in the acknowledgement letter to %s', async (_, who) => {
    const letter = composeLetter({
      kind: 'acknowledgement',
      caseRecord: caseAt('received', { customerId: who.id }),
      customer: who,
      company,
      wording: defaultWording[templateOf('acknowledgement')],
      details: {},
      sentAt: '2026-11-24T09:30:00.000Z',
      staffName: 'Amira Khan',
      settings,
    });
    const text = pdfText(await letterPdf(letter));
    expect(lines(text)).toEqual(expect.arrayContaining(expectedLines(who)));
    expect(text).toContain(`Dear ${who.name}`);
  });

  it.each(customers.map((who) => [who.name, who] as const))("in the case pack's summary.pdf for %s", async (_, who) => {
    const request = packRequestAt('acknowledged');
    const pack = await makeSoundPack({ ...request, customer: who, caseRecord: { ...request.caseRecord, customerId: who.id } });
    const summary = pack.files.get('summary.pdf');
    if (!summary) throw new Error('The pack has no summary.pdf');
    const text = pdfText(summary);
    expect(text).toContain(who.name);
    expect(text).toContain(who.address?.line1 ?? '');
  });
});
