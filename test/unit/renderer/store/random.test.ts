// The synthetic desk's random source: repeatable, and ids that never clash between batches.
import { describe, expect, it } from 'vitest';
import { Random, streamSeed } from '../../../../renderer/store/seed/random';

describe('Random', () => {
  it('repeats itself for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect([a.next(), a.int(1, 6), a.pick(['x', 'y', 'z'])]).toEqual([b.next(), b.int(1, 6), b.pick(['x', 'y', 'z'])]);
  });

  it('makes UUID-shaped ids that differ between tags even when the random streams coincide', () => {
    const ids = new Set<string>();
    for (const tag of [1, 2, 3]) {
      const r = new Random(7, tag); // the same seed: the same random bits
      for (let i = 0; i < 5000; i += 1) ids.add(r.uuid());
    }
    expect(ids.size).toBe(15_000);
    expect([...ids][0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('spreads batch seeds', () => {
    expect(new Set([0, 1, 2, 3].map((i) => streamSeed(20_261_120, i))).size).toBe(4);
  });
});
