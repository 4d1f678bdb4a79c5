// The letters' wording in the settings table: defaults until saved, checked before saving, reset to the default.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultWording } from '../../../../../shared/letters';
import { loadLetterWording, resetLetterWording, saveLetterWording } from '../../../../../renderer/store/settings/letter-wording';
import { deleteDatabases, freshDatabases } from '../accounts/databases';

afterEach(deleteDatabases);

const kinder = { subject: 'We have your complaint', body: 'Thank you, {{customerName}}. Your reference is {{caseReference}}.' };

describe('letter wording', () => {
  it('is the default wording until an administrator saves a change, then what was saved', async () => {
    const { db } = await freshDatabases();
    expect(await loadLetterWording(db)).toEqual(defaultWording);
    await saveLetterWording(db, 'acknowledgement', { subject: ` ${kinder.subject} `, body: kinder.body });
    const wording = await loadLetterWording(db);
    expect(wording.acknowledgement).toEqual(kinder);
    expect(wording['final-response']).toEqual(defaultWording['final-response']);
    expect((await db.settings.get('letterWording'))?.value).toEqual({ acknowledgement: kinder });
  });

  it('refuses wording without the rights paragraphs and keeps what was stored', async () => {
    const { db } = await freshDatabases();
    const body = defaultWording['eight-week-letter'].body.replace('{{ombudsmanRights}}', 'Please wait.');
    await expect(saveLetterWording(db, 'eight-week-letter', { subject: 'Update', body })).rejects.toThrow(
      'The 8-week letter must keep {{ombudsmanRights}}: it cannot be removed from this letter',
    );
    expect(await db.settings.get('letterWording')).toBeUndefined();
  });

  it('refuses an unknown merge field, naming it', async () => {
    const { db } = await freshDatabases();
    await expect(saveLetterWording(db, 'acknowledgement', { subject: 'Hi', body: 'Dear {{firstName}}' })).rejects.toThrow(/uses \{\{firstName\}\}, which is not a merge field/);
  });

  it('resets one letter to the default wording, leaving the others', async () => {
    const { db } = await freshDatabases();
    await saveLetterWording(db, 'acknowledgement', kinder);
    await saveLetterWording(db, 'written-confirmation-request', { subject: 'Please write to us', body: 'Dear {{customerName}}, please confirm in writing.' });
    expect(await resetLetterWording(db, 'acknowledgement')).toEqual(defaultWording.acknowledgement);
    const wording = await loadLetterWording(db);
    expect(wording.acknowledgement).toEqual(defaultWording.acknowledgement);
    expect(wording['written-confirmation-request'].subject).toBe('Please write to us');
    expect(Object.keys(((await db.settings.get('letterWording'))?.value ?? {}) as object)).toEqual(['written-confirmation-request']);
  });
});
