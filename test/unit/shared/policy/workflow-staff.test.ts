// Complaints about staff: confidential working, the employee checklist, and closing only when it is complete.
import { describe, expect, it } from 'vitest';
import { pendingEmployeeProcess, type ComplaintCase } from '../../../../shared/model';
import { allowedActions, CONFIDENTIAL_CASE, type ApplyResult, type CaseAction } from '../../../../shared/policy';
import { actors, attempt, caseAt, laterThan, settings, staff, staffCaseAt } from '../../../fixtures/cases';

function accepted(result: ApplyResult): ComplaintCase {
  if (!result.ok) throw new Error(`Refused: ${result.missing.join('; ')}`);
  return result.case;
}
function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

const close: CaseAction = { type: 'close', rootCause: 'people-and-training', lessonsLearned: 'Refresher on renewals.' };

describe('recording that a complaint concerns staff', () => {
  it('makes the case confidential: the agent who recorded it can no longer work it', () => {
    const c = accepted(attempt(caseAt('acknowledged'), { type: 'recordStaffConcern', namedStaffUserIds: [staff.namedEmployee.id] }));
    expect(c).toMatchObject({ concernsStaff: true, namedStaffUserIds: [staff.namedEmployee.id], employeeProcess: pendingEmployeeProcess() });
    expect(refusal(attempt(c, { type: 'startReview' }, actors.agent))).toEqual([CONFIDENTIAL_CASE]);
    expect(accepted(attempt(c, { type: 'startReview' }, actors.manager)).stage).toBe('under-review');
  });

  it('can be recorded before the employee is identified, then the name added', () => {
    const flagged = accepted(attempt(caseAt('acknowledged'), { type: 'recordStaffConcern', namedStaffUserIds: [] }));
    expect(flagged.concernsStaff).toBe(true);
    const named = accepted(attempt(flagged, { type: 'recordStaffConcern', namedStaffUserIds: [staff.namedEmployee.id] }, actors.manager));
    expect(named.namedStaffUserIds).toEqual([staff.namedEmployee.id]);
    expect(refusal(attempt(named, { type: 'recordStaffConcern', namedStaffUserIds: [staff.namedEmployee.id] }, actors.manager))).toEqual([
      'This is already recorded as a complaint about staff, with these employees named',
    ]);
  });

  it('refuses to name the investigator until another is assigned', () => {
    expect(refusal(attempt(caseAt('investigating'), { type: 'recordStaffConcern', namedStaffUserIds: [staff.investigator.id] }))).toEqual([
      'The investigator is named in the complaint: assign another investigator first',
    ]);
  });
});

describe('who works a confidential case', () => {
  it('the named employee never can, even as a complaints manager', () => {
    const c = staffCaseAt('investigating', { namedStaffUserIds: [staff.namedEmployee.id, staff.manager.id] });
    expect(refusal(attempt(c, { type: 'recordFindings', factsEstablished: 'x', cause: 'y' }, actors.manager))).toEqual([CONFIDENTIAL_CASE]);
    expect(allowedActions(c, actors.manager, laterThan(c), settings).every((a) => !a.allowed && !a.relevant)).toBe(true);
  });

  it('the investigator (an agent) can; another agent cannot', () => {
    const c = staffCaseAt('investigating');
    expect(accepted(attempt(c, { type: 'recordFindings', factsEstablished: 'x', cause: 'y' }, actors.investigator)).findings?.cause).toBe('y');
    expect(refusal(attempt(c, { type: 'recordFindings', factsEstablished: 'x', cause: 'y' }, actors.secondAgent))).toEqual([CONFIDENTIAL_CASE]);
  });

  it('only a complaints manager assigns its investigator', () => {
    expect(refusal(attempt(staffCaseAt('investigating'), { type: 'assignInvestigator', investigatorId: staff.secondAgent.id }, actors.investigator))).toEqual([
      'Only a complaints manager can assign the investigator of a complaint about staff',
    ]);
  });
});

describe('the employee checklist', () => {
  const notTold = (): ComplaintCase => {
    const c = staffCaseAt('actions-taken');
    return { ...c, employeeProcess: { ...(c.employeeProcess ?? pendingEmployeeProcess()), toldResult: { status: 'pending' } } };
  };

  it('blocks closing until every item is done or waived, saying which', () => {
    expect(refusal(attempt(notTold(), close, actors.manager))).toEqual(['Complete the employee checklist: employee not yet told the result']);
    const pending = { ...staffCaseAt('actions-taken'), employeeProcess: pendingEmployeeProcess() };
    expect(refusal(attempt(pending, close, actors.manager))).toEqual([
      'Complete the employee checklist: employee not yet informed',
      'Complete the employee checklist: employee not yet given the opportunity to explain',
      'Complete the employee checklist: support not yet offered to the employee',
      'Complete the employee checklist: employee not yet kept updated on the investigation',
      'Complete the employee checklist: employee not yet told the result',
    ]);
  });

  it('closes once the last item is done', () => {
    const told = accepted(attempt(notTold(), { type: 'recordEmployeeChecklistItem', item: 'toldResult', outcome: 'done', on: '2026-12-10' }, actors.investigator));
    expect(accepted(attempt(told, close, actors.manager)).stage).toBe('closed');
  });

  it('closes once the last item is waived by a complaints manager with a reason', () => {
    const waive: CaseAction = { type: 'recordEmployeeChecklistItem', item: 'toldResult', outcome: 'waived', on: '2026-12-10', reason: 'Employee has left the company' };
    expect(refusal(attempt(notTold(), waive, actors.investigator))).toEqual(['Only a complaints manager can waive a step of the employee checklist']);
    expect(refusal(attempt(notTold(), { ...waive, reason: undefined } as CaseAction, actors.manager))).toEqual(['Reason for waiving the step is required']);
    const waived = accepted(attempt(notTold(), waive, actors.manager));
    expect(waived.employeeProcess?.toldResult).toEqual({ status: 'waived', on: '2026-12-10', reason: 'Employee has left the company', recordedById: staff.manager.id });
    expect(accepted(attempt(waived, close, actors.manager)).stage).toBe('closed');
  });

  it("records the employee's account and the support offered", () => {
    const c = staffCaseAt('under-review');
    expect(refusal(attempt(c, { type: 'recordEmployeeChecklistItem', item: 'opportunityToExplain', outcome: 'done', on: '2026-11-25' }, actors.manager))).toEqual([
      "Record the employee's account",
    ]);
    expect(refusal(attempt(c, { type: 'recordEmployeeChecklistItem', item: 'supportOffered', outcome: 'done', on: '2026-11-25' }, actors.manager))).toEqual([
      'Record what support was offered',
    ]);
    const heard = accepted(attempt(c, { type: 'recordEmployeeChecklistItem', item: 'opportunityToExplain', outcome: 'done', on: '2026-11-25', account: 'I followed the script.' }, actors.manager));
    expect(heard.employeeProcess?.opportunityToExplain).toEqual({ status: 'done', on: '2026-11-25', recordedById: staff.manager.id, account: 'I followed the script.' });
  });

  it('is only for complaints about staff', () => {
    expect(refusal(attempt(caseAt('investigating'), { type: 'recordEmployeeChecklistItem', item: 'informed', outcome: 'done', on: '2026-11-25' }, actors.manager))).toEqual([
      'This complaint does not concern a member of staff',
    ]);
  });
});
