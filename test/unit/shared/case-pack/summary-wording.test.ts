// summary.pdf in plain en-GB: dates as dd/MM/yyyy (in timeline sentences too), "in person" rather than "by in person",
// a redacted name starting a sentence with a capital, and only letters (not telephone requests) under "Letters sent".
import { describe, expect, it } from 'vitest';
import { lettersSent } from '../../../../shared/case-pack/letters-sent';
import { actors, staff, step } from '../../../fixtures/cases';
import { packRequestAt } from '../../../fixtures/case-packs';
import { makeSoundPack, pdfText } from './pack-reading';

async function summaryText(request: Parameters<typeof makeSoundPack>[0]): Promise<string> {
  const { files } = await makeSoundPack(request);
  return pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
}

/** The text between a heading of the summary and the next one. */
function section(text: string, heading: string, next: string): string {
  const from = text.indexOf(heading);
  return text.slice(from, text.indexOf(next, from + heading.length));
}

describe('summary.pdf wording', () => {
  it('says a complaint made in person was received "in person"', async () => {
    const request = packRequestAt('acknowledged');
    const text = await summaryText({ ...request, caseRecord: { ...request.caseRecord, channel: 'in-person' } });
    expect(text).toMatch(/Received \d\d\/\d\d\/\d{4} \d\d:\d\d in person/);
    expect(text).not.toContain('by in person');
  });

  it('writes the dates inside timeline sentences as dd/MM/yyyy', async () => {
    const request = packRequestAt('acknowledged', {
      then: (h) => step(h, { type: 'placeHold', holdId: 'hold-1', agency: 'Ofgem', reference: 'OFG-1', from: '2026-11-25' }, actors.manager, '2026-11-25T12:00:00.000Z'),
    });
    const text = await summaryText(request);
    expect(text).toContain('On hold from 25/11/2026: Ofgem is investigating');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('starts a sentence whose first word was the redacted employee with a capital', async () => {
    const request = packRequestAt('acknowledged', { aboutStaff: true });
    const nature = `${staff.namedEmployee.name} was rude on the phone. ${staff.namedEmployee.name} then hung up, said the customer.`;
    const text = await summaryText({ ...request, caseRecord: { ...request.caseRecord, nature } });
    expect(text).toContain('The employee was rude on the phone. The employee then hung up, said the customer.');
    expect(text).not.toMatch(/(^|[.!?] )the employee (was|then)/);
  });
});

describe('letters sent', () => {
  const withRequest = (channel: 'telephone' | 'email') =>
    packRequestAt('acknowledged', {
      then: (h) => step(h, { type: 'requestInformation', requestId: 'request-1', items: ['supportingDocuments'], sentAt: '2026-11-25T10:00:00.000Z', channel }, actors.agent, '2026-11-25T10:05:00.000Z'),
    });

  it('leaves out a request for information made by telephone, in the list and in the pack', async () => {
    const request = withRequest('telephone');
    expect(lettersSent(request.caseRecord).map((l) => l.letter)).toEqual(['Acknowledgement']);
    const letters = section(await summaryText(request), 'Letters sent', 'Holds and referrals');
    expect(letters).toContain('Acknowledgement');
    expect(letters).not.toContain('Request for information');
  });

  it('lists a request for information sent by email', () => {
    expect(lettersSent(withRequest('email').caseRecord).map((l) => l.letter)).toEqual(['Acknowledgement', 'Request for information']);
  });
});
