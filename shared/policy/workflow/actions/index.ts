// The case action union: every change staff can make to a case, validated before the workflow looks at it.
import { z } from 'zod';
import { correctionActions } from './corrections';
import { informationActions } from './information';
import { mainPathActions } from './main-path';
import { recordAndReopenActions } from './record-and-reopen';
import { sidePathActions } from './side-paths';
import { staffAndPrivacyActions } from './staff-and-privacy';

export * from './corrections';
export * from './information';
export * from './main-path';
export * from './record-and-reopen';
export * from './side-paths';
export * from './staff-and-privacy';

export const caseAction = z.discriminatedUnion(
  'type',
  [...mainPathActions, ...informationActions, ...sidePathActions, ...staffAndPrivacyActions, ...correctionActions, ...recordAndReopenActions],
  { error: 'Choose an action the case supports' },
);
export type CaseAction = z.infer<typeof caseAction>;
export type CaseActionType = CaseAction['type'];
export type ActionOf<T extends CaseActionType> = Extract<CaseAction, { type: T }>;
