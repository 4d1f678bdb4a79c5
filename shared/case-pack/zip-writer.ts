// Streams a ZIP (fflate) file by file to a sink, hashing each file with SHA-256 as it passes, and names files safely.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  buildCasePackManifest,
  CASE_PACK_PATHS,
  casePackManifestHeaderSchema,
  encodeManifest,
  MAX_ZIP32_SIZE,
  type CasePackFileKind,
  type CasePackFileRecord,
  type CasePackManifest,
  type CasePackManifestHeader,
} from './manifest';

/** One file for the ZIP: already in memory, or read piece by piece (a file on disk, a Blob stream, IndexedDB pages). */
export type ZipEntry =
  | { path: string; bytes: Uint8Array; compress?: boolean }
  | { path: string; chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>; size?: number; compress?: boolean };

/**
 * Receives the ZIP as it is produced. The writer waits for a returned promise before reading more input, so a slow
 * disk slows the reading instead of filling memory. Chunks may be the caller's own input buffers: do not modify them.
 */
export type ZipSink = (chunk: Uint8Array) => void | Promise<void>;

export interface ZipProgress {
  path: string;
  /** Bytes of file content read so far (before compression), over all files. */
  bytesDone: number;
  /** Known when every file's size was known up front. */
  bytesTotal: number | undefined;
  filesDone: number;
  filesTotal: number | undefined;
}

export interface ZipWriterOptions {
  /** Timestamp for every file in the ZIP (the caller's "now", so the same input gives the same bytes). */
  modifiedAt: Date;
  onProgress?: (progress: ZipProgress) => void;
  /** Checked between chunks; an AbortSignal fits. */
  signal?: { readonly aborted: boolean };
  expectedTotals?: { bytes?: number; files?: number };
}

export interface WrittenFile {
  path: string;
  size: number;
  sha256: string;
  compressed: boolean;
}

export type PackWriteFailure =
  | 'unsafe-path'
  | 'duplicate-path'
  | 'too-large'
  | 'too-many-files'
  | 'size-mismatch'
  | 'source-failed'
  | 'sink-failed'
  | 'cancelled'
  | 'invalid-pack';

/** The pack could not be written; whatever the sink received so far is not a usable ZIP and should be discarded. */
export class PackWriteError extends Error {
  override readonly name = 'PackWriteError';
  constructor(
    readonly reason: PackWriteFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MAX_ZIP32_ENTRIES = 0xffff;
const UNIX_REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const TOO_LARGE_MESSAGE =
  'The case pack would be larger than 4 GB, the most a standard ZIP file can hold. Leave out the largest attachments and send them separately.';

/**
 * Writes one ZIP, one file at a time. Each file is pulled from its source only as fast as the sink accepts the
 * output, so the memory used is about one input chunk, whatever the size of the files.
 */
export class ZipStreamWriter {
  readonly #sink: ZipSink;
  readonly #options: ZipWriterOptions;
  readonly #zip: Zip;
  readonly #taken = new Set<string>();
  readonly #files: WrittenFile[] = [];
  #pending: Uint8Array[] = [];
  #zipError: Error | undefined;
  #zipBytes = 0;
  #entryZipBytes = 0;
  #bytesDone = 0;
  #state: 'ready' | 'busy' | 'failed' | 'finished' = 'ready';

  constructor(sink: ZipSink, options: ZipWriterOptions) {
    const year = options.modifiedAt.getFullYear();
    // ZIP stores MS-DOS timestamps, which only cover 1980 to 2099.
    if (!(year >= 1980 && year <= 2099)) throw new RangeError(`ZIP timestamps must fall between 1980 and 2099, not ${String(options.modifiedAt)}`);
    this.#sink = sink;
    this.#options = options;
    this.#zip = new Zip((error, chunk) => {
      if (error) this.#zipError ??= error;
      else this.#pending.push(chunk);
    });
  }

  get files(): readonly WrittenFile[] {
    return this.#files;
  }

