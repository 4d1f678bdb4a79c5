// Desks on fake-indexeddb joined to the office server under test: each its own Dexie database, its own client
// signed in as one member, its keys made and sent as a joined desk's sign-in does (store/sync/start.ts joinKeys).
import Dexie from 'dexie';
import type { Actor, Role } from '../../shared/model';
import type { RecordComplaintInput } from '../../renderer/store/cases';
import { ComplaintsDatabase } from '../../renderer/store/db';
import { applyPage } from '../../renderer/store/sync/apply';
import { readCheckpoint } from '../../renderer/store/sync/checkpoint';
import { SyncClient } from '../../renderer/store/sync/client';
import { joinKeys } from '../../renderer/store/sync/start';
import { PASSWORD, type Harness } from './sync-server';

export interface Desk {
  db: ComplaintsDatabase;
  client: SyncClient;
  actor: Actor;
  name: string;
}

export const now = () => new Date().toISOString();

/** A member added on the server, signed in at a new desk (keys joined unless `keys: false`). */
export async function openDesk(server: Harness, origin: string, userName: string, name: string, role: Role, options: { keys?: boolean; database?: string } = {}): Promise<Desk> {
  const member = await server.addMember(userName, name, role);
  const client = new SyncClient(origin);
  await client.signIn(userName, PASSWORD);
  const desk: Desk = { db: new ComplaintsDatabase(options.database ?? `desk-${userName}-${crypto.randomUUID()}`), client, actor: { userId: member.id, role }, name };
  if (options.keys !== false) await signInKeys(desk);
  return desk;
}

/** The member's keys as a joined desk's sign-in makes them: fetched from the server or made here and sent. */
export async function signInKeys(desk: Desk, db: ComplaintsDatabase = desk.db): Promise<void> {
  await joinKeys(db, desk.client, { id: desk.actor.userId, name: desk.name, role: desk.actor.role, active: true }, PASSWORD, now());
}

/** Pulls until up to date, with the loop's own page step (history asked of the server as the app does). */
export async function pullAll(desk: Desk, db: ComplaintsDatabase = desk.db): Promise<void> {
  for (;;) {
    const page = await desk.client.pull(await readCheckpoint(db, desk.actor.userId), 500);
    await applyPage(db, page, desk.actor.userId, now(), desk.client);
    if (!page.more) return;
  }
}

/** Every record of every table as stored, as JSON: what someone reading the desk's IndexedDB would find. */
export async function dump(db: ComplaintsDatabase): Promise<string> {
  return db.transaction('r', db.tables, async () => {
    const tx = Dexie.currentTransaction;
    if (tx) db.keyring.markRaw(tx.idbtrans);
    const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
    return JSON.stringify(tables);
  });
}

export function intake(takenById: string, customerName: string, nature: string, named: string[] = []): RecordComplaintInput {
  return {
    customer: { details: { name: customerName, phone: '020 7946 0011', email: 'customer@example.co.uk' } },
    complaint: { kind: 'complaint', channel: 'telephone', receivedAt: now(), takenById, nature, concernsStaff: named.length > 0, namedStaffUserIds: named },
  };
}
