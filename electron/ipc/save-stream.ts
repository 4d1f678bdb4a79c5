// Streamed saves for large files (case packs): a save dialog, then chunks appended to a temporary file renamed into place.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type {
  SaveFileResult,
  SaveStreamAppendRequest,
  SaveStreamBeginRequest,
  SaveStreamBeginResult,
  SaveStreamEndRequest,
} from '../../shared/ipc-contract';
import { fileFiltersFor, safeFileName, saveFailureMessage, type FileFilter } from './save-file';
import { StaffFacingError } from './staff-facing-error';

/** The part of fs.promises.FileHandle used here. */
export interface WritableFile {
  write(bytes: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
}

export interface SaveStreamDeps {
  askWhereToSave(fileName: string, filters: FileFilter[]): Promise<string | undefined>;
  /** Creates the file, failing if it exists (the temporary name is new each time). */
  create(filePath: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  newHandle?(): string;
}

interface OpenSave {
  target: string;
  temporary: string;
  file: WritableFile;
  /** Appends run one after another even if the renderer sends the next before the last is written. */
  queue: Promise<void>;
  failed?: string;
}

const UNKNOWN_SAVE = 'That save is no longer open: it finished, was cancelled, or Complaints Desk restarted. Make the file again.';

/** The saves in progress in this window's session; each holds an open temporary file until finished or aborted. */
export class SaveStreams {
  readonly #open = new Map<string, OpenSave>();
  constructor(private readonly deps: SaveStreamDeps) {}

  get openCount(): number {
    return this.#open.size;
  }

  async begin(request: SaveStreamBeginRequest): Promise<SaveStreamBeginResult> {
    const fileName = safeFileName(request.suggestedName);
    const target = await this.deps.askWhereToSave(fileName, fileFiltersFor(request.mimeType, fileName));
    if (!target) return { cancelled: true };
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID().slice(0, 8)}.part`);
    let file: WritableFile;
    try {
      file = await this.deps.create(temporary);
    } catch (error) {
      throw new StaffFacingError(saveFailureMessage(error, path.basename(target)));
    }
    const handle = this.deps.newHandle?.() ?? randomUUID();
    this.#open.set(handle, { target, temporary, file, queue: Promise.resolve() });
    return { handle };
  }

  async append(request: SaveStreamAppendRequest): Promise<void> {
    const save = this.#get(request.handle);
    const write = save.queue.then(async () => {
      if (save.failed) return;
      try {
        await save.file.write(request.bytes);
      } catch (error) {
        save.failed = saveFailureMessage(error, path.basename(save.target));
      }
    });
    save.queue = write;
    await write;
    if (save.failed) {
      await this.#discard(request.handle, save);
      throw new StaffFacingError(save.failed);
    }
  }

  async finish(request: SaveStreamEndRequest): Promise<SaveFileResult> {
    const save = this.#get(request.handle);
    await save.queue;
    this.#open.delete(request.handle);
    try {
      await save.file.close();
      await this.deps.rename(save.temporary, save.target);
    } catch (error) {
      await this.deps.remove(save.temporary).catch(() => undefined);
      throw new StaffFacingError(saveFailureMessage(error, path.basename(save.target)));
    }
    return { savedTo: save.target };
  }

  async abort(request: SaveStreamEndRequest): Promise<void> {
    const save = this.#open.get(request.handle);
    if (save) await this.#discard(request.handle, save);
  }

  /** Closes and removes every temporary file: for the window closing or the app quitting. */
  async abortAll(): Promise<void> {
    await Promise.all([...this.#open].map(([handle, save]) => this.#discard(handle, save)));
  }

  #get(handle: string): OpenSave {
    const save = this.#open.get(handle);
    if (!save) throw new StaffFacingError(UNKNOWN_SAVE);
    return save;
  }

  async #discard(handle: string, save: OpenSave): Promise<void> {
    this.#open.delete(handle);
    await save.queue.catch(() => undefined);
    await save.file.close().catch(() => undefined);
    await this.deps.remove(save.temporary).catch(() => undefined);
  }
}
