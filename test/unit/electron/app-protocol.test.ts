// The app's scheme serves the built renderer from a real folder, with the CSP header, and nothing outside it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../../electron/app-protocol';
import { appEntryUrl, appOrigin } from '../../../electron/security';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';

let parent: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'complaints-desk-protocol-'));
  root = path.join(parent, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Complaints Desk</title>');
  await writeFile(path.join(root, 'assets', 'index-abc123.js'), 'console.log("hello")');
  await writeFile(path.join(root, 'assets', 'roboto-latin-400.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(parent, 'secret.txt'), 'outside the renderer folder');
  handle = createAppProtocolHandler({ root, readFile: (filePath) => readFile(filePath) });
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app protocol handler', () => {
  it('serves index.html with the Content-Security-Policy header', async () => {
    const response = await get(appEntryUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Complaints Desk</title>');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await get(`${appOrigin}/`)).text()).toContain('Complaints Desk');
  });

  it.each([
    ['assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['assets/roboto-latin-400.woff2', 'font/woff2'],
  ])('serves %s as %s (module scripts need the exact type)', async (file, type) => {
    const response = await get(`${appOrigin}/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 404, still with the policy, for a file that is not there', async () => {
    const response = await get(`${appOrigin}/assets/missing.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it.each([
    `${appOrigin}/%2e%2e/secret.txt`,
    `${appOrigin}/..%2fsecret.txt`,
    `${appOrigin}/assets/..%2f..%2fsecret.txt`,
    `${appOrigin}/%2e%2e%5csecret.txt`,
    `${appOrigin}/index.html%00.js`,
    `${appOrigin}/%E0%A4%A`,
    'complaints-desk://elsewhere/index.html',
  ])('serves nothing outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get(appEntryUrl, 'POST')).status).toBe(405);
    const head = await get(appEntryUrl, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveAppFile', () => {
  it('maps the app URL onto the folder', () => {
    expect(resolveAppFile(`${appOrigin}/assets/a%20b.css?v=1#x`, '/srv/renderer')).toBe(path.resolve('/srv/renderer/assets/a b.css'));
  });
});
