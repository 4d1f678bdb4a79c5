// Case references written in an email's subject ("Re: your complaint JESQ-2026-000123"), for matching a reply;
// complaints about staff have a series of their own (JESQ-2026-S00001).

const REFERENCE = /\bJESQ-\d{4}-(?:\d{6}|S\d{5})\b/gi;

export function caseReferencesIn(subject: string): string[] {
  return [...new Set((subject.match(REFERENCE) ?? []).map((r) => r.toUpperCase()))];
}
