// Sealed records with Node's real WebCrypto: envelopes, key wraps for readers and the service, user keys.
import { describe, expect, it } from 'vitest';
import {
  createUserKeys,
  envelopeFromJson,
  envelopeToJson,
  newContentKey,
  open,
  openNow,
  rewrap,
  seal,
  sealNow,
  SealedRecordError,
  SERVICE_RECIPIENT,
  unlockUserKeys,
  resealUserKeys,
  unwrap,
  unwrapPersonal,
  wrapFor,
  wrapPersonal,
  fromBase64,
  toBase64,
  KEY_ITERATIONS,
  type UserKeyRecord,
} from '../../../../shared/sealed';

const scope = { table: 'cases', rowId: 'case-1', caseId: 'case-1' };
const NOW = '2026-12-03T10:00:00.000Z';

describe('the sealed envelope', () => {
  it('opens what it sealed, whether sealed with WebCrypto or synchronously', async () => {
    const key = newContentKey();
    const value = { customer: 'Siân Gwŷn Łukasiewicz', nature: 'rude adviser' };
    expect(await open(key, scope, await seal(key, scope, value))).toEqual(value);
    expect(openNow(key, scope, await seal(key, scope, value))).toEqual(value);
    expect(await open(key, scope, sealNow(key, scope, value))).toEqual(value);
  });

  it('holds none of the content in clear, and a fresh iv each time', () => {
    const key = newContentKey();
    const a = sealNow(key, scope, 'Hughes');
    const b = sealNow(key, scope, 'Hughes');
    expect(Buffer.from(a.ct).includes(Buffer.from('Hughes'))).toBe(false);
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
  });

  it.each([
    ['another row', { ...scope, rowId: 'case-2' }],
    ['another table', { ...scope, table: 'caseRows' }],
    ['another case', { ...scope, caseId: 'case-2' }],
  ])('refuses to open in %s', async (_, other) => {
    const key = newContentKey();
    const envelope = await seal(key, scope, 'x');
    expect(() => openNow(key, other, envelope)).toThrow(SealedRecordError);
    await expect(open(key, other, envelope)).rejects.toThrow(SealedRecordError);
  });

  it('refuses a wrong key and a changed byte', () => {
    const key = newContentKey();
    const envelope = sealNow(key, scope, 'x');
    expect(() => openNow(newContentKey(), scope, envelope)).toThrow(SealedRecordError);
    const changed = { ...envelope, ct: envelope.ct.slice() };
    changed.ct[0] = (changed.ct[0] ?? 0) ^ 1;
    expect(() => openNow(key, scope, changed)).toThrow(SealedRecordError);
  });

  it('travels as JSON with base64 bytes', () => {
    const key = newContentKey();
    const envelope = sealNow(key, scope, { a: 1 });
    const json = JSON.parse(JSON.stringify(envelopeToJson(envelope))) as ReturnType<typeof envelopeToJson>;
    expect(openNow(key, scope, envelopeFromJson(json))).toEqual({ a: 1 });
  });

  it.each([[''], ['f'], ['fo'], ['foo'], ['foob'], ['fooba'], ['foobar']])('encodes %j as standard base64', (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(toBase64(bytes)).toBe(Buffer.from(text).toString('base64'));
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
  });
});

describe('user keys and case key wraps', () => {
  it('wraps a case key for each reader and the service; each opens it with their own key, nobody else', async () => {
    const [manager, investigator, agent, service] = await Promise.all(
      ['manager', 'investigator', 'agent', SERVICE_RECIPIENT].map((id) => createUserKeys(id, 'correct horse battery', NOW)),
    );
    const caseKey = newContentKey();
    const forManager = await wrapFor(caseKey, 'case-1', { id: 'manager', publicKey: manager!.record.publicKey });
    const forService = await wrapFor(caseKey, 'case-1', { id: SERVICE_RECIPIENT, publicKey: service!.record.publicKey });
    expect([...(await unwrap(forManager, manager!.unlocked))]).toEqual([...caseKey]);
    expect([...(await unwrap(forService, service!.unlocked))]).toEqual([...caseKey]);
    await expect(unwrap(forManager, agent!.unlocked)).rejects.toThrow(SealedRecordError);
    // A wrap relabelled for another reader or case does not open.
    await expect(unwrap({ ...forManager, recipientId: 'investigator' }, investigator!.unlocked)).rejects.toThrow(SealedRecordError);
    await expect(unwrap({ ...forManager, keyId: 'case-2' }, manager!.unlocked)).rejects.toThrow(SealedRecordError);

    const [forInvestigator] = await rewrap(forManager, manager!.unlocked, [{ id: 'investigator', publicKey: investigator!.record.publicKey }]);
    expect([...(await unwrap(forInvestigator!, investigator!.unlocked))]).toEqual([...caseKey]);
  });

  it('re-wraps a key under the reader’s personal key, which opens synchronously and only for them', async () => {
    const { unlocked } = await createUserKeys('manager', 'correct horse battery', NOW);
    const other = await createUserKeys('other', 'correct horse battery', NOW);
    const caseKey = newContentKey();
    const personal = wrapPersonal(caseKey, 'case-1', 'manager', unlocked.personalKey);
    expect([...unwrapPersonal(personal, unlocked.personalKey)]).toEqual([...caseKey]);
    expect([...(await unwrap(personal, unlocked))]).toEqual([...caseKey]);
    expect(() => unwrapPersonal(personal, other.unlocked.personalKey)).toThrow(SealedRecordError);
  });

  // How long unlocking takes is a figure of `npm run bench` (sign-in), not a timed test.
  it('unlocks a user’s keys with their password only', async () => {
    const { record, unlocked } = await createUserKeys('u1', 'correct horse battery', NOW);
    expect(record.kdf.iterations).toBe(KEY_ITERATIONS);
    const again = await unlockUserKeys(record, 'correct horse battery');
    expect([...again.personalKey]).toEqual([...unlocked.personalKey]);
    await expect(unlockUserKeys(record, 'wrong horse battery')).rejects.toThrow(SealedRecordError);
  });

  it('keeps the same keys under a changed password, and refuses a record that asks for too many rounds', async () => {
    const { record, unlocked } = await createUserKeys('u1', 'correct horse battery', NOW);
    const changed = await resealUserKeys(record, 'correct horse battery', 'new staple words', NOW);
    expect([...(await unlockUserKeys(changed, 'new staple words')).personalKey]).toEqual([...unlocked.personalKey]);
    const greedy: UserKeyRecord = { ...record, kdf: { ...record.kdf, iterations: 100_000_000 } };
    await expect(unlockUserKeys(greedy, 'correct horse battery')).rejects.toThrow(/rounds/);
  });
});
