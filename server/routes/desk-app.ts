// The browser build of the desk, served by the office server itself when DESK_APP_DIR names it (issue 14): a
// browser desk then talks to its own origin, so its Content-Security-Policy (connect-src 'self') allows the
// configured server and nothing else, and no cross-origin request is needed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../shared/sync';
import { contentSecurityPolicy } from '../../shared/content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function deskAppRoutes(app: FastifyInstance, dir: string): void {
  const root = path.resolve(dir);
  app.get('/*', async (request, reply) => {
    const urlPath = decodeURIComponent(new URL(request.url, 'http://desk').pathname);
    if (urlPath.startsWith(`${API_PREFIX}/`)) return reply.status(404).send({ error: 'not-found', message: 'There is no such address on the office server' });
    const file = path.resolve(root, `.${urlPath}`);
    const inside = file.startsWith(`${root}${path.sep}`);
    const body = inside && path.extname(file) ? await readFile(file).catch(() => null) : null;
    // Any other address is one of the app's own routes (/cases/…): the page, which routes itself.
    const served = body ?? (await readFile(path.join(root, 'index.html')));
    const type = body ? (TYPES[path.extname(file)] ?? 'application/octet-stream') : TYPES['.html'];
    return reply.header('content-type', type).header('content-security-policy', contentSecurityPolicy).header('x-content-type-options', 'nosniff').send(served);
  });
}
