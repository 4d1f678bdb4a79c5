// Company details: JESQ Solutions until changed, checked before saving, and the calendar form's rules.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPANY_DETAILS,
  companyDetailsSchema,
  loadCompanyDetails,
  saveCompanyDetails,
} from '../../../../../renderer/store/settings/company-details';
import { calendarSettingsSchema, policySettingsOf } from '../../../../../renderer/features/settings/calendar-settings-schema';
import { deleteDatabases, freshDatabases } from '../accounts/databases';

afterEach(deleteDatabases);

describe('company details', () => {
  it('are the JESQ Solutions details until saved, then what was saved', async () => {
    const { db } = await freshDatabases();
    expect(await loadCompanyDetails(db)).toEqual({ name: 'JESQ Solutions', telephone: '+44 (745) 051-5064', email: 'info@jesqsolutions.co.uk' });
    await saveCompanyDetails(db, { ...DEFAULT_COMPANY_DETAILS, telephone: ' +44 (745) 051-9999 ' });
    expect(await loadCompanyDetails(db)).toEqual({ ...DEFAULT_COMPANY_DETAILS, telephone: '+44 (745) 051-9999' });
    expect((await db.settings.get('company'))?.value).toEqual({ ...DEFAULT_COMPANY_DETAILS, telephone: '+44 (745) 051-9999' });
  });

  it('fall back to the defaults when what is stored is not valid', async () => {
    const { db } = await freshDatabases();
    await db.settings.put({ key: 'company', value: { name: '' } });
    expect(await loadCompanyDetails(db)).toEqual(DEFAULT_COMPANY_DETAILS);
  });

  it.each([
    [{ name: '' }, 'Company name is required'],
    [{ telephone: 'call us' }, 'Company telephone must be a phone number, like +44 (745) 051-5064'],
    [{ email: 'info at jesq' }, 'Company email must be a valid email address, like info@jesqsolutions.co.uk'],
    [{ email: '' }, 'Company email is required'],
  ])('refuses %j', async (change, message) => {
    const result = companyDetailsSchema.safeParse({ ...DEFAULT_COMPANY_DETAILS, ...change });
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('the business calendar form', () => {
  const valid = { nation: 'scotland', opens: '08:30', closes: '17:00', closures: ['2026-12-31', '2026-12-29', '2026-12-29'], receivedWithinYears: '6' };

  it('turns its values into policy settings, closures sorted once each', () => {
    const values = calendarSettingsSchema.parse(valid);
    expect(policySettingsOf(values)).toEqual({
      nation: 'scotland',
      closures: ['2026-12-29', '2026-12-31'],
      businessHours: { opens: '08:30', closes: '17:00' },
      receivedWithinYears: 6,
    });
  });

  it.each([
    [{ nation: 'wales' }, 'Choose the nation'],
    [{ opens: '8.30' }, 'Opening time must be a time like 09:00'],
    [{ closes: '08:00' }, 'Closing time must be after opening time'],
  ])('refuses %j', (change, message) => {
    expect(calendarSettingsSchema.safeParse({ ...valid, ...change }).error?.issues.map((i) => i.message)).toEqual([message]);
  });
});
