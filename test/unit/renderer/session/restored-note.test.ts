import { describe, expect, it } from 'vitest';
import { leaveRestoredNote, restoredWords, takeRestoredNote, type NoteStore } from '../../../../renderer/session/restored-note';

function memoryStore(): NoteStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const note = { fileName: 'desk.cdbackup', madeAt: '2026-11-23T10:05:00.000Z', cases: 1, customers: 2, files: 0, kept: '' };

describe('the note a restore leaves for the sign-in screen', () => {
  it('says which backup, when it was made (London time) and what it holds, once', () => {
    const store = memoryStore();
    leaveRestoredNote(store, note);
    const taken = takeRestoredNote(store);
    expect(taken && restoredWords(taken)).toBe('The desk was restored from desk.cdbackup, the backup made on 23/11/2026 10:05: it now holds 1 case, 2 customers and 0 files. Sign in to carry on.');
    expect(takeRestoredNote(store)).toBeNull();
  });

  it('says what the restore kept as it was', () => {
    expect(restoredWords({ ...note, madeAt: '2026-07-01T09:00:00Z', cases: 1200, kept: '1 staff account(s) differ in the backup: they are kept as they are now (roles and who may sign in). ' })).toBe(
      'The desk was restored from desk.cdbackup, the backup made on 01/07/2026 10:00: it now holds 1,200 cases, 2 customers and 0 files. 1 staff account(s) differ in the backup: they are kept as they are now (roles and who may sign in). Sign in to carry on.',
    );
  });

  it('ignores, and removes, anything in its place that is not such a note', () => {
    const store = memoryStore();
    store.setItem('complaints-desk.restored-note', '{"fileName":"x","cases":"lots"}');
    expect(takeRestoredNote(store)).toBeNull();
    expect(store.items.size).toBe(0);
    store.setItem('complaints-desk.restored-note', 'not json');
    expect(takeRestoredNote(store)).toBeNull();
    expect(takeRestoredNote(undefined)).toBeNull();
  });
});
