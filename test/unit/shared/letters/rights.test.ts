// Tests for the rights paragraphs: the Ombudsman right worded now (deadlock, 8 weeks) or from a date, as the policy says.
import { describe, expect, it } from 'vitest';
import { ombudsmanRight, letterText } from '../../../../shared/letters';
import { caseAt, settings } from '../../../fixtures/cases';
import { letterFor } from './letter-fixtures';

const deadlockCase = () => caseAt('responded', { customerAcceptance: { answer: 'deadlock', on: '2026-12-08', recordedById: 'user-agent' } });
const CONSUMER = 'You may also refer your complaint to a consumer protection agency, such as the Citizens Advice consumer service, at any time.';

describe('ombudsmanRight', () => {
  it.each([
    ['before 8 weeks, no deadlock', caseAt('investigating'), '2026-12-04T12:00:00.000Z', false, { when: 'from', eligibleFrom: '2027-01-18' }],
    ['on the 8-week date', caseAt('investigating'), '2027-01-18T09:00:00.000Z', false, { when: 'now', because: 'eight-weeks', eligibleFrom: '2027-01-18' }],
    ['a deadlock letter before 8 weeks', deadlockCase(), '2026-12-08T12:00:00.000Z', true, { when: 'now', because: 'deadlock', eligibleFrom: '2026-12-08' }],
    ['a deadlock letter after 8 weeks', deadlockCase(), '2027-02-01T12:00:00.000Z', true, { when: 'now', because: 'eight-weeks', eligibleFrom: '2027-01-18' }],
  ] as const)('%s', (_, c, now, deadlock, expected) => {
    expect(ombudsmanRight(c, settings, now, deadlock)).toEqual(expected);
  });
});

describe('the rights paragraphs in letters', () => {
  it('final response before 8 weeks: the Ombudsman from the date, or sooner on deadlock', () => {
    const text = letterText(letterFor('final-response', caseAt('investigating'), '2026-12-04T12:00:00.000Z'));
    expect(text).toContain(
      'If you are not satisfied, you may refer your complaint to the Energy Ombudsman, an independent service that is free for you to use (www.energyombudsman.org), from 18/01/2027 (eight weeks after you made your complaint), or sooner if we write to tell you that we cannot reach agreement.',
    );
    expect(text).toContain(CONSUMER);
  });

  it('final response after 8 weeks: the Ombudsman now, because 8 weeks have passed', () => {
    const text = letterText(letterFor('final-response', caseAt('investigating'), '2027-01-20T12:00:00.000Z'));
    expect(text).toContain('It is more than eight weeks since you made your complaint on 23/11/2026, so you may now refer it to the Energy Ombudsman');
    expect(text).not.toContain('from 18/01/2027');
    expect(text).toContain(CONSUMER);
  });

  it('deadlock letter: the Ombudsman now, because we cannot agree', () => {
    const text = letterText(letterFor('deadlock-letter', deadlockCase(), '2026-12-08T12:00:00.000Z'));
    expect(text).toContain('This is our final response. As we have not been able to resolve your complaint to your satisfaction, you may now refer it to the Energy Ombudsman');
    expect(text).toContain(CONSUMER);
  });

  it('8-week letter: the Ombudsman now', () => {
    const letter = letterFor('eight-week-letter', caseAt('investigating'), '2027-01-18T10:00:00.000Z');
    expect(letter.ombudsmanRight).toEqual({ when: 'now', because: 'eight-weeks', eligibleFrom: '2027-01-18' });
    expect(letterText(letter)).toContain('so you may now refer it to the Energy Ombudsman');
    expect(letterText(letter)).toContain(CONSUMER);
  });

  it('escalation outcome: states both rights', () => {
    const text = letterText(letterFor('escalation-outcome', caseAt('responded'), '2026-12-10T12:00:00.000Z'));
    expect(text).toContain('from 18/01/2027');
    expect(text).toContain(CONSUMER);
  });

  it('letters without rights fields do not carry an Ombudsman right', () => {
    expect(letterFor('acknowledgement', caseAt('received'), '2026-11-24T10:00:00.000Z').ombudsmanRight).toBeUndefined();
  });
});
