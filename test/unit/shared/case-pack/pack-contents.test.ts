// Tests for making a case pack from fixture cases: every file and the manifest, the consent gate, the lawful reason.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { casePackCaseData, caseDataProblems } from '../../../../shared/case-pack/case-data';
import { readManifest } from '../../../../shared/case-pack/manifest';
import { verifyPack } from '../../../../shared/case-pack/verify-pack';
import { applyAction } from '../../../../shared/policy';
import { actors, customer, fixtureStages, settings } from '../../../fixtures/cases';
import { OMBUDSMAN, packRequestAt } from '../../../fixtures/case-packs';
import { makePack, makeSoundPack, pdfText } from './pack-reading';

function manifestOf(files: Map<string, Uint8Array>) {
  const read = readManifest(files.get('manifest.json') ?? new Uint8Array());
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.value;
}

describe('a case pack made from a closed case', () => {
  it('holds the summary, case.json, the letter copy and the attachment under readable names, and the manifest', async () => {
    const request = packRequestAt('closed');
    const { files, made } = await makeSoundPack(request);
    expect([...files.keys()].sort()).toEqual(['attachments/november-bill.pdf', 'case.json', 'letters/Acknowledgement.pdf', 'manifest.json', 'summary.pdf']);
    expect(made.fileName).toBe(`Case pack ${request.caseRecord.reference} ${request.now.slice(0, 10)}.zip`);
    expect(strFromU8(files.get('summary.pdf')?.slice(0, 5) ?? new Uint8Array())).toBe('%PDF-');
  });

  it('lists every other file in the manifest with its true size, SHA-256 and kind, and the timeline head', async () => {
    const request = packRequestAt('closed');
    const { files } = await makeSoundPack(request);
    const manifest = manifestOf(files);
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...files.keys()].filter((p) => p !== 'manifest.json').sort());
    for (const listed of manifest.files) {
      const bytes = files.get(listed.path) ?? new Uint8Array();
      expect(listed.size).toBe(bytes.length);
      expect(listed.sha256).toBe(bytesToHex(sha256(bytes)));
    }
    expect(Object.fromEntries(manifest.files.map((f) => [f.path, f.kind]))).toMatchObject({ 'summary.pdf': 'summary', 'case.json': 'case-data', 'letters/Acknowledgement.pdf': 'letter', 'attachments/november-bill.pdf': 'attachment' });
    const last = request.timeline[request.timeline.length - 1];
    expect(manifest.timelineHead).toEqual({ sha256: last?.hash, eventCount: request.timeline.length });
    expect(manifest.recipient.name).toBe('Energy Ombudsman');
    expect(manifest.disclosureBasis.basis).toBe('consent');
    expect(manifest.disclosureBasis.detail).toContain('Referral of the complaint to the Energy Ombudsman');
  });

  it('writes case.json that the shared schema accepts, with the whole case, customer and timeline', async () => {
    const request = packRequestAt('closed');
    const { files } = await makeSoundPack(request);
    const data = casePackCaseData.parse(JSON.parse(strFromU8(files.get('case.json') ?? new Uint8Array())));
    expect(data.case).toEqual(request.caseRecord);
    expect(data.customer).toEqual(customer);
    expect(data.timeline).toEqual(request.timeline);
    expect(caseDataProblems(data, manifestOf(files))).toEqual([]);
  });

  it('puts the customer, every deadline with whether it was met, conversations, findings, outcome and letters in summary.pdf', async () => {
    const { files } = await makeSoundPack(packRequestAt('closed'));
    const text = pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ');
    for (const expected of [
      customer.name,
      'ACC-00417',
      'Billed twice for the November standing charge after the renewal.',
      'Acknowledge within 3 business days',
      'Resolve within 10 business days',
      'Energy Ombudsman open to the customer (8 weeks)',
      'Met',
      'Customer queried the renewal bill',
      'The renewal created a second supply record',
      'Upheld',
      'payment of £42.50',
      'Acknowledgement',
      'letters/Acknowledgement.pdf',
      'Final response',
      'The case has had no holds and no referrals.',
      'The customer consented on',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.each(fixtureStages)('passes the verifier with the case schema for a case at %s', async (stage) => {
    const { zip } = await makeSoundPack(packRequestAt(stage));
    const result = await verifyPack(zip, { caseSchema: casePackCaseData, checkCaseData: caseDataProblems });
    expect(result).toMatchObject({ ok: true });
  });
});

describe('the consent gate', () => {
  it('refuses, with the reason, when the case holds no consent and no lawful reason for the recipient', async () => {
    const result = await makePack(packRequestAt('closed', { consent: false }));
    expect(result).toEqual({ ok: false, missing: [expect.stringContaining('The customer has not consented to sharing their details with Energy Ombudsman')] });
  });

  it('refuses a consent given to someone else', async () => {
    const request = { ...packRequestAt('closed'), recipient: { kind: 'energy-supplier', name: 'British Gas' } as const };
    const result = await makePack(request);
    expect(result).toMatchObject({ ok: false, missing: [expect.stringContaining('British Gas')] });
  });

  it('refuses anyone but a complaints manager', async () => {
    const result = await makePack({ ...packRequestAt('closed'), madeBy: actors.agent });
    expect(result).toEqual({ ok: false, missing: ['Only a complaints manager can make a case pack'] });
  });

  it('makes the pack on a lawful reason a manager recorded, and names it in the manifest and the summary', async () => {
    const request = packRequestAt('closed', { consent: false });
    const recorded = applyAction(
      request.caseRecord,
      { type: 'recordLawfulDisclosure', disclosureId: 'lawful-1', recipient: OMBUDSMAN, basis: 'ombudsman-or-regulator-rules', reason: 'The Ombudsman asked for the file under its rules.' },
      actors.manager,
      request.now,
      settings,
    );
    if (!recorded.ok) throw new Error(recorded.missing.join('; '));
    const { files } = await makeSoundPack({ ...request, caseRecord: recorded.case });
    const manifest = manifestOf(files);
    expect(manifest.disclosureBasis).toEqual({ basis: 'lawful-reason', detail: expect.stringContaining('The Ombudsman asked for the file under its rules.') });
    expect(pdfText(files.get('summary.pdf') ?? new Uint8Array()).replace(/\s+/g, ' ')).toContain('A complaints manager recorded the lawful reason');
  });
});
