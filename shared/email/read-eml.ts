// Reads an .eml file (RFC 5322, MIME) with postal-mime: sender, dates, thread ids, text and every attached file.
import PostalMime, { type Attachment, type Email } from 'postal-mime';
import { decodeText, encodeText, headerDate, htmlToPlainText, receivedLineDate } from './email-text';
import { messageIdsIn, normaliseMessageId, type EmailPart, type EmailReading } from './received-email';

/** An email starts with a header line ("From: ...", "Received: ..."); a PDF or picture renamed .eml does not. */
function startsWithHeader(bytes: Uint8Array): boolean {
  const head = decodeText(bytes.subarray(0, 200), 'latin1').replace(/^\uFEFF/, '');
  return /^[!-9;-~]+:[ \t]*\S/.test(head);
}

function partName(a: Attachment, index: number): string {
  if (a.filename && a.filename.trim() !== '') return a.filename.trim();
  const extension = a.mimeType.split('/')[1]?.replace(/[^a-z0-9]/gi, '') ?? 'bin';
  return `attachment-${index + 1}.${extension}`;
}

function partBytes(content: Attachment['content']): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  return encodeText(content);
}

function sender(email: Email): { name: string; address: string } | null {
  const from = email.from ?? email.sender;
  if (!from) return null;
  const mailbox = 'address' in from && from.address ? from : 'group' in from ? from.group?.[0] : undefined;
  if (!mailbox?.address) return null;
  return { name: mailbox.name?.trim() || from.name?.trim() || '', address: mailbox.address.trim() };
}

export async function readEml(name: string, bytes: Uint8Array): Promise<EmailReading> {
  if (!startsWithHeader(bytes)) return { ok: false, problem: `"${name}" is not an email: it does not start with email header lines (From:, Subject:, Date:)` };
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    return { ok: false, problem: `"${name}" could not be read as an email: ${error instanceof Error ? error.message : String(error)}` };
  }
  const from = sender(email);
  if (!from) return { ok: false, problem: `"${name}" is not an email the desk can use: it has no sender (From:) address` };
  const received = email.headers.find((h) => h.key === 'received');
  const attachments: EmailPart[] = email.attachments.map((a, i) => ({ name: partName(a, i), mimeType: a.mimeType, bytes: partBytes(a.content) }));
  const text = email.text?.trim() ? email.text.trim() : htmlToPlainText(email.html ?? '');
  return {
    ok: true,
    email: {
      format: 'eml',
      subject: email.subject?.trim() ?? '',
      from,
      sentAt: headerDate(email.date),
      deliveredAt: received ? receivedLineDate(received.value) : null,
      messageId: email.messageId ? normaliseMessageId(email.messageId) || null : null,
      threadIds: [...new Set([...messageIdsIn(email.inReplyTo), ...messageIdsIn(email.references)])],
      text,
      attachments,
    },
  };
}
