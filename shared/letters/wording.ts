// What an administrator may make of a letter's wording: checked so no rights paragraph is lost and every field is known.
import { z } from 'zod';
import { defaultWording, type TemplateWording } from './default-wording';
import { templateKinds, templateLabels, type TemplateKind } from './letter-kinds';
import { fieldsUsed, isMergeField, mandatoryFields, mergeToken, templateFields } from './merge-fields';

export { defaultWording, type TemplateWording } from './default-wording';

const MAX_SUBJECT = 200;
const MAX_BODY = 10_000;

function lower(kind: TemplateKind): string {
  const label = templateLabels[kind];
  return /^\d/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Every problem with the wording of one template, in words an administrator can act on; empty when it is fine. */
export function wordingProblems(kind: TemplateKind, wording: TemplateWording): { path: 'subject' | 'body'; message: string }[] {
  const problems: { path: 'subject' | 'body'; message: string }[] = [];
  const name = `The ${lower(kind)}`;
  const allowed = templateFields[kind];
  for (const path of ['subject', 'body'] as const) {
    const text = wording[path];
    const opens = (text.match(/\{\{/g) ?? []).length;
    const closes = (text.match(/\}\}/g) ?? []).length;
    if (opens !== closes) problems.push({ path, message: `${name} ${path} has an unfinished merge field: write each one as {{fieldName}}` });
    for (const field of fieldsUsed(text)) {
      if (isMergeField(field) && allowed.includes(field)) continue;
      problems.push({
        path,
        message: `${name} ${path} uses {{${field}}}, which is not a merge field of this letter: use one of ${allowed.map(mergeToken).join(', ')}`,
      });
    }
  }
  const used = new Set(fieldsUsed(wording.body));
  for (const field of mandatoryFields[kind]) {
    if (!used.has(field)) {
      problems.push({ path: 'body', message: `${name} must keep ${mergeToken(field)}: it cannot be removed from this letter` });
    }
  }
  return problems;
}

/** The wording of one template, as an administrator saves it. */
export function templateWordingSchema(kind: TemplateKind) {
  return z
    .object({
      subject: z
        .string({ error: 'Subject is required' })
        .trim()
        .min(1, 'Subject is required')
        .max(MAX_SUBJECT, `Subject must be at most ${MAX_SUBJECT} characters`),
      body: z
        .string({ error: 'Wording is required' })
        .trim()
        .min(1, 'Wording is required')
        .max(MAX_BODY, `Wording must be at most ${MAX_BODY} characters`),
    })
    .superRefine((wording, ctx) => {
      for (const problem of wordingProblems(kind, wording)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    });
}

export type WordingSet = Record<TemplateKind, TemplateWording>;

/**
 * The wording to use from what is stored (any JSON): each template's stored wording when it is valid, otherwise the
 * default, so a damaged or outdated setting can never produce a letter without its rights paragraphs.
 */
export function wordingFrom(stored: unknown): WordingSet {
  const record = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const set = {} as WordingSet;
  for (const kind of templateKinds) {
    const parsed = templateWordingSchema(kind).safeParse(record[kind]);
    set[kind] = parsed.success ? parsed.data : { ...defaultWording[kind] };
  }
  return set;
}
