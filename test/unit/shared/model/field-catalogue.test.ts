// The field catalogue covers the model: every field holding text in the case, the customer and a timeline event
// says what it means for privacy, so a new free-text field cannot slip past anonymisation or redaction untagged.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { complaintCaseShape, customer, eachText, fieldFacts, jsonValue, labelledText, mapText, timelineEvent } from '../../../../shared/model';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

/** Every field name that holds text (a string, a choice or a literal) anywhere in `schema`, with its path. */
function textFields(schema: z.ZodType, key = '', path = '', out = new Map<string, string>(), seen = new Set<z.ZodType>()): Map<string, string> {
  // A timeline event's before and after hold case fields by name (checked with the case), not fields of their own.
  if (seen.has(schema) || schema === jsonValue) return out;
  seen.add(schema);
  const def = (schema as unknown as { def: Def }).def;
  const inner = (s: z.ZodType | undefined) => s && textFields(s, key, path, out, seen);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) textFields(v, k, `${path}.${k}`, out, seen);
      break;
    case 'array':
      inner(def.element);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      inner(def.innerType);
      break;
    case 'union':
      for (const option of def.options ?? []) inner(option);
      break;
    case 'intersection':
      inner(def.left);
      inner(def.right);
      break;
    case 'pipe':
      inner(def.in);
      break;
    case 'record':
      inner(def.valueType);
      break;
    case 'lazy':
      inner(def.getter?.());
      break;
    case 'string':
    case 'enum':
    case 'literal':
    case 'template_literal':
      if (key !== '' && !out.has(key)) out.set(key, path);
      break;
  }
  return out;
}

describe('the field catalogue', () => {
  const models: [string, z.ZodType][] = [
    ['case', complaintCaseShape],
    ['customer', customer],
    ['timeline event', timelineEvent],
  ];

  it.each(models)('tags every text field of the %s', (name, schema) => {
    const fields = textFields(schema);
    expect(fields.size).toBeGreaterThan(5);
    const untagged = [...fields].filter(([key]) => fieldFacts(key) === undefined).map(([, path]) => `${name}${path}`);
    expect(untagged, 'add each to shared/model/field-catalogue.ts with its privacy class').toEqual([]);
  });

  it('finds a field the catalogue does not know', () => {
    expect(fieldFacts('complaintMood')).toBeUndefined();
    expect(fieldFacts('nature')?.privacy).toBe('free-text');
    expect(fieldFacts('sentAt')?.privacy).toBe('statistic');
  });

  it('labels the customer’s own account for the pack and subject access, in order', () => {
    expect(labelledText({ desiredOutcome: 'A refund', nature: 'Overcharged', investigatorId: 'x' })).toEqual([
      { key: 'nature', label: 'Nature of the complaint', text: 'Overcharged' },
      { key: 'desiredOutcome', label: 'Outcome wanted', text: 'A refund' },
    ]);
  });
});

describe('the one walk over a record', () => {
  const record = { nature: 'Rude', conversations: [{ summary: 'Call', people: [{ name: 'Jo' }] }], version: 3, none: null };

  it('visits every string with the field holding it, arrays passing on their name, and copies', () => {
    const seen: string[] = [];
    eachText(record, (text, key, depth) => seen.push(`${key}:${depth}:${text}`));
    expect(seen).toEqual(['nature:1:Rude', 'summary:2:Call', 'name:3:Jo']);
    const upper = mapText(record, (text) => text.toUpperCase());
    expect(upper).toEqual({ nature: 'RUDE', conversations: [{ summary: 'CALL', people: [{ name: 'JO' }] }], version: 3, none: null });
    expect(record.nature).toBe('Rude');
  });
});
