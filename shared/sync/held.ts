// POST /v1/held-cases: after a restore, a desk names the cases it holds and the server answers which of them the
// user may not see now (reassigned away, or made confidential, since the backup), so the desk purges them. The
// desk names only cases it already holds; the answer names an id the user may not see and an id that does not
// exist alike, so it tells them nothing about cases they may not see.
import { z } from 'zod';
import { entityId } from '../model';

export const MAX_HELD_CASES = 1000;

export const heldCasesRequest = z
  .object({ caseIds: z.array(entityId('Case id')).min(1, 'Name at least one case').max(MAX_HELD_CASES, `Name at most ${MAX_HELD_CASES} cases at once`) })
  .strict();
export type HeldCasesRequest = z.infer<typeof heldCasesRequest>;

/** The cases, of those named, this desk must purge: in the order named, each once. */
export const heldCasesResponse = z.object({ purge: z.array(z.string()) });
export type HeldCasesResponse = z.infer<typeof heldCasesResponse>;
