// Who is signed in: SessionProvider shows set-up, sign-in or the lock screen as needed, then gives screens the session.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Box } from '@mui/material';
import { actorOf, type User } from '../../../shared/model';
import { SessionContext, type Session } from '../../session/session';
import { db } from '../../store/desk';
import { getUser } from '../../store/users';
import { accountsDb } from '../../store/accounts/accounts-db';
import { DEFAULT_IDLE_LOCK_MINUTES, loadIdleLockMinutes } from '../../store/settings/idle-lock-setting';
import { LockScreen } from './LockScreen';
import { OpeningScreen } from './OpeningScreen';
import { SetUpScreen } from './SetUpScreen';
import { needsSetUp } from '../../store/accounts/sign-in';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './use-idle-lock';
import { readJoinedServer } from '../../store/sync/joined';
import { signOutJoinedDesk } from '../../session/joined-sign-in';

type Phase = { kind: 'checking' } | { kind: 'set-up' } | { kind: 'signed-out' } | { kind: 'signed-in'; userId: string; locked: boolean };

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const userId = phase.kind === 'signed-in' ? phase.userId : null;
  const locked = phase.kind === 'signed-in' && phase.locked;
  // Tagged with the id it was read for: after the deps change, useLiveQuery still returns the previous answer a while.
  const read = useLiveQuery(async () => ({ userId, user: userId ? ((await getUser(db, userId)) ?? null) : null }), [userId]);
  // null: the account has gone; undefined: still reading.
  const user = userId !== null && read?.userId === userId ? read.user : undefined;
  const idleMinutes = useLiveQuery(() => loadIdleLockMinutes(accountsDb), []) ?? DEFAULT_IDLE_LOCK_MINUTES;

  useEffect(() => {
    if (phase.kind !== 'checking') return undefined;
    let cancelled = false;
    void needsSetUp(db, accountsDb).then((empty) => {
      if (!cancelled) setPhase({ kind: empty ? 'set-up' : 'signed-out' });
    });
    return () => {
      cancelled = true;
    };
  }, [phase.kind]);

  const signOut = useCallback(() => {
    db.keyring.forgetAll();
    if (readJoinedServer()) void signOutJoinedDesk();
    setPhase({ kind: 'checking' });
    void navigate('/');
  }, [navigate]);
  // A locked desk forgets the keys; typing the password again (unlock) opens them anew.
  const lock = useCallback(() => {
    db.keyring.forgetAll();
    setPhase((p) => (p.kind === 'signed-in' ? { ...p, locked: true } : p));
  }, []);
  const unlocked = useCallback(() => setPhase((p) => (p.kind === 'signed-in' ? { ...p, locked: false } : p)), []);
  const signedIn = useCallback((u: User) => setPhase({ kind: 'signed-in', userId: u.id, locked: false }), []);

  useIdleLock(phase.kind === 'signed-in' && !locked, idleMinutes, lock);

  // An account deactivated (or removed) while signed in is signed out at once.
  const current = user ?? undefined;
  const gone = user === null || (current !== undefined && !current.active);
  useEffect(() => {
    if (gone) signOut();
  }, [gone, signOut]);

  const actorId = current?.id;
  const actorRole = current?.role;
  const actor = useMemo(() => (actorId && actorRole ? actorOf({ id: actorId, role: actorRole }) : null), [actorId, actorRole]);
  const session = useMemo<Session | null>(
    () => (current && actor ? { user: current, actor, locked, signOut, lock } : null),
    [current, actor, locked, signOut, lock],
  );

  if (phase.kind === 'checking') return <OpeningScreen />;
  if (phase.kind === 'set-up') return <SetUpScreen onSetUp={signedIn} />;
  if (phase.kind === 'signed-out') return <SignInScreen onSignedIn={signedIn} />;
  if (!session || !current?.active) return <OpeningScreen />;
  return (
    <SessionContext value={session}>
      {/* While locked the desk stays mounted (typed work is kept) but hidden and unreachable. */}
      <Box hidden={locked} inert={locked} aria-hidden={locked || undefined}>
        {children}
      </Box>
      {locked && <LockScreen user={current} onUnlocked={unlocked} onSignOut={signOut} />}
    </SessionContext>
  );
}
