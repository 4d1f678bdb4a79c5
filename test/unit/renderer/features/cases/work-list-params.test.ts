// The work list's address: tab, filters, search and sort read back as written; anything unreadable is ignored.
import { describe, expect, it } from 'vitest';
import { readWorkListParams, writeWorkListParams, type WorkListState } from '../../../../../renderer/features/cases/work-list-params';

describe('the work list address', () => {
  it.each<[string, WorkListState]>([
    ['an agent starts on My cases', { view: 'mine', choices: {}, search: '' }],
    ['every choice', { view: 'overdue', choices: { stage: 'investigating', channel: 'letter', category: 'billing', assigneeId: 'agent-3', due: 'due-today', sort: 'newest' }, search: 'smith gas' }],
    ['not categorised, no investigator', { view: 'all', choices: { category: null, assigneeId: null }, search: '' }],
  ])('reads back what it wrote: %s', (_, state) => {
    const written = writeWorkListParams(state, 'agent');
    expect(readWorkListParams(written, 'agent')).toEqual(state);
  });

  it('starts a complaints manager on All, and leaves the default tab out of the address', () => {
    expect(readWorkListParams(new URLSearchParams(), 'complaints-manager').view).toBe('all');
    expect(writeWorkListParams({ view: 'all', choices: {}, search: '' }, 'complaints-manager').toString()).toBe('');
    expect(writeWorkListParams({ view: 'mine', choices: {}, search: '' }, 'complaints-manager').toString()).toBe('view=mine');
  });

  it('ignores what it cannot read, keeping the rest', () => {
    const params = new URLSearchParams('view=everything&stage=finished&channel=fax&category=billing&due=tomorrow&sort=oldest&q=' + 'x'.repeat(201));
    expect(readWorkListParams(params, 'agent')).toEqual({ view: 'mine', choices: { category: 'billing' }, search: '' });
  });
});
