// The letters' wording an administrator has changed: the registry's setting 'letterWording'.
//
// Only templates that differ from the default are stored; a template reset to the default is removed, so a later
// release's improved default wording reaches desks that never changed it.
import { defaultWording, templateWordingSchema, wordingFrom, type TemplateKind, type TemplateWording, type WordingSet } from '../../../shared/letters';
import type { ComplaintsDatabase } from '../db';
import { guardWrite } from '../errors';
import { SETTINGS } from './registry';
import { readSetting, writeSetting } from './setting';

export const LETTER_WORDING_KEY = SETTINGS.letterWording.key;

/** The wording every letter uses now: what an administrator saved, else the default. */
export function loadLetterWording(db: ComplaintsDatabase): Promise<WordingSet> {
  return readSetting(db, SETTINGS.letterWording).then(wordingFrom);
}

/** Checks and saves one template's wording; throws the wording schema's messages, naming what is wrong. */
export async function saveLetterWording(db: ComplaintsDatabase, kind: TemplateKind, wording: TemplateWording): Promise<TemplateWording> {
  const parsed = templateWordingSchema(kind).safeParse(wording);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  const checked = parsed.data;
  await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const stored = await readSetting(db, SETTINGS.letterWording);
      const isDefault = checked.subject === defaultWording[kind].subject && checked.body === defaultWording[kind].body;
      if (isDefault) delete stored[kind];
      else stored[kind] = { subject: checked.subject, body: checked.body };
      await writeSetting(db, SETTINGS.letterWording, stored);
    }),
  );
  return checked;
}

/** Puts one template back to the default wording. */
export async function resetLetterWording(db: ComplaintsDatabase, kind: TemplateKind): Promise<TemplateWording> {
  return saveLetterWording(db, kind, defaultWording[kind]);
}
