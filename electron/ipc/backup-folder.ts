// The automatic-backups folder: where backups go (Documents/Complaints Desk backups unless the administrator chose
// another), how many automatic ones are kept, and writing a backup there in parts under a temporary name.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import {
  MAX_BACKUPS_KEPT,
  MIN_BACKUPS_KEPT,
  type AppendBackupFileRequest,
  type BackupSettings,
  type BeginBackupFileRequest,
  type FinishBackupFileRequest,
  type FinishBackupFileResult,
  type SetBackupsKeptRequest,
} from '../../shared/ipc-contract';
import { saveFailureMessage } from './save-file';
import { StaffFacingError } from './staff-facing-error';

export const DEFAULT_BACKUPS_KEPT = 14;
export const backupSettingsFileName = 'backup-settings.json';
const automaticName = /^Complaints Desk backup [0-9 -]+ automatic\.cdbackup$/;
/** A segment of an automatic backup chain: "… chain-1a2b3c4d-000042.cdbackup" (renderer/store/backup/chain-segment.ts). */
const segmentName = /^Complaints Desk backup [0-9 -]+ chain-([0-9a-f]{8})-[0-9]{6}\.cdbackup$/;

/**
 * Whole chains beyond the newest `keep`, by the date of their base: a segment alone is never deleted, as a chain
 * with a segment missing cannot be restored.
 */
export function segmentsOfOldChains(names: readonly string[], keep: number): string[] {
  const chains = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const id = segmentName.exec(name)?.[1];
    if (id) chains.set(id, [...(chains.get(id) ?? []), name]);
  }
  const newestFirst = [...chains.values()].sort((a, b) => (b[0] ?? '').localeCompare(a[0] ?? ''));
  return newestFirst.slice(keep).flat();
}

const storedSettings = z.object({
  folder: z.string().min(1).optional(),
  keep: z.number().int().min(MIN_BACKUPS_KEPT).max(MAX_BACKUPS_KEPT).optional(),
  lastAutomaticAt: z.iso.datetime({ offset: true }).nullable().optional(),
});

export interface OpenFile {
  write(bytes: Uint8Array): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface BackupFolderDeps {
  /** userData/backup-settings.json */
  settingsFile: string;
  /** Documents/Complaints Desk backups */
  defaultFolder: string;
  readText(filePath: string): Promise<string>;
  /** Writes the whole text under a temporary name and renames it into place. */
  writeText(filePath: string, text: string): Promise<void>;
  makeFolder(folder: string): Promise<void>;
  /** Opens a new file for writing; fails if it exists. */
  create(filePath: string): Promise<OpenFile>;
  list(folder: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  askForFolder(current: string): Promise<string | undefined>;
  now(): Date;
  log: Pick<Console, 'warn'>;
}

interface Writing {
  file: OpenFile;
  temporary: string;
  target: string;
  automatic: boolean;
}

export function backupFolder(deps: BackupFolderDeps) {
  const writing = new Map<string, Writing>();

  async function settings(): Promise<BackupSettings> {
    let stored: z.infer<typeof storedSettings> = {};
    try {
      const parsed = storedSettings.safeParse(JSON.parse(await deps.readText(deps.settingsFile)));
      if (parsed.success) stored = parsed.data;
      else deps.log.warn(`Ignored ${deps.settingsFile}: ${parsed.error.message}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') deps.log.warn(`Could not read ${deps.settingsFile}`, error);
    }
    return { folder: stored.folder ?? deps.defaultFolder, keep: stored.keep ?? DEFAULT_BACKUPS_KEPT, lastAutomaticAt: stored.lastAutomaticAt ?? null };
  }

  async function save(next: BackupSettings): Promise<BackupSettings> {
    await deps.writeText(deps.settingsFile, JSON.stringify(next));
    return next;
  }

  /** Deletes the oldest automatic backups beyond `keep`; names sort by date. Backups made on demand are never deleted. */
  async function prune(folder: string, keep: number): Promise<string[]> {
    const names = await deps.list(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') deps.log.warn(`Could not list the backups in ${folder}`, error);
      return [] as string[];
    });
    const automatic = names.filter((name) => automaticName.test(name)).sort().reverse();
    const removed: string[] = [];
    for (const name of [...automatic.slice(keep), ...segmentsOfOldChains(names, keep)]) {
      try {
        await deps.remove(path.join(folder, name));
        removed.push(name);
      } catch (error) {
        deps.log.warn(`Could not delete the old backup ${name}`, error);
      }
    }
    return removed;
  }

  function open(writeId: string): Writing {
    const entry = writing.get(writeId);
    if (!entry) throw new StaffFacingError('That backup is no longer being written: make the backup again.');
    return entry;
  }

  async function discard(writeId: string, entry: Writing): Promise<void> {
    writing.delete(writeId);
    await entry.file.close().catch(() => undefined);
    await deps.remove(entry.temporary).catch(() => undefined);
  }

  return {
    getSettings: settings,

    async chooseFolder(): Promise<BackupSettings | { cancelled: true }> {
      const current = await settings();
      const folder = await deps.askForFolder(current.folder);
      if (!folder) return { cancelled: true };
      return save({ ...current, folder });
    },

    async setKept({ keep }: SetBackupsKeptRequest): Promise<BackupSettings> {
      const next = await save({ ...(await settings()), keep });
      await prune(next.folder, next.keep);
      return next;
    },

    async begin({ fileName, automatic }: BeginBackupFileRequest): Promise<{ writeId: string }> {
      const { folder } = await settings();
      const target = path.join(folder, path.basename(fileName));
      const temporary = path.join(folder, `.${path.basename(fileName)}.${randomUUID().slice(0, 8)}.part`);
      try {
        await deps.makeFolder(folder);
        const file = await deps.create(temporary);
        const writeId = randomUUID();
        writing.set(writeId, { file, temporary, target, automatic });
        return { writeId };
      } catch (error) {
        throw new StaffFacingError(`The backup could not be started in ${folder}: ${saveFailureMessage(error, path.basename(fileName))}`);
      }
    },

    async append({ writeId, bytes }: AppendBackupFileRequest): Promise<void> {
      const entry = open(writeId);
      try {
        await entry.file.write(bytes);
      } catch (error) {
        await discard(writeId, entry);
        throw new StaffFacingError(saveFailureMessage(error, path.basename(entry.target)));
      }
    },

    /** Keeps the file (synced, then renamed into place) or discards it; then prunes old automatic backups. */
    async finish({ writeId, keepFile }: FinishBackupFileRequest): Promise<FinishBackupFileResult> {
      const entry = open(writeId);
      if (!keepFile) {
        await discard(writeId, entry);
        return { discarded: true };
      }
      try {
        await entry.file.sync();
        await entry.file.close();
        await deps.rename(entry.temporary, entry.target);
        writing.delete(writeId);
      } catch (error) {
        await discard(writeId, entry);
        throw new StaffFacingError(saveFailureMessage(error, path.basename(entry.target)));
      }
      const current = await settings();
      if (entry.automatic) await save({ ...current, lastAutomaticAt: deps.now().toISOString() });
      return { savedTo: entry.target, removed: entry.automatic ? await prune(path.dirname(entry.target), current.keep) : [] };
    },
  };
}

export type BackupFolder = ReturnType<typeof backupFolder>;
