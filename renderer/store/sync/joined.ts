// Whether this desk is joined to an office server, and which: a few bytes in localStorage, read at start-up
// without loading any of the sync code (a desk never joined runs exactly as before).
import { z } from 'zod';

export const OFFICE_SERVER_KEY = 'complaints-desk:office-server';

const joinedServer = z.object({
  /** The server's origin, e.g. https://complaints.example.co.uk (no path). */
  address: z.string().url(),
  joinedAt: z.string(),
  /** True once the desk's own cases (from before it joined) have all reached the server. */
  uploaded: z.boolean(),
});
export type JoinedServer = z.infer<typeof joinedServer>;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readJoinedServer(storage: KeyValueStore | undefined = globalThis.localStorage): JoinedServer | null {
  const raw = storage?.getItem(OFFICE_SERVER_KEY);
  if (!raw) return null;
  try {
    const parsed = joinedServer.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeJoinedServer(server: JoinedServer, storage: KeyValueStore = globalThis.localStorage): void {
  storage.setItem(OFFICE_SERVER_KEY, JSON.stringify(joinedServer.parse(server)));
}

/** The server's origin only (scheme, host and port): what the desk may connect to. */
export function serverOrigin(address: string): string | null {
  try {
    const url = new URL(address.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}
