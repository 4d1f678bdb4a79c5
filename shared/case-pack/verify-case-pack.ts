// The check a Complaints Desk case pack must pass: every checksum, nothing missing or extra, case.json by the shared schema.
import { caseDataProblems, casePackCaseData, type CasePackCaseData } from './case-data';
import { verifyPack, type VerifyPackResult, type ZipSource } from './verify-pack';

export type { PackFileCheck, PackFileStatus, VerifyPackResult } from './verify-pack';

/** Reads the pack once, streaming; used by the verify-pack screen and scripts/verify-pack.ts alike. */
export function verifyCasePack(source: ZipSource): Promise<VerifyPackResult> {
  return verifyPack<CasePackCaseData>(source, { caseSchema: casePackCaseData, checkCaseData: caseDataProblems });
}
