// The smaller records: customers, users, consents, attachments and the money and date fields they share.
import { describe, expect, it } from 'vitest';
import { attachment, consent, customer, formatPence, recipient, user } from '../../../../shared/model';
import { customer as fixtureCustomer, staff } from '../../../fixtures/cases';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);
}

describe('customer', () => {
  it('accepts the fixture customer', () => {
    expect(customer.safeParse(fixtureCustomer).success).toBe(true);
  });

  it.each([
    ['no name', { name: '' }, ['Customer name is required']],
    ['no way to contact them', { phone: undefined, email: undefined, address: undefined }, ['Record at least one way to contact the customer: phone, email or address']],
    ['a bad email', { email: 'jane@' }, ['Email must be a valid email address']],
    ['a bad phone number', { phone: 'call me' }, ['Phone number must be 7 to 20 digits, spaces or brackets, like 020 7946 0000']],
    ['a bad postcode', { address: { line1: '1 Road', town: 'Leeds', postcode: '12345' } }, ['Postcode must be a UK postcode like SW1A 1AA']],
    ['an address without a town', { address: { line1: '1 Road', postcode: 'LS1 4AB' } }, ['Town or city is required']],
  ])('refuses %s', (_name, over, expected) => {
    expect(messages(customer.safeParse({ ...fixtureCustomer, ...over }))).toEqual(expected);
  });

  it('upper-cases the postcode', () => {
    expect(customer.parse({ ...fixtureCustomer, address: { line1: '1 Road', town: 'Leeds', postcode: 'ls1 4ab' } }).address?.postcode).toBe('LS1 4AB');
  });

  it('an anonymised customer needs no contact details', () => {
    expect(customer.safeParse({ id: 'c', name: 'Anonymised customer', anonymisedAt: '2033-01-01T00:00:00.000Z' }).success).toBe(true);
  });
});

describe('user', () => {
  it('has one of three roles', () => {
    expect(user.safeParse(staff.manager).success).toBe(true);
    expect(messages(user.safeParse({ ...staff.agent, role: 'boss' }))).toEqual(['Choose the role']);
    expect(messages(user.safeParse({ ...staff.agent, name: ' ' }))).toEqual(['Name is required']);
  });
});

describe('consent and recipients', () => {
  it('records to whom, for what, when, how and by whom', () => {
    const ok = { id: 'k', recipient: { kind: 'energy-ombudsman', name: 'Energy Ombudsman' }, purpose: 'Referral', givenAt: '2027-01-01T10:00:00.000Z', how: 'email', recordedById: 'u', recordedAt: '2027-01-01T10:00:00.000Z' };
    expect(consent.safeParse(ok).success).toBe(true);
    expect(messages(consent.safeParse({ ...ok, purpose: '' }))).toEqual(['Purpose of the consent is required']);
    expect(messages(consent.safeParse({ ...ok, how: undefined }))).toEqual(['Choose how the customer gave consent']);
    expect(messages(recipient.safeParse({ kind: 'friend', name: 'Bob' }))).toEqual(['Choose who the recipient is']);
  });
});

describe('attachment metadata', () => {
  it('holds size and SHA-256, not the bytes', () => {
    const meta = { id: 'a', name: 'bill.pdf', mimeType: 'application/pdf', sizeBytes: 1024, sha256: 'e'.repeat(64), source: 'customer', addedById: 'u', addedAt: '2026-11-24T10:00:00.000Z' };
    expect(attachment.safeParse(meta).success).toBe(true);
    expect(messages(attachment.safeParse({ ...meta, sizeBytes: -1 }))).toEqual(['File size cannot be negative']);
  });
});

describe('formatPence', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [4250, '£42.50'],
    [123456789, '£1,234,567.89'],
    [-250, '-£2.50'],
  ])('%i pence is %s', (pence, text) => {
    expect(formatPence(pence)).toBe(text);
  });
});
