// Dates written into sentences (timeline summaries say "On hold from 2026-11-25: …") shown as en-GB dd/MM/yyyy.

/** Every yyyy-MM-dd inside the text as dd/MM/yyyy. */
export function withDisplayDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, mo: string, d: string) => `${d}/${mo}/${y}`);
}
