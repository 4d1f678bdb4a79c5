// Schema version 4: indexes on when a case ended, so the retention review reads only cases that may be past it.
import { storesV1 } from './v1';

/** The dates a case ends on (see shared/policy/privacy/retention.ts): each a range query below the search limit. */
export const caseEndIndexes = ['closeRecord.closedAt', 'firstContactResolution.resolvedAt', 'withdrawal.withdrawnAt', 'enquiry.recordedAt'] as const;

export const storesV4: Record<string, string> = {
  cases: [storesV1.cases, ...caseEndIndexes].join(', '),
};
