// summary.pdf of a case pack: what a case handler outside the company reads first, laid out as an A4 document.
import type { OmbudsmanDeadline, OmbudsmanRights } from '../policy';
import { businessSection, ombudsmanSection, recordSection, reopeningsSection } from './summary-record-sections';
import { channelLabels, type ComplaintCase, type Customer, type DeadlineRecord, type TimelineEvent } from '../model';
import type { DeadlineStatus } from '../policy';
import type { A4Document, DocumentBlock } from '../pdf/a4-document';
import type { LetterSent } from './letters-sent';
import { withDisplayDates } from '../model/dates-in-text';
import { packDateTime, sentencesStartCapital } from './pack-words';
import {
  complaintSection,
  conversationsSection,
  customerSection,
  deadlinesSection,
  findingsSection,
  holdsAndReferralsSection,
  outcomeSection,
  type NameOf,
} from './summary-sections';

export interface PackFileListed {
  path: string;
  /** What the file is: the attachment's description, or the letter it is a copy of. */
  about: string;
}

export interface SummaryInput {
  company: { name: string; lines: readonly string[] };
  /** The case, customer and timeline as they go in the pack: already redacted. */
  caseRecord: ComplaintCase;
  customer: Customer | null;
  timeline: readonly TimelineEvent[];
  deadlines: DeadlineStatus | DeadlineRecord;
  deadlinesFrozenAt: string | null;
  letters: readonly LetterSent[];
  /** Where each letter's copy is in the pack, by its attachment id. */
  letterCopies: ReadonlyMap<string, string>;
  files: readonly PackFileListed[];
  madeAt: string;
  madeBy: string;
  recipient: string;
  disclosure: string;
  redaction: string;
  nameOf: NameOf;
  /** The Energy Ombudsman's timetable for the case when the pack is made. */
  ombudsman?: { rights: OmbudsmanRights; deadlines: readonly OmbudsmanDeadline[] };
}

export function summaryDocument(input: SummaryInput): A4Document {
  const c = input.caseRecord;
  const blocks: DocumentBlock[] = [
    {
      type: 'keyValue',
      rows: [
        { key: 'Case', value: c.reference },
        { key: 'Prepared for', value: input.recipient },
        { key: 'Made', value: `${packDateTime(input.madeAt)} by ${input.madeBy}` },
        { key: 'Why it may be disclosed', value: input.disclosure },
        { key: 'Staff identity', value: input.redaction },
      ],
    },
    ...customerSection(input.customer),
    ...prose(complaintSection(c, input.nameOf)),
    ...prose(recordSection(c)),
    ...businessSection(c),
    ...prose(reopeningsSection(c, input.nameOf)),
    ...deadlinesSection(input.deadlines, input.deadlinesFrozenAt),
    ...prose(conversationsSection(c)),
    ...prose(findingsSection(c, input.nameOf)),
    ...prose(outcomeSection(c)),
    ...lettersSection(input.letters, input.letterCopies, input.nameOf),
    ...prose(holdsAndReferralsSection(c)),
    ...(input.ombudsman ? prose(ombudsmanSection(c, input.ombudsman.rights, input.ombudsman.deadlines)) : []),
    ...filesSection(input.files),
    ...prose(timelineSection(input.timeline, input.nameOf)),
  ];
  return {
    header: { companyName: input.company.name, lines: input.company.lines },
    title: `Case pack for ${c.reference}`,
    footer: `${c.reference}: case pack for ${input.recipient}`,
    info: { author: input.company.name, subject: `Complaint ${c.reference}`, createdAt: new Date(input.madeAt) },
    blocks,
  };
}

/** Staff's own sentences, where a redacted name may start a sentence: "The employee says…", not "the employee says…". */
function prose(blocks: DocumentBlock[]): DocumentBlock[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return { ...block, text: sentencesStartCapital(block.text) };
      case 'keyValue':
        return { ...block, rows: block.rows.map((row) => ({ key: row.key, value: sentencesStartCapital(row.value) })) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(sentencesStartCapital)) };
      default:
        return block;
    }
  });
}

function lettersSection(letters: readonly LetterSent[], copies: ReadonlyMap<string, string>, nameOf: NameOf): DocumentBlock[] {
  const heading: DocumentBlock = { type: 'heading', text: 'Letters sent' };
  if (letters.length === 0) return [heading, { type: 'paragraph', text: 'No letters are recorded as sent.', style: 'italic' }];
  const fileOf = (letter: LetterSent) => (letter.documentId && copies.get(letter.documentId)) || 'No copy on file';
  const rows = letters.map((l) => [l.letter, packDateTime(l.sentAt), `${channelLabels[l.channel]}, by ${nameOf(l.sentById)}`, fileOf(l)]);
  return [heading, { type: 'table', columns: [{ title: 'Letter', width: 1.6 }, { title: 'Sent', width: 1.2 }, { title: 'How', width: 1.6 }, { title: 'Copy in this pack', width: 2 }], rows }];
}

function filesSection(files: readonly PackFileListed[]): DocumentBlock[] {
  return [
    { type: 'heading', text: 'Files in this pack' },
    { type: 'table', columns: [{ title: 'File', width: 2 }, { title: 'What it is', width: 3 }], rows: files.map((f) => [f.path, f.about]) },
    {
      type: 'paragraph',
      style: 'small',
      text: 'manifest.json lists every file with its size and SHA-256, and the head of the case timeline\'s hash chain; case.json holds the whole case record. Attachments are included exactly as they were received or sent, except letters listed as set anew.',
    },
  ];
}

function timelineSection(timeline: readonly TimelineEvent[], nameOf: NameOf): DocumentBlock[] {
  const rows = timeline.map((e) => [String(e.seq), packDateTime(e.at), nameOf(e.actorId), withDisplayDates(e.summary)]);
  return [
    { type: 'heading', text: 'Timeline' },
    { type: 'table', columns: [{ title: 'No.', width: 0.5, align: 'right' }, { title: 'When', width: 1.3 }, { title: 'Who', width: 1.3 }, { title: 'What happened', width: 4 }], rows },
  ];
}