  async add(entry: ZipEntry): Promise<WrittenFile> {
    this.#begin();
    try {
      const written = await this.#write(entry);
      this.#files.push(written);
      this.#state = 'ready';
      this.#report(entry.path);
      return written;
    } catch (error) {
      this.#state = 'failed';
      throw error;
    }
  }

  /** Writes the ZIP's table of contents; the sink has the whole archive once this resolves. */
  async finish(): Promise<{ files: WrittenFile[]; zipSize: number }> {
    this.#begin();
    try {
      this.#zip.end();
      await this.#flush();
      this.#state = 'finished';
      return { files: [...this.#files], zipSize: this.#zipBytes };
    } catch (error) {
      this.#state = 'failed';
      throw error;
    }
  }

  #begin(): void {
    if (this.#state !== 'ready') {
      throw new Error(`ZipStreamWriter cannot take more work: it is ${this.#state} (add files one at a time, then finish once)`);
    }
    this.#state = 'busy';
  }

  async #write(entry: ZipEntry): Promise<WrittenFile> {
    const { path } = entry;
    if (sanitisePackPath(path) !== path) {
      throw new PackWriteError('unsafe-path', `"${path}" is not a safe file name for the pack: name it with safePackPath()`);
    }
    if (pathClashes(path, this.#taken)) throw new PackWriteError('duplicate-path', `"${path}" is already in the pack`);
    if (this.#files.length + 1 >= MAX_ZIP32_ENTRIES) {
      throw new PackWriteError('too-many-files', 'The case pack would hold more than 65,534 files, the most a standard ZIP file can list.');
    }
    if ('size' in entry && entry.size !== undefined && entry.size > MAX_ZIP32_SIZE) throw new PackWriteError('too-large', TOO_LARGE_MESSAGE);
    claimPath(path, this.#taken);

    const hash = sha256.create();
    let size = 0;
    let file: ZipPassThrough | ZipDeflate | undefined;
    let compressed = false;
    this.#entryZipBytes = 0;
    // The file is opened on its first chunk so the choice to compress can look at its first bytes.
    const open = (firstChunk: Uint8Array): ZipPassThrough | ZipDeflate => {
      compressed = entry.compress ?? shouldCompress(path, firstChunk);
      const knownSize = 'bytes' in entry ? entry.bytes.length : entry.size;
      const opened = compressed ? new ZipDeflate(path, { level: 6, mem: deflateMemoryLevel(knownSize) }) : new ZipPassThrough(path);
      opened.mtime = this.#options.modifiedAt;
      // "Made by Unix" with mode rw-r--r--: Info-ZIP unzip ignores the UTF-8 name flag on entries made by MS-DOS
      // (fflate's default) and garbles accented names; Windows, 7-Zip and macOS read either.
      opened.os = 3;
      opened.attrs = UNIX_REGULAR_FILE_0644;
      this.#zip.add(opened);
      return opened;
    };
    const push = async (chunk: Uint8Array, final: boolean): Promise<void> => {
      if (this.#options.signal?.aborted) throw new PackWriteError('cancelled', 'Making the case pack was cancelled.');
      hash.update(chunk);
      size += chunk.length;
      this.#bytesDone += chunk.length;
      if (size > MAX_ZIP32_SIZE) throw new PackWriteError('too-large', TOO_LARGE_MESSAGE);
      file ??= open(chunk);
      file.push(chunk, final);
      await this.#flush();
    };

    if ('bytes' in entry) {
      await push(entry.bytes, true);
    } else {
      try {
        for await (const chunk of entry.chunks) {
          if (chunk.length === 0) continue;
          await push(chunk, false);
          this.#report(path);
        }
      } catch (error) {
        if (error instanceof PackWriteError) throw error;
        throw new PackWriteError('source-failed', `Could not read ${path}: ${messageOf(error)}`, { cause: error });
      }
      await push(new Uint8Array(0), true);
      if (entry.size !== undefined && entry.size !== size) {
        throw new PackWriteError(
          'size-mismatch',
          `${path} was expected to be ${entry.size} bytes but ${size} bytes were read: it may have changed while the pack was being made.`,
        );
      }
    }
    return { path, size, sha256: bytesToHex(hash.digest()), compressed };
  }

  /** Hands everything fflate has produced to the sink, in order, waiting for each. */
  async #flush(): Promise<void> {
    if (this.#zipError) throw new PackWriteError('invalid-pack', `The ZIP could not be written: ${this.#zipError.message}`, { cause: this.#zipError });
    const chunks = this.#pending;
    this.#pending = [];
    for (const chunk of chunks) {
      // Every offset and size in a plain ZIP is 32-bit; past that fflate would write a corrupt archive silently.
      this.#zipBytes += chunk.length;
      this.#entryZipBytes += chunk.length;
      if (this.#zipBytes > MAX_ZIP32_SIZE || this.#entryZipBytes > MAX_ZIP32_SIZE) throw new PackWriteError('too-large', TOO_LARGE_MESSAGE);
      try {
        await this.#sink(chunk);
      } catch (error) {
        throw new PackWriteError('sink-failed', `Could not save the case pack: ${messageOf(error)}`, { cause: error });
      }
    }
  }

  #report(path: string): void {
    this.#options.onProgress?.({
      path,
      bytesDone: this.#bytesDone,
      bytesTotal: this.#options.expectedTotals?.bytes,
      filesDone: this.#files.length,
      filesTotal: this.#options.expectedTotals?.files,
    });
  }
}

/** Writes every entry, in order, then the ZIP's table of contents; returns each file's size and SHA-256. */
export async function writeZip(
  entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>,
  sink: ZipSink,
  options: ZipWriterOptions,
): Promise<{ files: WrittenFile[]; zipSize: number }> {
  const writer = new ZipStreamWriter(sink, { expectedTotals: totalsOf(entries), ...options });
  for await (const entry of entries) await writer.add(entry);
  return writer.finish();
}

export type CasePackEntry = ZipEntry & { kind: CasePackFileKind };

export interface CasePackWriteResult {
  manifest: CasePackManifest;
  /** SHA-256 of manifest.json; it covers every file, so recording it on the timeline identifies the pack's content. */
  manifestSha256: string;
  zipSize: number;
}

/**
 * Writes a whole case pack: the given files in order, then manifest.json listing each with its size and SHA-256.
 * Callers name files with safePackPath (sharing one `taken` set) before rendering summary.pdf, so the summary
 * can refer to the names the handler will see.
 */
export async function writeCasePack(
  header: CasePackManifestHeader,
  entries: Iterable<CasePackEntry> | AsyncIterable<CasePackEntry>,
  sink: ZipSink,
  options: Omit<ZipWriterOptions, 'modifiedAt'> = {},
): Promise<CasePackWriteResult> {
  // Checked before the first byte goes out, so a bad header never costs a 500 MB write.
  const checkedHeader = casePackManifestHeaderSchema.parse(header);
  const { onProgress } = options;
  const writer = new ZipStreamWriter(sink, {
    expectedTotals: totalsOf(entries),
    ...options,
    // Progress covers the files the caller gave; manifest.json is a few kilobytes written at the very end.
    onProgress: onProgress && ((progress) => progress.path !== CASE_PACK_PATHS.manifest && onProgress(progress)),
    modifiedAt: new Date(checkedHeader.createdAt),
  });
  const files: CasePackFileRecord[] = [];
  for await (const entry of entries) {
    if (entry.path.toLowerCase() === CASE_PACK_PATHS.manifest) {
      throw new PackWriteError('duplicate-path', 'manifest.json is written by writeCasePack itself');
    }
    if ((entry.kind === 'summary' || entry.kind === 'case-data') && files.some((file) => file.kind === entry.kind)) {
      throw new PackWriteError('invalid-pack', `A case pack has exactly one ${entry.kind} file; ${entry.path} would be the second`);
    }
    const written = await writer.add(entry);
    files.push({ path: written.path, size: written.size, sha256: written.sha256, kind: entry.kind });
  }
  let manifest: CasePackManifest;
  try {
    manifest = buildCasePackManifest(checkedHeader, files);
  } catch (error) {
    throw new PackWriteError('invalid-pack', `The case pack is incomplete: ${messageOf(error)}`, { cause: error });
  }
  const manifestBytes = encodeManifest(manifest);
  await writer.add({ path: CASE_PACK_PATHS.manifest, bytes: manifestBytes, compress: true });
  const { zipSize } = await writer.finish();
  return { manifest, manifestSha256: bytesToHex(sha256(manifestBytes)), zipSize };
}

function totalsOf(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>): { bytes?: number; files?: number } | undefined {
  if (!Array.isArray(entries)) return undefined;
  const list: readonly ZipEntry[] = entries;
  let bytes: number | undefined = 0;
  for (const entry of list) {
    const size = 'bytes' in entry ? entry.bytes.length : entry.size;
    bytes = size === undefined || bytes === undefined ? undefined : bytes + size;
  }
  return bytes === undefined ? { files: list.length } : { bytes, files: list.length };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------------------------
// Compression: formats that are already compressed are stored as they are; deflating them again costs time for
// nothing. Everything else (JSON, text, e-mails, Word 97 documents, WAV recordings) is deflated.

const ALREADY_COMPRESSED = new Set([
  'pdf', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'heif', 'avif', 'jxl',
  'zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub', '7z', 'rar', 'gz', 'tgz', 'bz2', 'xz', 'zst',
  'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wma', 'amr', 'mp4', 'm4v', 'mov', 'mkv', 'webm', 'wmv', '3gp',
]);

const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP and Office Open XML
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7-Zip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x49, 0x44, 0x33], // MP3 with ID3 tag
  [0x4f, 0x67, 0x67, 0x53], // Ogg
];

/** Decided from the name, or from the first bytes when the name says nothing (a photo saved without extension). */
export function shouldCompress(path: string, firstBytes: Uint8Array): boolean {
  const dot = path.lastIndexOf('.');
  const extension = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  if (ALREADY_COMPRESSED.has(extension)) return false;
  if (MAGIC_NUMBERS.some((magic) => magic.every((byte, i) => firstBytes[i] === byte))) return false;
  // ISO media (MP4, MOV, HEIC, M4A) have "ftyp" at offset 4; WebP is RIFF....WEBP.
  if (asciiAt(firstBytes, 4, 'ftyp') || (asciiAt(firstBytes, 0, 'RIFF') && asciiAt(firstBytes, 8, 'WEBP'))) return false;
  return true;
}

/**
 * fflate's streaming deflate always allocates the hash table it would use for a large file (memory level 8), which
 * costs more than compressing a small JSON file; when the size is known, size the table as fflate's one-shot
 * deflate does.
 */
function deflateMemoryLevel(size: number | undefined): DeflateMemoryLevel {
  if (size === undefined) return 8;
  const level = Math.ceil(Math.max(8, Math.min(13, Math.log(size || 1))) * 1.5) - 12;
  return DEFLATE_MEMORY_LEVELS[level] ?? 8;
}

const DEFLATE_MEMORY_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
type DeflateMemoryLevel = (typeof DEFLATE_MEMORY_LEVELS)[number];

function asciiAt(bytes: Uint8Array, offset: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Readable, safe names. A case handler extracts the pack on Windows or a Mac, so names must survive both:
// no path traversal, no characters Windows forbids, no reserved device names, no hidden or invisible tricks,
// and no two names that differ only in case.

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
const MAX_NAME_CHARS = 100;
const MAX_NAME_UTF8_BYTES = 200;
const MAX_EXTENSION_CHARS = 16;

/** Cleans one file or folder name; '' when nothing usable is left. */
function cleanName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // Lone surrogates: in a /u pattern a valid pair is one code point, so only unpaired halves match.
    .replace(/\p{Cs}/gu, '')
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ')
    // Control and invisible format characters, including right-to-left overrides that disguise an extension.
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(WINDOWS_FORBIDDEN, '_')
    .replace(/\s+/gu, ' ')
    // Leading dots hide a file on macOS and Linux; Windows drops trailing dots and spaces.
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  const limited = limitLength(cleaned);
  const firstDot = limited.indexOf('.');
  const deviceName = (firstDot === -1 ? limited : limited.slice(0, firstDot)).trimEnd();
  // "CON.pdf" or "nul" cannot be created on Windows whatever the extension.
  if (WINDOWS_RESERVED.test(deviceName)) return `${deviceName}_${firstDot === -1 ? '' : limited.slice(firstDot)}`;
  return limited;
}

function limitLength(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_CHARS && utf8Length(name) <= MAX_NAME_UTF8_BYTES) return name;
  const { stem, extension } = splitExtension(name);
  const keep = extension.length > MAX_EXTENSION_CHARS + 1 ? '' : extension;
  const out: string[] = [];
  let bytes = utf8Length(keep);
  let count = Array.from(keep).length;
  for (const char of Array.from(keep ? stem : name)) {
    const charBytes = utf8Length(char);
    if (count + 1 > MAX_NAME_CHARS || bytes + charBytes > MAX_NAME_UTF8_BYTES) break;
    out.push(char);
    count += 1;
    bytes += charBytes;
  }
  return `${out.join('').replace(/[.\s]+$/u, '')}${keep}`;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

/** A single readable, safe file name (no folders): "Meter photo: 12/03.jpg" becomes "Meter photo_ 12_03.jpg". */
export function safeFileName(name: string): string {
  return cleanName(name) || 'file';
}

/**
 * The safe form of a path inside the pack, without making it unique: "/" or "\" separate folders,
 * empty, "." and ".." parts are dropped, and each part is cleaned as in safeFileName.
 */
export function sanitisePackPath(name: string): string {
  const parts = name
    .split(/[/\\]/)
    .filter((part) => part !== '.' && part !== '..')
    .map(cleanName)
    .filter((part) => part !== '');
  if (parts.length === 0) return 'file';
  return parts.join('/');
}

/**
 * A safe, readable path inside the pack that is unique among the paths already recorded in `taken`
 * ("letter.pdf", then "letter (2).pdf"). Pass the same Set for every file of one pack; it is updated.
 * Uniqueness ignores case, as Windows and macOS do. "manifest.json" at the top is always kept for the manifest.
 */
export function safePackPath(name: string, taken: Set<string> = new Set()): string {
  const parts = sanitisePackPath(name).split('/');
  const chosen: string[] = [];
  parts.forEach((part, index) => {
    const isFile = index === parts.length - 1;
    for (let copy = 1; ; copy++) {
      const candidate = copy === 1 ? part : numbered(part, copy, isFile);
      const path = [...chosen, candidate].join('/');
      // A folder may share its name with another folder, but never with a file.
      const clash = isFile ? fold(path) === CASE_PACK_PATHS.manifest || pathClashes(path, taken) : taken.has(fileKey(path));
      if (!clash) {
        chosen.push(candidate);
        break;
      }
    }
  });
  const path = chosen.join('/');
  claimPath(path, taken);
  return path;
}

function numbered(name: string, copy: number, isFile: boolean): string {
  const { stem, extension } = isFile ? splitExtension(name) : { stem: name, extension: '' };
  return `${stem} (${copy})${extension}`;
}

function fold(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function fileKey(path: string): string {
  return `file:${fold(path)}`;
}

function folderKey(path: string): string {
  return `folder:${fold(path)}`;
}

function pathClashes(path: string, taken: ReadonlySet<string>): boolean {
  if (taken.has(fileKey(path)) || taken.has(folderKey(path))) return true;
  const parts = path.split('/');
  // A file "letters" would stop the folder "letters/" from being created when the pack is extracted.
  for (let i = 1; i < parts.length; i++) if (taken.has(fileKey(parts.slice(0, i).join('/')))) return true;
  return false;
}

function claimPath(path: string, taken: Set<string>): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) taken.add(folderKey(parts.slice(0, i).join('/')));
  taken.add(fileKey(path));
}
