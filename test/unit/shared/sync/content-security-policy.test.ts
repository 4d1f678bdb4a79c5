// connect-src on a joined desk: 'self' and the configured office server's origin, nothing else.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyFor } from '../../../../shared/content-security-policy';

describe('contentSecurityPolicyFor', () => {
  it('is the usual policy on a desk with no office server', () => {
    expect(contentSecurityPolicyFor(null)).toBe(contentSecurityPolicy);
  });

  it('adds only the configured server to connect-src', () => {
    const policy = contentSecurityPolicyFor('https://complaints.example.co.uk:8443');
    expect(policy).toContain("connect-src 'self' https://complaints.example.co.uk:8443;");
    expect(policy.replace("connect-src 'self' https://complaints.example.co.uk:8443", "connect-src 'self'")).toBe(contentSecurityPolicy);
  });

  it('refuses anything that is not an http(s) origin', () => {
    for (const bad of ['https://a.example/path', 'javascript:alert(1)', 'https://a.example *', "'unsafe-inline'"]) {
      expect(() => contentSecurityPolicyFor(bad)).toThrow(/Not an office server origin/);
    }
  });
});
