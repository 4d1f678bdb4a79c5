// Who sees a case: the confidentiality truth table, the recorder's stub, logged views and export redaction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidentialityFacts, type Role } from '../../../../shared/model';
import {
  canSeeRecordedStub,
  canViewCase,
  EMPLOYEE_PLACEHOLDER,
  mustLogView,
  recorderReceipt,
  redactCase,
  redactionPlan,
  redactJson,
  nameParts,
  staffMentionPattern,
  WITHHELD_ACCOUNT,
  WITHHELD_SUPPORT,
  type ConfidentialityFacts,
} from '../../../../shared/policy';
import { caseAt, caseHistoryAt, CASE_REFERENCE, staff, staffCaseAt } from '../../../fixtures/cases';

const RECORDER = 'u-recorder';
const INVESTIGATOR = 'u-investigator';
const NAMED = 'u-named';
const OTHER = 'u-other';

const ordinary: ConfidentialityFacts = { concernsStaff: false, namedStaffUserIds: [], investigatorId: INVESTIGATOR, recordedById: RECORDER };
const aboutStaff: ConfidentialityFacts = { concernsStaff: true, namedStaffUserIds: [NAMED], investigatorId: INVESTIGATOR, recordedById: RECORDER };
const unidentified: ConfidentialityFacts = { concernsStaff: true, namedStaffUserIds: [], recordedById: RECORDER };
// Names recorded without the flag: treated as confidential all the same.
const namedUnflagged: ConfidentialityFacts = { concernsStaff: false, namedStaffUserIds: [NAMED], recordedById: RECORDER };

describe('canViewCase', () => {
  it.each([
    // case, viewer id, role, can view, sees the recorder's stub
    ['ordinary', ordinary, OTHER, 'agent', true, false],
    ['ordinary', ordinary, OTHER, 'complaints-manager', true, false],
    ['ordinary', ordinary, OTHER, 'administrator', false, false],
    ['ordinary', ordinary, RECORDER, 'agent', true, false],
    ['about staff', aboutStaff, OTHER, 'agent', false, false],
    ['about staff', aboutStaff, OTHER, 'complaints-manager', true, false],
    ['about staff', aboutStaff, OTHER, 'administrator', false, false],
    ['about staff', aboutStaff, INVESTIGATOR, 'agent', true, false],
    ['about staff', aboutStaff, INVESTIGATOR, 'complaints-manager', true, false],
    ['about staff', aboutStaff, INVESTIGATOR, 'administrator', false, false],
    ['about staff', aboutStaff, RECORDER, 'agent', false, true],
    ['about staff', aboutStaff, RECORDER, 'complaints-manager', true, false],
    ['about staff', aboutStaff, NAMED, 'agent', false, false],
    ['about staff', aboutStaff, NAMED, 'complaints-manager', false, false],
    ['about staff', aboutStaff, NAMED, 'administrator', false, false],
    ['about staff, employee not identified', unidentified, OTHER, 'agent', false, false],
    ['about staff, employee not identified', unidentified, OTHER, 'complaints-manager', true, false],
    ['about staff, employee not identified', unidentified, RECORDER, 'agent', false, true],
    ['named but not flagged', namedUnflagged, OTHER, 'agent', false, false],
    ['named but not flagged', namedUnflagged, NAMED, 'complaints-manager', false, false],
  ] as const)('%s case, viewer %s (%s): view %s, stub %s', (_name, facts, userId, role, view, stub) => {
    const viewer = { userId, role: role as Role };
    expect(canViewCase(viewer, facts)).toBe(view);
    expect(canSeeRecordedStub(viewer, facts)).toBe(stub);
  });

  it('a named employee who recorded the complaint sees only the stub', () => {
    const facts = { ...aboutStaff, recordedById: NAMED };
    expect(canViewCase({ userId: NAMED, role: 'agent' }, facts)).toBe(false);
    expect(canSeeRecordedStub({ userId: NAMED, role: 'agent' }, facts)).toBe(true);
  });

  it('property: a named employee never views the case, whatever their role and other facts', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom<Role>('agent', 'complaints-manager', 'administrator'),
        fc.boolean(),
        fc.array(fc.string({ minLength: 1 })),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.string({ minLength: 1 }),
        (userId, role, concernsStaff, others, investigatorId, recordedById) => {
          const facts = { concernsStaff, namedStaffUserIds: [...others, userId], investigatorId: investigatorId ?? userId, recordedById };
          expect(canViewCase({ userId, role }, facts)).toBe(false);
        },
      ),
    );
  });

  it('property: an administrator never views any case', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.array(fc.string()), fc.string(), (userId, concernsStaff, named, recordedById) => {
        expect(canViewCase({ userId, role: 'administrator' }, { concernsStaff, namedStaffUserIds: named, investigatorId: userId, recordedById })).toBe(false);
      }),
    );
  });

  it('works from a real case', () => {
    const c = staffCaseAt('investigating');
    expect(canViewCase({ userId: staff.investigator.id, role: 'agent' }, confidentialityFacts(c))).toBe(true);
    expect(canViewCase({ userId: staff.agent.id, role: 'agent' }, confidentialityFacts(c))).toBe(false);
    expect(canSeeRecordedStub({ userId: staff.agent.id, role: 'agent' }, confidentialityFacts(c))).toBe(true);
  });
});

describe('the recorder receipt', () => {
  it('shows only that they recorded it', () => {
    const receipt = recorderReceipt(staffCaseAt('investigating'));
    expect(receipt).toEqual({
      caseId: 'case-1',
      reference: CASE_REFERENCE,
      receivedAt: '2026-11-23T10:00:00.000Z',
      recordedAt: '2026-11-23T10:05:00.000Z',
      message: 'You recorded this complaint. It is confidential and is being handled by the complaints manager.',
    });
  });
});

