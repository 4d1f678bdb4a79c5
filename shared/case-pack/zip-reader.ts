// Reads a ZIP in one pass from a stream of chunks, checking it the way an extraction tool would, without holding it whole.
//
// fflate's streaming Unzip is not used because it finds the end of a file written with a data descriptor (as
// fflate's own Zip writes every file) by searching the data for the next "PK" signature, so a stored .docx or .zip
// attachment, or any file that happens to contain those bytes, is cut short or split into phantom files. Here a
// descriptor only counts when its recorded compressed size equals the bytes actually read and a ZIP header follows
// it, and the whole reading is then cross-checked against the central directory, which is what Windows Explorer,
// 7-Zip and macOS show the case handler.
import { Inflate, strFromU8 } from 'fflate';

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8_NAME = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

export type ZipSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface ZipEntryStart {
  index: number;
  name: string;
  /** Where the file's local header starts in the archive. */
  offset: number;
}

/** Receives one file's content, decompressed, as it is read. */
export interface ZipEntryConsumer {
  data(chunk: Uint8Array): void;
}

export interface ZipEntryRead extends ZipEntryStart {
  method: number;
  compressedSize: number;
  /** Bytes actually read after decompression. */
  size: number;
  crc32: number;
  /** The content could be read to its end (not encrypted, a known method, decompressed without error). */
  readable: boolean;
  /** Readable, and its sizes and CRC-32 match what the ZIP records. */
  intact: boolean;
}

export type ZipProblemKind = 'not-zip' | 'truncated' | 'damaged' | 'unsupported' | 'directory-mismatch';

export interface ZipProblem {
  kind: ZipProblemKind;
  path?: string;
  message: string;
}

export interface ZipReadOutcome {
  entries: ZipEntryRead[];
  problems: ZipProblem[];
}

/** Thrown inside the reader to stop at a problem it cannot read past; never escapes readZipStream. */
class StopReading extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.message);
  }
}

const TRUNCATED: ZipProblem = {
  kind: 'truncated',
  message: 'The ZIP file is incomplete: it ends part-way through, so it may not have finished copying or downloading',
};

/**
 * Reads every file in the archive in order, handing each file's content to the consumer `onEntry` returns
 * (or skipping it when that returns undefined), and reports what is wrong in plain words.
 */
export async function readZipStream(source: ZipSource, onEntry: (entry: ZipEntryStart) => ZipEntryConsumer | undefined): Promise<ZipReadOutcome> {
  const input = new ByteQueue(source);
  const entries: ZipEntryRead[] = [];
  const problems: ZipProblem[] = [];
  try {
    if (!(await input.fill(4)) || ![LOCAL_HEADER, END_OF_CENTRAL_DIRECTORY].includes(input.uint32(0))) {
      throw new StopReading({ kind: 'not-zip', message: 'This file is not a ZIP archive, so it cannot be a case pack' });
    }
    for (;;) {
      if (!(await input.fill(4))) throw new StopReading(TRUNCATED);
      const signature = input.uint32(0);
      if (signature !== LOCAL_HEADER) break;
      entries.push(await readEntry(input, entries.length, onEntry, problems));
    }
    const directory = await readCentralDirectory(input);
    problems.push(...compareWithDirectory(entries, directory));
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
    problems.push(error.problem);
  } finally {
    await input.close();
  }
  return { entries, problems };
}

