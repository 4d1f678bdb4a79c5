// Pull: everything the user may see that changed after the checkpoint, in commit order, paged.
import { z } from 'zod';
import { purgeOrder, syncRecord } from './records';

/** A checkpoint is opaque to the desk (it reveals nothing about how many changes others made); '' means "from the start". */
export const checkpoint = z.string({ error: 'Checkpoint must be text' }).max(200, 'Checkpoint must be at most 200 characters').regex(/^[A-Za-z0-9_-]*$/, 'Checkpoint is not one this server issued');

export const MAX_PULL_LIMIT = 2000;
export const DEFAULT_PULL_LIMIT = 500;

export const pullRequest = z
  .object({
    checkpoint: checkpoint.default(''),
    /** Most records in one page; a change written in one transaction is never split, so a page may hold a few more. */
    limit: z.number({ error: 'Limit must be a number' }).int('Limit must be a whole number').min(1, 'Limit must be 1 or more').max(MAX_PULL_LIMIT, `Limit must be at most ${MAX_PULL_LIMIT}`).default(DEFAULT_PULL_LIMIT),
  })
  .strict();
export type PullRequest = z.input<typeof pullRequest>;

export const pullResponse = z.object({
  /** In commit order: a case before its events, a customer before the case naming it (same transaction: customer first). */
  changes: z.array(syncRecord),
  purges: z.array(purgeOrder),
  /** Send it with the next pull. Store it only once this page is applied. */
  checkpoint,
  /** True when there is more after this page: pull again at once. */
  more: z.boolean(),
  /**
   * Only in the answer to a pull from the start (a first sync): how many cases that sync will carry, counted as the
   * user under row-level security, so it counts only cases they may see (the desk shows "n of m" with it).
   */
  caseTotal: z.number().int().min(0).optional(),
});
export type PullResponse = z.infer<typeof pullResponse>;
