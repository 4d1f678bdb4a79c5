// Schema version 1: every table and the case list's compound indexes (the word index arrives in version 2).

/** Each compound index of caseRows starts with `confidential`, so agents page through non-confidential rows only. */
export const caseRowIndexesV1 = [
  'caseId',
  '[confidential+dueSort+reference]',
  '[confidential+stage+dueSort+reference]',
  '[confidential+assigneeId+dueSort+reference]',
  '[confidential+channel+dueSort+reference]',
  '[confidential+category+dueSort+reference]',
  '[confidential+receivedAt+reference]',
  'customerId',
  '*viewerIds',
];

export const storesV1: Record<string, string> = {
  cases: 'id, &reference, customerId',
  caseRows: caseRowIndexesV1.join(', '),
  customers: 'id, nameKey, phoneKey, emailKey, accountKey',
  /** The timeline, in pages of up to 20 events keyed by case and page number; append-only (see append-only.ts). */
  timeline: '[caseId+page]',
  conversations: '[caseId+id], on',
  attachments: '[caseId+id], sha256',
  attachmentBlobs: '[caseId+id]',
  consents: '[caseId+id]',
  holds: '[caseId+id], from',
  referrals: '[caseId+id], kind',
  improvementActions: '[caseId+id], due',
  letters: '[caseId+id], kind, sentAt',
  users: 'id, role',
  settings: 'key',
  referenceCounters: 'year',
};
