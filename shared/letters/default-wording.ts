// The wording each letter starts with, until an administrator changes it: a subject and paragraphs with merge fields.
import type { TemplateKind } from './letter-kinds';

export interface TemplateWording {
  subject: string;
  /** Paragraphs separated by a blank line, between "Dear …," and "Yours sincerely". */
  body: string;
}

const CONTACT = 'If you have any questions, please call us on {{companyTelephone}} or email {{companyEmail}}, quoting {{caseReference}}.';

export const defaultWording: Readonly<Record<TemplateKind, TemplateWording>> = Object.freeze({
  acknowledgement: {
    subject: 'We have received your complaint',
    body: [
      'Thank you for contacting us on {{receivedDate}}. We are sorry that you have had reason to complain, and we confirm that we have recorded your complaint under the reference {{caseReference}}.',
      'You told us: {{complaintSummary}}',
      'We will now review your complaint and may contact you if we need more information. We aim to investigate and send you our response by {{resolveBy}}. If we need longer, we will write to tell you why and when you can expect it.',
      CONTACT,
    ].join('\n\n'),
  },
  'information-request': {
    subject: 'We need some more information about your complaint',
    body: [
      'Thank you for your complaint of {{receivedDate}}. To investigate it fully, we need the following from you:',
      '{{requestedItems}}',
      '{{requestNote}}',
      'Please send these to {{companyEmail}} or call us on {{companyTelephone}}, quoting {{caseReference}}. Sending them as soon as you can will help us resolve your complaint quickly.',
    ].join('\n\n'),
  },
  'written-confirmation-request': {
    subject: 'Please confirm your complaint in writing',
    body: [
      'Thank you for speaking to us on {{receivedDate}}. We recorded your complaint straight away under the reference {{caseReference}}, and we are already dealing with it.',
      'So that we have your complaint in your own words, we would be grateful if you could confirm it in writing, by email to {{companyEmail}} or by letter, quoting {{caseReference}}. This does not delay anything: we still aim to send you our response by {{resolveBy}}.',
      CONTACT,
    ].join('\n\n'),
  },
  'delay-notice': {
    subject: 'Our response to your complaint will take longer',
    body: [
      'We are sorry, but we will not be able to send you our final response by {{resolveBy}} as we had hoped.',
      'The reason is: {{delayReason}}',
      'We now expect to send you our final response by {{newExpectedDate}}.',
      CONTACT,
    ].join('\n\n'),
  },
  'final-response': {
    subject: 'Our final response to your complaint',
    body: [
      'Thank you for your patience while we investigated your complaint of {{receivedDate}}.',
      'Having investigated, we have {{outcome}} your complaint. {{responseSummary}}',
      'To put things right we are offering {{remedies}}.',
      '{{ombudsmanRights}}',
      '{{consumerAgencyRights}}',
      CONTACT,
    ].join('\n\n'),
  },
  'eight-week-letter': {
    subject: 'Your right to go to the Energy Ombudsman',
    body: [
      'We are sorry that we have not yet been able to resolve your complaint of {{receivedDate}}. We are still working on it and will write to you with our response.',
      '{{ombudsmanRights}}',
      '{{consumerAgencyRights}}',
      CONTACT,
    ].join('\n\n'),
  },
  'escalation-outcome': {
    subject: 'The outcome of the review of your complaint',
    body: [
      'You asked for your complaint to be reviewed independently. The review is now complete: the reviewer has {{reviewDecision}} your complaint.',
      '{{reviewSummary}}',
      '{{ombudsmanRights}}',
      '{{consumerAgencyRights}}',
      CONTACT,
    ].join('\n\n'),
  },
});
