// Reading rows from an index range with an optional extra test, as fast as the test allows.
import type { Collection } from 'dexie';
import type { CaseRow } from '../schema/records';

export type RowTest = (row: CaseRow) => boolean;

/**
 * Up to `want` rows of `collection` passing `test`, in index order. Without a test this is one getAll with a
 * limit. With one, it first reads a little more than `want` in one go (most rows pass), and only when too few
 * pass falls back to walking a cursor until `want` have passed: pages are never short while rows remain.
 */
export async function collect(collection: Collection<CaseRow, string>, test: RowTest | null, want: number): Promise<CaseRow[]> {
  if (want <= 0) return [];
  if (!test) return collection.limit(want).toArray();
  const probe = Math.ceil(want * 1.25) + 8;
  const first = await collection.clone().limit(probe).toArray();
  const passed = first.filter(test);
  if (passed.length >= want || first.length < probe) return passed.slice(0, want);
  return collection.filter(test).limit(want).toArray();
}
