// Makes a case pack from the store and saves it through the host: lawful reason (if any), build, save, timeline.
import { buildCasePack } from '../../shared/case-pack/build-case-pack';
import { casePackFileName, casePackRefusal } from '../../shared/case-pack/pack-contents';
import type { ZipProgress } from '../../shared/case-pack/zip-writer';
import type { Actor, LawfulBasis, Recipient } from '../../shared/model';
import { canDisclose } from '../../shared/policy';
import type { HostSaveResult } from '../host/desktop-host';
import type { BeginSaveResult } from '../host/streamed-save';
import { gatherCasePack, recordCasePackMade } from './case-packs';
import { applyCaseAction } from './cases';
import type { ComplaintsDatabase } from './db';
import { loadCompanyDetails } from './settings/company-details';

export interface CasePackChoices {
  caseId: string;
  recipient: Recipient;
  /** When the case holds no consent for the recipient: the lawful reason the manager records first. */
  lawfulReason?: { basis: LawfulBasis; reason: string };
  includeStaffIdentity?: { reason: string };
}

export interface CasePackDeps {
  beginSave(request: { suggestedName: string; mimeType: string }): Promise<BeginSaveResult>;
  onProgress?(progress: ZipProgress): void;
  signal?: { readonly aborted: boolean };
  now?: () => string;
  newId?: () => string;
}

export type MakeCasePackResult =
  | { ok: true; fileName: string; saved: HostSaveResult; zipSize: number; summary: string }
  | { ok: false; missing: string[] }
  | { cancelled: true };

/**
 * Everything the "Make case pack" dialog does, in order. The lawful reason is recorded (a timeline event) only when
 * consent is missing; the gate is checked before the save dialog opens; the pack is recorded once it is saved.
 */
export async function makeCasePack(db: ComplaintsDatabase, choices: CasePackChoices, actor: Actor, deps: CasePackDeps): Promise<MakeCasePackResult> {
  const now = deps.now ?? (() => new Date().toISOString());
  let material = await gatherCasePack(db, choices.caseId, actor);
  if (!material.ok) return material;
  if (choices.lawfulReason && !canDisclose(material.caseRecord, choices.recipient, now()).allowed) {
    const action = { type: 'recordLawfulDisclosure' as const, disclosureId: deps.newId?.() ?? crypto.randomUUID(), recipient: choices.recipient, ...choices.lawfulReason };
    const recorded = await applyCaseAction(db, { caseId: choices.caseId, expectedVersion: material.caseRecord.version, action }, actor, now());
    if (!recorded.ok) return { ok: false, missing: recorded.missing };
    material = await gatherCasePack(db, choices.caseId, actor);
    if (!material.ok) return material;
  }
  const company = await loadCompanyDetails(db);
  const madeAt = now();
  const request = {
    ...material,
    recipient: choices.recipient,
    madeBy: actor,
    now: madeAt,
    company: { name: company.name, lines: [company.telephone, company.email] },
    ...(choices.includeStaffIdentity ? { includeStaffIdentity: choices.includeStaffIdentity } : {}),
  };
  const refusal = casePackRefusal(request);
  if (refusal) return refusal;

  const target = await deps.beginSave({ suggestedName: casePackFileName(material.caseRecord, madeAt), mimeType: 'application/zip' });
  if ('cancelled' in target) return target;
  let made: Awaited<ReturnType<typeof buildCasePack>>;
  try {
    made = await buildCasePack(request, (chunk) => target.write(chunk), { ...(deps.onProgress ? { onProgress: deps.onProgress } : {}), ...(deps.signal ? { signal: deps.signal } : {}) });
  } catch (error) {
    await target.abort();
    throw error;
  }
  if (!made.ok) {
    await target.abort();
    return made;
  }
  const saved = await target.finish();
  const record = await recordCasePackMade(
    db,
    {
      caseId: choices.caseId,
      expectedVersion: material.caseRecord.version,
      packId: deps.newId?.() ?? crypto.randomUUID(),
      recipient: choices.recipient,
      fileName: made.fileName,
      sha256: made.manifestSha256,
      ...(choices.includeStaffIdentity ? { includeStaffIdentity: choices.includeStaffIdentity } : {}),
    },
    actor,
    now(),
  );
  if (!record.ok) return { ok: false, missing: [`The pack ${made.fileName} was saved, but making it could not be recorded on the timeline: ${record.missing.join('; ')}`] };
  return { ok: true, fileName: made.fileName, saved, zipSize: made.zipSize, summary: record.events[0]?.summary ?? 'Case pack made' };
}
