// Email files opened with the desktop app: only .eml and .msg files are read, each handed to the window once.
import { mkdtemp, mkdir, writeFile, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { emailPathsIn, listenForOpenedFiles, OpenedFiles, type OpenWithEvents } from '../../../electron/ipc/opened-files';
import { maxOpenedFileBytes } from '../../../shared/ipc-contract';

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

describe('OpenedFiles size check', () => {
  it('leaves a file larger than any email the desk accepts unread, and says so', async () => {
    const readFile = vi.fn(async () => new Uint8Array(0));
    const warn = vi.fn();
    const notify = vi.fn();
    const files = new OpenedFiles({ stat: async () => ({ isFile: () => true, size: maxOpenedFileBytes + 1 }), readFile, notify, log: { warn } });
    await files.open('/home/sam/huge.msg');
    expect(readFile).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(`Not opened (${maxOpenedFileBytes + 1} bytes is more than any email the desk accepts): /home/sam/huge.msg`);
    expect(files.take()).toEqual([]);
  });
});

describe('listenForOpenedFiles', () => {
  it('opens the emails named at start, on a second launch (from that launch’s folder) and by macOS, nothing else', async () => {
    const app = new EventEmitter();
    const opened: string[] = [];
    const forward = vi.fn();
    listenForOpenedFiles(app as unknown as OpenWithEvents, { open: async (f) => void opened.push(f) }, { argv: ['.', '--inspect', 'letters/first.eml', 'notes.txt'], cwd: '/home/sam' }, forward);
    expect(opened).toEqual(['/home/sam/letters/first.eml']);

    app.emit('second-instance', {}, ['/opt/Complaints Desk/complaints-desk', 'reply.MSG', '/tmp/other.eml', '--flag'], '/home/jo/Downloads');
    expect(opened.slice(1)).toEqual(['/home/jo/Downloads/reply.MSG', '/tmp/other.eml']);
    expect(forward).toHaveBeenCalledTimes(1);

    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/Users/sam/Desktop/Complaint.msg');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(opened.at(-1)).toBe('/Users/sam/Desktop/Complaint.msg');
  });

  it('reads a file opened on a second launch through the same checks: a folder named like an email is refused', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opened-'));
    await mkdir(path.join(dir, 'looks-like.eml'));
    await writeFile(path.join(dir, 'real.eml'), 'From: b@example.com\r\n\r\nHi');
    const app = new EventEmitter();
    const warn = vi.fn();
    const notify = vi.fn();
    const files = new OpenedFiles({ stat, readFile: (f) => readFile(f), notify, log: { warn } });
    const opening: Promise<void>[] = [];
    listenForOpenedFiles(app as unknown as OpenWithEvents, { open: (f) => { const p = files.open(f); opening.push(p); return p; } }, { argv: [], cwd: '/' }, () => undefined);
    app.emit('second-instance', {}, ['desk', 'looks-like.eml', 'real.eml'], dir);
    await Promise.all(opening);
    expect(files.take().map((f) => f.name)).toEqual(['real.eml']);
    expect(warn).toHaveBeenCalledWith(`Not opened (not a file): ${path.join(dir, 'looks-like.eml')}`);
  });
});

describe('electron-builder.yml', () => {
  it('registers .msg and .eml with the installers, with their MIME types', async () => {
    const config = await readFile(path.resolve('electron-builder.yml'), 'utf8');
    const associations = config.slice(config.indexOf('\nfileAssociations:'));
    const entries = associations.split(/\n {2}- /).slice(1).map((entry) => Object.fromEntries([...entry.matchAll(/^\s*(\w+): (.+)$/gm)].map((m) => [m[1], m[2]])));
    expect(entries.map((e) => [e.ext, e.mimeType])).toEqual(
      expect.arrayContaining([
        ['msg', 'application/vnd.ms-outlook'],
        ['eml', 'message/rfc822'],
      ]),
    );
  });
});
