// A letter sent on a complaint about staff: its PDF is sealed with the case, and the manager reads it back.
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { recordSentLetter } from '../../../../renderer/store/sent-letters';
import { readAttachment } from '../../../../renderer/store/attachments';
import { openCase } from '../../../../renderer/store/case-views';
import { actors, deleteAll, freshDb, recorded, secondWindow, staff, staffComplaintInput, times } from '../store-fixtures';
import { signedInAs } from '../sealed-fixtures';
import { rawDesk } from './raw-desk';

afterEach(deleteAll);

it('seals the letter’s PDF and opens it for the complaints manager', async () => {
  const db = await freshDb();
  const c = await recorded(db, actors.agent, staffComplaintInput());
  const manager = secondWindow(db);
  await manager.open();
  await signedInAs(manager, staff.manager);
  const opened = await openCase(manager, c.id, actors.manager, times.acknowledged);
  if (opened.status !== 'open') throw new Error('not open');
  const pdf = new TextEncoder().encode('%PDF-1.7 acknowledgement for the rude adviser');
  const result = await recordSentLetter(
    manager,
    { caseId: c.id, expectedVersion: opened.case.version, kind: 'acknowledgement', details: {}, sending: { sentAt: times.acknowledged, channel: 'email', recordId: 'record-1' }, pdf, letterText: 'We are looking into what the rude adviser said.', fileName: `${c.reference} Acknowledgement.pdf`, description: 'Acknowledgement' },
    actors.manager,
    times.acknowledged,
  );
  if (!result.ok) throw new Error(result.missing.join('; '));
  expect(await rawDesk(db)).not.toContain('rude adviser');
  const file = await readAttachment(manager, c.id, result.documentId, actors.manager, times.acknowledged);
  expect(file.ok && (await file.blob.text())).toContain('rude adviser');
});
