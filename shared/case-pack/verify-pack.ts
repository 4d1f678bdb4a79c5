// Checks a case pack read from bytes or a stream: a valid manifest, every listed file present and unchanged, nothing extra.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { CASE_PACK_PATHS, isExtractablePath, readJsonFile, readManifest, type CasePackManifest } from './manifest';
import { readZipStream, type ZipEntryRead, type ZipEntryStart, type ZipSource } from './zip-reader';

export type { ZipSource } from './zip-reader';

export interface VerifyPackOptions<T> {
  /** The case schema from shared/model, to check case.json; without it case.json only has to be valid JSON. */
  caseSchema?: z.ZodType<T>;
  /** Further checks across case.json and the manifest (same reference, same timeline head), as plain sentences. */
  checkCaseData?: (caseData: T, manifest: CasePackManifest) => string[];
}

/** How each file came through the check: listed and unchanged, changed, listed but missing, unlisted, or unreadable. */
export type PackFileStatus = 'ok' | 'changed' | 'missing' | 'extra' | 'damaged';
export interface PackFileCheck {
  path: string;
  status: PackFileStatus;
}

/** files is filled once the manifest could be read: every file it lists, then any file it does not. */
export type VerifyPackResult =
  | { ok: true; manifest: CasePackManifest; files: PackFileCheck[] }
  | { ok: false; problems: string[]; manifest?: CasePackManifest; files?: PackFileCheck[] };

/** JSON files are kept to parse once the manifest (the last file) has been read; larger ones cannot be ours. */
const MAX_JSON_BYTES = 32 * 1024 * 1024;

interface FileSeen {
  entry: ZipEntryStart;
  hash: ReturnType<typeof sha256.create>;
  /** Kept for top-level .json files only: the manifest and case.json are parsed after the whole pack is read. */
  json: Uint8Array[] | 'too-large' | undefined;
  jsonBytes: number;
}

/**
 * Reads the pack once, start to end, hashing each file as it streams past, so a pack of any size is checked in
 * little memory. The result lists every problem found, in words a case handler can act on.
 */
