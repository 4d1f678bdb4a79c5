// The customer who complains: name and the contact details the case and its letters need.
import { z } from 'zod';
import { entityId, instant, optionalText, requiredText } from './fields';

export const postalAddress = z.object({
  line1: requiredText('Address line 1', { max: 200 }),
  line2: optionalText('Address line 2', 200),
  town: requiredText('Town or city', { max: 100 }),
  county: optionalText('County', 100),
  postcode: z
    .string({ error: 'Postcode is required' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'Postcode must be a UK postcode like SW1A 1AA'),
});
export type PostalAddress = z.infer<typeof postalAddress>;

export const customerShape = z.object({
  id: entityId('Customer id'),
  name: requiredText('Customer name', { max: 200 }),
  phone: z
    .string({ error: 'Phone number must be text' })
    .trim()
    .regex(/^\+?[\d ()-]{7,20}$/, 'Phone number must be 7 to 20 digits, spaces or brackets, like 020 7946 0000')
    .optional(),
  email: z.email('Email must be a valid email address').optional(),
  address: postalAddress.optional(),
  accountNumber: optionalText('Account number', 50),
  /** Set when the retention period has passed and the personal details were replaced (statistics kept). */
  anonymisedAt: instant('Date anonymised').optional(),
});

export const customer = customerShape.superRefine((c, ctx) => {
  if (c.anonymisedAt === undefined && !c.phone && !c.email && !c.address) {
    ctx.addIssue({
      code: 'custom',
      path: ['phone'],
      message: 'Record at least one way to contact the customer: phone, email or address',
    });
  }
});
export type Customer = z.infer<typeof customer>;

/** The postal address as the lines a letter prints under the name, empty lines left out. */
export function postalAddressLines(address: PostalAddress): string[] {
  return [address.line1, address.line2, address.town, address.county, address.postcode].filter((line): line is string => Boolean(line));
}
