// Where a case stands: the six-point process stages in order, and the two side paths that end a case early.
import { z } from 'zod';

/** The main path, in order: each step forward needs what the previous step produced. */
export const mainStages = [
  'received',
  'acknowledged',
  'under-review',
  'investigating',
  'responded',
  'actions-taken',
  'closed',
] as const;
export type MainStage = (typeof mainStages)[number];

/** Side paths that end a case before it is closed in the ordinary way. */
export const endingStages = ['resolved-at-first-contact', 'withdrawn'] as const;
export type EndingStage = (typeof endingStages)[number];

export const caseStages = [...mainStages, ...endingStages] as const;
export type CaseStage = (typeof caseStages)[number];

export const stageLabels: Record<CaseStage, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  'under-review': 'Under review',
  investigating: 'Investigating',
  responded: 'Responded',
  'actions-taken': 'Actions taken',
  closed: 'Closed',
  'resolved-at-first-contact': 'Resolved at first contact',
  withdrawn: 'Withdrawn',
};

export const caseStage = z.enum(caseStages, { error: 'Choose the case stage' });

/** A finished case takes no further steps on the main path (side records such as referrals still go on it). */
export function isFinishedStage(stage: CaseStage): boolean {
  return stage === 'closed' || stage === 'resolved-at-first-contact' || stage === 'withdrawn';
}

/** True when the case has reached `stage` on the main path (a finished side path counts as neither). */
export function hasReached(stage: CaseStage, target: MainStage): boolean {
  const at = (mainStages as readonly string[]).indexOf(stage);
  return at >= 0 && at >= mainStages.indexOf(target);
}
