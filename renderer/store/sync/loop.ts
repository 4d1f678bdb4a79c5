// The sync loop of a signed-in user: push what waits, then pull; when up to date, a waiting pull that the server
// answers as soon as something this user may see changes (server/routes/pull-wait.ts), so changes arrive within
// a second or two without polling hard. A change made here cuts the wait short (kick) so it leaves at once.
// Offline: retries with a growing pause (2 s up to 30 s), and the desk works on meanwhile.
import type { Actor } from '../../../shared/model';
import type { ComplaintsDatabase } from '../db';
import { applyPage } from './apply';
import { readCheckpoint, readFirstSync } from './checkpoint';
import { SyncRequestError, type SyncClient } from './client';
import { wrapForAssignedInvestigators } from './grants';
import { sendEndorsements } from './key-trust';
import { pushWaiting } from './push';
import { purgeWhatIsNoLongerTheirs } from './restored';
import { setSyncStatus } from './status';

const PAGE = 500;
const WAIT_SECONDS = 20;
const FALLBACK_POLL_MS = 2_000;

export interface LoopDeps {
  db: ComplaintsDatabase;
  client: SyncClient;
  actor: Actor;
  /** Signs in again with the password given at sign-in (the session expired, or the desk signed in offline). */
  reconnect(): Promise<boolean>;
  now?: () => string;
}

export class SyncLoop {
  private stopped = false;
  private waiting: AbortController | null = null;
  private pause: { resolve: () => void } | null = null;
  private hasWaitRoute = true;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: LoopDeps) {}

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.kick();
    await this.running;
  }

  /** Something changed here: stop waiting, push now. */
  kick(): void {
    this.waiting?.abort();
    this.pause?.resolve();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.pause = { resolve: done };
    });
  }

  private async nextPage(checkpoint: string, upToDate: boolean) {
    const { client } = this.deps;
    if (!upToDate) return client.pull(checkpoint, PAGE);
    this.waiting = new AbortController();
    try {
      if (this.hasWaitRoute) return await client.waitForChanges({ checkpoint, limit: PAGE, waitSeconds: WAIT_SECONDS }, this.waiting.signal);
      await this.sleep(FALLBACK_POLL_MS);
      return await client.pull(checkpoint, PAGE);
    } catch (error) {
      if (error instanceof SyncRequestError && error.code === 'not-found') {
        this.hasWaitRoute = false;
        return client.pull(checkpoint, PAGE);
      }
      throw error;
    } finally {
      this.waiting = null;
    }
  }

  private async run(): Promise<void> {
    const { db, client, actor } = this.deps;
    const now = this.deps.now ?? (() => new Date().toISOString());
    let upToDate = false;
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!client.signedIn && !(await this.deps.reconnect())) throw new SyncRequestError('signed-out', 'Sign in again to reach the office server');
        await sendEndorsements(db, (userId, publicKey, endorsement) => client.endorse(userId, publicKey, endorsement));
        // A restored desk first purges what is no longer its user's, then pulls from the start.
        await purgeWhatIsNoLongerTheirs(db, (ids) => client.heldCases(ids), now());
        await pushWaiting(db, client, actor, now);
        const checkpoint = await readCheckpoint(db, actor.userId);
        const page = await this.nextPage(checkpoint, upToDate && checkpoint !== '');
        if (this.stopped) break;
        await applyPage(db, page, actor.userId, now(), client);
        // A public key that reached this desk may be an assigned investigator's the case's key still waits for.
        if (page.changes.some((r) => r.kind === 'userKey')) await wrapForAssignedInvestigators(db, actor, now());
        upToDate = !page.more;
        failures = 0;
        setSyncStatus({ state: 'connected', lastSyncedAt: now(), message: null, firstSync: await readFirstSync(db, actor.userId) });
      } catch (error) {
        if (this.stopped) break;
        if (error instanceof DOMException && error.name === 'AbortError') continue;
        failures += 1;
        if (error instanceof SyncRequestError && error.code === 'signed-out') {
          client.signOut();
          setSyncStatus({ state: 'signed-out', message: error.message });
        } else if (error instanceof SyncRequestError && error.code === 'protocol-mismatch') {
          setSyncStatus({ state: 'incompatible', message: error.message });
          return;
        } else if (error instanceof SyncRequestError && error.code === 'offline') {
          setSyncStatus({ state: 'offline', message: error.message });
        } else {
          setSyncStatus({ state: 'problem', message: error instanceof Error ? error.message : String(error) });
        }
        await this.sleep(Math.min(30_000, 2_000 * 2 ** Math.min(failures - 1, 4)));
      }
    }
  }
}
