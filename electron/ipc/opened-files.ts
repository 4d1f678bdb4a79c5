// Email files opened with the desktop app (Windows and Linux pass them as arguments, macOS as 'open-file'): each
// path is checked (an .eml or .msg, a regular file, not too large), read, and kept until the window takes it.
import path from 'node:path';
import { maxOpenedFileBytes, openableExtensions, type OpenedFile } from '../../shared/ipc-contract';

export interface OpenedFilesDeps {
  stat(file: string): Promise<{ isFile(): boolean; size: number }>;
  readFile(file: string): Promise<Uint8Array>;
  /** Tells the window a file is waiting (it then calls take). */
  notify(): void;
  log: Pick<Console, 'warn'>;
}

/** Arguments that name an email file to open: not switches (Chromium's or Electron's own), ending .eml or .msg. */
export function emailPathsIn(argv: readonly string[]): string[] {
  const extension = new RegExp(`\\.(${openableExtensions.join('|')})$`, 'i');
  return argv.filter((arg) => !arg.startsWith('-') && extension.test(arg));
}

/** The parts of Electron's app that bring a file to open: a second launch, and macOS's open-file event. */
export interface OpenWithEvents {
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'open-file', listener: (event: { preventDefault(): void }, file: string) => void): unknown;
}

/**
 * "Open with" and double-click: the email files named when the app starts (its own arguments, read against its
 * working directory), on a second launch (read against that launch's directory, which may differ), and in macOS's
 * open-file event, each handed to `files`. `onSecondInstance` brings the window forward.
 */
export function listenForOpenedFiles(
  app: OpenWithEvents,
  files: Pick<OpenedFiles, 'open'>,
  start: { argv: readonly string[]; cwd: string },
  onSecondInstance: () => void,
): void {
  const openAll = (argv: readonly string[], cwd: string) => {
    for (const file of emailPathsIn(argv)) void files.open(path.resolve(cwd, file));
  };
  openAll(start.argv, start.cwd);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openAll(argv.slice(1), workingDirectory);
    onSecondInstance();
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void files.open(file);
  });
}

export class OpenedFiles {
  private waiting: OpenedFile[] = [];

  constructor(private readonly deps: OpenedFilesDeps) {}

  /** Reads the file if it is one the desk opens; anything else is logged and left alone. */
  async open(file: string): Promise<void> {
    if (emailPathsIn([file]).length === 0) return this.deps.log.warn(`Not opened (not an .eml or .msg file): ${file}`);
    try {
      const info = await this.deps.stat(file);
      if (!info.isFile()) return this.deps.log.warn(`Not opened (not a file): ${file}`);
      if (info.size > maxOpenedFileBytes) return this.deps.log.warn(`Not opened (${info.size} bytes is more than any email the desk accepts): ${file}`);
      const bytes = await this.deps.readFile(file);
      this.waiting.push({ name: path.basename(file), bytes: new Uint8Array(bytes) });
      this.deps.notify();
    } catch (error) {
      this.deps.log.warn(`Could not open ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The files waiting, each handed over once. */
  take(): OpenedFile[] {
    const taken = this.waiting;
    this.waiting = [];
    return taken;
  }
}
