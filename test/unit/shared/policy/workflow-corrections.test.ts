// Enquiries and complaints, and corrections: new events that keep the old values on the timeline.
import { describe, expect, it } from 'vitest';
import type { ComplaintCase } from '../../../../shared/model';
import { caseClock, ENQUIRY_ONLY, type ApplyResult, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, caseAt, settings, staff, times } from '../../../fixtures/cases';

function accepted(result: ApplyResult): ComplaintCase {
  if (!result.ok) throw new Error(`Refused: ${result.missing.join('; ')}`);
  return result.case;
}
function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

describe('enquiries', () => {
  it('take no complaint steps until converted', () => {
    expect(refusal(attempt(caseAt('enquiry'), { type: 'acknowledge', sentAt: '2026-11-23T11:00:00.000Z', channel: 'email' }))).toEqual([ENQUIRY_ONLY]);
  });

  it('convert to a complaint keeping the original receipt time', () => {
    const enquiry = caseAt('enquiry');
    const result = attempt(enquiry, { type: 'convertEnquiryToComplaint', reason: 'Customer is unhappy after all' }, actors.agent, '2026-11-25T10:00:00.000Z');
    const c = accepted(result);
    expect(c).toMatchObject({ kind: 'complaint', receivedAt: times.received, stage: 'received', conversion: { convertedById: staff.agent.id } });
    expect(c.enquiry).toEqual(enquiry.enquiry);
    expect(caseClock(c, settings).acknowledgeBy).toBe('2026-11-26');
    expect(result.ok && result.events[0]).toMatchObject({ before: { kind: 'enquiry', conversion: null }, after: { kind: 'complaint' } });
    expect(refusal(attempt(c, { type: 'convertEnquiryToComplaint' }))).toEqual(['This is already a complaint']);
  });

  it('a complaints manager may record a new complaint as not a complaint', () => {
    const c = accepted(attempt(caseAt('received'), { type: 'markAsEnquiry', reason: 'Asking about prices only' }, actors.manager));
    expect(c).toMatchObject({ kind: 'enquiry', enquiry: { reason: 'Asking about prices only', recordedById: staff.manager.id } });
    expect(refusal(attempt(caseAt('acknowledged'), { type: 'markAsEnquiry', reason: 'x' }, actors.manager))[0]).toMatch(/^Only a complaint not yet acknowledged/);
  });
});

describe('correcting case details', () => {
  const correct = (changes: Record<string, unknown>, reason = 'Typed in error'): CaseAction => ({ type: 'correctCaseDetails', changes, reason }) as CaseAction;

  it('an agent corrects the description; the event keeps the old value', () => {
    const result = attempt(caseAt('investigating'), correct({ nature: 'Billed twice in November.' }));
    expect(accepted(result).nature).toBe('Billed twice in November.');
    expect(result.ok && result.events[0]).toMatchObject({
      summary: 'Corrected the nature of the complaint: Typed in error',
      before: { nature: 'Billed twice for the November standing charge after the renewal.' },
      after: { nature: 'Billed twice in November.' },
    });
  });

  it('clears an optional field with null', () => {
    const c = accepted(attempt(caseAt('investigating'), correct({ dealtWithName: null })));
    expect('dealtWithName' in c).toBe(false);
  });

  it('only a complaints manager corrects when it was received, which moves the clock', () => {
    const change = correct({ receivedAt: '2026-11-20T10:00:00.000Z' }, 'Letter was dated earlier');
    expect(refusal(attempt(caseAt('acknowledged'), change))).toEqual(['Only a complaints manager can correct the date and time received']);
    const c = accepted(attempt(caseAt('acknowledged'), change, actors.manager));
    expect(caseClock(c, settings).acknowledgeBy).toBe('2026-11-25');
    expect(refusal(attempt(caseAt('acknowledged'), correct({ receivedAt: '2026-11-23T10:30:00.000Z' }), actors.manager))).toEqual([
      'Date and time received cannot be after the complaint was recorded',
    ]);
  });

  it('refuses a correction that changes nothing, or lacks a reason', () => {
    expect(refusal(attempt(caseAt('acknowledged'), correct({ channel: 'telephone' }), actors.manager))).toEqual(['Record at least one correction']);
    expect(refusal(attempt(caseAt('acknowledged'), correct({ nature: 'x' }, '')))).toEqual(['Reason for the correction is required']);
  });

  it('marking concerns-staff by correction starts the employee checklist; unmarking needs the names removed', () => {
    const c = accepted(attempt(caseAt('acknowledged'), correct({ concernsStaff: true }), actors.manager));
    expect(c.employeeProcess?.informed.status).toBe('pending');
    const named = accepted(attempt(c, correct({ namedStaffUserIds: [staff.namedEmployee.id] }), actors.manager));
    expect(refusal(attempt(named, correct({ concernsStaff: false }), actors.manager))).toEqual([
      'Remove the named employees first, or keep the complaint marked as concerning staff',
    ]);
  });

  it('a complaints manager corrects when a letter was sent', () => {
    const change: CaseAction = { type: 'correctSentDate', record: 'acknowledgement', sentAt: '2026-11-24T09:00:00.000Z', channel: 'letter', reason: 'Posted, not emailed' };
    const c = accepted(attempt(caseAt('acknowledged'), change, actors.manager));
    expect(c.acknowledgement).toMatchObject({ sentAt: '2026-11-24T09:00:00.000Z', channel: 'letter', sentById: staff.agent.id });
    expect(refusal(attempt(caseAt('acknowledged'), { ...change, record: 'response' }, actors.manager))).toEqual(['There is no final response to correct']);
  });
});
