// The session's keys, in memory only: the signed-in user's unlocked keys, the case keys they may open, and the
// rows already opened. Nothing here is ever written to IndexedDB; signing out or locking forgets it all.
import { unwrapPersonal, type UnlockedKeys, type WrappedKey } from '../../../shared/sealed';

type Bytes = Uint8Array;

export class Keyring {
  /** Unlocked users (one in the app; store tests may unlock several people on one desk). */
  readonly users = new Map<string, UnlockedKeys>();
  /** Personal wraps of case keys, per case, for an unlocked user. */
  private readonly wraps = new Map<string, { wrap: WrappedKey; personalKey: Bytes }>();
  private readonly opened = new Map<string, Bytes>();
  /** Keys this session may seal with but never open with: a complaint about staff it is recording. */
  private readonly sealOnly = new Map<string, Bytes>();
  /** Every case known to be sealed on this desk (from caseKeys, and from any sealed row read). */
  readonly sealedCases = new Set<string>();
  /** Customers sealed with a case's key (created by a complaint about staff): customer id to case id. */
  readonly sealedCustomers = new Map<string, string>();
  /** Rows already opened this session, by table and key, with the iv they were sealed with. */
  private readonly cache = new Map<string, { iv: Uint8Array; value: unknown }>();
  /** Transactions that read rows as stored (a backup's export): sealed rows stay sealed in the file. */
  private readonly raw = new WeakSet<object>();

  markRaw(transaction: object): void {
    this.raw.add(transaction);
  }

  isRaw(transaction: object): boolean {
    return this.raw.has(transaction);
  }

  unlock(keys: UnlockedKeys): void {
    this.users.set(keys.userId, keys);
  }

  /** Forgets everything a signed-in user could open (sign-out, lock, another user signing in). */
  forgetAll(): void {
    this.users.clear();
    this.wraps.clear();
    this.opened.clear();
    this.sealOnly.clear();
    this.cache.clear();
  }

  personalKeyOf(userId: string): Bytes | undefined {
    return this.users.get(userId)?.personalKey;
  }

  addWrap(caseId: string, wrap: WrappedKey): void {
    const personalKey = this.personalKeyOf(wrap.recipientId);
    if (wrap.alg !== 'A256KW' || !personalKey) return;
    this.wraps.set(caseId, { wrap, personalKey });
    this.sealedCases.add(caseId);
  }

  /** A key just unwrapped (or made) by a reader of the case. */
  holdKey(caseId: string, key: Bytes): void {
    this.opened.set(caseId, key);
    this.sealedCases.add(caseId);
  }

  dropKey(caseId: string): void {
    this.opened.delete(caseId);
    this.wraps.delete(caseId);
    this.sealOnly.delete(caseId);
    for (const k of [...this.cache.keys()]) if (k.includes(`\u0000${caseId}\u0000`)) this.cache.delete(k);
  }

  /** For the recording desk: the key seals this case's rows, and is never used to open them. */
  sealWithout(caseId: string, key: Bytes): void {
    this.sealOnly.set(caseId, key);
    this.sealedCases.add(caseId);
  }

  forgetSealOnly(caseId: string): void {
    this.sealOnly.delete(caseId);
  }

  /** The key that opens this case's rows, or undefined when this session may not open them. */
  openingKey(caseId: string): Bytes | undefined {
    const held = this.opened.get(caseId);
    if (held) return held;
    const personal = this.wraps.get(caseId);
    if (!personal) return undefined;
    const key = unwrapPersonal(personal.wrap, personal.personalKey);
    this.opened.set(caseId, key);
    return key;
  }

  /** The key that seals this case's rows: a reader's, or the recording desk's seal-only key. */
  sealingKey(caseId: string): Bytes | undefined {
    return this.sealOnly.get(caseId) ?? this.openingKey(caseId);
  }

  hasCaseKey(caseId: string): boolean {
    return this.opened.has(caseId) || this.wraps.has(caseId);
  }

  cached(cacheKey: string, iv: Uint8Array): unknown {
    if (!this.isCached(cacheKey, iv)) return undefined;
    return structuredClone(this.cache.get(cacheKey)!.value);
  }

  isCached(cacheKey: string, iv: Uint8Array): boolean {
    const hit = this.cache.get(cacheKey);
    return hit !== undefined && hit.iv.length === iv.length && hit.iv.every((b, i) => b === iv[i]);
  }

  remember(cacheKey: string, iv: Uint8Array, value: unknown): void {
    this.cache.set(cacheKey, { iv, value: structuredClone(value) });
  }
}
