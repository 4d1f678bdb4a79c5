// Builds an action form's schema: the typed fields turned into the action, then checked by the workflow's own schema.
import { z } from 'zod';
import { caseAction, londonDate, type CaseActionType } from '../../../shared/policy';
import { instantToLondonInput } from './form-values';

/** The action as the form builds it; `caseAction` then checks every field (form values are still plain text). */
export type ActionDraft = { type: CaseActionType } & Record<string, unknown>;

/**
 * The form's fields (as typed) → the action → `caseAction`, the workflow's discriminated union of action
 * schemas. Errors from either stage land on the field with the same name, so they show next to it.
 */
export function actionForm<S extends z.ZodObject>(fields: S, toAction: (values: z.output<S>) => ActionDraft) {
  return fields.transform(toAction).pipe(caseAction);
}

/** What the form of one action is given: which action, the checklist item it is about, and how to close. */
export interface ActionFormProps {
  type: CaseActionType;
  item?: string;
  onClose(): void;
}

/** "Now" as a datetime-local default, London time. */
export function nowInput(): string {
  return instantToLondonInput(new Date());
}

/** Today's London date, 'yyyy-MM-dd', as a date input default. */
export function todayInput(): string {
  return londonDate(new Date().toISOString());
}

/** A new id for the record an action creates, made once per form so a double submit cannot record it twice. */
export function newRecordId(): string {
  return crypto.randomUUID();
}
