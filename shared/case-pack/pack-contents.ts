// What goes in a case pack and whether it may be made: the consent gate, redaction, readable names, summary and case.json.
import {
  channelLabels,
  lawfulBasisLabels,
  roleLabels,
  type Actor,
  type Attachment,
  type ComplaintCase,
  type Customer,
  type Recipient,
  type TimelineEvent,
  type User,
} from '../model';
import {
  canDisclose,
  caseOmbudsmanDeadlines,
  caseOmbudsmanRights,
  londonDate,
  canViewCase,
  caseDeadlines,
  EMPLOYEE_PLACEHOLDER,
  frozenDeadlineRecord,
  isConfidential,
  isManager,
  redactionPlan,
  type PolicySettings,
} from '../policy';
import { renderA4Document } from '../pdf/a4-document';
import { CASE_DATA_FORMAT, casePackCaseData, encodeCaseData } from './case-data';
import { letterDocumentIds, lettersSent } from './letters-sent';
import { CASE_PACK_PATHS, describeIssues, type CasePackManifestHeader } from './manifest';
import { fileVerdict, type FileVerdict } from './file-redaction';
import { packRedaction, type PackRedaction } from './pack-redaction';
import { packDate } from './pack-words';
import { summaryDocument, type PackFileListed } from './summary-document';
import { safePackPath, type CasePackEntry } from './zip-writer';

/** One attached file: its metadata from the case and a way to read its bytes piece by piece (Blob.stream(), a file). */
export interface CasePackFile {
  attachment: Attachment;
  read(): AsyncIterable<Uint8Array>;
}

export interface CasePackRequest {
  caseRecord: ComplaintCase;
  customer: Customer | null;
  /** The case's whole timeline as stored, oldest first. */
  timeline: readonly TimelineEvent[];
  staff: readonly Pick<User, 'id' | 'name' | 'role'>[];
  files: readonly CasePackFile[];
  recipient: Recipient;
  madeBy: Actor;
  now: string;
  settings: PolicySettings;
  company: { name: string; lines: readonly string[] };
  /** A complaints manager's deliberate choice to leave the employee's identity in, with the reason to log. */
  includeStaffIdentity?: { reason: string };
}

export interface CasePackPlan {
  ok: true;
  header: CasePackManifestHeader;
  entries: CasePackEntry[];
  fileName: string;
  redaction: PackRedaction;
}

export type CasePackRefusal = { ok: false; missing: string[] };

/** The consent gate and who may make a pack, as data: every reason the pack cannot be made, in staff's words. */
export function casePackRefusal(request: Pick<CasePackRequest, 'caseRecord' | 'madeBy' | 'recipient' | 'now' | 'includeStaffIdentity' | 'timeline'>): CasePackRefusal | null {
  const c = request.caseRecord;
  const missing: string[] = [];
  if (!isManager(request.madeBy)) missing.push('Only a complaints manager can make a case pack');
  else if (!canViewCase(request.madeBy, c)) missing.push('An employee named in the complaint cannot make its case pack');
  const decision = canDisclose(c, request.recipient, request.now);
  if (!decision.allowed) missing.push(decision.reason);
  if (request.includeStaffIdentity && !isConfidential(c)) missing.push('This complaint does not concern staff: there is no employee to include');
  if (request.includeStaffIdentity && request.includeStaffIdentity.reason.trim() === '') missing.push('Give the reason for including the employee');
  if (request.timeline.length === 0) missing.push('The case has no timeline on this desk, so its pack cannot be tied to the record');
  return missing.length > 0 ? { ok: false, missing } : null;
}

