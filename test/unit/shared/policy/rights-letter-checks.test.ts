// The Ombudsman's guidance on eight-week and deadlock letters, checked on the final wording: each missing element named.
import { describe, expect, it } from 'vitest';
import { checkRightsLetter, RIGHTS_LETTER_ELEMENTS } from '../../../../shared/policy';
import { actors, attempt, caseAt } from '../../../fixtures/cases';
import { rightsLetter, rightsWording } from '../../../fixtures/rights-letters';

const facts = { kind: 'deadlock', referBy: '2027-12-09', ownerName: 'Priya Shah' } as const;

describe('checkRightsLetter', () => {
  it('passes the default wording of both letters', () => {
    expect(checkRightsLetter(rightsWording('deadlock', '2027-12-09'), facts)).toEqual({ ok: true });
    expect(checkRightsLetter(rightsWording('eight-week', '2028-01-18'), { kind: 'eight-week', referBy: '2028-01-18', ownerName: 'Priya Shah' })).toEqual({ ok: true });
  });

  it('names every element missing from a bare letter', () => {
    const result = checkRightsLetter('Dear Mr Jones, we are sorry you are unhappy. Yours sincerely', facts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toHaveLength(RIGHTS_LETTER_ELEMENTS.length);
    expect(result.missing).toEqual([
      'The deadlock letter must state: The customer\'s right to refer the complaint to the Energy Ombudsman, and the date to refer by (09/12/2027)',
      'The deadlock letter must state: That the Energy Ombudsman is free for the customer to use',
      'The deadlock letter must state: That the Energy Ombudsman is independent',
      'The deadlock letter must state: What the Energy Ombudsman can award: an apology, an explanation, practical action and a financial award',
      "The deadlock letter must state: That the Ombudsman's decision binds the firm but not the customer",
      'The deadlock letter must state: The label "deadlock letter"',
      "The deadlock letter must state: The firm's final position on the complaint",
      'The deadlock letter must state: Whether any offer still stands if the customer goes to the Ombudsman',
      'The deadlock letter must state: The person who owns the complaint (Priya Shah)',
    ]);
  });

  // An administrator's edit that drops one sentence: the check names exactly that element.
  it.each([
    ['You have the right to refer your complaint to the Energy Ombudsman until 09/12/2027.', 'the date to refer by (09/12/2027)'],
    [' that is free for you to use', 'free for the customer'],
    ['If you accept its decision, we must follow it; you do not have to accept it.', 'binds the firm but not the customer'],
    ['Any offer we have made to you still stands if you refer your complaint to the Energy Ombudsman.', 'offer still stands'],
    ['Priya Shah owns your complaint and remains your point of contact.', 'owns the complaint (Priya Shah)'],
    ['and to pay you a financial award', 'financial award'],
  ])('removing "%s" is refused, naming it', (cut, named) => {
    const edited = rightsWording('deadlock', '2027-12-09').replace(cut, '');
    const result = checkRightsLetter(edited, facts);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.missing).toHaveLength(1);
      expect(result.missing[0]).toContain(named);
    }
  });

  it('accepts the elements in other words: dates written out, "compensation", "not binding on you"', () => {
    const own =
      'This is our deadlock letter and our final position. You may refer your complaint to the Energy Ombudsman, a free and independent service, by 9 December 2027. ' +
      'It can require an apology, an explanation, practical action and compensation. Its decision is binding on us but not on you. ' +
      'Our offer will be withdrawn if you go to the Ombudsman. Your complaint is handled by Priya Shah.';
    expect(checkRightsLetter(own, facts)).toEqual({ ok: true });
  });

  it('an eight-week letter labelled as a deadlock letter is refused for its label and position', () => {
    const result = checkRightsLetter(rightsWording('deadlock', '2028-01-18'), { kind: 'eight-week', referBy: '2028-01-18', ownerName: 'Priya Shah' });
    expect(result).toEqual({
      ok: false,
      missing: ['The eight-week letter must state: The label "eight-week letter"', "The eight-week letter must state: The firm's position on the complaint so far"],
    });
  });
});

describe('the workflow refuses a non-compliant letter as sent', () => {
  const at = '2026-12-09T11:00:00.000Z';
  const deadlocked = () => {
    const r = attempt(caseAt('responded'), { type: 'recordCustomerAcceptance', answer: 'deadlock', on: '2026-12-08' }, actors.agent, at);
    if (!r.ok) throw new Error(r.missing.join('; '));
    return r.case;
  };

  it('a deadlock letter whose administrator dropped the offer sentence', () => {
    const letter = rightsLetter('deadlock', '2027-12-09');
    const wording = letter.wording.replace('Any offer we have made to you still stands if you refer your complaint to the Energy Ombudsman.', '');
    const r = attempt(deadlocked(), { type: 'sendDeadlockLetter', sentAt: '2026-12-09T10:00:00.000Z', channel: 'letter', ...letter, wording }, actors.agent, at);
    expect(r).toEqual({ ok: false, missing: ['The deadlock letter must state: Whether any offer still stands if the customer goes to the Ombudsman'] });
  });

  it('a deadlock letter that gives the wrong date to refer by', () => {
    const r = attempt(deadlocked(), { type: 'sendDeadlockLetter', sentAt: '2026-12-09T10:00:00.000Z', channel: 'letter', ...rightsLetter('deadlock', '2028-01-18') }, actors.agent, at);
    expect(r.ok).toBe(false);
  });

  it('records the compliant letter', () => {
    const r = attempt(deadlocked(), { type: 'sendDeadlockLetter', sentAt: '2026-12-09T10:00:00.000Z', channel: 'letter', ...rightsLetter('deadlock', '2027-12-09') }, actors.agent, at);
    expect(r.ok).toBe(true);
  });
});
