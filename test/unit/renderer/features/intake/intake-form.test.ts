// The New complaint form's schema: errors land on the field that holds them, and a valid form becomes one intake.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intakeForm } from '../../../../../renderer/features/intake/intake-form';
import { intakeGaps } from '../../../../../renderer/features/intake/intake-gaps';
import { emptyIntake, SOMEONE_ELSE, type IntakeValues } from '../../../../../renderer/features/intake/intake-values';

const now = new Date('2026-12-04T12:00:00Z');
const blank = () => emptyIntake('user-agent', now);

// The form compares the receipt time with the clock: the tests run on Friday 4 December 2026 at noon.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});

function filled(overrides: Partial<IntakeValues> = {}): IntakeValues {
  const v = blank();
  return {
    ...v,
    channel: 'telephone',
    customer: { ...v.customer, name: 'Margaret Oyelaran', phone: '07700 900123' },
    receivedAt: '2026-12-04T09:30',
    nature: 'Billed twice.',
    ...overrides,
  };
}

function errors(values: IntakeValues): Record<string, string[]> {
  const result = intakeForm.safeParse(values);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
  return out;
}

describe('intakeForm', () => {
  it('names each missing field beside it', () => {
    expect(errors(blank())).toEqual({
      channel: ['Choose how the complaint was made'],
      nature: ['Nature of the complaint is required'],
      'customer.name': ['Customer name is required'],
      'customer.phone': ['Record at least one way to contact the customer: phone, email or address'],
    });
  });

  it.each([
    ['a bad phone number', { customer: { ...filled().customer, phone: '12' } }, 'customer.phone', /^Phone number must be 7 to 20 digits/],
    ['a bad postcode', { customer: { ...filled().customer, withAddress: true, line1: '4 Canal St', town: 'Manchester', postcode: 'nowhere' } }, 'customer.postcode', /^Postcode must be a UK postcode/],
    ['a receipt time in the future', { receivedAt: '2027-01-01T09:00' }, 'receivedAt', /^Date and time received cannot be in the future$/],
    ['an enquiry with no reason', { next: 'enquiry' as const }, 'enquiryReason', /^Reason this is not a complaint is required$/],
    ['a first-contact resolution with no outcome', { next: 'first-contact' as const }, 'firstContact.outcome', /^Choose the outcome/],
  ])('refuses %s on its own field', (_, overrides, field, message) => {
    const found = errors(filled(overrides));
    expect(Object.keys(found)).toContain(field);
    expect(found[field]?.[0]).toMatch(message);
  });

  it('turns a complete form into the intake: London time to UTC, blanks left out, named staff only when it concerns staff', () => {
    const result = intakeForm.parse(
      filled({
        receivedAt: '2026-07-01T09:30',
        dealtWith: SOMEONE_ELSE,
        dealtWithName: 'Liam',
        category: 'billing',
        namedStaffUserIds: ['user-named'],
        askWrittenConfirmation: true,
        requestItems: ['stepsTaken', 'not-an-item'],
      }),
    );
    expect(result.customer).toEqual({ details: { name: 'Margaret Oyelaran', phone: '07700 900123', email: undefined, accountNumber: undefined } });
    expect(result.complaint).toMatchObject({ kind: 'complaint', channel: 'telephone', receivedAt: '2026-07-01T08:30:00.000Z', dealtWithName: 'Liam', category: 'billing', namedStaffUserIds: [] });
    expect(result.complaint.stepsTaken).toBeUndefined();
    expect(result.writtenConfirmation).toBe(true);
    expect(result.requestItems).toEqual(['stepsTaken']);
    expect(result.firstContact).toBeUndefined();
  });

  it('uses a chosen customer as is, and asks for nothing on a first-contact resolution or a written complaint', () => {
    const chosen = filled({ customer: { ...blank().customer, existingId: 'customer-1', existingLabel: 'Jane' }, next: 'first-contact', firstContact: { outcome: 'upheld', summary: ' Refunded. ' }, askWrittenConfirmation: true, requestItems: ['stepsTaken'] });
    const result = intakeForm.parse(chosen);
    expect(result.customer).toEqual({ existingId: 'customer-1' });
    expect(result.firstContact).toEqual({ outcome: 'upheld', summary: 'Refunded.' });
    expect([result.writtenConfirmation, result.requestItems]).toEqual([false, []]);
    expect(intakeForm.parse(filled({ channel: 'letter', askWrittenConfirmation: true })).writtenConfirmation).toBe(false);
  });
});

describe('intakeGaps', () => {
  it('shows name and contact missing until both are typed, and counts a customer document', () => {
    expect(intakeGaps(blank(), [], now).progress.provided).toBe(0);
    const gaps = intakeGaps(filled({ dealtWith: 'user-named', stepsTaken: 'Rang them' }), ['customer'], now);
    expect(gaps.progress.outstanding).toEqual(['conversations']);
    expect(gaps.checklist.nameAndContact).toEqual({ status: 'provided', on: '2026-12-04' });
  });
});