export async function verifyPack<T = unknown>(source: ZipSource, options: VerifyPackOptions<T> = {}): Promise<VerifyPackResult> {
  const seen: FileSeen[] = [];
  const { entries, problems: zipProblems } = await readZipStream(source, (entry) => {
    const file: FileSeen = { entry, hash: sha256.create(), json: isTopLevelJson(entry.name) ? [] : undefined, jsonBytes: 0 };
    seen[entry.index] = file;
    return {
      data(chunk) {
        file.hash.update(chunk);
        if (Array.isArray(file.json)) {
          file.jsonBytes += chunk.length;
          // Copied: the chunk may be a view of a buffer the reader or the source reuses.
          if (file.jsonBytes > MAX_JSON_BYTES) file.json = 'too-large';
          else file.json.push(chunk.slice());
        }
      },
    };
  });

  const stopped = zipProblems.find((problem) => problem.kind === 'not-zip' || problem.kind === 'truncated' || (problem.kind === 'unsupported' && !problem.path));
  if (stopped?.kind === 'not-zip') return failed([stopped.message]);

  const problems: string[] = [];
  // Problems with one file are reported with that file below, so the same fault is not told twice.
  const fileProblems = new Map<string, string>();
  for (const problem of zipProblems) {
    if (problem.path && !fileProblems.has(problem.path)) fileProblems.set(problem.path, problem.message);
    else if (!problem.path) problems.push(problem.message);
  }
  if (stopped) return failed([...problems, ...fileProblems.values()]);

  const files = entries.filter((entry) => !isFolderEntry(entry));
  const byName = new Map<string, ZipEntryRead>();
  for (const entry of files) {
    if (byName.has(entry.name)) problems.push(`${entry.name} appears more than once in the pack`);
    else byName.set(entry.name, entry);
    if (!isExtractablePath(entry.name)) problems.push(`${entry.name} has a file name that is not safe to extract`);
  }

  const manifestEntry = byName.get(CASE_PACK_PATHS.manifest);
  if (!manifestEntry) return failed([...problems, 'manifest.json is missing: this is not a Complaints Desk case pack']);
  const manifestBytes = jsonBytesOf(seen[manifestEntry.index]);
  if (manifestBytes === 'too-large') return failed([...problems, 'manifest.json is too large to be a case pack manifest']);
  if (!manifestBytes || !manifestEntry.intact) {
    // A manifest whose ZIP checksum fails cannot be trusted to describe the other files.
    return failed([...problems, fileProblems.get(CASE_PACK_PATHS.manifest) ?? 'manifest.json is damaged and cannot be read']);
  }
  const manifestRead = readManifest(manifestBytes);
  if (!manifestRead.ok) return failed([...problems, ...manifestRead.problems]);
  const manifest = manifestRead.value;

  const listed = new Set<string>();
  const faulty = new Set<string>();
  const checks: PackFileCheck[] = [];
  const report = (path: string, problem: string, status: Exclude<PackFileStatus, 'ok'>) => {
    faulty.add(path);
    problems.push(problem);
    checks.push({ path, status });
  };
  for (const file of manifest.files) {
    listed.add(file.path);
    const entry = byName.get(file.path);
    if (!entry) {
      report(file.path, `${file.path} is listed in the manifest but missing from the pack`, 'missing');
      continue;
    }
    const zipProblem = fileProblems.get(file.path);
    // Unreadable content has no meaningful hash; readable content that differs is reported as a change, which
    // also explains a ZIP checksum failure on the same file.
    if (!entry.readable) report(file.path, zipProblem ?? `${file.path} is damaged and cannot be read`, 'damaged');
    else if (entry.size !== file.size) report(file.path, `${file.path} was changed: it is ${entry.size} bytes but the manifest says ${file.size}`, 'changed');
    else if (digestOf(seen[entry.index]) !== file.sha256) report(file.path, `${file.path} was changed: its SHA-256 does not match the manifest`, 'changed');
    else if (zipProblem) report(file.path, zipProblem, 'damaged');
    else checks.push({ path: file.path, status: 'ok' });
  }
  for (const entry of files) {
    if (entry.name !== CASE_PACK_PATHS.manifest && !listed.has(entry.name)) {
      report(entry.name, `${entry.name} is in the pack but not listed in the manifest`, 'extra');
    }
  }

  const caseFile = manifest.files.find((file) => file.kind === 'case-data');
  if (caseFile && !faulty.has(caseFile.path)) {
    problems.push(...checkCaseFile(caseFile.path, jsonBytesOf(seen[byName.get(caseFile.path)?.index ?? -1]), manifest, options));
  }

  return problems.length ? { ok: false, problems, manifest, files: checks } : { ok: true, manifest, files: checks };
}

function checkCaseFile<T>(name: string, bytes: Uint8Array | 'too-large' | undefined, manifest: CasePackManifest, options: VerifyPackOptions<T>): string[] {
  if (bytes === undefined) return options.caseSchema ? [`${name} could not be checked: the case data must be a .json file at the top of the pack`] : [];
  if (bytes === 'too-large') return [`${name} is too large to check (over ${MAX_JSON_BYTES / 1024 / 1024} MB)`];
  if (!options.caseSchema) {
    const read = readJsonFile(name, bytes, z.unknown());
    return read.ok ? [] : read.problems;
  }
  const read = readJsonFile(name, bytes, options.caseSchema);
  if (!read.ok) return read.problems;
  return options.checkCaseData?.(read.value, manifest) ?? [];
}

function digestOf(file: FileSeen | undefined): string | undefined {
  return file && bytesToHex(file.hash.digest());
}

/** The kept bytes of a top-level JSON file; undefined when the file was not kept (not top-level JSON, or unreadable). */
function jsonBytesOf(file: FileSeen | undefined): Uint8Array | 'too-large' | undefined {
  if (file?.json === undefined || file.json === 'too-large') return file?.json;
  const out = new Uint8Array(file.jsonBytes);
  let at = 0;
  for (const chunk of file.json) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function isTopLevelJson(name: string): boolean {
  return !name.includes('/') && name.toLowerCase().endsWith('.json');
}

/** Folders some ZIP tools add as entries of their own; they hold nothing to check. */
function isFolderEntry(entry: ZipEntryRead): boolean {
  return entry.name.endsWith('/') && entry.size === 0;
}

function failed(problems: string[]): VerifyPackResult {
  return { ok: false, problems };
}
