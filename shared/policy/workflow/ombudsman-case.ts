// A case's Energy Ombudsman standing and deadlines, and the check an eight-week or deadlock letter must pass.
import type { ComplaintCase } from '../../model';
import type { PolicySettings } from '../calendar';
import { londonDate } from '../london-time';
import {
  DEFAULT_OMBUDSMAN_SETTINGS,
  ombudsmanDeadlines,
  ombudsmanRights,
  type OmbudsmanDeadline,
  type OmbudsmanFacts,
  type OmbudsmanRights,
} from '../ombudsman';
import { checkRightsLetter, type RightsLetterKind } from '../rights-letter-checks';

export function ombudsmanSettingsOf(settings: PolicySettings) {
  return settings.ombudsman ?? DEFAULT_OMBUDSMAN_SETTINGS;
}

/** The facts the Ombudsman's timetable reads: the first receipt, the deadlock letter (kept across reopenings), the size. */
export function caseOmbudsmanFacts(c: Pick<ComplaintCase, 'receivedAt' | 'deadlockLetter' | 'business'>): OmbudsmanFacts {
  return { receivedAt: c.receivedAt, deadlockLetterSentAt: c.deadlockLetter?.sentAt ?? null, businessSize: c.business?.businessSize ?? null };
}

export function caseOmbudsmanRights(c: Pick<ComplaintCase, 'receivedAt' | 'deadlockLetter' | 'business'>, settings: PolicySettings, today: string): OmbudsmanRights {
  return ombudsmanRights(caseOmbudsmanFacts(c), ombudsmanSettingsOf(settings), today);
}

/** The firm's Ombudsman deadlines on London date `today`: evidence due, remedy due. */
export function caseOmbudsmanDeadlines(c: Pick<ComplaintCase, 'ombudsman'>, today: string): OmbudsmanDeadline[] {
  const o = c.ombudsman;
  if (!o) return [];
  return ombudsmanDeadlines(
    { evidenceDueOn: o.evidenceDueOn, evidenceSentOn: o.evidenceSentOn, remedyDueOn: o.decision?.remedyDueOn, remedyDoneOn: o.remedyCompletedOn },
    today,
  );
}

/**
 * What an eight-week or deadlock letter sent at `sentAt` with this final wording lacks, as the Ombudsman's guidance
 * lists it; empty when it may be recorded as sent. A deadlock letter opens the window from its own date.
 */
export function rightsLetterMissing(
  c: ComplaintCase,
  kind: RightsLetterKind,
  letter: { wording: string; ownerName: string; sentAt: string },
  settings: PolicySettings,
): string[] {
  const facts = kind === 'deadlock' ? { ...caseOmbudsmanFacts(c), deadlockLetterSentAt: c.deadlockLetter?.sentAt ?? letter.sentAt } : caseOmbudsmanFacts(c);
  const rights = ombudsmanRights(facts, ombudsmanSettingsOf(settings), londonDate(letter.sentAt));
  const check = checkRightsLetter(letter.wording, { kind, referBy: rights.windowClosesOn, ownerName: letter.ownerName });
  return check.ok ? [] : check.missing;
}
