// The case schema: stored cases are checked field by field and across fields, with messages naming what is wrong.
import { describe, expect, it } from 'vitest';
import {
  caseProblems,
  caseReference,
  complaintCase,
  complaintIntake,
  formatCaseReference,
  formatStaffCaseReference,
  pendingEmployeeProcess,
  timelineEvent,
  type ComplaintCase,
} from '../../../../shared/model';
import { caseAt, caseHistoryAt, intake, staff, staffCaseAt } from '../../../fixtures/cases';

function messages(c: ComplaintCase): string[] {
  const result = complaintCase.safeParse(c);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('case reference', () => {
  it('formats as JESQ-yyyy-nnnnnn', () => {
    expect(formatCaseReference(2026, 123)).toBe('JESQ-2026-000123');
    expect(caseReference.safeParse('JESQ-2026-000123').success).toBe(true);
    expect(formatStaffCaseReference(2026, 12)).toBe('JESQ-2026-S00012');
    expect(caseReference.safeParse('JESQ-2026-S00012').success).toBe(true);
    expect(caseReference.safeParse('JESQ-2026-S000012').success).toBe(false);
    expect(caseReference.safeParse('JESQ-26-123').error?.issues[0]?.message).toBe('Case reference must look like JESQ-2026-000123');
  });
});

describe('the stage and its records agree', () => {
  it.each([
    ['acknowledged without the acknowledgement', () => caseAt('acknowledged', { acknowledgement: undefined }), 'An acknowledged case must record the acknowledgement'],
    ['investigating without an investigator', () => caseAt('investigating', { investigatorId: undefined }), 'A case under investigation must have an investigator'],
    ['responded without findings', () => caseAt('responded', { findings: undefined }), 'A responded case must record its findings'],
    ['responded without the response', () => caseAt('responded', { response: undefined }), 'A responded case must record the final response'],
    ['actions taken without the customer’s answer', () => caseAt('actions-taken', { customerAcceptance: undefined }), "A case with actions taken must record the customer's answer to the final response"],
    ['actions taken with an action not done', () => caseAt('actions-taken', { improvementActions: [{ ...caseAt('responded').improvementActions[0]!, doneOn: undefined }] }), 'A case with actions taken must have every improvement action done, or none needed'],
    ['closed without its record', () => caseAt('closed', { closeRecord: undefined }), 'A closed case must have its close record'],
    ['resolved at first contact without the resolution', () => caseAt('resolved-at-first-contact', { firstContactResolution: undefined }), 'A case resolved at first contact must record the resolution'],
    ['withdrawn without the withdrawal', () => caseAt('withdrawn', { withdrawal: undefined }), 'A withdrawn case must record the withdrawal'],
    ['an enquiry without its reason', () => caseAt('enquiry', { enquiry: undefined }), 'An enquiry must record why it is not a complaint'],
    ['an enquiry past Received', () => caseAt('acknowledged', { kind: 'enquiry', enquiry: caseAt('enquiry').enquiry }), 'An enquiry cannot move through the complaint stages'],
    ['a named employee on a case not marked as about staff', () => caseAt('received', { namedStaffUserIds: [staff.namedEmployee.id] }), 'A complaint that names an employee concerns staff'],
    ['about staff without the employee checklist', () => staffCaseAt('received', { employeeProcess: undefined }), 'A complaint about staff must have the employee checklist'],
    ['the investigator named', () => staffCaseAt('investigating', { namedStaffUserIds: [staff.investigator.id] }), 'The investigator cannot be an employee named in the complaint'],
    ['two open holds', () => caseAt('investigating', { holds: [1, 2].map((n) => ({ id: `h${n}`, agency: 'Ofgem', reference: 'R', decidedById: staff.manager.id, placedAt: '2026-11-25T10:00:00.000Z', from: '2026-11-25' })) }), 'A case can have only one hold open at a time'],
    ['a deadlock letter the customer accepted', () => caseAt('actions-taken', { deadlockLetter: { sentAt: '2026-12-09T10:00:00.000Z', channel: 'letter', sentById: staff.agent.id } }), 'A deadlock letter needs the customer not to accept the final response'],
  ])('refuses %s', (_name, build, message) => {
    const c = build();
    expect(caseProblems(c).map((p) => p.message)).toEqual([message]);
    expect(messages(c)).toEqual([message]);
  });
});

describe('field messages name the field in plain words', () => {
  it.each([
    ['nature', { nature: '' }, 'Nature of the complaint is required'],
    ['receipt time', { receivedAt: 'yesterday' }, 'Date and time received must be a date and time'],
    ['channel', { channel: 'fax' }, 'Choose how the complaint was made'],
    ['category', { category: 'weather' }, 'Choose the complaint category'],
    ['version', { version: 0 }, 'Version must be 1 or more'],
  ])('%s', (_name, over, message) => {
    expect(messages({ ...caseAt('received'), ...over } as ComplaintCase)).toEqual([message]);
  });

  it('remedies: a payment is integer pence, more than nothing', () => {
    const withPayment = (amountPence: unknown) =>
      ({ ...caseAt('responded'), response: { ...caseAt('responded').response!, remedies: [{ kind: 'payment', amountPence }] } }) as ComplaintCase;
    expect(messages(withPayment(0))).toEqual(['Payment amount must be more than £0.00']);
    expect(messages(withPayment(-100))).toEqual(['Payment amount must be more than £0.00']);
    expect(messages(withPayment(99.5))).toEqual(['Payment amount must be a whole number of pence']);
    expect(messages(withPayment(undefined))).toEqual(['Payment amount is required']);
    expect(messages(withPayment(200_000_000))).toEqual(['Payment amount must be at most £1,000,000.00']);
    expect(messages(withPayment(1))).toEqual([]);
  });

  it('dates: a real calendar date', () => {
    const c = { ...caseAt('responded'), customerAcceptance: { answer: 'accepted', on: '2026-02-30', recordedById: staff.agent.id } } as ComplaintCase;
    expect(messages(c)).toEqual(['Date of the customer’s answer must be a date like 2026-11-23']);
  });

  it('the employee checklist: an account is required when the employee explained', () => {
    const process = { ...pendingEmployeeProcess(), opportunityToExplain: { status: 'done', on: '2026-11-25', recordedById: staff.manager.id, account: ' ' } };
    expect(messages({ ...staffCaseAt('received'), employeeProcess: process } as ComplaintCase)).toEqual(["The employee's account is required"]);
  });
});

describe('intake', () => {
  it('defaults to a complaint, not about staff', () => {
    const parsed = complaintIntake.parse(intake({ kind: undefined }));
    expect(parsed).toMatchObject({ kind: 'complaint', concernsStaff: false, namedStaffUserIds: [] });
  });

  it('names the employee only on a complaint marked as about staff', () => {
    expect(complaintIntake.safeParse(intake({ namedStaffUserIds: [staff.namedEmployee.id] })).error?.issues.map((i) => i.message)).toEqual([
      'A complaint that names an employee must be marked as concerning staff',
    ]);
  });
});

describe('timeline events', () => {
  it('every fixture event, numbered and hashed by the store, is a valid timeline event', () => {
    const { events } = caseHistoryAt('closed', { aboutStaff: true });
    events.forEach((e, i) => {
      const stored = { ...e, id: `e${i + 1}`, seq: i + 1, prevHash: i === 0 ? '' : `h${i}`, hash: `h${i + 1}` };
      expect(timelineEvent.safeParse(stored).success).toBe(true);
    });
  });

  it('needs a summary and an event number', () => {
    const bad = { caseId: 'c', at: '2026-11-23T10:00:00.000Z', actorId: 'u', action: 'x', summary: '', before: null, after: null, id: 'e', seq: 0, hash: 'h', prevHash: '' };
    expect(timelineEvent.safeParse(bad).error?.issues.map((i) => i.message)).toEqual(['Summary is required', 'Event number must be 1 or more']);
  });
});

describe('no message is left in zod’s own words', () => {
  it('an empty case, customer, user, event and intake each say what is missing in plain words', async () => {
    const { complaintCaseShape, customer, user } = await import('../../../../shared/model');
    const results = [complaintCaseShape.safeParse({}), customer.safeParse({}), user.safeParse({}), timelineEvent.safeParse({}), complaintIntake.safeParse({})];
    const texts = results.flatMap((r) => r.error?.issues.map((i) => i.message) ?? []);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => /Invalid input|expected \w+, received/.test(t))).toEqual([]);
  });
});
