// The renderer's one Content-Security-Policy: Electron sends it as a header, index.html carries it in a <meta>.

/**
 * Each directive and why it is there. 'unsafe-inline' for styles only: MUI (emotion) injects <style> elements at
 * run time. blob: frames let a letter's PDF be previewed from an object URL; data:/blob: images and data: fonts
 * cover inlined assets. Nothing is ever fetched from another origin: the app is offline by design.
 */
export const contentSecurityPolicyDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'self'", 'blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** The policy as one header value, in the directive order above. */
export const contentSecurityPolicy: string = Object.entries(contentSecurityPolicyDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * The policy for a desk joined to an office server (issue 14): connect-src allows that server's origin (scheme,
 * host and port) and nothing else besides 'self'. Anything that is not a plain http(s) origin is refused.
 */
export function contentSecurityPolicyFor(officeServerOrigin: string | null): string {
  if (officeServerOrigin === null) return contentSecurityPolicy;
  if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(officeServerOrigin)) throw new Error(`Not an office server origin: ${officeServerOrigin}`);
  return Object.entries(contentSecurityPolicyDirectives)
    .map(([directive, sources]) => `${directive} ${(directive === 'connect-src' ? [...sources, officeServerOrigin] : sources).join(' ')}`)
    .join('; ');
}
