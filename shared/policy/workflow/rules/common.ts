// Small pieces the workflow rules share: stage tests, the sent-letter record, and plain-words descriptions.
import { channelPhrase, isFinishedStage, stageLabels, type CaseStage, type ComplaintCase, type ContactChannel, type SentRecord } from '../../../model';
import type { ActionContext } from '../rule';

/** Null when the case is at one of `stages`, otherwise why the action does not fit. */
export function atStage(c: ComplaintCase, stages: readonly CaseStage[], what: string): string | null {
  if (stages.includes(c.stage)) return null;
  return `${what} (the case is ${stageLabels[c.stage].toLowerCase()})`;
}

export function notFinished(c: ComplaintCase): string | null {
  return isFinishedStage(c.stage) ? `This case is ${stageLabels[c.stage].toLowerCase()}: it takes no further steps` : null;
}

/** The main-path stages before the final response, when deadlines still run and information is still gathered. */
export const BEFORE_RESPONSE: readonly CaseStage[] = ['received', 'acknowledged', 'under-review', 'investigating'];

export function sentBy(action: { sentAt: string; channel: ContactChannel; documentId?: string | undefined }, ctx: ActionContext): SentRecord {
  return { sentAt: action.sentAt, channel: action.channel, sentById: ctx.actor.userId, documentId: action.documentId };
}

export function by(channel: ContactChannel): string {
  return channelPhrase(channel);
}

/** Refuses an id already used in a list, so a double-click cannot record the same thing twice. */
export function alreadyUsed(list: readonly { id: string }[], id: string, what: string): string[] {
  return list.some((x) => x.id === id) ? [`This ${what} is already recorded`] : [];
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
