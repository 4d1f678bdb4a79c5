// Everyone on the desk, read live, with a name for any user id (timeline, files, assignments).
import { useCallback, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { User } from '../../shared/model';
import { db } from './desk';
import { listUsers } from './users';

const NOBODY: User[] = [];

export function useStaff(): { staff: User[]; names: ReadonlyMap<string, string>; nameOf(userId: string | undefined): string } {
  const staff = useLiveQuery(() => listUsers(db), []) ?? NOBODY;
  const names = useMemo(() => new Map(staff.map((u) => [u.id, u.name])), [staff]);
  const nameOf = useCallback((userId: string | undefined) => (userId ? (names.get(userId) ?? 'Former member of staff') : '—'), [names]);
  return { staff, names, nameOf };
}
