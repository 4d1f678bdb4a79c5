// The workflow's two entry points: applyAction (take one action, or say what is missing) and allowedActions (for buttons).
import type { Actor, ComplaintCase, TimelineEventDraft } from '../../model';
import { londonDate, type PolicySettings } from '../calendar';
import { ALREADY_ANONYMISED, isAnonymisedCase } from '../privacy/anonymised';
import { caseAction, type CaseAction, type CaseActionType } from './actions';
import { changeEvent } from './events';
import { cannotWorkCase, isManager } from './permissions';
import type { ActionContext, ActionGroup, ActionRule, RuleTable } from './rule';
import { acknowledgeReviewRules } from './rules/acknowledge-review';
import { correctionRules } from './rules/corrections';
import { earlyEndingRules } from './rules/early-endings';
import { holdEscalationRules } from './rules/holds-escalation';
import { informationRules } from './rules/information';
import { investigateRules } from './rules/investigate';
import { privacyRules } from './rules/privacy';
import { recordAndReopenRules } from './rules/record-and-reopen';
import { referralRules } from './rules/referrals';
import { respondRules } from './rules/respond';
import { staffRules } from './rules/staff';
import { takeActionRules } from './rules/take-action';

/** Every action's rule, in the order the case page lists them: the main path first. */
export const workflowRules: RuleTable = {
  ...acknowledgeReviewRules,
  ...investigateRules,
  ...respondRules,
  ...takeActionRules,
  ...informationRules,
  ...earlyEndingRules,
  ...holdEscalationRules,
  ...referralRules,
  ...recordAndReopenRules,
  ...staffRules,
  ...privacyRules,
  ...correctionRules,
};

export const ENQUIRY_ONLY = 'This contact is recorded as an enquiry: convert it to a complaint first';

export type ApplyResult =
  | { ok: true; case: ComplaintCase; events: TimelineEventDraft[] }
  | { ok: false; missing: string[] };

function contextOf(actor: Actor, now: string, settings: PolicySettings): ActionContext {
  return { actor, now, today: londonDate(now), settings };
}

/** Reasons the action cannot be taken on this case by this actor now, before looking at its details. */
function blockers(rule: ActionRule, c: ComplaintCase, ctx: ActionContext): { fits: boolean; missing: string[] } {
  const cannot = cannotWorkCase(c, ctx.actor);
  if (cannot) return { fits: false, missing: [cannot] };
  // Recording anything on an anonymised case could identify the customer again.
  if (isAnonymisedCase(c)) return { fits: false, missing: [ALREADY_ANONYMISED] };
  if (c.kind === 'enquiry' && !rule.forEnquiries) return { fits: false, missing: [ENQUIRY_ONLY] };
  const misfit = rule.appliesTo(c, ctx);
  if (misfit) return { fits: false, missing: [misfit] };
  const missing: string[] = [];
  if (rule.managerOnly && !isManager(ctx.actor)) missing.push(`Only a complaints manager can ${rule.managerOnly}`);
  const who = rule.mayAct?.(c, ctx);
  if (who) missing.push(who);
  if (missing.length > 0) return { fits: true, missing };
  return { fits: true, missing: rule.requires?.(c, ctx) ?? [] };
}

/** Merges a change into a copy of the case, dropping fields set to undefined, and counts the new version. */
function merged(c: ComplaintCase, set: Partial<ComplaintCase>, now: string): ComplaintCase {
  const next: Record<string, unknown> = { ...c, ...set, version: c.version + 1, updatedAt: now };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return stripUndefined(next) as ComplaintCase;
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = stripUndefined(v);
  return out;
}

/**
 * Takes one action on a case. Pure: the case given is never changed. Accepted: the new case (version + 1) and
 * its timeline events (the store numbers and chains them). Refused: what is missing, in words staff understand.
 */
export function applyAction(
  caseRecord: ComplaintCase,
  action: CaseAction,
  actor: Actor,
  now: string,
  settings: PolicySettings,
): ApplyResult {
  const parsed = caseAction.safeParse(action);
  if (!parsed.success) return { ok: false, missing: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const valid = parsed.data;
  const rule: ActionRule = workflowRules[valid.type];
  const ctx = contextOf(actor, now, settings);
  const blocked = blockers(rule, caseRecord, ctx).missing;
  if (blocked.length > 0) return { ok: false, missing: blocked };
  const result = rule.apply(caseRecord, valid, ctx);
  if (Array.isArray(result)) return { ok: false, missing: result.length > 0 ? result : ['This action could not be taken'] };
  const next = merged(caseRecord, result.set, now);
  const event = changeEvent(caseRecord, next, valid.type, result.summary, actor.userId, now);
  // Every event records a change; an action that would change nothing is refused rather than logged.
  if (Object.keys(event.after ?? {}).length === 0) return { ok: false, missing: ['This is already recorded: nothing would change'] };
  return { ok: true, case: next, events: [event] };
}

export interface AllowedAction {
  type: CaseActionType;
  label: string;
  group: ActionGroup;
  /** The action can be taken now (its details are still checked when it is). */
  allowed: boolean;
  /** The action fits the case as it stands, so the page shows it, enabled or not. */
  relevant: boolean;
  /** Why it cannot be taken: what is missing, or why it does not fit. Empty when allowed. */
  missing: string[];
  managerOnly: boolean;
}

/** Every action with whether this actor may take it now and, if not, why: the case page's buttons. */
export function allowedActions(caseRecord: ComplaintCase, actor: Actor, now: string, settings: PolicySettings): AllowedAction[] {
  const ctx = contextOf(actor, now, settings);
  return (Object.keys(workflowRules) as CaseActionType[]).map((type) => {
    const rule: ActionRule = workflowRules[type];
    const { fits, missing } = blockers(rule, caseRecord, ctx);
    return { type, label: rule.label, group: rule.group, allowed: missing.length === 0, relevant: fits, missing, managerOnly: rule.managerOnly !== undefined };
  });
}