async function readEntry(
  input: ByteQueue,
  index: number,
  onEntry: (entry: ZipEntryStart) => ZipEntryConsumer | undefined,
  problems: ZipProblem[],
): Promise<ZipEntryRead> {
  const offset = input.position;
  if (!(await input.fill(30))) throw new StopReading(TRUNCATED);
  const flags = input.uint16(6);
  const method = input.uint16(8);
  const header = { crc32: input.uint32(14), compressedSize: input.uint32(18), size: input.uint32(22) };
  const nameLength = input.uint16(26);
  const extraLength = input.uint16(28);
  if (!(await input.fill(30 + nameLength + extraLength))) throw new StopReading(TRUNCATED);
  input.skip(30);
  const name = decodeName(input.take(nameLength), flags);
  input.skip(extraLength);
  if (header.compressedSize === 0xffffffff || header.size === 0xffffffff) {
    throw new StopReading({ kind: 'unsupported', path: name, message: `${name} is stored as ZIP64, which this check does not read` });
  }

  let problem: string | undefined;
  if (flags & FLAG_ENCRYPTED) problem = `${name} is encrypted, so its content cannot be checked`;
  else if (method !== METHOD_STORED && method !== METHOD_DEFLATED) problem = `${name} uses a compression method (${method}) that this check does not read`;
  const consumer = problem ? undefined : onEntry({ index, name, offset });
  const content = new EntryContent(name, method, consumer);

  const usesDescriptor = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
  let recorded = header;
  if (usesDescriptor && header.compressedSize === 0) {
    recorded = await streamUntilDescriptor(input, content);
  } else {
    await streamKnownLength(input, header.compressedSize, content);
    if (usesDescriptor) recorded = await readDescriptorAfterKnownLength(input, header);
  }
  const finished = content.finish();
  problem ??= finished.problem;
  const readable = problem === undefined;
  if (!problem && (finished.size !== recorded.size || content.compressedSize !== recorded.compressedSize)) {
    problem = `${name} is damaged: its size does not match the ZIP's record of it`;
  } else if (!problem && finished.crc32 !== recorded.crc32) {
    problem = `${name} is damaged: its ZIP checksum (CRC-32) does not match its contents`;
  }
  if (problem) problems.push({ kind: method === METHOD_STORED || method === METHOD_DEFLATED ? 'damaged' : 'unsupported', path: name, message: problem });
  return {
    index,
    name,
    offset,
    method,
    compressedSize: recorded.compressedSize,
    size: finished.size,
    crc32: recorded.crc32,
    readable,
    intact: problem === undefined,
  };
}

async function streamKnownLength(input: ByteQueue, length: number, content: EntryContent): Promise<void> {
  let remaining = length;
  while (remaining > 0) {
    if (!(await input.fill(1))) throw new StopReading(TRUNCATED);
    const piece = input.takeHead(remaining);
    remaining -= piece.length;
    content.push(piece);
  }
}

async function readDescriptorAfterKnownLength(input: ByteQueue, header: Recorded): Promise<Recorded> {
  if (!(await input.fill(12))) throw new StopReading(TRUNCATED);
  // The descriptor's signature is optional in the ZIP specification.
  const start = input.uint32(0) === DATA_DESCRIPTOR ? 4 : 0;
  if (!(await input.fill(start + 12))) throw new StopReading(TRUNCATED);
  const recorded = { crc32: input.uint32(start), compressedSize: input.uint32(start + 4), size: input.uint32(start + 8) };
  input.skip(start + 12);
  return recorded.compressedSize === header.compressedSize ? recorded : header;
}

interface Recorded {
  crc32: number;
  compressedSize: number;
  size: number;
}

/**
 * Passes data through until the data descriptor that ends it: a descriptor signature whose compressed size equals
 * the bytes read so far and which is followed by the next ZIP header.
 */
async function streamUntilDescriptor(input: ByteQueue, content: EntryContent): Promise<Recorded> {
  for (;;) {
    if (!(await input.fill(1))) throw new StopReading(TRUNCATED);
    const head = input.head();
    let candidate = head.indexOf(0x50);
    while (candidate !== -1) {
      const found = await descriptorAt(input, candidate, content.compressedSize + candidate);
      if (found) {
        if (candidate > 0) content.push(input.takeHead(candidate));
        input.skip(16);
        return found;
      }
      candidate = head.indexOf(0x50, candidate + 1);
    }
    content.push(input.takeHead(head.length));
  }
}

async function descriptorAt(input: ByteQueue, at: number, bytesBefore: number): Promise<Recorded | undefined> {
  // Ask for the descriptor and the following signature; near the end of the data this reads the next chunk.
  if (!(await input.fill(at + 4))) return undefined;
  if (input.uint32(at) !== DATA_DESCRIPTOR) return undefined;
  if (!(await input.fill(at + 20))) return undefined;
  if (input.uint32(at + 8) !== bytesBefore >>> 0) return undefined;
  const next = input.uint32(at + 16);
  if (next !== LOCAL_HEADER && next !== CENTRAL_HEADER) return undefined;
  return { crc32: input.uint32(at + 4), compressedSize: input.uint32(at + 8), size: input.uint32(at + 12) };
}

/** Decompresses one file's data as it arrives, keeping its CRC-32 and size; unreadable methods are only counted. */
class EntryContent {
  compressedSize = 0;
  #size = 0;
  #crc = CRC_START;
  #problem: string | undefined;
  readonly #readable: boolean;
  readonly #inflate: Inflate | undefined;

