// The subject access export as one ZIP readable without this software: a summary PDF, the JSON, every file, a read-me.
import { strToU8 } from 'fflate';
import { renderA4Document } from '../pdf/a4-document';
import { safeFileName, safePackPath, writeZip, type ZipEntry, type ZipProgress } from '../case-pack/zip-writer';
import type { SubjectAccessRecord } from './subject-access-record';
import { subjectAccessJson } from './subject-access-record';
import { subjectAccessSummary, type CompanyLetterhead } from './subject-access-summary';

export const SUBJECT_ACCESS_PATHS = { readMe: 'README.txt', summary: 'summary.pdf', data: 'subject-access.json' } as const;

/** Places each case's files under files/<reference>/, named safely and uniquely. Call before building the export. */
export function placeFiles<T extends { name: string }>(reference: string, files: readonly T[], taken: Set<string>): string[] {
  return files.map((f) => safePackPath(`files/${reference}/${safeFileName(f.name)}`, taken));
}

/** A fresh set of taken paths with the export's own files in it. */
export function takenPaths(): Set<string> {
  const taken = new Set<string>();
  for (const path of Object.values(SUBJECT_ACCESS_PATHS)) safePackPath(path, taken);
  return taken;
}

function readMe(record: SubjectAccessRecord, company: CompanyLetterhead): string {
  return [
    `Personal information held by ${company.name} about ${record.customer.name}`,
    '',
    `${SUBJECT_ACCESS_PATHS.summary}   a readable summary of your details and of each complaint`,
    `${SUBJECT_ACCESS_PATHS.data}   everything held, in full (JSON, a plain text format)`,
    'files/            every document and letter, one folder per case reference',
    '',
    `Questions: ${company.telephone} or ${company.email}`,
    '',
  ].join('\r\n');
}

export interface SubjectAccessFileResult {
  bytes: Uint8Array<ArrayBuffer>;
  files: { path: string; size: number; sha256: string }[];
}

/** Builds the export in memory (the host's save takes bytes); progress is reported file by file. */
export async function writeSubjectAccessFile(
  record: SubjectAccessRecord,
  company: CompanyLetterhead,
  options: { onProgress?: (progress: ZipProgress) => void } = {},
): Promise<SubjectAccessFileResult> {
  const summary = await renderA4Document(subjectAccessSummary(record, company));
  const entries: ZipEntry[] = [
    { path: SUBJECT_ACCESS_PATHS.readMe, bytes: strToU8(readMe(record, company)) },
    { path: SUBJECT_ACCESS_PATHS.summary, bytes: summary },
    { path: SUBJECT_ACCESS_PATHS.data, bytes: strToU8(subjectAccessJson(record)) },
    ...record.cases.flatMap((c) => c.files.map((f) => ({ path: f.path, bytes: f.bytes }))),
  ];
  const chunks: Uint8Array[] = [];
  const { files, zipSize } = await writeZip(entries, (chunk) => void chunks.push(chunk.slice()), {
    modifiedAt: new Date(record.madeAt),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const bytes = new Uint8Array(zipSize);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, files: files.map(({ path, size, sha256 }) => ({ path, size, sha256 })) };
}

/** The name the export is offered under, e.g. "Subject access - Jane Whitfield - 02-12-2026.zip". */
export function subjectAccessFileName(customerName: string, madeAt: string): string {
  const [y, m, d] = madeAt.slice(0, 10).split('-');
  return safeFileName(`Subject access - ${customerName} - ${d}-${m}-${y}.zip`);
}
