// Who is signed in: useSession() gives screens the signed-in person; the sign-in feature's SessionProvider sets it.
import { createContext, use } from 'react';
import type { Actor, User } from '../../shared/model';

export interface Session {
  user: User;
  /** The viewer to pass to the store: stable while the same person is signed in. */
  actor: Actor;
  /** True while the lock screen covers the desk (shortcuts and timers should rest). */
  locked: boolean;
  signOut(): void;
  lock(): void;
}

/** Exported for component tests that render a screen with a made-up session. */
export const SessionContext = createContext<Session | null>(null);

/** The signed-in person. Only screens rendered inside SessionProvider (so only when signed in) may call it. */
export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession() was called outside SessionProvider, or before anyone signed in');
  return session;
}

