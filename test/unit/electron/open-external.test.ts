// Links leave the app only to https pages and mailto addresses, checked on both sides of the bridge.
import { describe, expect, it, vi } from 'vitest';
import { openExternal } from '../../../electron/ipc/open-external';
import { allowedExternalUrl } from '../../../electron/security';
import { openExternalRequest } from '../../../shared/ipc-contract';

describe('allowedExternalUrl', () => {
  it.each([
    ['https://www.energyombudsman.org/', 'https://www.energyombudsman.org/'],
    ['https://www.citizensadvice.org.uk/consumer/', 'https://www.citizensadvice.org.uk/consumer/'],
    ['HTTPS://Example.COM/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['mailto:info@jesqsolutions.co.uk', 'mailto:info@jesqsolutions.co.uk'],
    ['mailto:customer@example.com?subject=Your%20complaint', 'mailto:customer@example.com?subject=Your%20complaint'],
  ])('allows %s', (url, normalised) => {
    expect(allowedExternalUrl(url)).toBe(normalised);
  });

  it.each([
    'http://www.energyombudsman.org/',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'complaints-desk://app/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://trusted.example@attacker.example/',
    'https://user:password@example.com/',
    'https://exa mple.com/',
    'https://example.com/\nSet-Cookie',
    'mailto:',
    'mailto:not-an-address',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(allowedExternalUrl(url)).toBeUndefined();
  });
});

describe('openExternalRequest (the contract, checked before the handler runs)', () => {
  it.each(['https://example.com/', 'mailto:a@example.com'])('accepts %s', (url) => {
    expect(openExternalRequest.safeParse({ url }).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'http://example.com', 'file:///etc/passwd', `https://example.com/${'a'.repeat(3000)}`])(
    'refuses %s',
    (url) => {
      expect(openExternalRequest.safeParse({ url }).success).toBe(false);
    },
  );
});

describe('openExternal', () => {
  it('hands an allowed link to the operating system, normalised', async () => {
    const openInSystem = vi.fn(async () => undefined);
    await openExternal({ url: 'https://WWW.energyombudsman.org' }, { openInSystem });
    expect(openInSystem).toHaveBeenCalledWith('https://www.energyombudsman.org/');
  });

  it('refuses a link that only looks like https, with a message for staff', async () => {
    const openInSystem = vi.fn(async () => undefined);
    await expect(openExternal({ url: 'https://trusted.example@attacker.example/' }, { openInSystem })).rejects.toThrow(
      'Only https:// web addresses and mailto: email links can be opened from Complaints Desk.',
    );
    expect(openInSystem).not.toHaveBeenCalled();
  });
});
