// Reads an Outlook .msg file (what dragging a message out of Outlook gives) with @kenjiuno/msgreader.
import MsgReaderModule from '@kenjiuno/msgreader';
import { decodeText, headerDate, headerLines, htmlToPlainText, receivedLineDate } from './email-text';
import { messageIdsIn, normaliseMessageId, type EmailPart, type EmailReading } from './received-email';

// msgreader is CommonJS: bundlers hand over its default export, plain Node's ESM loader the whole module object.
const MsgReader = (MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule;
type MsgReader = MsgReaderModule;

const NOT_OUTLOOK = (name: string) => `"${name}" could not be read as an Outlook message (.msg): the file is damaged or is not an email`;

function bodyText(fields: { body?: string; bodyHtml?: string; html?: Uint8Array }): string {
  if (fields.body?.trim()) return fields.body.trim();
  if (fields.bodyHtml) return htmlToPlainText(fields.bodyHtml);
  if (fields.html) return htmlToPlainText(decodeText(fields.html));
  return '';
}

export function readMsg(name: string, bytes: Uint8Array): EmailReading {
  let reader: MsgReader;
  let fields: ReturnType<MsgReader['getFileData']>;
  try {
    // msgreader reads from an ArrayBuffer or DataView; a view over the same bytes avoids a 20 MB copy.
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    fields = reader.getFileData();
  } catch {
    return { ok: false, problem: NOT_OUTLOOK(name) };
  }
  if (fields.error || fields.dataType !== 'msg') return { ok: false, problem: NOT_OUTLOOK(name) };
  const headers = headerLines(fields.headers ?? '');
  const header = (key: string) => headers.find((h) => h.key === key)?.value;
  const address = (fields.senderSmtpAddress || (fields.senderAddressType === 'EX' ? '' : fields.senderEmail) || fields.creatorSMTPAddress || '').trim();
  const fromHeader = header('from')?.match(/<([^<>\s]+@[^<>\s]+)>|([^\s<>]+@[^\s<>]+)/);
  const fromAddress = address || fromHeader?.[1] || fromHeader?.[2] || '';
  if (!fromAddress) return { ok: false, problem: `"${name}" is not an email the desk can use: it has no sender address` };
  const attachments: EmailPart[] = [];
  for (const [i, a] of (fields.attachments ?? []).entries()) {
    if (a.innerMsgContent) continue;
    const data = reader.getAttachment(a);
    attachments.push({ name: data.fileName || a.fileName || `attachment-${i + 1}`, mimeType: a.attachMimeTag || 'application/octet-stream', bytes: data.content });
  }
  const received = headers.find((h) => h.key === 'received');
  const messageId = fields.messageId ?? header('message-id');
  return {
    ok: true,
    email: {
      format: 'msg',
      subject: (fields.subject ?? header('subject') ?? '').trim(),
      from: { name: (fields.senderName ?? '').trim(), address: fromAddress },
      sentAt: headerDate(header('date')) ?? headerDate(fields.clientSubmitTime),
      deliveredAt: headerDate(fields.messageDeliveryTime) ?? (received ? receivedLineDate(received.value) : null),
      messageId: messageId ? normaliseMessageId(messageId) || null : null,
      threadIds: [...new Set([...messageIdsIn(header('in-reply-to')), ...messageIdsIn(header('references'))])],
      text: bodyText(fields),
      attachments,
    },
  };
}
