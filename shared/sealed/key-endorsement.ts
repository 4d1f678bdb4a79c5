// A change of an account's public key that a desk can check for itself, so that no server or database
// administrator can slip in a key of their own and receive future case keys: signed (ECDSA P-256, SHA-256) with
// the account's previous key, or by a complaints manager giving access again after a password reset.
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import type { UnlockedKeys } from './user-keys';
import { fromBase64, own, subtle, toBase64 } from './web-crypto';

export interface KeyEndorsement {
  /** Who signed: the account itself (with its previous key) or a complaints manager. */
  by: string;
  /** ECDSA P-256 signature (IEEE P1363, 64 bytes), base64. */
  signature: string;
}

const message = (userId: string, publicKey: Uint8Array) => own(utf8ToBytes(`complaints-desk/key-change/v1\u0000${userId}\u0000${toBase64(publicKey)}`));

/** Signs "`userId`'s public key is now `publicKey`" with the signer's key. */
export async function endorseKey(signer: UnlockedKeys, userId: string, publicKey: Uint8Array): Promise<KeyEndorsement> {
  const signature = new Uint8Array(await subtle().sign({ name: 'ECDSA', hash: 'SHA-256' }, signer.signingKey, message(userId, publicKey)));
  return { by: signer.userId, signature: toBase64(signature) };
}

/** True when `signerPublicKey` signed this key change; false for anything else (a bad key or signature). */
export async function endorsementHolds(endorsement: KeyEndorsement, userId: string, publicKey: Uint8Array, signerPublicKey: Uint8Array): Promise<boolean> {
  try {
    const verifying = await subtle().importKey('raw', own(signerPublicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    return await subtle().verify({ name: 'ECDSA', hash: 'SHA-256' }, verifying, own(fromBase64(endorsement.signature)), message(userId, publicKey));
  } catch {
    return false;
  }
}
