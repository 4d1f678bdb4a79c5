// Personal details leave the company only with the customer's current consent or a manager's recorded lawful reason.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase, Consent, LawfulDisclosure, Recipient } from '../../../../shared/model';
import { canDisclose, sameRecipient, type ApplyResult, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, caseAt, staff, staffCaseAt } from '../../../fixtures/cases';

const ombudsman: Recipient = { kind: 'energy-ombudsman', name: 'Energy Ombudsman' };
const supplier: Recipient = { kind: 'energy-supplier', name: 'Northern Power' };
const NOW = '2027-01-20T12:00:00.000Z';

function consent(over: Partial<Consent> = {}): Consent {
  return { id: 'k1', recipient: supplier, purpose: 'Supplier to investigate the bill', givenAt: '2026-12-01T10:00:00.000Z', how: 'telephone', recordedById: staff.agent.id, recordedAt: '2026-12-01T10:05:00.000Z', ...over };
}
function lawful(over: Partial<LawfulDisclosure> = {}): LawfulDisclosure {
  return { id: 'l1', recipient: ombudsman, basis: 'ombudsman-or-regulator-rules', reason: 'Ombudsman Services requires the case file', recordedById: staff.manager.id, recordedAt: '2027-01-19T10:00:00.000Z', ...over };
}
const on = (consents: Consent[], lawfulDisclosures: LawfulDisclosure[] = []) => ({ consents, lawfulDisclosures });

describe('canDisclose', () => {
  it.each([
    ['current consent for that recipient', on([consent()]), supplier, { allowed: true, basis: 'consent', consentId: 'k1' }],
    ['consent named with other spacing and case', on([consent({ recipient: { kind: 'energy-supplier', name: ' northern  POWER ' } })]), supplier, { allowed: true, basis: 'consent', consentId: 'k1' }],
    ['consent withdrawn later than now', on([consent({ withdrawnAt: '2027-02-01T10:00:00.000Z' })]), supplier, { allowed: true, basis: 'consent', consentId: 'k1' }],
    ['a recorded lawful reason', on([], [lawful()]), ombudsman, { allowed: true, basis: 'lawful-reason', lawfulDisclosureId: 'l1' }],
    ['the Ombudsman under any name', on([], [lawful({ recipient: { kind: 'energy-ombudsman', name: 'Ombudsman Services' } })]), ombudsman, { allowed: true, basis: 'lawful-reason', lawfulDisclosureId: 'l1' }],
    ['the customer themselves', on([]), { kind: 'customer', name: 'Jane Whitfield' } as Recipient, { allowed: true, basis: 'customer' }],
  ] as const)('allows: %s', (_name, c, recipient, decision) => {
    expect(canDisclose(c, recipient, NOW)).toEqual(decision);
  });

  it.each([
    ['no consent at all', on([]), supplier, 'The customer has not consented to sharing their details with Northern Power: record their consent, or a complaints manager must record the lawful reason'],
    ['consent for another recipient', on([consent({ recipient: { kind: 'energy-supplier', name: 'Southern Gas' } })]), supplier, 'The customer has not consented to sharing their details with Northern Power: record their consent, or a complaints manager must record the lawful reason'],
    ['consent of another kind with the same name', on([consent({ recipient: { kind: 'other', name: 'Northern Power' } })]), supplier, 'The customer has not consented to sharing their details with Northern Power: record their consent, or a complaints manager must record the lawful reason'],
    ['consent withdrawn', on([consent({ withdrawnAt: '2027-01-05T10:00:00.000Z' })]), supplier, 'The customer withdrew consent to share their details with Northern Power on 05/01/2027, and no lawful reason is recorded'],
    ['consent given after now', on([consent({ givenAt: '2027-02-01T10:00:00.000Z' })]), supplier, 'The customer has not consented to sharing their details with Northern Power: record their consent, or a complaints manager must record the lawful reason'],
    ['lawful reason for someone else', on([], [lawful()]), supplier, 'The customer has not consented to sharing their details with Northern Power: record their consent, or a complaints manager must record the lawful reason'],
  ] as const)('refuses: %s', (_name, c, recipient, reason) => {
    expect(canDisclose(c, recipient, NOW)).toEqual({ allowed: false, reason });
  });

  it('a withdrawn consent still leaves a lawful reason', () => {
    expect(canDisclose(on([consent({ recipient: ombudsman, withdrawnAt: '2027-01-05T10:00:00.000Z' })], [lawful()]), ombudsman, NOW)).toMatchObject({ allowed: true, basis: 'lawful-reason' });
  });

  it('sameRecipient matches single bodies by kind', () => {
    expect(sameRecipient(ombudsman, { kind: 'energy-ombudsman', name: 'EO' })).toBe(true);
    expect(sameRecipient(supplier, { kind: 'energy-supplier', name: 'Other' })).toBe(false);
  });
});

