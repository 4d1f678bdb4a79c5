// The desk pointer: which database the desk opens, and which old ones may be deleted.
import { describe, expect, it } from 'vitest';
import { activeDeskName, DESK_POINTER_KEY, pointDeskAt, readDeskPointer, restoreTargetName, staleDeskNames, switchToPreviousDesk, type PointerStore } from '../../../../../renderer/store/backup/active-desk';

function store(initial?: string): PointerStore & { map: Map<string, string> } {
  const map = new Map<string, string>(initial === undefined ? [] : [[DESK_POINTER_KEY, initial]]);
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('the desk pointer', () => {
  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{oops'],
    ['a name that is not a desk', JSON.stringify({ active: 'complaints-desk-accounts' })],
    ['no storage at all', null],
  ])('opens complaints-desk when there is %s', (_what, text) => {
    expect(activeDeskName(text === null ? undefined : store(text))).toBe('complaints-desk');
  });

  it('moves to a restored database and keeps the one it replaced as the previous desk', () => {
    const pointer = store();
    const first = restoreTargetName('2026-12-01T17:00:00.000Z');
    expect(first).toMatch(/^complaints-desk-restored-20261201170000-[0-9a-f]{8}$/);
    expect(pointDeskAt(pointer, first)).toEqual({ active: first, previous: 'complaints-desk' });
    const second = restoreTargetName('2026-12-02T09:00:00.000Z');
    pointDeskAt(pointer, second);
    expect(readDeskPointer(pointer)).toEqual({ active: second, previous: first });
    expect(activeDeskName(pointer)).toBe(second);
  });

  it('switches back to the desk from before the restore, and forward again the same way', () => {
    const pointer = store();
    const restored = restoreTargetName('2026-12-01T17:00:00.000Z');
    pointDeskAt(pointer, restored);
    const existing = ['complaints-desk', restored];
    expect(switchToPreviousDesk(pointer, existing)).toEqual({ active: 'complaints-desk', previous: restored });
    expect(activeDeskName(pointer)).toBe('complaints-desk');
    expect(switchToPreviousDesk(pointer, existing)).toEqual({ active: restored, previous: 'complaints-desk' });
  });

  it('will not switch to a desk that was never there or whose database is gone', () => {
    expect(switchToPreviousDesk(store(), ['complaints-desk'])).toBeNull();
    const pointer = store(JSON.stringify({ active: 'complaints-desk-restored-2-b', previous: 'complaints-desk-restored-1-a' }));
    expect(switchToPreviousDesk(pointer, ['complaints-desk-restored-2-b'])).toBeNull();
    expect(activeDeskName(pointer)).toBe('complaints-desk-restored-2-b');
  });

  it('lets only old desks and unfinished restores be deleted, never other databases', () => {
    const pointer = { active: 'complaints-desk-restored-2-b', previous: 'complaints-desk-restored-1-a' };
    const names = ['complaints-desk', 'complaints-desk-accounts', 'complaints-desk-restored-1-a', 'complaints-desk-restored-2-b', 'complaints-desk-restored-3-c', 'other-app'];
    expect(staleDeskNames(names, pointer)).toEqual(['complaints-desk', 'complaints-desk-restored-3-c']);
    expect(staleDeskNames(names, { active: 'complaints-desk' })).toEqual(['complaints-desk-restored-1-a', 'complaints-desk-restored-2-b', 'complaints-desk-restored-3-c']);
  });
});
