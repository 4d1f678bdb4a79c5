// Types for scripts/electron-support.mjs, for its unit test.
export function electronSupport(pinned: string, newest: string): { supported: boolean; newestMajor: number; oldestSupported: number };
