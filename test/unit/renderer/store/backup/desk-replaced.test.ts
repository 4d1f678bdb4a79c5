// A restore in another window moves the desk pointer; this window hears of it through the storage event.
import { describe, expect, it } from 'vitest';
import { DESK_POINTER_KEY } from '../../../../../renderer/store/backup/active-desk';
import { onDeskReplaced } from '../../../../../renderer/store/backup/desk-replaced';

/** What the browser fires in other windows when localStorage changes (Node has no StorageEvent). */
function storageEvent(key: string | null, newValue: string | null): Event {
  return Object.assign(new Event('storage'), { key, newValue });
}

const RESTORED = 'complaints-desk-restored-20261202080000-1a2b3c4d';

describe('onDeskReplaced', () => {
  it('tells this window when another points the desk at another database, and only then', () => {
    const events = new EventTarget();
    const heard: string[] = [];
    const stop = onDeskReplaced(events as unknown as Window, 'complaints-desk', (active) => heard.push(active));
    events.dispatchEvent(storageEvent('some-other-key', 'x'));
    events.dispatchEvent(storageEvent(DESK_POINTER_KEY, JSON.stringify({ active: 'complaints-desk' })));
    expect(heard).toEqual([]);
    events.dispatchEvent(storageEvent(DESK_POINTER_KEY, JSON.stringify({ active: RESTORED, previous: 'complaints-desk' })));
    expect(heard).toEqual([RESTORED]);
    stop();
    events.dispatchEvent(storageEvent(DESK_POINTER_KEY, JSON.stringify({ active: RESTORED })));
    expect(heard).toEqual([RESTORED]);
  });

  it('treats localStorage cleared, or a pointer it cannot read, as the default desk', () => {
    const events = new EventTarget();
    const heard: string[] = [];
    onDeskReplaced(events as unknown as Window, RESTORED, (active) => heard.push(active));
    events.dispatchEvent(storageEvent(null, null));
    events.dispatchEvent(storageEvent(DESK_POINTER_KEY, '{not json'));
    expect(heard).toEqual(['complaints-desk', 'complaints-desk']);
  });
});
