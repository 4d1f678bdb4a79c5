// Keys for the synthetic desk's staff, and each confidential case's key wrapped for its readers as it is written:
// the seed holds everyone's keys, so it wraps under each reader's personal key directly (no ECDH per case).
import { confidentialityFacts, type User } from '../../../shared/model';
import { caseAudience, inAudience } from '../../../shared/policy';
import { createSeedUserKeys, newContentKey, wrapPersonal } from '../../../shared/sealed';
import type { ComplaintsDatabase } from '../db';
import type { CaseKeyRow } from '../schema/v8';
import { registerBlobBytes } from '../sealed/blob-bytes';
import type { SeedBatch } from './synthetic-desk';

/** Every synthetic account's password (they are made up; a real desk's accounts have their own). */
export const SEED_PASSWORD = 'synthetic desk staple battery';

/** Makes and stores keys for the seed's staff and unlocks them all in this window, as the seed's writer. */
export async function prepareSeedKeys(db: ComplaintsDatabase, users: readonly User[], now: string): Promise<void> {
  const made = await createSeedUserKeys(
    users.map((u) => u.id),
    SEED_PASSWORD,
    now,
  );
  await db.userKeys.bulkPut(made.map((m) => m.record));
  for (const m of made) db.keyring.unlock(m.unlocked);
}

/** Before a batch's transaction: a key per confidential case, wrapped for every reader unlocked here; files made ready. */
export function sealSeedBatch(db: ComplaintsDatabase, batch: SeedBatch, users: readonly User[], now: string): CaseKeyRow[] {
  const rows: CaseKeyRow[] = [];
  for (const c of batch.cases) {
    const audience = caseAudience(confidentialityFacts(c));
    if (!c.concernsStaff && c.namedStaffUserIds.length === 0) continue;
    const key = newContentKey();
    db.keyring.holdKey(c.id, key);
    for (const u of users) {
      const keys = db.keyring.users.get(u.id);
      if (!keys || !u.active || !inAudience({ userId: u.id, role: u.role }, audience)) continue;
      rows.push({ caseId: c.id, recipientId: u.id, wrap: wrapPersonal(key, c.id, u.id, keys.personalKey), by: 'seed', at: now });
    }
  }
  return rows;
}

/** A seed file as a Blob whose bytes the sealing middleware may read inside the transaction. */
export function seedBlob(bytes: Uint8Array, type: string): Blob {
  return registerBlobBytes(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), bytes);
}
