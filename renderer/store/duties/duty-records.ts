// The shapes of the duty log (role changes, resets, grants; hash-chained) and of a role change awaiting confirmation.
import type { JsonValue, Role } from '../../../shared/model';

export type DutyAction =
  | 'account-created'
  | 'role-requested'
  | 'role-confirmed'
  | 'role-request-refused'
  | 'role-changed'
  | 'password-reset'
  | 'keys-created'
  | 'access-granted'
  | 'access-removed';

export interface DutyLogEntry {
  seq: number;
  at: string;
  /** Who did it. */
  actorId: string;
  action: DutyAction;
  /** The account it was done to. */
  subjectId: string;
  details: JsonValue;
  /** The previous entry's hash ('' for the first). */
  prevHash: string;
  /** SHA-256 of this entry's canonical JSON without the hash. */
  hash: string;
}

/** A role that takes effect only when a complaints manager confirms it. */
export interface RoleRequest {
  userId: string;
  role: Role;
  requestedById: string;
  requestedAt: string;
}
