// Members of staff who sign in: agents work cases, investigators investigate those assigned to them, the complaints
// manager oversees them, administrators manage accounts.
import { z } from 'zod';
import { entityId, requiredText } from './fields';

export const roles = ['agent', 'investigator', 'complaints-manager', 'administrator'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  agent: 'Customer service agent',
  investigator: 'Investigator',
  'complaints-manager': 'Complaints manager',
  administrator: 'Administrator',
};

export const role = z.enum(roles, { error: 'Choose the role' });

export const user = z.object({
  id: entityId('User id'),
  name: requiredText('Name', { max: 200 }),
  role,
  active: z.boolean({ error: 'Say whether the account is active' }),
  email: z.email('Email must be a valid email address').optional(),
});
export type User = z.infer<typeof user>;

/** Who is acting or viewing: the user id and role, all the domain needs. */
export const actor = z.object({ userId: entityId('User id'), role });
export type Actor = z.infer<typeof actor>;

export function actorOf(u: Pick<User, 'id' | 'role'>): Actor {
  return { userId: u.id, role: u.role };
}
