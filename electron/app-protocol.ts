// Serves the built renderer (dist/renderer) on the app's own scheme, with the CSP header on every response.
import path from 'node:path';
import { appHost, appScheme, contentSecurityPolicy } from './security';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The headers every response carries: the policy, and no guessing of types (module scripts need the exact one). */
function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * The file under root that a request names, or undefined when it names none: another scheme or host, a path
 * that is not valid percent-encoding, a NUL, or a path that climbs out of root (e.g. %2e%2e%2f).
 */
export function resolveAppFile(requestUrl: string, root: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const absoluteRoot = path.resolve(root);
  const target = path.resolve(absoluteRoot, `.${pathname}`);
  const relative = path.relative(absoluteRoot, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return target;
}

export interface AppProtocolDeps {
  /** The folder holding the built renderer. */
  root: string;
  /** Reads a file; in the packaged app Electron's fs reads inside app.asar. */
  readFile(filePath: string): Promise<Uint8Array>;
}

/** The handler main.ts gives protocol.handle: GET and HEAD for files under root, nothing else. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const filePath = resolveAppFile(request.url, deps.root);
    if (!filePath) return refusal(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await deps.readFile(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return refusal(404, 'Not found');
      throw error;
    }
    const headers = securityHeaders(contentTypeFor(filePath));
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}
