// A case list row: the next deadline as dd/MM/yyyy and in words, coloured by how close it is, paused on hold.
import { describe, expect, it } from 'vitest';
import { caseListRow, type DeadlineColour } from '../../../../../renderer/features/cases/case-list-rows';
import type { CaseListItem } from '../../../../../renderer/store/work-queue';

const item: CaseListItem = {
  caseId: 'case-1',
  reference: 'JESQ-2026-000001',
  version: 1,
  kind: 'complaint',
  stage: 'received',
  channel: 'telephone',
  category: null,
  assigneeId: null,
  customerId: 'customer-1',
  customerName: 'Margaret Oyelaran',
  receivedAt: '2026-11-23T10:00:00.000Z',
  summary: 'Billed twice.',
  nextDueOn: '2026-11-26',
  nextDueKind: 'acknowledge',
  overdue: false,
  breach: false,
  onHold: false,
  confidential: false,
  updatedAt: '2026-11-23T10:00:00.000Z',
};
const settings = { nation: 'england-and-wales' as const };
const nameOf = (id: string | undefined) => (id === 'agent-1' ? 'Sam Agent' : '—');

describe('caseListRow', () => {
  it.each<[Partial<CaseListItem>, string, string, string, DeadlineColour]>([
    [{}, '2026-11-23', '26/11/2026', 'in 3 business days', 'default'],
    [{}, '2026-11-24', '26/11/2026', 'in 2 business days', 'warning'],
    [{}, '2026-11-26', '26/11/2026', 'due today', 'warning'],
    [{}, '2026-12-01', '26/11/2026', 'overdue by 3 business days', 'error'],
    [{ nextDueOn: null, nextDueKind: null, onHold: true }, '2026-11-26', 'Paused', 'paused', 'info'],
    [{ nextDueOn: null, nextDueKind: null, stage: 'closed' }, '2026-11-26', '—', 'finished', 'default'],
  ])('%o on %s: %s, "%s", %s', (change, today, nextDue, words, colour) => {
    const row = caseListRow({ ...item, ...change }, today, settings, nameOf);
    expect({ nextDue: row.nextDue, dueWords: row.dueWords, colour: row.colour }).toEqual({ nextDue, dueWords: words, colour });
  });

  it('shows the case in staff words', () => {
    expect(caseListRow({ ...item, assigneeId: 'agent-1' }, '2026-11-23', settings, nameOf)).toMatchObject({
      stage: 'Received',
      channel: 'Telephone',
      receivedAt: '23/11/2026 10:00',
      investigator: 'Sam Agent',
      nextDueKind: 'Acknowledge',
    });
  });
});
