// Tests for the wording schema: it refuses removing a rights paragraph, unknown or unfinished merge fields, naming what is wrong.
import { describe, expect, it } from 'vitest';
import { defaultWording, templateKinds, templateWordingSchema, wordingFrom, type TemplateKind } from '../../../../shared/letters';

function messages(kind: TemplateKind, wording: { subject: string; body: string }): string[] {
  const result = templateWordingSchema(kind).safeParse(wording);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('templateWordingSchema', () => {
  it.each(templateKinds)('accepts the default wording of the %s', (kind) => {
    expect(messages(kind, defaultWording[kind])).toEqual([]);
  });

  it.each([
    ['final-response', '{{ombudsmanRights}}', 'The final response must keep {{ombudsmanRights}}: it cannot be removed from this letter'],
    ['final-response', '{{consumerAgencyRights}}', 'The final response must keep {{consumerAgencyRights}}: it cannot be removed from this letter'],
    ['eight-week-letter', '{{ombudsmanRights}}', 'The 8-week letter must keep {{ombudsmanRights}}: it cannot be removed from this letter'],
    ['escalation-outcome', '{{consumerAgencyRights}}', 'The escalation outcome must keep {{consumerAgencyRights}}: it cannot be removed from this letter'],
    ['delay-notice', '{{newExpectedDate}}', 'The delay notice must keep {{newExpectedDate}}: it cannot be removed from this letter'],
  ] as const)('refuses the %s without %s', (kind, field, message) => {
    const body = defaultWording[kind].body.replaceAll(field, '');
    expect(messages(kind, { ...defaultWording[kind], body })).toEqual([message]);
  });

  it('refuses a merge field it does not know, naming it and the fields it could use', () => {
    const [message] = messages('acknowledgement', { subject: 'Hello', body: 'Dear {{customerNmae}}' });
    expect(message).toMatch(/^The acknowledgement body uses \{\{customerNmae\}\}, which is not a merge field of this letter: use one of \{\{customerName\}\}, \{\{caseReference\}\}/);
  });

  it('refuses a field that belongs to another letter', () => {
    const body = `${defaultWording.acknowledgement.body}\n\n{{delayReason}}`;
    expect(messages('acknowledgement', { subject: 'Hi', body })[0]).toContain('uses {{delayReason}}, which is not a merge field of this letter');
  });

  it('refuses an unknown field in the subject too', () => {
    expect(messages('acknowledgement', { subject: 'Case {{ref}}', body: 'Thanks' })[0]).toContain('The acknowledgement subject uses {{ref}}');
  });

  it('refuses an unfinished merge field', () => {
    expect(messages('acknowledgement', { subject: 'Hi', body: 'Dear {{customerName' })).toContain(
      'The acknowledgement body has an unfinished merge field: write each one as {{fieldName}}',
    );
  });

  it('refuses an empty subject or wording', () => {
    expect(messages('acknowledgement', { subject: ' ', body: '' })).toEqual(['Subject is required', 'Wording is required']);
  });

  it('accepts a rewording that keeps the rights paragraphs', () => {
    const body = 'We are sorry.\n\n{{ombudsmanRights}}\n\n{{consumerAgencyRights}}';
    expect(messages('eight-week-letter', { subject: 'Your rights', body })).toEqual([]);
  });
});

describe('wordingFrom', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(wordingFrom(undefined)).toEqual(defaultWording);
  });

  it('keeps valid stored wording and falls back to the default for a template whose stored wording lost its rights', () => {
    const acknowledgement = { subject: 'Got it', body: 'Thanks, {{customerName}}.' };
    const set = wordingFrom({ acknowledgement, 'final-response': { subject: 'Final', body: 'No rights here' }, junk: 1 });
    expect(set.acknowledgement).toEqual(acknowledgement);
    expect(set['final-response']).toEqual(defaultWording['final-response']);
  });
});
