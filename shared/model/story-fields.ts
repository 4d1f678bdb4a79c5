// The customer's own account recorded at intake beyond the nature of the complaint: each optional free-text field is
// stated here once. The case and the intake take their schemas from here, the field catalogue tags them free text
// (anonymised, in the pack and subject access under `packLabel`), corrections may clear them, receipt copies them and
// the intake form and the case page show them. A new one is one entry here (and its test).
import { optionalText } from './fields';

export interface StoryField {
  /** Its name in messages and on the case page, e.g. "Outcome the customer wants". */
  label: string;
  /** Longest text accepted, in characters. */
  max: number;
  /** Its label on the intake form, when it reads better as a question to staff than `label`. */
  formLabel?: string;
  /** The hint under it on the intake form. */
  helperText?: string;
  /** Its heading in the case pack and subject access, when shorter than `label`. */
  packLabel?: string;
}

export const storyFields = {
  stepsTaken: { label: 'Steps already taken', max: 10_000, helperText: 'What the customer or the company has already done to put it right' },
  desiredOutcome: { label: 'Outcome the customer wants', max: 5000, formLabel: 'What the customer wants', packLabel: 'Outcome wanted' },
} as const satisfies Record<string, StoryField>;

export type StoryFieldName = keyof typeof storyFields;
export const storyFieldNames = Object.keys(storyFields) as StoryFieldName[];

/** The fields' schemas, for the case's own shape (and so the intake's, taken from it by name). */
export const storyShape = Object.fromEntries(storyFieldNames.map((name) => [name, optionalText(storyFields[name].label, storyFields[name].max)])) as {
  [K in StoryFieldName]: ReturnType<typeof optionalText>;
};

/** Its heading in the case pack and subject access (the field catalogue tags it free text under this label). */
export function storyPackLabel(name: StoryFieldName): string {
  const field: StoryField = storyFields[name];
  return field.packLabel ?? field.label;
}

/** What a correction calls the field in its timeline summary, e.g. "the outcome the customer wants". */
export function storyFieldWords(name: StoryFieldName): string {
  const label = storyFields[name].label;
  return `the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