function accepted(result: ApplyResult): ComplaintCase {
  if (!result.ok) throw new Error(`Refused: ${result.missing.join('; ')}`);
  return result.case;
}
function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

describe('consent, lawful reasons and case packs on a case', () => {
  const pack: CaseAction = { type: 'recordCasePack', packId: 'p1', recipient: ombudsman, fileName: 'JESQ-2026-000123.zip', sha256: 'd'.repeat(64) };
  const giveConsent: CaseAction = { type: 'recordConsent', consentId: 'k1', recipient: ombudsman, purpose: 'Ombudsman referral', givenAt: '2027-01-19T10:00:00.000Z', how: 'email' };

  it('a case pack needs consent or a lawful reason', () => {
    expect(refusal(attempt(caseAt('closed'), pack, actors.agent, NOW))).toEqual([
      'The customer has not consented to sharing their details with Energy Ombudsman: record their consent, or a complaints manager must record the lawful reason',
    ]);
    const consented = accepted(attempt(caseAt('closed'), giveConsent, actors.agent, NOW));
    const made = accepted(attempt(consented, pack, actors.agent, NOW));
    expect(made.disclosures[0]).toMatchObject({ basis: 'consent', consentId: 'k1', madeById: staff.agent.id, recipient: ombudsman });
  });

  it('consent can be withdrawn, and then the pack is refused', () => {
    const consented = accepted(attempt(caseAt('closed'), giveConsent, actors.agent, NOW));
    const withdrawn = accepted(attempt(consented, { type: 'withdrawConsent', consentId: 'k1', withdrawnAt: '2027-01-20T09:00:00.000Z', how: 'telephone' }, actors.agent, NOW));
    expect(withdrawn.consents[0]).toMatchObject({ withdrawnAt: '2027-01-20T09:00:00.000Z', withdrawalHow: 'telephone', withdrawalRecordedById: staff.agent.id });
    expect(refusal(attempt(withdrawn, pack, actors.agent, NOW))[0]).toMatch(/^The customer withdrew consent/);
    expect(refusal(attempt(withdrawn, { type: 'withdrawConsent', consentId: 'k1', withdrawnAt: NOW, how: 'email' }, actors.agent, NOW))).toEqual([
      'There is no current consent to withdraw',
    ]);
  });

  it('only a complaints manager records a lawful reason', () => {
    const reason: CaseAction = { type: 'recordLawfulDisclosure', disclosureId: 'l1', recipient: ombudsman, basis: 'ombudsman-or-regulator-rules', reason: 'Scheme rules' };
    expect(refusal(attempt(caseAt('closed'), reason, actors.agent, NOW))).toEqual(['Only a complaints manager can record a lawful reason to disclose personal details']);
    const recorded = accepted(attempt(caseAt('closed'), reason, actors.manager, NOW));
    expect(accepted(attempt(recorded, pack, actors.agent, NOW)).disclosures[0]).toMatchObject({ basis: 'lawful-reason', lawfulDisclosureId: 'l1' });
  });

  it("only a complaints manager includes the employee's identity, and only on a complaint about staff", () => {
    const reason: CaseAction = { type: 'recordLawfulDisclosure', disclosureId: 'l1', recipient: ombudsman, basis: 'ombudsman-or-regulator-rules', reason: 'Scheme rules' };
    const staffCase = accepted(attempt(staffCaseAt('closed'), reason, actors.manager, NOW));
    const withIdentity: CaseAction = { ...pack, includeStaffIdentity: { reason: 'Ombudsman asked for the employee account' } } as CaseAction;
    expect(refusal(attempt(staffCase, withIdentity, actors.investigator, NOW))).toEqual(["Only a complaints manager can include the employee's identity in a case pack"]);
    const result = attempt(staffCase, withIdentity, actors.manager, NOW);
    expect(accepted(result).disclosures[0]?.staffIdentityIncluded).toEqual({ reason: 'Ombudsman asked for the employee account', byManagerId: staff.manager.id });
    expect(result.ok && result.events[0]?.summary).toBe(
      "Case pack made for Energy Ombudsman on a recorded lawful reason; the employee's identity was included: Ombudsman asked for the employee account",
    );
    const ordinary = accepted(attempt(caseAt('closed'), reason, actors.manager, NOW));
    expect(refusal(attempt(ordinary, withIdentity, actors.manager, NOW))).toEqual(['This complaint does not concern staff: there is no employee to include']);
  });

  it('no consent is recorded for the customer themselves', () => {
    expect(refusal(attempt(caseAt('closed'), { ...giveConsent, recipient: { kind: 'customer', name: 'Jane' } } as CaseAction, actors.agent, NOW))).toEqual([
      'No consent is needed to share with the customer themselves',
    ]);
  });
});
