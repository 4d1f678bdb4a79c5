// What a file dropped on New complaint becomes: an email filling the form (or a reply on a case the user may see),
// a scanned letter, or a clear refusal; and the form values an email gives.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { readEmailFile } from '../../../shared/email/read-email-file';
import { isCompoundFile, type ReceivedEmail } from '../../../shared/email/received-email';
import { caseReferencesIn } from '../../../shared/email/email-thread';
import type { Customer } from '../../../shared/model';
import type { Viewer } from '../../../shared/policy';
import { MAX_ATTACHMENT_BYTES } from '../../store/attachments';
import { db } from '../../store/desk';
import { customerForSender, findEmailThread, type ContactFile, type ThreadCase } from '../../store/email-threads';
import { formatDateTime } from '../../ui/en-gb-format';
import { previewKind } from '../../ui/attachment-files';

export type IncomingPlan =
  | { kind: 'email'; file: File; email: ReceivedEmail; customer: Customer | null; thread: ThreadCase | null }
  | { kind: 'letter'; file: File }
  | { kind: 'refused'; problem: string };

const EMAIL_TYPES = new Set(['message/rfc822', 'application/vnd.ms-outlook']);

export async function isEmailFile(file: File): Promise<boolean> {
  if (/\.(eml|msg)$/i.test(file.name) || EMAIL_TYPES.has(file.type)) return true;
  return isCompoundFile(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
}

/** Reads the file once and decides what it is; a reply is matched only to a case this viewer may see. */
export async function planForFile(file: File, viewer: Viewer): Promise<IncomingPlan> {
  if (await isEmailFile(file)) {
    const read = await readEmailFile(file.name, new Uint8Array(await file.arrayBuffer()), MAX_ATTACHMENT_BYTES);
    if (!read.ok) return { kind: 'refused', problem: read.problem };
    const { email } = read;
    const [customer, thread] = await Promise.all([customerForSender(db, email.from), findEmailThread(db, { threadIds: email.threadIds, references: caseReferencesIn(email.subject) }, viewer)]);
    return { kind: 'email', file, email, customer, thread };
  }
  if (previewKind(file.type, file.name)) {
    if (file.size > MAX_ATTACHMENT_BYTES) return { kind: 'refused', problem: `"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB: files up to 25.0 MB can be attached. Nothing was changed.` };
    return { kind: 'letter', file };
  }
  return {
    kind: 'refused',
    problem: `"${file.name}" is not an email (.eml or .msg), nor a PDF or picture of a letter, so nothing was changed. To keep it with the complaint, add it under Supporting documents.`,
  };
}

/** The email file itself (with its Message-ID, so replies find the case) and each file inside it, bytes unchanged. */
export function emailFiles(file: File, email: ReceivedEmail): ContactFile[] {
  const own: ContactFile = { blob: file, name: file.name, source: 'customer', ...(email.messageId ? { emailMessageId: email.messageId } : {}) };
  const parts = email.attachments.map((a): ContactFile => ({ blob: new File([a.bytes as Uint8Array<ArrayBuffer>], a.name, { type: a.mimeType }), name: a.name, source: 'customer' }));
  return [own, ...parts];
}

/** "Sent 01/12/2026 08:14; reached the mailbox 01/12/2026 09:02 (London time)": the second only when it differs. */
export function emailTimes(email: ReceivedEmail): string {
  if (!email.sentAt) return email.deliveredAt ? `It carries no date of its own; it reached the mailbox ${formatDateTime(email.deliveredAt)} London time.` : 'It carries no date: check when it arrived.';
  const sent = `Sent ${formatDateTime(email.sentAt)} London time`;
  if (!email.deliveredAt || formatDateTime(email.deliveredAt) === formatDateTime(email.sentAt)) return `${sent}.`;
  return `${sent}; it reached the company's mailbox ${formatDateTime(email.deliveredAt)}.`;
}

/** Today's London date, yyyy-MM-dd: the post-room date's default. */
export function londonToday(now: Date): string {
  return format(new TZDate(now, 'Europe/London'), 'yyyy-MM-dd');
}

/** The London calendar date of an email, for the conversation it becomes on a case. */
export function londonDateOf(instant: string): string {
  return format(new TZDate(instant, 'Europe/London'), 'yyyy-MM-dd');
}
