// The fixed lists action forms choose from, in the model's words.
import {
  channelLabels,
  complaintCategoryLabels,
  customerAnswerLabels,
  ombudsmanDecisionLabels,
  responseOutcomeLabels,
  rootCauseLabels,
} from '../../../../shared/model';

export interface Option {
  value: string;
  label: string;
}

/** Options from a labels record, in the record's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const CHANNEL_OPTIONS = optionsOf(channelLabels);
export const CATEGORY_OPTIONS = optionsOf(complaintCategoryLabels);
export const OUTCOME_OPTIONS = optionsOf(responseOutcomeLabels);
export const ANSWER_OPTIONS = optionsOf(customerAnswerLabels);
export const ROOT_CAUSE_OPTIONS = optionsOf(rootCauseLabels);
export const OMBUDSMAN_DECISION_OPTIONS = optionsOf(ombudsmanDecisionLabels);
