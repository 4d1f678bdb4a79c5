// Which numbering series a new case's reference comes from, so that a reference never tells anyone of a case they may not see.
import { isConfidential, type ConfidentialityFacts } from './confidentiality';

/**
 * Decision: a complaint about staff is numbered in a series of its own (JESQ-2026-S00001, S00002 …), which only
 * its audience ever sees. Were it numbered with the rest, an agent (the named employee too) would see the All
 * list jump from JESQ-2026-000001 to 000003 and know that a hidden complaint was recorded between them.
 */
export type ReferenceSeries = 'complaints' | 'staff';

export function referenceSeries(facts: Pick<ConfidentialityFacts, 'concernsStaff' | 'namedStaffUserIds'>): ReferenceSeries {
  return isConfidential(facts) ? 'staff' : 'complaints';
}
