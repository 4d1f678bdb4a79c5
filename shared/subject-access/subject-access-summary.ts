// The readable summary of a subject access export (A4 PDF): the customer's details, then each case and its history.
import {
  labelledText,
  channelLabels,
  complaintCategoryLabels,
  responseOutcomeLabels,
  stageLabels,
  type ComplaintCase,
} from '../model';
import { enGbDateTime } from '../policy/en-gb-dates';
import { withDisplayDates } from '../model/dates-in-text';
import type { A4Document, DocumentBlock } from '../pdf/a4-document';
import type { SubjectAccessCase, SubjectAccessRecord } from './subject-access-record';

export interface CompanyLetterhead {
  name: string;
  telephone: string;
  email: string;
}

const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' });

/** dd/MM/yyyy for an instant, in London. */
export function ukDate(instant: string): string {
  return london.format(new Date(instant));
}

function caseFacts(c: ComplaintCase): { key: string; value: string }[] {
  const outcome = c.response?.outcome ?? c.firstContactResolution?.outcome;
  return [
    { key: 'Reference', value: c.reference },
    { key: 'Received', value: `${enGbDateTime(c.receivedAt)} by ${channelLabels[c.channel].toLowerCase()}` },
    { key: 'Stage', value: stageLabels[c.stage] },
    { key: 'Category', value: c.category ? complaintCategoryLabels[c.category] : 'Not categorised' },
    ...labelledText(c)
      .filter(({ key, text }) => key === 'nature' || text !== '')
      .map(({ label, text }) => ({ key: label, value: text })),
    ...(outcome ? [{ key: 'Outcome', value: responseOutcomeLabels[outcome] }] : []),
    ...(c.response ? [{ key: 'Final response', value: c.response.summary }] : []),
  ];
}

function caseBlocks(entry: SubjectAccessCase): DocumentBlock[] {
  const c = entry.case;
  const blocks: DocumentBlock[] = [{ type: 'heading', text: `Case ${c.reference}` }, { type: 'keyValue', rows: caseFacts(c) }];
  if (c.conversations.length > 0) {
    blocks.push({ type: 'heading', text: 'Conversations', level: 2 });
    blocks.push({
      type: 'table',
      columns: [{ title: 'Date', width: 1 }, { title: 'With', width: 2 }, { title: 'Summary', width: 4 }],
      rows: c.conversations.map((v) => [ukDate(`${v.on}T12:00:00Z`), v.people.map((p) => p.name).join(', '), v.summary]),
    });
  }
  blocks.push({ type: 'heading', text: 'What happened, in order', level: 2 });
  blocks.push({ type: 'table', columns: [{ title: 'When', width: 1.3 }, { title: 'What', width: 5 }], rows: entry.timeline.map((e) => [enGbDateTime(e.at), withDisplayDates(e.summary)]) });
  if (entry.files.length > 0) {
    blocks.push({ type: 'heading', text: 'Files and letters (each is in this export)', level: 2 });
    blocks.push({ type: 'bullets', items: entry.files.map((f) => f.path) });
  }
  if (entry.withheld.length > 0) {
    blocks.push({ type: 'heading', text: 'Files left out of this export', level: 2 });
    blocks.push({ type: 'bullets', items: entry.withheld.map((w) => `${w.name}: ${w.why}`) });
  }
  if (entry.redacted.length > 0) {
    blocks.push({ type: 'paragraph', style: 'small', text: 'This complaint concerns a member of staff: their identity and their own account are withheld, as the law allows.' });
  }
  return blocks;
}

/** The summary document; the JSON in the same export holds every detail. */
export function subjectAccessSummary(record: SubjectAccessRecord, company: CompanyLetterhead): A4Document {
  const who = record.customer;
  const details = [
    { key: 'Name', value: who.name },
    ...(who.email ? [{ key: 'Email', value: who.email }] : []),
    ...(who.phone ? [{ key: 'Telephone', value: who.phone }] : []),
    ...(who.accountNumber ? [{ key: 'Account number', value: who.accountNumber }] : []),
    ...(who.address ? [{ key: 'Address', value: [who.address.line1, who.address.line2, who.address.town, who.address.county, who.address.postcode].filter(Boolean).join(', ') }] : []),
  ];
  return {
    header: { companyName: company.name, lines: [`Telephone ${company.telephone}`, company.email] },
    title: `Personal information held about ${who.name}`,
    footer: `Subject access export made ${ukDate(record.madeAt)}`,
    info: { subject: 'Subject access export', createdAt: new Date(record.madeAt) },
    blocks: [
      {
        type: 'paragraph',
        text: `This is everything ${company.name} holds about you in its complaints records on ${ukDate(record.madeAt)}: ${record.cases.length} case${record.cases.length === 1 ? '' : 's'}. The file subject-access.json holds the same in full, and every file and letter is included as its own file.`,
      },
      { type: 'heading', text: 'Your details' },
      { type: 'keyValue', rows: details },
      ...record.cases.flatMap(caseBlocks),
    ],
  };
}
