// The information checklist at intake: what the intake already provides, and what stays outstanding.
import { describe, expect, it } from 'vitest';
import { checklistProgress, intakeChecklist } from '../../../../shared/policy';

const today = '2026-12-04';

describe('intakeChecklist', () => {
  it.each([
    ['nothing typed', { nameAndContact: false, nature: false }, []],
    ['name, contact and nature', { nameAndContact: true, nature: true }, ['nameAndContact', 'nature']],
    ['a staff member dealt with', { nameAndContact: true, nature: true, dealtWithUserId: 'u1' }, ['nameAndContact', 'personDealtWith', 'nature']],
    ['a blank name dealt with', { nameAndContact: true, nature: true, dealtWithName: '  ' }, ['nameAndContact', 'nature']],
    ['steps taken and a customer document', { nameAndContact: true, nature: true, stepsTaken: 'Rang the supplier', fileSources: ['company', 'customer'] as const }, ['nameAndContact', 'nature', 'stepsTaken', 'supportingDocuments']],
    ['only a company file', { nameAndContact: true, nature: true, fileSources: ['company'] as const }, ['nameAndContact', 'nature']],
  ])('%s', (_, facts, provided) => {
    const checklist = intakeChecklist(facts, today);
    const progress = checklistProgress(checklist);
    expect(Object.entries(checklist).filter(([, s]) => s.status === 'provided').map(([item]) => item)).toEqual(provided);
    for (const item of provided) expect(checklist[item as keyof typeof checklist]).toEqual({ status: 'provided', on: today });
    expect(progress.outstanding).toHaveLength(6 - provided.length);
    expect(checklist.conversations.status).toBe('outstanding');
  });
});
