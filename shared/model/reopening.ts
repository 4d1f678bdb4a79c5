// A complaint reopened after it ended: who reopened it, when and why, and the records of the life it ended.
import { z } from 'zod';
import { delayNotice, sentRecord } from './contact';
import { entityId, instant, listOf, requiredText } from './fields';
import { closeRecord, customerAcceptance, finalResponse, findings, noImprovementNeeded } from './outcome';
import { firstContactResolution, withdrawal } from './side-paths';
import { caseStage } from './stage';

/** The main-path records of a life of the case, kept whole when it is reopened so the timeline and pack show both. */
export const previousLife = z.object({
  acknowledgement: sentRecord.optional(),
  findings: findings.optional(),
  delayNotices: listOf(delayNotice, 'Delay notices'),
  response: finalResponse.optional(),
  customerAcceptance: customerAcceptance.optional(),
  noImprovementNeeded: noImprovementNeeded.optional(),
  actionsTakenAt: instant('Date actions were confirmed taken').optional(),
  closeRecord: closeRecord.optional(),
  firstContactResolution: firstContactResolution.optional(),
  withdrawal: withdrawal.optional(),
});
export type PreviousLife = z.infer<typeof previousLife>;

/** The fields a reopening moves from the case into its previous life. */
export const previousLifeFields = [
  'acknowledgement',
  'findings',
  'delayNotices',
  'response',
  'customerAcceptance',
  'noImprovementNeeded',
  'actionsTakenAt',
  'closeRecord',
  'firstContactResolution',
  'withdrawal',
] as const satisfies readonly (keyof PreviousLife)[];

export const reopening = z.object({
  id: entityId('Reopening id'),
  reopenedAt: instant('Date reopened'),
  reopenedById: entityId('Who reopened the complaint'),
  reason: requiredText('Reason for reopening', { max: 5000 }),
  /** Where the case stood when it was reopened: closed, resolved at first contact or withdrawn. */
  fromStage: caseStage,
  previous: previousLife,
});
export type Reopening = z.infer<typeof reopening>;
