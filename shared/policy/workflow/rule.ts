// How a workflow rule is written: who may take the action, when it fits the case, what it needs, what it changes.
import type { Actor, ComplaintCase } from '../../model';
import type { PolicySettings } from '../calendar';
import type { ActionOf, CaseAction, CaseActionType } from './actions';

export interface ActionContext {
  actor: Actor;
  /** The instant the action is taken, ISO 8601; passed in, never read from the machine. */
  now: string;
  /** London date of `now`, 'yyyy-MM-dd'. */
  today: string;
  settings: PolicySettings;
}

/** What an accepted action changes: the case fields it sets (undefined removes one) and the timeline summary. */
export interface Change {
  set: Partial<ComplaintCase>;
  summary: string;
}

export type ActionGroup = 'main-path' | 'information' | 'side-path' | 'staff' | 'privacy' | 'correction';

export interface ActionRule<A extends CaseAction = CaseAction> {
  /** Button text, e.g. "Acknowledge". */
  label: string;
  group: ActionGroup;
  /** Set for actions only a complaints manager may take: what they do, e.g. "place a case on hold". */
  managerOnly?: string;
  /** Enquiries (contacts recorded as not a complaint) take only the actions that say so. */
  forEnquiries?: boolean;
  /** Why the action does not fit the case as it stands (wrong stage, already done), or null when it does. */
  appliesTo(c: ComplaintCase, ctx: ActionContext): string | null;
  /** A narrower rule on who may act than the role alone, e.g. "the investigator or a complaints manager". */
  mayAct?(c: ComplaintCase, ctx: ActionContext): string | null;
  /** What the case still lacks before the action can be taken, as instructions to staff. */
  requires?(c: ComplaintCase, ctx: ActionContext): string[];
  /** The change, or what is wrong with the details given. */
  apply(c: ComplaintCase, action: A, ctx: ActionContext): Change | string[];
}

export type RuleTable = { [T in CaseActionType]: ActionRule<ActionOf<T>> };
