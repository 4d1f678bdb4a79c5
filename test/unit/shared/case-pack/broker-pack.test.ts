// A broker's case pack carries the regulators' record: receipt, later contacts, the business, both lives, the Ombudsman.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { casePackCaseData, caseDataProblems } from '../../../../shared/case-pack/case-data';
import { verifyPack } from '../../../../shared/case-pack/verify-pack';
import type { ComplaintCase } from '../../../../shared/model';
import { applyAction, type CaseAction } from '../../../../shared/policy';
import { actors, settings } from '../../../fixtures/cases';
import { packRequestAt } from '../../../fixtures/case-packs';
import { makeSoundPack, pdfText } from './pack-reading';

function brokerRequest() {
  const request = packRequestAt('closed');
  let c: ComplaintCase = request.caseRecord;
  const take = (action: CaseAction, at: string) => {
    const r = applyAction(c, action, actors.agent, at, settings);
    if (!r.ok) throw new Error(r.missing.join('; '));
    c = r.case;
  };
  const at = request.now;
  take({ type: 'recordReceiptDetails', madeHow: 'oral', agreedChannel: 'email', adviceGiven: 'Explained the renewal terms.', resolved: false }, at);
  take(
    {
      type: 'recordBusinessDetails',
      business: {
        businessName: 'Caffi Llŷn Cyf',
        actingPerson: 'Siân Llŷr',
        businessSize: 'micro',
        businessSizeReason: '6 employees, turnover under £2m',
        suppliers: [{ name: 'Northern Power', complaintReference: 'NP-88231' }],
        meterPoints: [{ kind: 'mpan', number: '1312345678907' }, { kind: 'mprn', number: '7654321' }],
        contractStart: '2026-04-01',
        contractEnd: '2028-03-31',
        letterOfAuthorityOnFile: true,
        letterOfAuthorityExpires: '2027-06-30',
        commissionDisclosed: 'yes',
      },
    },
    at,
  );
  take({ type: 'recordLaterContact', contactId: 'lc-1', at: request.caseRecord.updatedAt, madeHow: 'written', madeBy: 'on-behalf', onBehalfName: 'Rhys Evans (accountant)', summary: 'Asked for the refund date.', resolved: false }, at);
  take({ type: 'reopen', reopeningId: 'r-1', reopenedAt: at, reason: 'The refund never arrived.' }, at);
  take({ type: 'referToOmbudsman', referredOn: at.slice(0, 10), reference: 'EO-777001' }, at);
  take({ type: 'requestOmbudsmanEvidence', requestedOn: at.slice(0, 10) }, at);
  return { ...request, caseRecord: c };
}

describe('a broker case pack', () => {
  it('carries the new fields in case.json and summary.pdf, and verifies', async () => {
    const request = brokerRequest();
    const { files, zip } = await makeSoundPack(request);
    const data = casePackCaseData.parse(JSON.parse(strFromU8(files.get('case.json') ?? new Uint8Array())));
    expect(data.case.business?.meterPoints).toEqual([{ kind: 'mpan', number: '1312345678907' }, { kind: 'mprn', number: '7654321' }]);
    expect(data.case.receipt?.agreedChannel).toBe('email');
    expect(data.case.laterContacts?.[0]?.madeBy).toBe('on-behalf');
    expect(data.case.reopenings?.[0]?.previous.closeRecord?.rootCause).toBe('process');
    expect(data.case.ombudsman?.evidenceDueOn).toBeDefined();

    const text = pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    for (const expected of [
      'Record at receipt and later contacts',
      'Way of communicating agreed Email',
      'Rhys Evans (accountant) on their behalf',
      'The business',
      'MPAN 1312345678907; MPRN 7654321',
      'Northern Power (reference NP-88231)',
      'Micro business (6 employees, turnover under £2m)',
      'Reopened',
      'The refund never arrived.',
      'Energy Ombudsman',
      'EO-777001',
    ]) {
      expect(text).toContain(expected);
    }

    const result = await verifyPack(zip, { caseSchema: casePackCaseData, checkCaseData: caseDataProblems });
    expect(result).toMatchObject({ ok: true });

    // The command-line verifier a case handler runs on the file.
    const dir = mkdtempSync(join(tmpdir(), 'broker-pack-'));
    const file = join(dir, 'pack.zip');
    writeFileSync(file, zip);
    expect(() => execFileSync('npx', ['tsx', 'scripts/verify-pack.ts', file], { stdio: 'pipe' })).not.toThrow();
  }, 120_000);
});
