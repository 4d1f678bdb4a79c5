// The hash chain's building blocks: canonical JSON and chaining, and the pure chain check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, TimelineEventDraft } from '../../../../shared/model';
import { canonicalJson, chainEvents, GENESIS_HASH } from '../../../../renderer/store/timeline/chain';
import { checkChain } from '../../../../renderer/store/timeline/verify';
import { isQuotaError } from '../../../../renderer/store/errors';

const draft = (n: number): TimelineEventDraft => ({ caseId: 'c', at: `2026-11-2${n}T10:00:00.000Z`, actorId: 'u', action: 'note', summary: `step ${n}`, before: null, after: { n } });

describe('canonicalJson', () => {
  it('is the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true } })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
  });

  it('parses back to the same value for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value as JsonValue))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('chainEvents and checkChain', () => {
  it('numbers events after the head and links each to the one before', () => {
    let id = 0;
    const first = chainEvents([draft(1), draft(2)], null, () => `e${++id}`);
    const next = chainEvents([draft(3)], { seq: 2, hash: first[1]!.hash }, () => `e${++id}`);
    expect(first.map((e) => [e.seq, e.prevHash === GENESIS_HASH])).toEqual([[1, true], [2, false]]);
    expect(next[0]?.prevHash).toBe(first[1]?.hash);
    expect(checkChain('c', [...first, ...next], { seq: 3, hash: next[0]!.hash })).toEqual({ ok: true, events: 3, head: { seq: 3, hash: next[0]!.hash } });
    expect(checkChain('c', first, null).ok).toBe(true);
    expect(checkChain('other', first, null)).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'Event 1 belongs to another case' });
  });
});

describe('isQuotaError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [Object.assign(new Error('AbortError'), { inner: { name: 'QuotaExceededError' } }), true],
    [Object.assign(new Error('BulkError'), { failures: [new DOMException('full', 'QuotaExceededError')] }), true],
    [new Error('ConstraintError'), false],
  ])('%s → %s', (error, expected) => expect(isQuotaError(error)).toBe(expected));
});
