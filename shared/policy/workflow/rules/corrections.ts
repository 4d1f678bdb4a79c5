// Rules that change what a case is (enquiry or complaint) or correct what was recorded; the timeline keeps the old values.
import { pendingEmployeeProcess, storyFieldNames, storyFieldWords, type ComplaintCase, type StoryFieldName } from '../../../model';
import type { CaseDetailCorrections, CorrectableSentRecord } from '../actions';
import { receivedTooLongAgo } from '../../received-at';
import { isManager } from '../permissions';
import type { RuleTable } from '../rule';
import { checkInstant, ms } from '../time';
import { atStage, list } from './common';

const FIELD_WORDS: Record<keyof CaseDetailCorrections, string> = {
  nature: 'the nature of the complaint',
  ...(Object.fromEntries(storyFieldNames.map((name) => [name, storyFieldWords(name)])) as Record<StoryFieldName, string>),
  dealtWithName: 'the name of the person the customer dealt with',
  dealtWithUserId: 'the staff member the customer dealt with',
  channel: 'how the complaint was made',
  receivedAt: 'the date and time received',
  takenById: 'who took the complaint',
  customerId: 'the customer',
  concernsStaff: 'whether the complaint concerns staff',
  namedStaffUserIds: 'the employees named',
};

/** These change deadlines, ownership or confidentiality, so only a complaints manager corrects them. */
const MANAGER_FIELDS: readonly (keyof CaseDetailCorrections)[] = ['channel', 'receivedAt', 'takenById', 'customerId', 'concernsStaff', 'namedStaffUserIds'];

const SENT_WORDS: Record<CorrectableSentRecord, string> = {
  acknowledgement: 'acknowledgement',
  writtenConfirmationRequest: 'request for written confirmation',
  response: 'final response',
  deadlockLetter: 'deadlock letter',
  eightWeekLetter: 'eight-week letter',
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export const correctionRules = {
  convertEnquiryToComplaint: {
    label: 'Convert to complaint',
    group: 'correction',
    forEnquiries: true,
    appliesTo: (c) => (c.kind === 'enquiry' ? null : 'This is already a complaint'),
    apply: (_c, a, ctx) => ({
      set: { kind: 'complaint', conversion: { convertedAt: ctx.now, convertedById: ctx.actor.userId, reason: a.reason } },
      summary: 'Converted to a complaint; the original receipt time is kept',
    }),
  },

  markAsEnquiry: {
    label: 'Not a complaint',
    group: 'correction',
    managerOnly: 'record a complaint as not a complaint',
    appliesTo: (c) =>
      c.kind === 'enquiry' ? 'This is already recorded as an enquiry' : atStage(c, ['received'], 'Only a complaint not yet acknowledged can be recorded as an enquiry'),
    apply: (_c, a, ctx) => ({
      set: { kind: 'enquiry', enquiry: { reason: a.reason, recordedById: ctx.actor.userId, recordedAt: ctx.now }, conversion: undefined },
      summary: `Recorded as not a complaint: ${a.reason}`,
    }),
  },

  correctCaseDetails: {
    label: 'Correct details',
    group: 'correction',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const fields = (Object.keys(a.changes) as (keyof CaseDetailCorrections)[]).filter(
        (f) => a.changes[f] !== undefined && !same(a.changes[f], c[f]),
      );
      if (fields.length === 0) return ['Record at least one correction'];
      const problems = isManager(ctx.actor) ? [] : fields.filter((f) => MANAGER_FIELDS.includes(f)).map((f) => `Only a complaints manager can correct ${FIELD_WORDS[f]}`);
      const set: Partial<ComplaintCase> = {};
      for (const f of fields) Object.assign(set, { [f]: a.changes[f] ?? undefined });
      const named = set.namedStaffUserIds ?? c.namedStaffUserIds;
      const concernsStaff = set.concernsStaff ?? c.concernsStaff;
      if (!concernsStaff && named.length > 0) problems.push('Remove the named employees first, or keep the complaint marked as concerning staff');
      if (c.investigatorId && named.includes(c.investigatorId)) problems.push('The investigator cannot be an employee named in the complaint');
      if (set.receivedAt !== undefined) {
        const tooLongAgo = receivedTooLongAgo(set.receivedAt, ctx.now, ctx.settings.receivedWithinYears);
        if (ms(set.receivedAt) > ms(ctx.now)) problems.push('Date and time received cannot be in the future');
        else if (tooLongAgo) problems.push(tooLongAgo);
        else if (ms(set.receivedAt) > ms(c.createdAt)) problems.push('Date and time received cannot be after the complaint was recorded');
      }
      if (problems.length > 0) return problems;
      if (concernsStaff && !c.employeeProcess) set.employeeProcess = pendingEmployeeProcess();
      return { set, summary: `Corrected ${list(fields.map((f) => FIELD_WORDS[f]))}: ${a.reason}` };
    },
  },

  correctSentDate: {
    label: 'Correct a letter’s date',
    group: 'correction',
    managerOnly: 'correct when a letter was sent',
    appliesTo: (c) => (c.acknowledgement || c.response || c.writtenConfirmationRequest || c.deadlockLetter || c.eightWeekLetter ? null : 'No letter is recorded on this case yet'),
    apply: (c, a, ctx) => {
      const existing = c[a.record];
      if (!existing) return [`There is no ${SENT_WORDS[a.record]} to correct`];
      const problems = checkInstant('Corrected date sent', a.sentAt, c, ctx);
      if (existing.sentAt === a.sentAt && existing.channel === a.channel) problems.push('Record at least one correction');
      if (problems.length > 0) return problems;
      // The deadline record frozen at the end of a case stays as it was; the timeline shows the correction.
      return {
        set: { [a.record]: { ...existing, sentAt: a.sentAt, channel: a.channel } },
        summary: `Corrected when the ${SENT_WORDS[a.record]} was sent: ${a.reason}`,
      };
    },
  },
} satisfies Partial<RuleTable>;
