// Guards a route by role: anyone else is sent to their own home (administrators to Accounts, case workers to the work list).
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Role } from '../../../shared/model';
import { useSession } from '../../session/session';
import { homeFor } from '../../ui/navigation';

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (!roles.includes(user.role)) return <Navigate to={homeFor(user.role)} replace />;
  return children;
}
