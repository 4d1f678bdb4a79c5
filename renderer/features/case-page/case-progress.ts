// Where the case stands on the six-point path (for the stepper) and which side paths it has taken (for the chips).
import {
  customerAnswerLabels,
  mainStages,
  ombudsmanDecisionLabels,
  responseOutcomeLabels,
  stageLabels,
  type ComplaintCase,
  type MainStage,
} from '../../../shared/model';
import { isConfidential } from '../../../shared/policy';
import type { ChipColour } from './clock-rows';

export interface StepperModel {
  steps: { stage: MainStage; label: string }[];
  /** Index of the current step; steps.length when the case is closed (every step done). */
  activeStep: number;
  /** Set when the case ended off the main path: "Withdrawn", "Resolved at first contact". */
  endedBy: string | null;
}

export interface SidePathChip {
  key: string;
  label: string;
  colour: ChipColour;
}

/** The stage the case reached on the main path, even when it ended on a side path. */
function mainStageOf(c: ComplaintCase): MainStage {
  if (c.stage === 'withdrawn') {
    const at = c.withdrawal?.atStage;
    return at && (mainStages as readonly string[]).includes(at) ? (at as MainStage) : 'received';
  }
  if (c.stage === 'resolved-at-first-contact') return 'received';
  return c.stage;
}

export function stepperModel(c: ComplaintCase): StepperModel {
  const steps = mainStages.map((stage) => ({ stage, label: stageLabels[stage] }));
  const at = mainStageOf(c);
  const activeStep = at === 'closed' ? steps.length : mainStages.indexOf(at);
  const endedBy = c.stage === 'withdrawn' || c.stage === 'resolved-at-first-contact' ? stageLabels[c.stage] : null;
  return { steps, activeStep, endedBy };
}

/** The side paths and states worth seeing at a glance, in the order they matter. */
export function sidePathChips(c: ComplaintCase): SidePathChip[] {
  const chips: SidePathChip[] = [];
  if (c.kind === 'enquiry') chips.push({ key: 'enquiry', label: 'Enquiry — not a complaint', colour: 'default' });
  if (c.stage === 'resolved-at-first-contact') chips.push({ key: 'first-contact', label: 'Resolved at first contact', colour: 'success' });
  if (c.stage === 'withdrawn') chips.push({ key: 'withdrawn', label: 'Withdrawn by the customer', colour: 'default' });
  if (isConfidential(c)) chips.push({ key: 'confidential', label: 'Complaint about staff', colour: 'warning' });
  const open = c.holds.find((h) => !h.to);
  if (open) chips.push({ key: 'hold', label: `On hold — ${open.agency}`, colour: 'warning' });
  if (c.customerAcceptance) {
    const answer = c.customerAcceptance.answer;
    chips.push({ key: 'answer', label: answer === 'deadlock' ? 'Deadlock' : customerAnswerLabels[answer], colour: answer === 'accepted' ? 'success' : 'warning' });
  }
  if (c.escalation) {
    const decided = c.escalation.outcome;
    chips.push(
      decided
        ? { key: 'escalation', label: `Escalation decided: ${responseOutcomeLabels[decided.decision].toLowerCase()}`, colour: 'primary' }
        : { key: 'escalation', label: 'Escalation requested', colour: 'warning' },
    );
  }
  if (c.ombudsman) {
    const decision = c.ombudsman.decision;
    chips.push(
      decision
        ? { key: 'ombudsman', label: `Energy Ombudsman: ${ombudsmanDecisionLabels[decision.decision].toLowerCase()}`, colour: 'primary' }
        : { key: 'ombudsman', label: 'Referred to the Energy Ombudsman', colour: 'warning' },
    );
  }
  if (c.consumerAgencyReferrals.length > 0) {
    chips.push({ key: 'consumer-agency', label: 'Referred to a consumer protection agency', colour: 'primary' });
  }
  return chips;
}
