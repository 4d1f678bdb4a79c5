// Plain text from an email's HTML body, and dates from its header lines, for emails that carry only HTML.

const BLOCK_END = /<\/(p|div|h[1-6]|li|tr|table|blockquote|pre)\s*>|<br\s*\/?>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Readable text from HTML: paragraphs and line breaks kept, scripts and styles dropped, entities decoded. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An RFC 5322 date ("Tue, 1 Dec 2026 09:14:00 +0000") as an ISO instant, or null if it is not a date. */
export function headerDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, '').trim());
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The date a Received: line ends with ("...; Tue, 1 Dec 2026 09:14:03 +0000"), or null. */
export function receivedLineDate(value: string): string | null {
  const at = value.lastIndexOf(';');
  return at < 0 ? null : headerDate(value.slice(at + 1));
}

/** Header lines ("Name: value", folded lines joined) from a block of transport headers, names lower-cased. */
export function headerLines(block: string): { key: string; value: string }[] {
  const lines: { key: string; value: string }[] = [];
  for (const raw of block.split(/\r?\n/)) {
    const last = lines[lines.length - 1];
    if (/^[ \t]/.test(raw) && last) last.value += ` ${raw.trim()}`;
    else {
      const colon = raw.indexOf(':');
      if (colon > 0) lines.push({ key: raw.slice(0, colon).trim().toLowerCase(), value: raw.slice(colon + 1).trim() });
    }
  }
  return lines;
}

interface TextCodecs {
  TextDecoder: new (label?: string) => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}

/** The platform's text codecs (every browser, Electron and Node have them; shared/ names no platform types). */
const codecs = globalThis as unknown as TextCodecs;

export function decodeText(bytes: Uint8Array, label = 'utf-8'): string {
  return new codecs.TextDecoder(label).decode(bytes);
}

export function encodeText(text: string): Uint8Array {
  return new codecs.TextEncoder().encode(text);
}
