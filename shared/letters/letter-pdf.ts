// The letter as a printable A4 PDF with the company letterhead, laid out by the shared A4 document renderer.
import { renderA4Document, type A4Document } from '../pdf/a4-document';
import type { Letter } from './letter-content';

export function letterDocument(letter: Letter): A4Document {
  return {
    header: { companyName: letter.company.name, lines: [`Telephone ${letter.company.telephone}`, `Email ${letter.company.email}`] },
    title: `${letter.subject} (${letter.reference})`,
    showTitle: false,
    footer: `${letter.company.name} - our reference ${letter.reference}`,
    info: { subject: letter.subject, keywords: ['complaint', letter.kind, letter.reference] },
    blocks: [
      { type: 'paragraph', text: letter.recipient.join('\n') },
      { type: 'paragraph', text: `${letter.date}\nOur reference: ${letter.reference}`, align: 'right' },
      { type: 'spacer', height: 6 },
      { type: 'heading', text: letter.subject, level: 2 },
      { type: 'paragraph', text: letter.greeting },
      ...letter.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
      { type: 'spacer', height: 4 },
      { type: 'paragraph', text: `${letter.signOff[0] ?? ''}\n\n${letter.signOff.slice(1).join('\n')}` },
    ],
  };
}

/** The PDF bytes; the same letter gives the same bytes. */
export function letterPdf(letter: Letter): Promise<Uint8Array> {
  return renderA4Document(letterDocument(letter));
}
