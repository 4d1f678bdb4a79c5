// An email as the desk reads it (.eml or Outlook .msg): who sent it, when, what it says, its files and its thread.

export interface EmailPart {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ReceivedEmail {
  format: 'eml' | 'msg';
  subject: string;
  from: { name: string; address: string };
  /** The message's own date (its Date: header, or Outlook's submit time), ISO; null if it carries none. */
  sentAt: string | null;
  /** When it reached the company's mailbox (the newest Received: line, or Outlook's delivery time), ISO, or null. */
  deliveredAt: string | null;
  /** Its Message-ID, angle brackets included, or null. */
  messageId: string | null;
  /** The message ids it replies to (In-Reply-To and References), angle brackets included. */
  threadIds: string[];
  /** The body as plain text (the HTML body turned into text when there is no plain one). */
  text: string;
  attachments: EmailPart[];
}

export type EmailReading = { ok: true; email: ReceivedEmail } | { ok: false; problem: string };

/** Outlook and .eml files are recognised by name or, for a .msg saved without one, by the compound-file signature. */
export function looksLikeEmailFile(name: string, head: Uint8Array): boolean {
  return /\.(eml|msg)$/i.test(name) || isCompoundFile(head);
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(head: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, i) => head[i] === byte);
}

/** "<a@b>" for "a@b" or " <a@b> ", so ids compare equal whichever way a mail program wrote them. */
export function normaliseMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '').trim();
  return bare === '' ? '' : `<${bare}>`;
}

/** Every <id> in an In-Reply-To or References value. */
export function messageIdsIn(value: string | undefined | null): string[] {
  if (!value) return [];
  const found = value.match(/<[^<>\s]+>/g) ?? [];
  return found.map(normaliseMessageId).filter((id) => id !== '');
}
