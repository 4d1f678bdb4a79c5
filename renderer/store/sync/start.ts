// A joined desk's sync, started once at start-up (renderer/main.tsx loads this file only when the desk is joined):
// installs the write seam, signs users in with the server (or offline, with what the desk cached when they last
// signed in here), and runs the loop of whoever is signed in.
import { actorOf, confidentialityFacts, type User } from '../../../shared/model';
import { canViewCase } from '../../../shared/policy';
import type { ComplaintsDatabase } from '../db';
import { installSyncHook } from '../sync-hook';
import { forgetOtherCheckpoints } from './checkpoint';
import { SyncClient, SyncRequestError } from './client';
import { keyRecordFromJson, keyRecordToJson } from '../../../shared/sync';
import { toBase64, unlockUserKeys } from '../../../shared/sealed';
import { makeKeys } from '../sealed/user-keys-store';
import { startKeySession } from '../sealed/case-keys';
import { trustedKeyOf } from './key-trust';
import { makeSyncHook } from './hook';
import type { JoinedServer } from './joined';
import { SyncLoop } from './loop';
import { openHeldSealedCases } from './apply';
import { wrapForAssignedInvestigators } from './grants';
import { purgeCase } from './purge';
import { setSyncStatus } from './status';
import { uploadWaitingDeskCases } from './desk-upload/run-upload';

/** What the desk needs from sign-in (features/sign-in), passed in so the store does not import the screens. */
export interface LocalAccounts {
  /** Stores the password's hash for signing in offline next time. */
  remember(user: User, password: string): Promise<void>;
  /** Checks a password offline against what was remembered: the user, or why not. */
  check(name: string, password: string): Promise<{ ok: true; user: User } | { ok: false; message: string }>;
}

export type JoinedSignIn = { ok: true; user: User; offline: boolean } | { ok: false; message: string };

interface Running {
  user: User;
  password: string;
  loop: SyncLoop;
}

let running: Running | null = null;
let client: SyncClient | null = null;
let database: ComplaintsDatabase | null = null;

export function startSync(db: ComplaintsDatabase, server: JoinedServer): void {
  database = db;
  client = new SyncClient(server.address);
  installSyncHook(
    makeSyncHook({
      queued: () => setTimeout(() => running?.loop.kick(), 0),
    }),
  );
  setSyncStatus({ state: 'signed-out', message: 'Sign in to reach the office server' });
}

/**
 * A desk shared by several users never shows one another's confidential cases, nor keeps them: on sign-in, any
 * confidential case this user may not see is purged, and the other users' checkpoints are forgotten so their next
 * pull brings back what is theirs.
 */
async function keepOnlyWhatTheyMaySee(db: ComplaintsDatabase, user: User, now: string): Promise<void> {
  const actor = actorOf(user);
  const confidential = await db.caseRows.filter((row) => row.confidential === 1).primaryKeys();
  let purged = 0;
  for (const caseId of confidential) {
    const c = await db.cases.get(caseId);
    if (c && !canViewCase(actor, confidentialityFacts(c))) {
      await purgeCase(db, { caseId, reason: 'not-for-this-user' }, now);
      purged += 1;
    }
  }
  if (purged > 0) await forgetOtherCheckpoints(db, user.id);
}

/**
 * The user's keys, the same at every desk they sign in at (docs/sealed-records.md), opened into this window's
 * memory. The desk's own record wins while the password opens it (a server's different copy is not taken: it may
 * be a substitute, and the desk's is sent back). Otherwise the server's copy is taken when the password opens it:
 * trusted if this desk had no key for the user or already accepted this one (a complaints manager's signature,
 * store/sync/key-trust.ts), else kept awaiting a complaints manager's grant. With neither (a password reset), new
 * keys are made, awaiting that grant when they replace keys the desk knew.
 */
