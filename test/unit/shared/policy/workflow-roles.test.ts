// Who may do what: administrators work no cases; some actions are for complaints managers only.
import { describe, expect, it } from 'vitest';
import { allowedActions, NOT_FOR_ADMINISTRATORS, workflowRules, type ApplyResult, type CaseAction, type CaseActionType } from '../../../../shared/policy';
import { actors, attempt, caseAt, fixtureStages, laterThan, settings, staff } from '../../../fixtures/cases';

function refusal(result: ApplyResult): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.missing;
}

describe('administrators manage accounts, not cases', () => {
  it.each(fixtureStages)('no action is offered or allowed to an administrator: %s', (stage) => {
    const c = caseAt(stage);
    const actions = allowedActions(c, actors.admin, laterThan(c), settings);
    expect(actions.filter((a) => a.allowed || a.relevant)).toEqual([]);
    expect(actions.every((a) => a.missing[0] === NOT_FOR_ADMINISTRATORS)).toBe(true);
  });

  it('applyAction refuses an administrator', () => {
    expect(refusal(attempt(caseAt('received'), { type: 'acknowledge', sentAt: '2026-11-23T11:00:00.000Z', channel: 'email' }, actors.admin))).toEqual([NOT_FOR_ADMINISTRATORS]);
  });
});

describe('complaints-manager-only actions', () => {
  const managerOnly = (Object.keys(workflowRules) as CaseActionType[]).filter((t) => workflowRules[t].managerOnly);

  it('are exactly these', () => {
    expect(managerOnly.sort()).toEqual(['assignReviewer', 'correctSentDate', 'markAsEnquiry', 'placeHold', 'recordLawfulDisclosure', 'releaseHold'].sort());
  });

  it.each([
    ['placeHold', 'investigating', { type: 'placeHold', holdId: 'h', agency: 'Police', reference: 'P1', from: '2026-11-25' }, 'Only a complaints manager can place a case on hold'],
    ['recordLawfulDisclosure', 'closed', { type: 'recordLawfulDisclosure', disclosureId: 'l', recipient: { kind: 'energy-ombudsman', name: 'Energy Ombudsman' }, basis: 'ombudsman-or-regulator-rules', reason: 'Ombudsman investigation' }, 'Only a complaints manager can record a lawful reason to disclose personal details'],
    ['markAsEnquiry', 'received', { type: 'markAsEnquiry', reason: 'Only asking about prices' }, 'Only a complaints manager can record a complaint as not a complaint'],
    ['correctSentDate', 'acknowledged', { type: 'correctSentDate', record: 'acknowledgement', sentAt: '2026-11-24T09:00:00.000Z', channel: 'letter', reason: 'Typed the wrong time' }, 'Only a complaints manager can correct when a letter was sent'],
  ] as const)('%s: refused to an agent, allowed to a manager', (_type, stage, action, message) => {
    const c = caseAt(stage);
    expect(refusal(attempt(c, action as CaseAction, actors.agent))).toEqual([message]);
    expect(attempt(c, action as CaseAction, actors.manager).ok).toBe(true);
    const listed = allowedActions(c, actors.agent, laterThan(c), settings).find((a) => a.type === action.type);
    expect(listed).toMatchObject({ allowed: false, relevant: true, managerOnly: true, missing: [message] });
  });
});

describe('allowedActions', () => {
  it('offers an agent the first steps on a new complaint', () => {
    const c = caseAt('received');
    const allowed = allowedActions(c, actors.agent, laterThan(c), settings).filter((a) => a.allowed).map((a) => a.type);
    expect(allowed).toEqual(expect.arrayContaining(['acknowledge', 'resolveAtFirstContact', 'withdraw', 'requestInformation', 'assignInvestigator', 'referToConsumerAgency']));
    expect(allowed).not.toContain('startReview');
    expect(allowed).not.toContain('placeHold');
  });

  it('lists a blocked step with what is missing, for a disabled button', () => {
    const c = caseAt('under-review', { category: undefined });
    const start = allowedActions(c, actors.agent, laterThan(c), settings).find((a) => a.type === 'startInvestigation');
    expect(start).toEqual({ type: 'startInvestigation', label: 'Start investigation', group: 'main-path', allowed: false, relevant: true, managerOnly: false, missing: ['Categorise the complaint', 'Assign an investigator'] });
  });

  it.each(fixtureStages)('gives a reason for every action not allowed, and none for those allowed: %s', (stage) => {
    const c = caseAt(stage);
    for (const listed of allowedActions(c, actors.agent, laterThan(c), settings)) {
      expect(listed.missing.length > 0).toBe(!listed.allowed);
      if (listed.allowed) expect(listed.relevant).toBe(true);
    }
  });

  it('shows the named employee nothing on a complaint about them', () => {
    const c = caseAt('investigating', { concernsStaff: true, namedStaffUserIds: [staff.agent.id], employeeProcess: caseAt('investigating', {}, { aboutStaff: true }).employeeProcess });
    expect(allowedActions(c, actors.agent, laterThan(c), settings).filter((a) => a.relevant)).toEqual([]);
  });
});

describe('refusals are in plain words', () => {
  it('an action with no details names each missing detail, never in zod’s own words', async () => {
    const { caseAction } = await import('../../../../shared/policy');
    const texts = (Object.keys(workflowRules) as CaseActionType[]).flatMap((type) => caseAction.safeParse({ type }).error?.issues.map((i) => i.message) ?? []);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((t) => /Invalid input|expected \w+, received/.test(t))).toEqual([]);
  });
});
