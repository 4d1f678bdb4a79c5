// The company's name, telephone and email that letters print: kept under their own key in the store's settings table.
//
// This module reads and writes the
// `db.settings` table ({ key, value }) directly, under the key 'company', and nothing else.
import { z } from 'zod';
import { requiredText, type JsonValue } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';

export const COMPANY_DETAILS_KEY = 'company';

export const companyDetailsSchema = z.object({
  name: requiredText('Company name', { max: 200 }),
  telephone: requiredText('Company telephone', { max: 40 }).regex(
    /^\+?[\d ()-]{6,}$/,
    'Company telephone must be a phone number, like +44 (745) 051-5064',
  ),
  email: z
    .string({ error: 'Company email is required' })
    .trim()
    .min(1, 'Company email is required')
    .pipe(z.email('Company email must be a valid email address, like info@jesqsolutions.co.uk')),
});
export type CompanyDetails = z.infer<typeof companyDetailsSchema>;

export const DEFAULT_COMPANY_DETAILS: Readonly<CompanyDetails> = Object.freeze({
  name: 'JESQ Solutions',
  telephone: '+44 (745) 051-5064',
  email: 'info@jesqsolutions.co.uk',
});

/** The stored details, or the defaults when none are stored (or what is stored is not valid). */
export async function loadCompanyDetails(db: ComplaintsDatabase): Promise<CompanyDetails> {
  const stored = companyDetailsSchema.safeParse((await db.settings.get(COMPANY_DETAILS_KEY))?.value);
  return stored.success ? stored.data : { ...DEFAULT_COMPANY_DETAILS };
}

export async function saveCompanyDetails(db: ComplaintsDatabase, details: CompanyDetails): Promise<CompanyDetails> {
  const checked = companyDetailsSchema.parse(details);
  const value: JsonValue = { name: checked.name, telephone: checked.telephone, email: checked.email };
  await guardWrite(() => db.settings.put({ key: COMPANY_DETAILS_KEY, value }));
  return checked;
}