/** Plans the whole pack; attachments are not read until the entries are written. */
export async function planCasePack(request: CasePackRequest): Promise<CasePackPlan | CasePackRefusal> {
  const refusal = casePackRefusal(request);
  if (refusal) return refusal;
  const c = request.caseRecord;
  const staffNames = request.staff.filter((u) => c.namedStaffUserIds.includes(u.id) || u.id === c.dealtWithUserId).map((u) => u.name);
  const include = request.includeStaffIdentity && { reason: request.includeStaffIdentity.reason, byManagerId: request.madeBy.userId };
  const plan = redactionPlan(c, { staffNames, ...(include ? { includeStaffIdentity: include } : {}) });
  if (plan.refused) return { ok: false, missing: [plan.refused] };
  const redaction = packRedaction(plan);
  const names = new Map(request.staff.map((u) => [u.id, redaction.text(u.name)]));
  const nameOf = (id: string | undefined) => (id === EMPLOYEE_PLACEHOLDER ? id : ((id && names.get(id)) ?? 'a member of staff'));

  const taken = new Set<string>();
  const summaryPath = safePackPath(CASE_PACK_PATHS.summary, taken);
  const caseDataPath = safePackPath(CASE_PACK_PATHS.caseData, taken);
  const letterIds = letterDocumentIds(c);
  const letters = lettersSent(c);
  const letterCopies = new Map<string, string>();
  const listed: PackFileListed[] = [{ path: summaryPath, about: 'This summary' }, { path: caseDataPath, about: 'The whole case record, for software' }];
  // Letter copies first, so the letters folder reads in the order they were sent.
  const files = [...request.files].sort((a, b) => Number(letterIds.has(b.attachment.id)) - Number(letterIds.has(a.attachment.id)));
  // Each file as the redaction allows: as stored, a letter the app wrote set anew with the employee's name replaced,
  // or left out and listed with the reason (shared/case-pack/file-redaction.ts).
  const verdicts = new Map<string, FileVerdict>();
  for (const file of files) verdicts.set(file.attachment.id, await fileVerdict(file, redaction, request.company));
  for (const file of files) {
    const verdict = verdicts.get(file.attachment.id);
    if (verdict?.ship === 'withheld') listed.push({ path: `(not included) ${redaction.text(file.attachment.name)}`, about: verdict.why });
  }
  const fileEntries: CasePackEntry[] = files.flatMap((file): CasePackEntry[] => {
    const a = file.attachment;
    const verdict = verdicts.get(a.id) ?? { ship: 'as-stored' as const };
    if (verdict.ship === 'withheld') return [];
    const isLetter = letterIds.has(a.id);
    const folder = isLetter ? CASE_PACK_PATHS.lettersFolder : CASE_PACK_PATHS.attachmentsFolder;
    const path = safePackPath(`${folder}/${redaction.text(a.name)}`, taken);
    const letter = letters.find((l) => l.documentId === a.id);
    if (letter) letterCopies.set(a.id, path);
    const setAnew = verdict.ship === 'set-anew' ? ", set anew with the employee's name replaced" : '';
    const about = letter ? `Copy of the ${letter.letter.toLowerCase()} sent on ${packDate(letter.sentAt)}${setAnew}` : redaction.text(a.description ?? `File from the ${a.source.replace('-', ' ')}`);
    listed.push({ path, about });
    if (verdict.ship === 'set-anew') {
      const bytes = verdict.bytes;
      return [{ kind: isLetter ? 'letter' : 'attachment', path, chunks: (async function* () { yield bytes; })(), size: bytes.length }];
    }
    return [{ kind: isLetter ? 'letter' : 'attachment', path, chunks: file.read(), size: a.sizeBytes }];
  });

  const redactedCase = redaction.redactCase(c);
  const redactedTimeline = request.timeline.map((e) => redaction.redactEvent(e));
  const caseData = {
    format: CASE_DATA_FORMAT,
    case: redactedCase,
    customer: request.customer,
    timeline: redactedTimeline,
    redaction: {
      staffIdentityRedacted: plan.redactStaffIdentity,
      ...(plan.staffIdentityIncluded ? { staffIdentityIncludedBecause: plan.staffIdentityIncluded.reason } : {}),
      note: redactionWords(plan.redactStaffIdentity, plan.staffIdentityIncluded?.reason, plan.confidential),
    },
  };
  const checked = casePackCaseData.safeParse(caseData);
  if (!checked.success) return { ok: false, missing: describeIssues(CASE_PACK_PATHS.caseData, checked.error.issues) };

  const frozen = frozenDeadlineRecord(c);
  const disclosure = disclosureWords(c, request.recipient, request.now);
  const madeBy = `a ${roleLabels[request.madeBy.role].toLowerCase()}`;
  const summary = await renderA4Document(
    summaryDocument({
      company: request.company,
      caseRecord: redactedCase,
      customer: request.customer,
      timeline: redactedTimeline,
      deadlines: frozen ?? caseDeadlines(c, request.settings, request.now),
      deadlinesFrozenAt: frozen?.frozenAt ?? null,
      letters,
      letterCopies,
      files: listed,
      madeAt: request.now,
      madeBy,
      recipient: request.recipient.name,
      disclosure: disclosure.detail,
      redaction: caseData.redaction.note,
      nameOf,
      ombudsman: { rights: caseOmbudsmanRights(c, request.settings, londonDate(request.now)), deadlines: caseOmbudsmanDeadlines(c, londonDate(request.now)) },
    }),
  );
  const last = request.timeline[request.timeline.length - 1];
  const header: CasePackManifestHeader = {
    caseReference: c.reference,
    createdAt: request.now,
    createdBy: { role: roleLabels[request.madeBy.role] },
    recipient: { name: request.recipient.name },
    disclosureBasis: disclosure,
    timelineHead: { sha256: last?.hash ?? '', eventCount: last?.seq ?? 0 },
  };
  const entries: CasePackEntry[] = [
    { kind: 'summary', path: summaryPath, bytes: summary, compress: true },
    { kind: 'case-data', path: caseDataPath, bytes: encodeCaseData(checked.data), compress: true },
    ...fileEntries,
  ];
  return { ok: true, header, entries, fileName: casePackFileName(c, request.now), redaction };
}

