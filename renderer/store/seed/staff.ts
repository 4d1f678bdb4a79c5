// The synthetic desk's staff: agents who work cases, complaints managers, administrators.
import type { User } from '../../../shared/model';
import type { Random } from './random';
import { personName } from './uk-people';

export interface SyntheticStaff {
  agents: User[];
  managers: User[];
  everyone: User[];
}

export function syntheticStaff(random: Random, counts = { agents: 24, managers: 4, administrators: 2 }): SyntheticStaff {
  const make = (role: User['role'], n: number, prefix: string): User[] =>
    Array.from({ length: n }, (_, i) => {
      const { name, first, last } = personName(random);
      return { id: `${prefix}-${i + 1}`, name, role, active: true, email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@jesqsolutions.co.uk' };
    });
  const agents = make('agent', counts.agents, 'agent');
  const managers = make('complaints-manager', counts.managers, 'manager');
  const administrators = make('administrator', counts.administrators, 'admin');
  // One agent has left: their old cases keep their name, but nobody new is assigned to them.
  const leaver = { ...make('agent', 1, 'former-agent')[0]!, active: false };
  return { agents, managers, everyone: [...agents, ...managers, ...administrators, leaver] };
}
