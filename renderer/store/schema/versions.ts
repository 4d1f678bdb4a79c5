// Every schema version in order, each with what it changed and the upgrade that fills its new indexes.
// Dexie (3 and later) needs only the versions that carry an upgrade, plus the newest; versions that only add
// tables or indexes are folded into the next one declared, so opening the database parses two schemas, not five.
import type { Transaction } from 'dexie';
import { storesV1 } from './v1';
import { storesV2, upgradeToV2 } from './v2';
import { storesV3 } from './v3';
import { storesV4 } from './v4';
import { storesV5, upgradeToV5 } from './v5';
import { storesV8 } from './v8';
import { storesV6, upgradeToV6 } from './v6';
import { storesV11 } from './v11';
import { storesV13 } from './v13';
import { storesV21 } from './v21';

interface SchemaVersion {
  version: number;
  /** The tables this version added or whose indexes it changed. */
  changed: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  { version: 1, changed: storesV1 },
  { version: 2, changed: storesV2, upgrade: upgradeToV2 },
  { version: 3, changed: storesV3 },
  { version: 4, changed: storesV4 },
  { version: 5, changed: storesV5, upgrade: upgradeToV5 },
  { version: 6, changed: storesV6, upgrade: upgradeToV6 },
  { version: 8, changed: storesV8 },
  { version: 11, changed: storesV11 },
  { version: 13, changed: storesV13 },
  { version: 21, changed: storesV21 },
];

/** The highest version declared: versions may have gaps (each branch of work owns its own number). */
export const LATEST_SCHEMA_VERSION = Math.max(...schemaVersions.map((v) => v.version));

/** The first version whose rows carry their audience and the rule's edition (see schema/audience-rows.ts). */
export const AUDIENCE_ROWS_SINCE = 6;

/** Every table and its indexes as they stand at `version`. */
export function storesAt(version: number): Record<string, string> {
  return Object.assign({}, ...schemaVersions.filter((v) => v.version <= version).map((v) => v.changed)) as Record<string, string>;
}

/** The versions a database built up to `top` declares: those with an upgrade below it, and `top` itself. */
export function declaredVersions(top: number): { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }[] {
  return schemaVersions
    .filter((v) => v.version === top || (v.version < top && v.upgrade !== undefined))
    .map((v) => ({ version: v.version, stores: storesAt(v.version), ...(v.upgrade ? { upgrade: v.upgrade } : {}) }));
}