/** "Case pack JESQ-2026-000123 2026-12-11.zip": the reference, and the day it was made so later packs sort after. */
export function casePackFileName(c: Pick<ComplaintCase, 'reference'>, now: string): string {
  return `Case pack ${c.reference} ${now.slice(0, 10)}.zip`;
}

function disclosureWords(c: ComplaintCase, recipient: Recipient, now: string): CasePackManifestHeader['disclosureBasis'] {
  const decision = canDisclose(c, recipient, now);
  if (decision.allowed && decision.basis === 'consent') {
    const consent = c.consents.find((k) => k.id === decision.consentId);
    if (consent) {
      const how = channelLabels[consent.how].toLowerCase();
      return { basis: 'consent', detail: `The customer consented on ${packDate(consent.givenAt)} (${how}) to sharing their details with ${consent.recipient.name}, for: ${consent.purpose}` };
    }
  }
  if (decision.allowed && decision.basis === 'lawful-reason') {
    const lawful = c.lawfulDisclosures.find((d) => d.id === decision.lawfulDisclosureId);
    if (lawful) {
      return { basis: 'lawful-reason', detail: `A complaints manager recorded the lawful reason on ${packDate(lawful.recordedAt)}: ${lawfulBasisLabels[lawful.basis]}. ${lawful.reason}` };
    }
  }
  // casePackRefusal has already checked the gate; reaching here means the case changed under us.
  throw new Error('The case no longer records a consent or lawful reason for this recipient');
}

function redactionWords(redacted: boolean, includedBecause: string | undefined, confidential: boolean): string {
  if (!confidential) return 'The complaint does not concern a member of staff; nothing is redacted.';
  if (includedBecause) return `A complaints manager deliberately included the employee's identity and account, because: ${includedBecause}`;
  return redacted
    ? `The employee's identity and account are replaced by "${EMPLOYEE_PLACEHOLDER}" in every file of this pack. Attached files are as received: any whose text names the employee, or whose text cannot be checked, is left out and listed as not included; a letter we wrote that named them is set anew with the name replaced.`
    : 'Nothing is redacted.';
}
