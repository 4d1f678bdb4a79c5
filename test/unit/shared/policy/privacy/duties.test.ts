// Who may do the personal-data duties: managers export and anonymise, administrators set the retention period.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../../shared/model';
import { cannotAnonymise, cannotExportSubjectAccess, cannotSetRetention } from '../../../../../shared/policy/privacy/duties';

describe('personal-data duties by role', () => {
  it.each([
    ['agent', false, false, false],
    ['complaints-manager', true, true, false],
    ['administrator', false, false, true],
  ] as [Role, boolean, boolean, boolean][])('%s: subject access %s, anonymise %s, set retention %s', (role, exports, anonymises, sets) => {
    expect(cannotExportSubjectAccess({ role }) === null).toBe(exports);
    expect(cannotAnonymise({ role }) === null).toBe(anonymises);
    expect(cannotSetRetention({ role }) === null).toBe(sets);
  });
});
