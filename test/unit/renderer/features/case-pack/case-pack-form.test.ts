// The "Make case pack" form's rules: a named recipient unless it is the Ombudsman, a lawful reason when asked, a reason to include.
import { describe, expect, it } from 'vitest';
import { casePackFormSchema, choicesOf, defaultCasePackForm, type CasePackFormValues } from '../../../../../renderer/features/case-pack/case-pack-form';

const messages = (values: Partial<CasePackFormValues>) => {
  const result = casePackFormSchema.safeParse({ ...defaultCasePackForm, ...values });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('casePackFormSchema', () => {
  it.each([
    [{}, []],
    [{ recipientKind: 'energy-supplier' }, ['recipientName: Give the name of the recipient']],
    [{ recipientKind: 'energy-supplier', recipientName: 'British Gas' }, []],
    [{ needsLawfulReason: true }, ['lawfulBasis: Choose the lawful basis for disclosure', 'lawfulReason: Give the reason for disclosure without consent']],
    [{ needsLawfulReason: true, lawfulBasis: 'legal-obligation', lawfulReason: 'Court order' }, []],
    [{ includeStaffIdentity: true, includeReason: '   ' }, ['includeReason: Give the reason for including the employee']],
  ] as [Partial<CasePackFormValues>, string[]][])('%o gives %o', (values, expected) => {
    expect(messages(values)).toEqual(expected);
  });
});

describe('choicesOf', () => {
  it('names the Ombudsman itself, and passes a lawful reason and an inclusion only when they apply', () => {
    const values = casePackFormSchema.parse({ ...defaultCasePackForm, recipientName: 'ignored', lawfulBasis: 'legal-obligation', lawfulReason: 'left over' });
    expect(choicesOf('case-1', values)).toEqual({ caseId: 'case-1', recipient: { kind: 'energy-ombudsman', name: 'Energy Ombudsman' } });
    const full = casePackFormSchema.parse({ ...defaultCasePackForm, recipientKind: 'regulator', recipientName: ' Ofgem ', needsLawfulReason: true, lawfulBasis: 'legal-obligation', lawfulReason: 'Statutory request', includeStaffIdentity: true, includeReason: 'Asked who advised' });
    expect(choicesOf('case-1', full)).toEqual({
      caseId: 'case-1',
      recipient: { kind: 'regulator', name: 'Ofgem' },
      lawfulReason: { basis: 'legal-obligation', reason: 'Statutory request' },
      includeStaffIdentity: { reason: 'Asked who advised' },
    });
  });
});
