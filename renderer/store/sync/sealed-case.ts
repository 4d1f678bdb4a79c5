// A complaint about staff on the wire: the case sealed under its own case key, and that key's wraps for its
// readers (each opens only for its reader), as the protocol's opaque sealed blob. The office server stores and
// forwards it unread; a desk without a wrap for its user keeps the ciphertext and cannot read it.
import type { ComplaintCase, Customer } from '../../../shared/model';
import { envelopeFromJson, envelopeToJson, fromBase64, openNow, sealNow, toBase64, type SealedEnvelope, type SealedEnvelopeJson, type WrappedKey } from '../../../shared/sealed';
import type { SealedBlob } from '../../../shared/sync';
import type { ComplaintsDatabase } from '../db';

export const SEALED_CASE_FORMAT = 'desk-sealed-case-v1';

type EcdhWrap = Extract<WrappedKey, { alg: 'ECDH-ES+A256KW' }>;
interface WireWrap {
  keyId: string;
  recipientId: string;
  epk: string;
  wrapped: string;
}
interface Payload {
  case: SealedEnvelopeJson;
  wraps: WireWrap[];
  /** The case's customer, under the same key: the office server sends no customer of a sealed case in clear. */
  customer?: SealedEnvelopeJson;
}

const wireScope = (caseId: string) => ({ table: 'sync-case', rowId: caseId, caseId });
const customerScope = (caseId: string, customerId: string) => ({ table: 'sync-customer', rowId: customerId, caseId });

/**
 * Inside the write's transaction (caseKeys in it): the case and its customer sealed under `key`, with every reader's
 * wrap this desk holds.
 */
export async function sealedCaseBlob(db: ComplaintsDatabase, c: ComplaintCase, key: Uint8Array, customer: Customer | undefined): Promise<SealedBlob> {
  const rows = await db.caseKeys.where('[caseId+recipientId]').between([c.id, ''], [c.id, '\uffff']).toArray();
  const wraps = rows
    .map((r) => r.wrap)
    .filter((w): w is EcdhWrap => w.alg === 'ECDH-ES+A256KW')
    .map((w) => ({ keyId: w.keyId, recipientId: w.recipientId, epk: toBase64(w.epk), wrapped: toBase64(w.wrapped) }));
  const payload: Payload = {
    case: envelopeToJson(sealNow(key, wireScope(c.id), c)),
    wraps,
    ...(customer ? { customer: envelopeToJson(sealNow(key, customerScope(c.id, customer.id), customer)) } : {}),
  };
  return { format: SEALED_CASE_FORMAT, data: toBase64(new TextEncoder().encode(JSON.stringify(payload))) };
}

export interface ReadSealedCase {
  wraps: WrappedKey[];
  envelope: SealedEnvelope;
  customer: SealedEnvelope | null;
}

/** The blob's parts, or null when it is not one this desk understands (it is then kept as it came). */
export function readSealedCase(blob: SealedBlob): ReadSealedCase | null {
  if (blob.format !== SEALED_CASE_FORMAT) return null;
  try {
    const payload = JSON.parse(new TextDecoder().decode(fromBase64(blob.data))) as Payload;
    const wraps: WrappedKey[] = payload.wraps.map((w) => ({ alg: 'ECDH-ES+A256KW', keyId: w.keyId, recipientId: w.recipientId, epk: fromBase64(w.epk), wrapped: fromBase64(w.wrapped) }));
    return { wraps, envelope: envelopeFromJson(payload.case), customer: payload.customer ? envelopeFromJson(payload.customer) : null };
  } catch {
    return null;
  }
}

export function openSealedCase(caseId: string, envelope: SealedEnvelope, key: Uint8Array): ComplaintCase {
  return openNow<ComplaintCase>(key, wireScope(caseId), envelope);
}

/** The customer sealed with the case (null in a form sealed before customers travelled with it). */
export function openSealedCustomer(c: ComplaintCase, envelope: SealedEnvelope | null, key: Uint8Array): Customer | null {
  return envelope ? openNow<Customer>(key, customerScope(c.id, c.customerId), envelope) : null;
}