  constructor(
    readonly name: string,
    method: number,
    readonly consumer: ZipEntryConsumer | undefined,
  ) {
    this.#readable = method === METHOD_STORED || method === METHOD_DEFLATED;
    if (method === METHOD_DEFLATED) this.#inflate = new Inflate((chunk) => this.#deliver(chunk));
  }

  push(chunk: Uint8Array): void {
    this.compressedSize += chunk.length;
    if (!this.#readable || this.#problem) return;
    if (!this.#inflate) return this.#deliver(chunk);
    try {
      this.#inflate.push(chunk);
    } catch {
      this.#problem = `${this.name} is damaged: its compressed data cannot be read`;
    }
  }

  finish(): { size: number; crc32: number; problem: string | undefined } {
    if (this.#inflate && !this.#problem) {
      try {
        this.#inflate.push(new Uint8Array(0), true);
      } catch {
        this.#problem = `${this.name} is damaged: its compressed data cannot be read`;
      }
    }
    return { size: this.#size, crc32: (this.#crc ^ CRC_START) >>> 0, problem: this.#problem };
  }

  #deliver(chunk: Uint8Array): void {
    this.#size += chunk.length;
    this.#crc = crc32Update(this.#crc, chunk);
    this.consumer?.data(chunk);
  }
}

interface DirectoryRecord {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

interface CentralDirectory {
  records: DirectoryRecord[];
  start: number;
  length: number;
  declaredCount: number;
  declaredStart: number;
  declaredLength: number;
}

async function readCentralDirectory(input: ByteQueue): Promise<CentralDirectory> {
  const start = input.position;
  const records: DirectoryRecord[] = [];
  for (;;) {
    if (!(await input.fill(4))) throw new StopReading(TRUNCATED);
    const signature = input.uint32(0);
    if (signature === CENTRAL_HEADER) {
      if (!(await input.fill(46))) throw new StopReading(TRUNCATED);
      const variableLength = input.uint16(28) + input.uint16(30) + input.uint16(32);
      if (!(await input.fill(46 + variableLength))) throw new StopReading(TRUNCATED);
      const record = input.take(46 + variableLength);
      const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
      records.push({
        name: decodeName(record.subarray(46, 46 + view.getUint16(28, true)), view.getUint16(8, true)),
        method: view.getUint16(10, true),
        crc32: view.getUint32(16, true),
        compressedSize: view.getUint32(20, true),
        size: view.getUint32(24, true),
        offset: view.getUint32(42, true),
      });
    } else if (signature === ZIP64_END_OF_CENTRAL_DIRECTORY) {
      throw new StopReading({ kind: 'unsupported', message: 'The ZIP file uses ZIP64, which this check does not read' });
    } else if (signature === END_OF_CENTRAL_DIRECTORY) {
      break;
    } else {
      throw new StopReading({ kind: 'damaged', message: `The ZIP file is damaged: unexpected data at byte ${input.position}` });
    }
  }
  const length = input.position - start;
  if (!(await input.fill(22))) throw new StopReading(TRUNCATED);
  const commentLength = input.uint16(20);
  const directory = {
    records,
    start,
    length,
    declaredCount: input.uint16(10),
    declaredLength: input.uint32(12),
    declaredStart: input.uint32(16),
  };
  if (!(await input.fill(22 + commentLength))) throw new StopReading(TRUNCATED);
  input.skip(22 + commentLength);
  if (await input.fill(1)) {
    throw new StopReading({ kind: 'damaged', message: 'The ZIP file has unexpected data after its end, so it may have been altered' });
  }
  return directory;
}

/** Extraction tools list and extract what the central directory says, so it must describe exactly what was read. */
function compareWithDirectory(entries: readonly ZipEntryRead[], directory: CentralDirectory): ZipProblem[] {
  const differences: string[] = [];
  if (directory.declaredCount !== directory.records.length) differences.push('the number of files it declares is wrong');
  if (directory.declaredStart !== directory.start || directory.declaredLength !== directory.length) {
    differences.push('its recorded position is wrong');
  }
  const byOffset = new Map(entries.map((entry) => [entry.offset, entry]));
  const listed = new Set<number>();
  for (const record of directory.records) {
    const entry = byOffset.get(record.offset);
    if (!entry) {
      differences.push(`it lists ${record.name}, which is not where it says`);
      continue;
    }
    listed.add(entry.offset);
    const same =
      entry.name === record.name &&
      entry.method === record.method &&
      entry.crc32 === record.crc32 &&
      entry.compressedSize === record.compressedSize &&
      (!entry.intact || entry.size === record.size);
    if (!same) differences.push(`its entry for ${record.name} differs from the file itself`);
  }
  for (const entry of entries) if (!listed.has(entry.offset)) differences.push(`it does not list ${entry.name}`);
  return differences.slice(0, 5).map((difference) => ({
    kind: 'directory-mismatch',
    message: `The ZIP file's table of contents does not match the files inside it (${difference}), so it may have been altered with another tool`,
  }));
}

function decodeName(bytes: Uint8Array, flags: number): string {
  // Without the UTF-8 flag the ZIP specification says code page 437; Latin-1 is close enough to show the name.
  return strFromU8(bytes, (flags & FLAG_UTF8_NAME) === 0 && bytes.some((byte) => byte > 0x7f));
}

// ---------------------------------------------------------------------------------------------------------------

/** The input as a queue of bytes, read from the source only as far as needed. */
class ByteQueue {
  readonly #iterator: Iterator<Uint8Array> | AsyncIterator<Uint8Array>;
  #chunks: Uint8Array[] = [];
  #available = 0;
  #ended = false;
  #position = 0;

  constructor(source: ZipSource) {
    if (source instanceof Uint8Array) this.#iterator = [source][Symbol.iterator]();
    else if (Symbol.asyncIterator in source) this.#iterator = source[Symbol.asyncIterator]();
    else this.#iterator = source[Symbol.iterator]();
  }

  /** Offset in the archive of the next unread byte. */
  get position(): number {
    return this.#position;
  }

  /** Reads from the source until at least `count` bytes are waiting; false if the source ends first. */
  async fill(count: number): Promise<boolean> {
    while (this.#available < count && !this.#ended) {
      const next = await this.#iterator.next();
      if (next.done) this.#ended = true;
      else if (next.value.length > 0) {
        this.#chunks.push(next.value);
        this.#available += next.value.length;
      }
    }
    return this.#available >= count;
  }

  byteAt(index: number): number {
    let at = index;
    for (const chunk of this.#chunks) {
      if (at < chunk.length) return chunk[at] ?? 0;
      at -= chunk.length;
    }
    throw new RangeError('ByteQueue read past the bytes it has');
  }

  uint16(at: number): number {
    return this.byteAt(at) | (this.byteAt(at + 1) << 8);
  }

  uint32(at: number): number {
    return (this.byteAt(at) | (this.byteAt(at + 1) << 8) | (this.byteAt(at + 2) << 16) | (this.byteAt(at + 3) << 24)) >>> 0;
  }

  /** The waiting bytes of the first chunk, without copying. */
  head(): Uint8Array {
    return this.#chunks[0] ?? new Uint8Array(0);
  }

  /** Up to `max` bytes from the first chunk, without copying. */
  takeHead(max: number): Uint8Array {
    const first = this.head();
    const piece = first.subarray(0, Math.min(max, first.length));
    this.#consume(piece.length);
    return piece;
  }

  /** Exactly `count` waiting bytes, copied only when they span chunks. */
  take(count: number): Uint8Array {
    const first = this.head();
    if (first.length >= count) return this.takeHead(count);
    const out = new Uint8Array(count);
    let filled = 0;
    while (filled < count) {
      const piece = this.takeHead(count - filled);
      out.set(piece, filled);
      filled += piece.length;
    }
    return out;
  }

  skip(count: number): void {
    let remaining = count;
    while (remaining > 0) remaining -= this.takeHead(remaining).length;
  }

  /** Lets the source release a file handle when reading stops early. */
  async close(): Promise<void> {
    if (!this.#ended) await this.#iterator.return?.();
  }

  #consume(count: number): void {
    const first = this.#chunks[0];
    if (!first || count > first.length) throw new RangeError('ByteQueue consumed past its first chunk');
    if (count === first.length) this.#chunks.shift();
    else this.#chunks[0] = first.subarray(count);
    this.#available -= count;
    this.#position += count;
  }
}

// CRC-32 (the ZIP polynomial), because fflate does not export its own.
const CRC_START = 0xffffffff;
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return c;
}

/** CRC-32 of some bytes, as ZIP records it. */
export function crc32(bytes: Uint8Array): number {
  return (crc32Update(CRC_START, bytes) ^ CRC_START) >>> 0;
}
