// A small seeded random source (mulberry32), so the same seed always generates the same synthetic desk.

/** Mixes a seed and a stream number into a well-spread 32-bit seed (the murmur3 finaliser). */
export function streamSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private state: number;
  private issued = 0;

  /**
   * `tag` goes into every uuid() this source makes, with a running count: two sources with different tags never
   * make the same id, even if their random streams happen to overlap.
   */
  constructor(
    seed: number,
    private readonly tag = 0,
  ) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  }

  /** One of the keys, with probability in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** A version-4-shaped UUID: the tag, random bits, then a running count (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    this.issued += 1;
    const random = Math.floor(this.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
    const variant = (0x8 | Math.floor(this.next() * 4)).toString(16);
    const tag = (this.tag >>> 0).toString(16).padStart(8, '0');
    return `${tag}-${random.slice(0, 4)}-4${random.slice(4, 7)}-${variant}${random.slice(7, 8)}${Math.floor(this.next() * 256).toString(16).padStart(2, '0')}-${this.issued.toString(16).padStart(12, '0')}`;
  }
}
