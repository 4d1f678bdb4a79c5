// Who goes where: every role the policy lets see cases works the work list (investigators too); administrators
// manage accounts and settings; Roles and access is the complaints managers'.
import { describe, expect, it } from 'vitest';
import { CASE_WORKERS, homeFor, placesFor } from '../../../../renderer/ui/navigation';
import { roles } from '../../../../shared/model';
import { OPEN_CASE_ROLES, seesNoCase } from '../../../../shared/policy/confidentiality';

describe('navigation', () => {
  it('lets every role that sees open cases work them, and no other', () => {
    expect([...CASE_WORKERS].sort()).toEqual([...OPEN_CASE_ROLES].sort());
    for (const role of roles) expect(homeFor(role)).toBe(seesNoCase({ role }) ? '/accounts' : '/');
  });

  it('shows each role its places', () => {
    const labels = (role: (typeof roles)[number]) => placesFor(role).map((p) => p.label);
    expect(labels('investigator')).toEqual(['Work list']);
    expect(labels('agent')).toEqual(['Work list']);
    expect(labels('administrator')).toEqual(['Accounts', 'Settings']);
    expect(labels('complaints-manager')).toEqual(['Work list', 'Reports', 'Subject access', 'Retention review', 'Roles and access']);
  });
});
