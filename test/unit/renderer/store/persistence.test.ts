// Asking for persistent storage: the answer and the warnings staff see, with no browser needed.
import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../../renderer/store/persistence';

function storage(answers: { persisted?: boolean; persist?: boolean | Error; usage?: number; quota?: number }) {
  const asked: string[] = [];
  return {
    asked,
    manager: {
      persisted: async () => (asked.push('persisted'), answers.persisted ?? false),
      persist: async () => {
        asked.push('persist');
        if (answers.persist instanceof Error) throw answers.persist;
        return answers.persist ?? false;
      },
      estimate: async () => ({ usage: answers.usage ?? 1_000, quota: answers.quota ?? 1_000_000 }),
    },
  };
}

describe('requestPersistentStorage', () => {
  it('asks for persistence when it is not yet granted, and reports usage', async () => {
    const s = storage({ persist: true, usage: 5_000, quota: 100_000 });
    expect(await requestPersistentStorage(s.manager)).toEqual({ persisted: true, usageBytes: 5_000, quotaBytes: 100_000, warning: null });
    expect(s.asked).toEqual(['persisted', 'persist']);
  });

  it('does not ask again when already persisted', async () => {
    const s = storage({ persisted: true });
    expect((await requestPersistentStorage(s.manager)).persisted).toBe(true);
    expect(s.asked).toEqual(['persisted']);
  });

  it.each([
    ['refused', { persist: false }, /has not agreed to keep/],
    ['an error', { persist: new Error('not allowed') }, /has not agreed to keep/],
    ['a nearly full disk', { persist: true, usage: 95, quota: 100 }, /95% full/],
  ])('warns, and carries on, on %s', async (_, answers, warning) => {
    expect((await requestPersistentStorage(storage(answers).manager)).warning).toMatch(warning);
  });

  it('warns when the browser has no storage manager', async () => {
    expect((await requestPersistentStorage(undefined)).warning).toMatch(/cannot promise/);
  });
});
