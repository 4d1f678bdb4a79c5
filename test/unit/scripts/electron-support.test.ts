// Tests for the Electron support check: only the newest three majors get security fixes.
import { describe, expect, it } from 'vitest';
import { electronSupport } from '../../../scripts/electron-support.mjs';

describe('electronSupport', () => {
  it.each([
    ['45.6.0', '45.6.0', true],
    ['43.0.1', '45.2.0', true],
    ['42.9.9', '45.0.0', false],
    ['40.8.5', '45.6.0', false],
  ])('Electron %s when the newest is %s: supported %s', (pinned, newest, supported) => {
    expect(electronSupport(pinned, newest).supported).toBe(supported);
  });

  it('names the supported range', () => {
    expect(electronSupport('44.1.0', '46.0.0')).toEqual({ supported: true, newestMajor: 46, oldestSupported: 44 });
  });
});
