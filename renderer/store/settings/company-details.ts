// The company's name, telephone and email that letters print: a setting of the registry, under the key 'company'.
import type { ComplaintsDatabase } from '../db';
import { SETTINGS, type CompanyDetails } from './registry';
import { readSetting, writeSetting } from './setting';

export { companyDetailsSchema, DEFAULT_COMPANY_DETAILS, type CompanyDetails } from './registry';

export const COMPANY_DETAILS_KEY = SETTINGS.company.key;

/** The stored details, or the defaults when none are stored (or what is stored is not valid). */
export function loadCompanyDetails(db: ComplaintsDatabase): Promise<CompanyDetails> {
  return readSetting(db, SETTINGS.company);
}

export async function saveCompanyDetails(db: ComplaintsDatabase, details: CompanyDetails): Promise<CompanyDetails> {
  return writeSetting(db, SETTINGS.company, details);
}
