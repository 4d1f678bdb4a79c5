// Email files opened with the desktop app: only .eml and .msg files are read, each handed to the window once.
import { mkdtemp, mkdir, writeFile, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emailPathsIn, OpenedFiles } from '../../../electron/ipc/opened-files';

describe('emailPathsIn', () => {
  it('keeps the email files among the arguments, never a switch', () => {
    expect(emailPathsIn(['C:\\Program Files\\Complaints Desk\\Complaints Desk.exe', '--allow-file-access', 'C:\\Users\\sam\\Complaint.MSG', '/home/sam/reply.eml', 'notes.txt', '--x=a.eml'])).toEqual([
      'C:\\Users\\sam\\Complaint.MSG',
      '/home/sam/reply.eml',
    ]);
  });
});

describe('OpenedFiles', () => {
  it('reads an opened email once, and leaves folders and other files alone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opened-'));
    const email = path.join(dir, 'Complaint.eml');
    await writeFile(email, 'From: a@example.com\r\n\r\nHello');
    await mkdir(path.join(dir, 'folder.msg'));
    const notify = vi.fn();
    const warn = vi.fn();
    const files = new OpenedFiles({ stat, readFile: (f) => readFile(f), notify, log: { warn } });

    await files.open(email);
    await files.open(path.join(dir, 'folder.msg'));
    await files.open(path.join(dir, 'report.pdf'));
    await files.open(path.join(dir, 'missing.msg'));

    expect(notify).toHaveBeenCalledTimes(1);
    const taken = files.take();
    expect(taken.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['Complaint.eml', 'From: a@example.com\r\n\r\nHello']]);
    expect(files.take()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
