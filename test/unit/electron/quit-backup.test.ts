// Quitting waits for the window's backup, but not beyond the limit, and only once.
import { describe, expect, it, vi } from 'vitest';
import { quitBackupListener, type QuitBackupDeps } from '../../../electron/quit-backup';

function setUp(hasWindow = true) {
  let finish: () => void = () => undefined;
  let elapse: () => void = () => undefined;
  const deps: QuitBackupDeps = {
    ask: vi.fn(() => hasWindow),
    whenDone: () => new Promise<void>((resolve) => (finish = resolve)),
    wait: () => new Promise<void>((resolve) => (elapse = resolve)),
    quit: vi.fn(),
    log: { warn: vi.fn() },
  };
  const listener = quitBackupListener(deps, 1000);
  const event = () => ({ preventDefault: vi.fn() });
  return { deps, listener, event, finish: () => finish(), elapse: () => elapse() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the backup on quitting', () => {
  it('holds the quit until the window says the backup is done, then quits for real', async () => {
    const { deps, listener, event, finish } = setUp();
    const first = event();
    listener(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(deps.ask).toHaveBeenCalledTimes(1);
    const again = event();
    listener(again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(deps.ask).toHaveBeenCalledTimes(1);
    expect(deps.quit).not.toHaveBeenCalled();
    finish();
    await settle();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    const last = event();
    listener(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when the backup takes longer than the limit, saying so in the log', async () => {
    const { deps, listener, event, elapse } = setUp();
    listener(event());
    elapse();
    await settle();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    expect(deps.log.warn).toHaveBeenCalledWith('The backup on quitting took longer than 1 s; quitting without waiting for it');
  });

  it('quits at once when there is no window to ask', () => {
    const { deps, listener, event } = setUp(false);
    listener(event());
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });
});
