// Rules for personal information: the customer's consents, lawful reasons to disclose, and case packs that leave the company.
import { lawfulBasisLabels } from '../../../model';
import { canDisclose, isConfidential } from '../../confidentiality';
import { isManager } from '../permissions';
import type { RuleTable } from '../rule';
import { ms } from '../time';
import { alreadyUsed, by } from './common';

const BASIS_WORDS = { customer: 'to the customer', consent: "with the customer's consent", 'lawful-reason': 'on a recorded lawful reason' } as const;

export const privacyRules = {
  recordConsent: {
    label: 'Record consent',
    group: 'privacy',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const problems = alreadyUsed(c.consents, a.consentId, 'consent');
      if (a.recipient.kind === 'customer') problems.push('No consent is needed to share with the customer themselves');
      if (ms(a.givenAt) > ms(ctx.now)) problems.push('Date consent was given cannot be in the future');
      if (problems.length > 0) return problems;
      const consent = { id: a.consentId, recipient: a.recipient, purpose: a.purpose, givenAt: a.givenAt, how: a.how, recordedById: ctx.actor.userId, recordedAt: ctx.now };
      return { set: { consents: [...c.consents, consent] }, summary: `Customer consented ${by(a.how)} to sharing their details with ${a.recipient.name}` };
    },
  },

  withdrawConsent: {
    label: 'Record consent withdrawn',
    group: 'privacy',
    forEnquiries: true,
    appliesTo: (c) => (c.consents.some((k) => !k.withdrawnAt) ? null : 'There is no current consent to withdraw'),
    apply: (c, a, ctx) => {
      const consent = c.consents.find((k) => k.id === a.consentId);
      if (!consent) return ['Choose the consent being withdrawn'];
      if (consent.withdrawnAt) return ['This consent is already withdrawn'];
      const problems: string[] = [];
      if (ms(a.withdrawnAt) > ms(ctx.now)) problems.push('Date consent was withdrawn cannot be in the future');
      if (ms(a.withdrawnAt) < ms(consent.givenAt)) problems.push('Date consent was withdrawn cannot be before it was given');
      if (problems.length > 0) return problems;
      const withdrawn = { ...consent, withdrawnAt: a.withdrawnAt, withdrawalHow: a.how, withdrawalRecordedById: ctx.actor.userId };
      return {
        set: { consents: c.consents.map((k) => (k.id === consent.id ? withdrawn : k)) },
        summary: `Customer withdrew consent ${by(a.how)} for ${consent.recipient.name}`,
      };
    },
  },

  recordLawfulDisclosure: {
    label: 'Record lawful reason to disclose',
    group: 'privacy',
    managerOnly: 'record a lawful reason to disclose personal details',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const problems = alreadyUsed(c.lawfulDisclosures, a.disclosureId, 'lawful reason');
      if (a.recipient.kind === 'customer') problems.push('No lawful reason is needed to share with the customer themselves');
      if (problems.length > 0) return problems;
      const record = { id: a.disclosureId, recipient: a.recipient, basis: a.basis, reason: a.reason, recordedById: ctx.actor.userId, recordedAt: ctx.now };
      return {
        set: { lawfulDisclosures: [...c.lawfulDisclosures, record] },
        summary: `Lawful reason to disclose to ${a.recipient.name} recorded: ${lawfulBasisLabels[a.basis].toLowerCase()}`,
      };
    },
  },

  recordCasePack: {
    label: 'Make case pack',
    group: 'privacy',
    forEnquiries: true,
    appliesTo: () => null,
    apply: (c, a, ctx) => {
      const problems = alreadyUsed(c.disclosures, a.packId, 'case pack');
      const decision = canDisclose(c, a.recipient, ctx.now);
      if (!decision.allowed) problems.push(decision.reason);
      if (a.includeStaffIdentity && !isManager(ctx.actor)) problems.push("Only a complaints manager can include the employee's identity in a case pack");
      if (a.includeStaffIdentity && !isConfidential(c)) problems.push('This complaint does not concern staff: there is no employee to include');
      if (problems.length > 0 || !decision.allowed) return problems;
      const pack = {
        id: a.packId,
        recipient: a.recipient,
        madeAt: ctx.now,
        madeById: ctx.actor.userId,
        fileName: a.fileName,
        sha256: a.sha256,
        basis: decision.basis,
        consentId: decision.basis === 'consent' ? decision.consentId : undefined,
        lawfulDisclosureId: decision.basis === 'lawful-reason' ? decision.lawfulDisclosureId : undefined,
        staffIdentityIncluded: a.includeStaffIdentity && { reason: a.includeStaffIdentity.reason, byManagerId: ctx.actor.userId },
        note: a.note,
      };
      const included = a.includeStaffIdentity ? `; the employee's identity was included: ${a.includeStaffIdentity.reason}` : '';
      return { set: { disclosures: [...c.disclosures, pack] }, summary: `Case pack made for ${a.recipient.name} ${BASIS_WORDS[decision.basis]}${included}` };
    },
  },
} satisfies Partial<RuleTable>;
