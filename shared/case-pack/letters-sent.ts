// The letters a case records as sent (not requests made by telephone), in the order sent, each with the attachment holding its copy when there is one.
import { sentAsLetter, type ComplaintCase, type ContactChannel } from '../model';

export interface LetterSent {
  /** What the letter was, in the policy's words: "Acknowledgement", "Final response". */
  letter: string;
  sentAt: string;
  channel: ContactChannel;
  sentById: string;
  /** The attachment holding the copy sent (sentRecord.documentId), when the app produced one. */
  documentId?: string;
}

export function lettersSent(c: ComplaintCase): LetterSent[] {
  const letters: LetterSent[] = [];
  const add = (letter: string, record: { sentAt: string; channel: ContactChannel; sentById: string; documentId?: string } | undefined) => {
    if (!record || !sentAsLetter(record)) return;
    letters.push({
      letter,
      sentAt: record.sentAt,
      channel: record.channel,
      sentById: record.sentById,
      ...(record.documentId ? { documentId: record.documentId } : {}),
    });
  };
  add('Acknowledgement', c.acknowledgement);
  add('Request for written confirmation', c.writtenConfirmationRequest);
  for (const request of c.informationRequests) add('Request for information', request);
  for (const notice of c.delayNotices) add('Delay notice', notice);
  add('Final response', c.response);
  add('Deadlock letter', c.deadlockLetter);
  add('8-week letter', c.eightWeekLetter);
  add('Escalation outcome', c.escalation?.outcome);
  return letters.sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
}

/** Ids of the attachments that are copies of letters sent: they go in the pack's letters folder. */
export function letterDocumentIds(c: ComplaintCase): Set<string> {
  return new Set(lettersSent(c).flatMap((l) => (l.documentId ? [l.documentId] : [])));
}
