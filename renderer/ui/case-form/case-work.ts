// What every part of the case page shares: the case, the policy's verdict on each action, staff, and how to act.
import { createContext, use } from 'react';
import type { ComplaintCase, User } from '../../../shared/model';
import type { AllowedAction, CaseAction, CaseActionType, PolicySettings } from '../../../shared/policy';
import type { CaseActionResult } from '../../store/cases';

/** A dialog to open: the action, and for the checklists the item it is about. */
export interface OpenAction {
  type: CaseActionType;
  item?: string;
}

export interface CaseWork {
  caseRecord: ComplaintCase;
  /** allowedActions for this person at `now`: the buttons and their reasons come only from here. */
  actions: AllowedAction[];
  settings: PolicySettings;
  /** Everyone on the desk, for names and for choosing an investigator or reviewer. */
  staff: User[];
  nameOf(userId: string | undefined): string;
  /** Takes one action through the store, against the version the screen showed. Never throws. */
  take(action: CaseAction, expectedVersion: number): Promise<CaseActionResult>;
  /** Opens the action's form, or shows why it cannot be taken. */
  open(request: OpenAction): void;
  /** Tells staff (and screen readers) what was saved. */
  announce(message: string): void;
}

export const CaseWorkContext = createContext<CaseWork | null>(null);

export function useCaseWork(): CaseWork {
  const work = use(CaseWorkContext);
  if (!work) throw new Error('useCaseWork() must be used inside the case page');
  return work;
}
