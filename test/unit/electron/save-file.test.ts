// Saving a file the renderer produced: real bytes to a real temp folder, a cancelled dialog, a full disk, unsafe names.
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileFiltersFor, maxFileNameBytes, safeFileName, saveFile, type SaveFileDeps } from '../../../electron/ipc/save-file';
import { StaffFacingError } from '../../../electron/ipc/staff-facing-error';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'complaints-desk-save-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function realDeps(answer: (fileName: string) => string | undefined): SaveFileDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    askWhereToSave: async (fileName) => {
      asked.push(fileName);
      return answer(fileName);
    },
    writeFile: (filePath, bytes) => writeFile(filePath, bytes, { flag: 'wx' }),
    rename: (from, to) => rename(from, to),
    remove: (filePath) => rm(filePath, { force: true }),
  };
}

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff]);

describe('saveFile', () => {
  it('writes exactly the bytes it was given to the path chosen in the dialog', async () => {
    const deps = realDeps((fileName) => path.join(folder, fileName));
    const result = await saveFile({ suggestedName: 'Final response CD-2026-0042.pdf', mimeType: 'application/pdf', bytes: pdfBytes }, deps);

    const target = path.join(folder, 'Final response CD-2026-0042.pdf');
    expect(result).toEqual({ savedTo: target });
    expect(new Uint8Array(await readFile(target))).toEqual(pdfBytes);
    expect(await readdir(folder)).toEqual(['Final response CD-2026-0042.pdf']);
  });

  it('replaces a file the member of staff chose to overwrite', async () => {
    const target = path.join(folder, 'report.csv');
    await writeFile(target, 'old contents');
    const result = await saveFile(
      { suggestedName: 'report.csv', mimeType: 'text/csv', bytes: new TextEncoder().encode('new,contents\n') },
      realDeps(() => target),
    );
    expect(result).toEqual({ savedTo: target });
    expect(await readFile(target, 'utf8')).toBe('new,contents\n');
    expect(await readdir(folder)).toEqual(['report.csv']);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const result = await saveFile({ suggestedName: 'pack.zip', mimeType: 'application/zip', bytes: pdfBytes }, realDeps(() => undefined));
    expect(result).toEqual({ cancelled: true });
    expect(await readdir(folder)).toEqual([]);
  });

  it('proposes a sanitised name, not the one the renderer sent', async () => {
    const deps = realDeps(() => undefined);
    await saveFile({ suggestedName: '../../etc/passwd', mimeType: 'text/plain', bytes: pdfBytes }, deps);
    expect(deps.asked).toEqual(['etc-passwd']);
  });

  it('leaves an existing file untouched and no partial file behind when the disk is full', async () => {
    const target = path.join(folder, 'pack.zip');
    await writeFile(target, 'the previous pack');
    const deps = realDeps(() => target);
    deps.writeFile = async (filePath, bytes) => {
      await writeFile(filePath, bytes.slice(0, 3));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };

    const saving = saveFile({ suggestedName: 'pack.zip', mimeType: 'application/zip', bytes: pdfBytes }, deps);
    await expect(saving).rejects.toBeInstanceOf(StaffFacingError);
    await expect(saving).rejects.toThrow('There is not enough space on the disk to save “pack.zip”');
    expect(await readFile(target, 'utf8')).toBe('the previous pack');
    expect(await readdir(folder)).toEqual(['pack.zip']);
  });

  it('explains a folder it may not write to', async () => {
    const deps = realDeps(() => path.join(folder, 'letter.pdf'));
    deps.writeFile = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    await expect(saveFile({ suggestedName: 'letter.pdf', mimeType: 'application/pdf', bytes: pdfBytes }, deps)).rejects.toThrow(
      'Complaints Desk is not allowed to save “letter.pdf” there. Choose another folder, such as Documents.',
    );
  });

  it('offers the file type of the MIME type first in the dialog', async () => {
    const askWhereToSave = vi.fn(async () => undefined);
    await saveFile({ suggestedName: 'cases.csv', mimeType: 'text/csv', bytes: pdfBytes }, { ...realDeps(() => undefined), askWhereToSave });
    expect(askWhereToSave).toHaveBeenCalledWith('cases.csv', [
      { name: 'CSV spreadsheet', extensions: ['csv'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Acknowledgement letter.pdf', 'Acknowledgement letter.pdf'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows-win.ini'],
    ['C:\\Users\\staff\\pack.zip', 'C--Users-staff-pack.zip'],
    ['what? <now> "quoted" a|b*.txt', 'what- -now- -quoted- a-b-.txt'],
    ['line\nbreak\tand\u0000nul.pdf', 'line break and nul.pdf'],
    ['.hidden', 'Complaints Desk file.hidden'],
    ['trailing dots... ', 'trailing dots'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['com1.pdf', '_com1.pdf'],
    ['', 'Complaints Desk file'],
    ['   ', 'Complaints Desk file'],
    ['.pdf', 'Complaints Desk file.pdf'],
    ['???.pdf', 'Complaints Desk file.pdf'],
    ['- draft -.txt', 'draft -.txt'],
  ])('%j becomes %j', (suggested, expected) => {
    expect(safeFileName(suggested)).toBe(expected);
  });

  it('shortens a long name to fit file systems, keeping its extension', () => {
    const name = safeFileName(`${'Case pack for the Energy Ombudsman '.repeat(20)}.zip`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(maxFileNameBytes);
    expect(name.startsWith('Case pack for the Energy Ombudsman')).toBe(true);
    expect(name.endsWith('.zip')).toBe(true);
    expect(name).not.toMatch(/\s\.zip$/);
  });

  it('counts bytes, not characters, and never splits a character', () => {
    const name = safeFileName(`${'Ŵ€😀'.repeat(100)}.pdf`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(maxFileNameBytes);
    expect(name).not.toContain('\uFFFD');
    expect(Array.from(name.slice(0, -4)).every((character) => 'Ŵ€😀'.includes(character))).toBe(true);
  });
});

describe('fileFiltersFor', () => {
  it.each([
    ['application/pdf', 'x.pdf', 'PDF document'],
    ['application/zip', 'x.zip', 'ZIP archive'],
    ['text/csv; charset=utf-8', 'x.csv', 'CSV spreadsheet'],
    ['application/vnd.oasis.opendocument.text', 'letter.odt', 'ODT file'],
  ])('%s is offered as %s', (mimeType, fileName, first) => {
    expect(fileFiltersFor(mimeType, fileName)[0]?.name).toBe(first);
  });

  it('offers only "All files" when nothing says what the file is', () => {
    expect(fileFiltersFor('application/octet-stream', 'README')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
