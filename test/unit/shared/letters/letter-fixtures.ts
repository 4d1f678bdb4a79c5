// Letter inputs for the tests: the fixture case at a stage, the fixture customer and the default company details.
import type { ComplaintCase } from '../../../../shared/model';
import { composeLetter, defaultWording, templateOf, type Letter, type LetterCompany, type LetterDetails, type LetterKind } from '../../../../shared/letters';
import { customer, settings } from '../../../fixtures/cases';

export const company: LetterCompany = { name: 'JESQ Solutions', telephone: '+44 (745) 051-5064', email: 'info@jesqsolutions.co.uk' };

export const detailsFor: Record<LetterKind, LetterDetails> = {
  acknowledgement: {},
  'information-request': { items: ['supportingDocuments', 'stepsTaken'], note: 'A copy of your November bill, please.' },
  'written-confirmation-request': {},
  'delay-notice': { reason: 'We are waiting for meter readings from your supplier.', newExpectedDate: '2026-12-18' },
  'final-response': {
    outcome: 'partly-upheld',
    remedies: [{ kind: 'apology' }, { kind: 'payment', amountPence: 4250 }],
    summary: 'We billed the standing charge twice and have refunded it.',
  },
  'deadlock-letter': {},
  'eight-week-letter': {},
  'escalation-outcome': { decision: 'upheld', summary: 'The reviewer found the refund was paid late.' },
};

export function letterFor(kind: LetterKind, caseRecord: ComplaintCase, sentAt: string, details: LetterDetails = detailsFor[kind]): Letter {
  return composeLetter({
    kind,
    caseRecord,
    customer,
    company,
    wording: defaultWording[templateOf(kind)],
    details,
    sentAt,
    staffName: 'Amira Khan',
    settings,
  });
}
