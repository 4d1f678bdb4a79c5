// caseAudience against its own statements: every audience it gives falls in one of the role sets the store indexes,
// and inAudience on it is canViewCase, for any facts and any viewer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../../../../shared/model';
import { CASE_AUDIENCE_ROLE_SETS, canViewCase, caseAudience, inAudience, seesNoCase } from '../../../../shared/policy';

const ids = ['u1', 'u2', 'u3', 'u4'];
const facts = fc.record({
  concernsStaff: fc.boolean(),
  namedStaffUserIds: fc.subarray(ids),
  investigatorId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
  recordedById: fc.constantFrom(...ids),
});
const viewer = fc.record({ userId: fc.constantFrom(...ids), role: fc.constantFrom(...roles) });

describe('caseAudience', () => {
  it('admits only role sets the store keeps a partition for', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const audience = caseAudience(f);
        const admitted = audience.roles.filter((r) => !audience.excludedRoles.includes(r));
        expect(CASE_AUDIENCE_ROLE_SETS.some((set) => set.length === admitted.length && admitted.every((r) => set.includes(r)))).toBe(true);
      }),
    );
  });

  it('is what canViewCase reads, and admits no viewer whose role sees no case', () => {
    fc.assert(
      fc.property(facts, viewer, (f, v) => {
        expect(inAudience(v, caseAudience(f))).toBe(canViewCase(v, f));
        if (seesNoCase(v)) expect(canViewCase(v, f)).toBe(false);
      }),
    );
  });
});
