// The lowest and highest IndexedDB keys, for open-ended ranges inside compound indexes.

/** Sorts before every other key. */
export const MIN = -Infinity;

/**
 * Sorts after every number, date and string (an array is the highest key type). A new array each time: one
 * key may not hold the same array object twice.
 */
export function maxKey(): never[] {
  return [];
}

export type KeyPart = string | number | never[];