export async function joinKeys(db: ComplaintsDatabase, sync: SyncClient | null, user: User, password: string, now: string): Promise<void> {
  const mine = sync?.signedIn ? await sync.myKeys() : null;
  const local = await db.userKeys.get(user.id);
  let unlocked = local ? await unlockUserKeys(local, password).catch(() => undefined) : undefined;
  if (!unlocked && mine) {
    const record = keyRecordFromJson(mine);
    unlocked = await unlockUserKeys(record, password).catch(() => undefined);
    if (unlocked) {
      const trusted = await trustedKeyOf(db, user.id);
      const accepted = trusted === undefined || trusted === mine.publicKey;
      await db.userKeys.put({ ...record, madeBy: user.id, ...(accepted ? {} : { awaitingGrant: true as const }) });
    }
  }
  const replacing = local !== undefined || mine !== null;
  unlocked ??= await makeKeys(db, user.id, password, user.id, now, replacing ? { awaitingGrant: true } : {});
  await startKeySession(db, unlocked, now);
  if (sync?.signedIn && toBase64(unlocked.publicKey) !== mine?.publicKey) {
    const opened = await db.userKeys.get(user.id);
    if (opened) await sync.putKeys(keyRecordToJson(opened));
  }
}

/**
 * Complaints about staff this desk holds only as ciphertext open now if the user signing in holds a wrap of their
 * key (their history asked of the server when it answers; offline they wait for the next sign-in), and a manager's
 * desk wraps keys for investigators assigned before their keys were known.
 */
async function openWhatReachedThem(db: ComplaintsDatabase, sync: SyncClient | null, user: User, now: string): Promise<void> {
  await openHeldSealedCases(db, user.id, now, sync?.signedIn ? sync : undefined);
  await wrapForAssignedInvestigators(db, actorOf(user), now);
}

async function begin(db: ComplaintsDatabase, user: User, userName: string, password: string): Promise<void> {
  await running?.loop.stop();
  const now = new Date().toISOString();
  await joinKeys(db, client, user, password, now);
  await keepOnlyWhatTheyMaySee(db, user, now);
  await openWhatReachedThem(db, client, user, now);
  const sync = client;
  if (!sync) return;
  const loop = new SyncLoop({
    db,
    client: sync,
    actor: actorOf(user),
    reconnect: async () => {
      try {
        await sync.signIn(userName, password);
        return true;
      } catch {
        return false;
      }
    },
  });
  running = { user, password, loop };
  // A complaints manager's sign-in first uploads the desk's own cases from before it joined (once, resumable);
  // the loop's pull then brings them back as the server holds them.
  void uploadWaitingDeskCases(db, sync, user).finally(() => {
    if (running?.loop === loop) loop.start();
  });
}

/** Signs in on a joined desk: with the server when it answers, else offline for someone who signed in here before. */
export async function signInJoined(name: string, password: string, accounts: LocalAccounts): Promise<JoinedSignIn> {
  const db = database;
  const sync = client;
  if (!db || !sync) return { ok: false, message: 'The office server connection has not started' };
  try {
    const answer = await sync.signIn(name, password);
    await db.users.put(answer.user);
    await accounts.remember(answer.user, password);
    await db.syncState.put({ key: `user-name:${name.trim().toLowerCase()}`, value: answer.user.id });
    await begin(db, answer.user, name, password);
    return { ok: true, user: answer.user, offline: false };
  } catch (error) {
    if (!(error instanceof SyncRequestError) || (error.code !== 'offline' && error.code !== 'server-error')) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    const local = await accounts.check(name, password);
    if (!local.ok) return local;
    sync.signOut();
    setSyncStatus({ state: 'offline', message: error.message });
    await begin(db, local.user, name, password);
    return { ok: true, user: local.user, offline: true };
  }
}

/** The user id this desk last saw sign in to the server under this user name, if any. */
export async function knownUserId(name: string): Promise<string | null> {
  const stored = await database?.syncState.get(`user-name:${name.trim().toLowerCase()}`);
  return typeof stored?.value === 'string' ? stored.value : null;
}

/** The user signed out: their loop stops, and their key and password are forgotten. */
export async function signedOutOfDesk(): Promise<void> {
  const was = running;
  running = null;
  client?.signOut();
  await was?.loop.stop();
  setSyncStatus({ state: 'signed-out', message: 'Sign in to reach the office server' });
}
