// Before the app quits, the window is asked for a backup; quitting waits for it, but never longer than a limit.
export const QUIT_BACKUP_LIMIT_MS = 120_000;

export interface QuitBackupDeps {
  /** Sends the request to the window; false when there is no window to ask. */
  ask(): boolean;
  /** Resolves when the window says the backup is done. */
  whenDone(): Promise<void>;
  wait(ms: number): Promise<void>;
  quit(): void;
  log: Pick<Console, 'warn'>;
}

/** Returns the before-quit listener: the first quit is held back while the backup runs, then quitting goes on. */
export function quitBackupListener(deps: QuitBackupDeps, limitMs = QUIT_BACKUP_LIMIT_MS) {
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  return (event: { preventDefault(): void }) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'waiting') return;
    if (!deps.ask()) {
      state = 'done';
      deps.quit();
      return;
    }
    state = 'waiting';
    const timedOut = deps.wait(limitMs).then(() => 'timed-out' as const);
    void Promise.race([deps.whenDone().then(() => 'done' as const), timedOut]).then((how) => {
      if (how === 'timed-out') deps.log.warn(`The backup on quitting took longer than ${limitMs / 1000} s; quitting without waiting for it`);
      state = 'done';
      deps.quit();
    });
  };
}
