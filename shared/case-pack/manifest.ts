// The case pack's manifest.json: its schema, how it is built and written, and how it is read back with plain-English problems.
import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';

export const CASE_PACK_FORMAT = 'complaints-desk-case-pack';
export const CASE_PACK_FORMAT_VERSION = 1;

/** Fixed names inside every pack; attachments and letters go in their folders under readable names. */
export const CASE_PACK_PATHS = {
  manifest: 'manifest.json',
  summary: 'summary.pdf',
  caseData: 'case.json',
  lettersFolder: 'letters',
  attachmentsFolder: 'attachments',
} as const;

export const casePackFileKinds = ['summary', 'case-data', 'attachment', 'letter'] as const;
export type CasePackFileKind = (typeof casePackFileKinds)[number];

/** The largest size a plain (non-ZIP64) ZIP can record; fflate does not write ZIP64. */
export const MAX_ZIP32_SIZE = 0xfffffffe;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 lowercase hexadecimal characters');
const text = (max: number) => z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * True when a path inside a ZIP can be extracted without escaping the folder it is extracted to and without
 * tripping Windows: relative, forward slashes, no empty, "." or ".." parts, no drive letters or control characters.
 * The writer's naming rules (safePackPath) are stricter; this is the rule a pack from anywhere must meet.
 */
export function isExtractablePath(path: string): boolean {
  if (path.length === 0 || path.length > 1000) return false;
  // Colons would be drive letters or NTFS alternate streams; backslashes are separators on Windows.
  if (/[\\:\p{Cc}]/u.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

export const casePackFileSchema = z.object({
  path: z.string().refine(isExtractablePath, 'is not a safe relative file name'),
  size: z.number().int().min(0).max(MAX_ZIP32_SIZE),
  sha256: sha256Hex,
  kind: z.enum(casePackFileKinds),
});
export type CasePackFileRecord = z.infer<typeof casePackFileSchema>;

/** Everything in the manifest except the file list, which the writer fills in as it streams the files. */
export const casePackManifestHeaderSchema = z.object({
  caseReference: text(100),
  /** When the pack was made, as an ISO 8601 instant with its offset; also the timestamp of every file in the ZIP. */
  createdAt: z.iso.datetime({ offset: true }),
  /** Who made it, by role: staff names are left out of exports unless a manager includes them (requirements 5). */
  createdBy: z.object({ role: text(100), name: text(200).optional() }),
  recipient: z.object({ name: text(200), reference: text(100).optional() }),
  /** Why disclosure is allowed (requirements 6): the customer's consent, or the lawful reason a manager recorded. */
  disclosureBasis: z.object({ basis: z.enum(['consent', 'lawful-reason']), detail: text(2000) }),
  /** The head of the case timeline's hash chain when the pack was made, so the pack can be tied to the record. */
  timelineHead: z.object({ sha256: sha256Hex, eventCount: z.number().int().min(1) }),
});
export type CasePackManifestHeader = z.infer<typeof casePackManifestHeaderSchema>;

export const casePackManifestSchema = z
  .object({
    // First, so a person opening manifest.json sees at once what it is.
    format: z.literal(CASE_PACK_FORMAT),
    formatVersion: z.literal(CASE_PACK_FORMAT_VERSION),
    ...casePackManifestHeaderSchema.shape,
    files: z.array(casePackFileSchema),
  })
  .superRefine((manifest, ctx) => {
    for (const problem of fileListProblems(manifest.files)) ctx.addIssue({ code: 'custom', path: ['files'], message: problem });
  });
export type CasePackManifest = z.infer<typeof casePackManifestSchema>;

function fileListProblems(files: readonly CasePackFileRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    // Case-insensitive, because two names differing only in case overwrite each other on Windows and macOS.
    const key = file.path.normalize('NFC').toLowerCase();
    if (seen.has(key)) problems.push(`${file.path} is listed more than once`);
    seen.add(key);
    if (key === CASE_PACK_PATHS.manifest) problems.push('manifest.json cannot list itself');
  }
  for (const kind of ['summary', 'case-data'] as const) {
    const count = files.filter((file) => file.kind === kind).length;
    if (count !== 1) problems.push(`must list exactly one ${kind} file (found ${count})`);
  }
  return problems;
}

/** Assembles and checks the manifest; a failure here is a programming error, so it throws. */
export function buildCasePackManifest(header: CasePackManifestHeader, files: readonly CasePackFileRecord[]): CasePackManifest {
  return casePackManifestSchema.parse({
    format: CASE_PACK_FORMAT,
    formatVersion: CASE_PACK_FORMAT_VERSION,
    ...header,
    files,
  });
}

/** manifest.json as written into the pack: indented so a case handler can read it in any text editor. */
export function encodeManifest(manifest: CasePackManifest): Uint8Array {
  return strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
}

export type ReadJsonResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses a JSON file from the pack and checks it against a schema, explaining failures in plain words. */
export function readJsonFile<T>(name: string, bytes: Uint8Array, schema: z.ZodType<T>): ReadJsonResult<T> {
  let json: unknown;
  try {
    // A byte-order mark is legal in JSON files saved by some editors but JSON.parse rejects it.
    json = JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [`${name} is not valid JSON, so it cannot be read`] };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: describeIssues(name, result.error.issues) };
}

export function readManifest(bytes: Uint8Array): ReadJsonResult<CasePackManifest> {
  return readJsonFile(CASE_PACK_PATHS.manifest, bytes, casePackManifestSchema);
}

const MAX_LISTED_ISSUES = 10;

export function describeIssues(name: string, issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const where = issue.path.length ? ` (${formatPath(issue.path)})` : '';
    return `${name} is not valid${where}: ${issue.message}`;
  });
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`${name} has ${issues.length - MAX_LISTED_ISSUES} more problems not listed`);
  return lines;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}
