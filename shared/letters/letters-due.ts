// Which letters a case needs now and which it may send: built on the policy's deadline status and its verdict on each action.
import { sentAsLetter, type Actor, type ComplaintCase, type ContactChannel } from '../model';
import { allowedActions, caseDeadlines, londonDate, type AllowedAction, type ObligationStatus, type PolicySettings } from '../policy';
import { letterActions, letterKinds, type LetterKind } from './letter-kinds';

/**
 * due / overdue: the policy needs this letter by `dueOn` (overdue: that date has passed). available: it may be sent
 * when staff need it. not-yet: it will be needed from `dueOn`. sent: already on the case (`sentOn`).
 */
export type LetterState = 'due' | 'overdue' | 'available' | 'not-yet' | 'sent';

export interface LetterDue {
  kind: LetterKind;
  state: LetterState;
  /** 'yyyy-MM-dd' it is due by (due, overdue) or needed from (not-yet); null when no date applies. */
  dueOn: string | null;
  /** London date it was last sent, when it has been. */
  sentOn: string | null;
  /** The policy allows recording it as sent now; when not, `missing` says why. */
  allowed: boolean;
  missing: string[];
}

function byDeadline(status: ObligationStatus): { state: LetterState; dueOn: string | null } {
  if (status.state === 'overdue' || status.state === 'missed') return { state: 'overdue', dueOn: status.dueOn };
  if (status.state === 'due') return { state: 'due', dueOn: status.dueOn };
  return { state: 'available', dueOn: null };
}

type Sent = { sentAt: string; channel: ContactChannel; documentId?: string | undefined };

/** London date of the last of these that went as a letter (a request made by telephone is none). */
function lastSent(records: readonly (Sent | undefined)[]): string | null {
  const sent = records.filter((r): r is Sent => r !== undefined && sentAsLetter(r)).map((r) => r.sentAt).sort();
  const last = sent[sent.length - 1];
  return last ? londonDate(last) : null;
}

/**
 * Every letter the case has sent, needs or may send, in the policy's order. A letter that does not fit the case
 * (acknowledging a case already responded to, an 8-week letter after the final response) and was never sent is left out.
 */
export function lettersDue(
  c: ComplaintCase,
  settings: PolicySettings,
  now: string,
  actor: Actor,
  /** allowedActions for this actor at `now`, when the caller already has them (the case page does). */
  actions: readonly AllowedAction[] = allowedActions(c, actor, now, settings),
): LetterDue[] {
  const verdicts = new Map<string, AllowedAction>(actions.map((a) => [a.type, a]));
  const deadlines = caseDeadlines(c, settings, now);
  const today = londonDate(now);
  const sentOf: Record<LetterKind, string | null> = {
    acknowledgement: lastSent([c.acknowledgement]),
    'information-request': lastSent(c.informationRequests),
    'written-confirmation-request': lastSent([c.writtenConfirmationRequest]),
    'delay-notice': lastSent(c.delayNotices),
    'final-response': lastSent([c.response]),
    'deadlock-letter': lastSent([c.deadlockLetter]),
    'eight-week-letter': lastSent([c.eightWeekLetter]),
    'escalation-outcome': lastSent([c.escalation?.outcome]),
  };

  const when = (kind: LetterKind): { state: LetterState; dueOn: string | null } => {
    switch (kind) {
      case 'acknowledgement':
        return byDeadline(deadlines.acknowledge);
      case 'final-response':
        return byDeadline(deadlines.resolve);
      case 'delay-notice': {
        // Needed only if the response will be late; once resolve-by passes without one, it is owed at once.
        const notice = deadlines.delayNotice;
        if (notice.state === 'missed' && notice.doneOn === null) return { state: 'overdue', dueOn: notice.dueOn };
        return { state: 'available', dueOn: notice.state === 'due' ? notice.dueOn : null };
      }
      case 'eight-week-letter': {
        const letter = deadlines.eightWeekLetter;
        if (letter.dueOn !== null && letter.dueOn > today) return { state: 'not-yet', dueOn: letter.dueOn };
        return byDeadline(letter);
      }
      case 'deadlock-letter':
        return { state: c.customerAcceptance?.answer === 'deadlock' ? 'due' : 'available', dueOn: null };
      case 'escalation-outcome':
        return { state: 'due', dueOn: null };
      default:
        return { state: 'available', dueOn: null };
    }
  };

  const letters: LetterDue[] = [];
  for (const kind of letterKinds) {
    const verdict = verdicts.get(letterActions[kind]);
    const sentOn = sentOf[kind];
    const repeatable = kind === 'information-request' || kind === 'delay-notice';
    if (verdict?.relevant && (sentOn === null || repeatable)) {
      letters.push({ kind, ...when(kind), sentOn, allowed: verdict.allowed, missing: verdict.missing });
    } else if (sentOn !== null) {
      letters.push({ kind, state: 'sent', dueOn: null, sentOn, allowed: false, missing: [] });
    }
  }
  return letters;
}