describe('mustLogView', () => {
  it.each([
    [ordinary, false],
    [aboutStaff, true],
    [unidentified, true],
    [namedUnflagged, true],
  ])('%o → %s', (facts, logged) => {
    expect(mustLogView(facts)).toBe(logged);
  });
});

describe('export redaction', () => {
  it('an ordinary case is exported as it is', () => {
    const c = caseAt('closed');
    const plan = redactionPlan(c);
    expect(plan).toMatchObject({ confidential: false, redactStaffIdentity: false, fields: [] });
    expect(redactCase(c, plan)).toBe(c);
  });

  it("replaces the employee's identity and withholds their account", () => {
    const c = staffCaseAt('closed');
    const plan = redactionPlan(c, { staffNames: [staff.namedEmployee.name] });
    expect(plan).toMatchObject({ confidential: true, redactStaffIdentity: true, replacement: 'the employee', staffUserIds: [staff.namedEmployee.id] });
    expect(plan.fields.map((f) => f.path)).toEqual(expect.arrayContaining(['namedStaffUserIds', 'dealtWithName', 'employeeProcess.opportunityToExplain.account']));
    const out = redactCase(c, plan);
    const text = JSON.stringify(out);
    expect(text).not.toContain(staff.namedEmployee.id);
    expect(text).not.toContain(staff.namedEmployee.name);
    expect(out.namedStaffUserIds).toEqual([EMPLOYEE_PLACEHOLDER]);
    expect(out.dealtWithName).toBe(EMPLOYEE_PLACEHOLDER);
    expect(out.conversations[0]?.people[1]).toEqual({ name: EMPLOYEE_PLACEHOLDER, userId: EMPLOYEE_PLACEHOLDER });
    expect(out.employeeProcess?.opportunityToExplain).toMatchObject({ status: 'done', account: WITHHELD_ACCOUNT });
    expect(out.employeeProcess?.supportOffered).toMatchObject({ status: 'done', support: WITHHELD_SUPPORT });
    expect(c.namedStaffUserIds).toEqual([staff.namedEmployee.id]);
  });

  it('replaces the employee named by a first name or surname alone, as a word, in any case', () => {
    const plan = { staffNames: ['Dave Parry', "Siobhan O'Neill-Hughes"] };
    expect(nameParts('Dave Parry')).toEqual(['Dave', 'Parry']);
    expect(nameParts("Siobhan O'Neill-Hughes")).toEqual(['Siobhan', "O'Neill", 'Hughes']);
    expect(nameParts('Jo Li')).toEqual([]);
    const redact = (text: string) => text.replace(staffMentionPattern(plan)!, EMPLOYEE_PLACEHOLDER);
    expect(redact('Dave was rude; Mr PARRY then hung up. Dave Parry’s manager rang back.')).toBe(
      'the employee was rude; Mr the employee then hung up. the employee’s manager rang back.',
    );
    expect(redact("Ms O'Neill-Hughes and Siobhan")).toBe('Ms the employee-the employee and the employee');
    // Part of a longer word is not the name: Davenport Road, Parrys Lane, Hughesdon.
    expect(redact('Davenport Road, Parrys Lane, Hughesdon')).toBe('Davenport Road, Parrys Lane, Hughesdon');
    expect(staffMentionPattern({ staffNames: [] })).toBeNull();
  });

  it('replaces a first name alone in the case for export', () => {
    const c = staffCaseAt('closed');
    const plan = redactionPlan(c, { staffNames: [staff.namedEmployee.name] });
    const first = nameParts(staff.namedEmployee.name)[0]!;
    const out = redactCase({ ...c, stepsTaken: `Spoke to ${first} about the call.` }, plan);
    expect(out.stepsTaken).toBe('Spoke to the employee about the call.');
  });

  it('redacts timeline before/after values too', () => {
    const h = caseHistoryAt('closed', { aboutStaff: true });
    const plan = redactionPlan(h.case, { staffNames: [staff.namedEmployee.name] });
    const text = JSON.stringify(h.events.map((e) => [redactJson(e.before, plan), redactJson(e.after, plan), e.summary]));
    expect(text).not.toContain(staff.namedEmployee.id);
    expect(text).not.toContain(staff.namedEmployee.name);
    expect(text).not.toContain('I read the old tariff');
  });

  it('a complaints manager may include the employee deliberately, with a reason that is logged', () => {
    const c = staffCaseAt('closed');
    const plan = redactionPlan(c, { includeStaffIdentity: { reason: ' Ombudsman asked for the staff account ', byManagerId: staff.manager.id } });
    expect(plan).toMatchObject({ redactStaffIdentity: false, staffIdentityIncluded: { reason: 'Ombudsman asked for the staff account', byManagerId: staff.manager.id } });
    expect(redactCase(c, plan)).toBe(c);
  });

  it.each([
    ['without a reason', { reason: '  ', byManagerId: staff.manager.id }, 'Give the reason for including the employee'],
    ['by the named employee', { reason: 'x', byManagerId: staff.namedEmployee.id }, 'An employee named in the complaint cannot include it'],
  ])('refuses an inclusion %s, and redacts', (_name, include, refused) => {
    const plan = redactionPlan(staffCaseAt('closed'), { includeStaffIdentity: include });
    expect(plan).toMatchObject({ redactStaffIdentity: true, refused });
  });
});
