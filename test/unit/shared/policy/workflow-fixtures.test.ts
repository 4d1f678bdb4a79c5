// The fixture cases are cases the app could hold: valid against the model at every stage, with a timeline to match.
import { describe, expect, it } from 'vitest';
import { caseProblems, complaintCase } from '../../../../shared/model';
import { caseHistoryAt, fixtureStages } from '../../../fixtures/cases';

describe('fixture cases', () => {
  it.each(fixtureStages)('%s: valid, at its stage, one event per step', (stage) => {
    for (const aboutStaff of [false, true]) {
      const h = caseHistoryAt(stage, { aboutStaff });
      const parsed = complaintCase.safeParse(h.case);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(caseProblems(h.case)).toEqual([]);
      expect(h.case.stage).toBe(stage === 'enquiry' ? 'received' : stage);
      expect(h.case.version).toBe(h.events.length);
    }
  });
});
