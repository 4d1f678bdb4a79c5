// Each duty log entry in words, as complaints managers read it on Roles and access.
import { roleLabels, roles, type JsonValue, type Role } from '../../../shared/model';
import type { DutyAction } from '../../store/duties/duty-records';

const actionLabels: Record<DutyAction, string> = {
  'account-created': 'Account added',
  'role-requested': 'Asked to become a complaints manager',
  'role-confirmed': 'Confirmed as complaints manager',
  'role-request-refused': 'Request to become a complaints manager refused',
  'role-changed': 'Role changed',
  'password-reset': 'Password reset',
  'keys-created': 'New keys made',
  'access-granted': 'Access given to complaints about staff',
  'access-removed': 'Access to complaints about staff removed',
};

function field(details: JsonValue, name: string): JsonValue | undefined {
  return details !== null && typeof details === 'object' && !Array.isArray(details) ? details[name] : undefined;
}

function roleName(value: JsonValue | undefined): string | null {
  return typeof value === 'string' && (roles as readonly string[]).includes(value) ? roleLabels[value as Role] : null;
}

function count(value: JsonValue | undefined, what: string): string | null {
  if (typeof value !== 'number') return null;
  return `${value} ${what}${value === 1 ? '' : 's'}`;
}

/** The entry's action and what it carried, e.g. "Role changed: Customer service agent to Investigator". */
export function describeDuty(action: DutyAction, details: JsonValue): string {
  const label = actionLabels[action];
  const from = roleName(field(details, 'from'));
  const to = roleName(field(details, 'to')) ?? roleName(field(details, 'role'));
  const granted = count(field(details, 'cases'), 'complaint');
  const removed = field(details, 'accessRemovedFromCases');
  const parts = [
    from && to ? `${from} to ${to}` : to && action === 'account-created' ? `as ${to}` : null,
    granted,
    typeof removed === 'number' && removed > 0 ? `access removed from ${count(removed, 'complaint')}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `${label}: ${parts.join('; ')}` : label;
}
