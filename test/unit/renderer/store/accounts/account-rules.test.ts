// Who may be deactivated, and how names are matched.
import { describe, expect, it } from 'vitest';
import { deactivationProblem, findByName, nameKey } from '../../../../../renderer/store/accounts/account-rules';
import { actorOf, type User } from '../../../../../shared/model';

const ada: User = { id: 'ada', name: 'Ada Admin', role: 'administrator', active: true };
const bea: User = { id: 'bea', name: 'Bea Admin', role: 'administrator', active: true };
const sam: User = { id: 'sam', name: 'Sam Agent', role: 'agent', active: true };

describe('deactivation', () => {
  it.each([
    ['an agent', sam, [ada, sam], null],
    ['themself', ada, [ada, bea, sam], 'You cannot deactivate your own account: ask another administrator'],
    ['another administrator', bea, [ada, bea], null],
    ['an inactive account', { ...sam, active: false }, [ada, sam], 'This account is already deactivated'],
  ])('an administrator deactivating %s', (_label, target, users, expected) => {
    expect(deactivationProblem(target, actorOf(ada), users)).toBe(expected);
  });

  it('keeps the last active administrator', () => {
    expect(deactivationProblem(ada, actorOf(bea), [ada, { ...bea, active: true, role: 'agent' }])).toBe(
      'The desk needs at least one active administrator: add another before deactivating this one',
    );
  });

  it('is for administrators only', () => {
    expect(deactivationProblem(sam, { userId: 'x', role: 'complaints-manager' }, [ada, sam])).toBe('Only an administrator can deactivate accounts');
  });
});

describe('names', () => {
  it('match ignoring case and repeated spaces', () => {
    expect(nameKey('  Sam   AGENT ')).toBe('sam agent');
    expect(findByName([ada, sam], 'sam agent')).toBe(sam);
    expect(findByName([ada, sam], 'Sam')).toBeUndefined();
  });
});
