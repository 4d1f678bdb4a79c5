// Anonymising a case: what is replaced, what the statistics keep, who may, and that it cannot be done twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintCase, Customer } from '../../../../../shared/model';
import {
  ALREADY_ANONYMISED,
  ANONYMISED_CUSTOMER_NAME,
  ANONYMISED_TEXT,
  anonymiseCase,
  anonymisedContent,
  anonymisedEventContent,
  anonymiseTerms,
  isAnonymisedCase,
  REMOVED_FILE_SHA256,
} from '../../../../../shared/policy/privacy/anonymise';
import { allowedActions, applyAction } from '../../../../../shared/policy';
import { actors, caseAt, caseHistoryAt, customer, settings, staffCaseAt } from '../../../../fixtures/cases';

const later = '2033-01-05T10:00:00.000Z';

/** The fields reports count: they must read the same after anonymising. */
function statistics(c: ComplaintCase) {
  return {
    kind: c.kind,
    channel: c.channel,
    stage: c.stage,
    category: c.category,
    receivedAt: c.receivedAt,
    createdAt: c.createdAt,
    outcome: c.response?.outcome ?? c.firstContactResolution?.outcome,
    remedies: (c.response?.remedies ?? c.firstContactResolution?.remedies ?? []).map((r) => [r.kind, r.kind === 'payment' ? r.amountPence : null]),
    rootCause: c.closeRecord?.rootCause,
    deadlines: c.closeRecord?.deadlineRecord ?? c.firstContactResolution?.deadlineRecord ?? c.withdrawal?.deadlineRecord,
    acknowledgedAt: c.acknowledgement?.sentAt,
    respondedAt: c.response?.sentAt,
    counts: [c.conversations.length, c.attachments.length, c.improvementActions.length, c.delayNotices.length, c.holds.length],
    staff: [c.recordedById, c.takenById, c.investigatorId, c.namedStaffUserIds, c.concernsStaff],
    improvementDone: c.improvementActions.map((a) => [a.due, a.doneOn]),
  };
}

describe('anonymiseCase', () => {
  const closed = caseAt('closed');

  it('replaces the customer and every free text of a closed case, keeping the statistics', () => {
    const result = anonymiseCase(closed, customer, actors.manager, later, 6);
    if (!result.ok) throw new Error(result.missing.join('; '));
    const c = result.case;
    expect(statistics(c)).toEqual(statistics(closed));
    expect(c.customerId).not.toBe(closed.customerId);
    expect(isAnonymisedCase(c)).toBe(true);
    expect([c.nature, c.stepsTaken, c.desiredOutcome, c.findings?.factsEstablished, c.response?.summary, c.conversations[0]?.summary]).toEqual(Array(6).fill(ANONYMISED_TEXT));
    expect(c.conversations[0]?.people.map((p) => p.name)).toEqual([ANONYMISED_TEXT, ANONYMISED_TEXT]);
    expect(c.attachments[0]).toMatchObject({ name: 'File 1.pdf', mimeType: 'application/pdf', sizeBytes: 48_213, sha256: REMOVED_FILE_SHA256 });
    expect(c.closeRecord?.lessonsLearned).toBe('Renewals must close the previous supply record.');
    expect(c.reference).toBe(closed.reference);
    expect([c.version, c.updatedAt]).toEqual([closed.version + 1, later]);
    expect(result.customer).toEqual({ id: c.customerId, name: ANONYMISED_CUSTOMER_NAME, anonymisedAt: later });
    expect(result.event).toMatchObject({ caseId: closed.id, action: 'anonymise', actorId: actors.manager.userId, at: later, before: null });
  });

  it.each([
    [actors.agent, 'Only a complaints manager can anonymise a case'],
    [actors.admin, 'Only a complaints manager can anonymise a case'],
  ])('refuses %o', (actor, message) => {
    expect(anonymiseCase(closed, customer, actor, later, 6)).toEqual({ ok: false, missing: [message] });
  });

  it('refuses a case not yet past retention, saying from when it can be', () => {
    expect(anonymiseCase(closed, customer, actors.manager, '2032-12-10T10:00:00.000Z', 6)).toEqual({
      ok: false,
      missing: ['This case ended on 11/12/2026 and is kept for 6 years: it can be anonymised from 11/12/2032'],
    });
    expect(anonymiseCase(closed, customer, actors.manager, '2028-12-11T10:00:00.000Z', 2).ok).toBe(true);
  });

  it('refuses a live case, and a second anonymisation', () => {
    expect(anonymiseCase(caseAt('investigating'), customer, actors.manager, later, 6)).toMatchObject({ ok: false });
    const once = anonymiseCase(closed, customer, actors.manager, later, 6);
    if (!once.ok) throw new Error('first refused');
    expect(anonymiseCase(once.case, once.customer, actors.manager, later, 6)).toEqual({ ok: false, missing: [ALREADY_ANONYMISED] });
  });

  it('leaves no action open on an anonymised case, for anyone', () => {
    const once = anonymiseCase(closed, customer, actors.manager, later, 6);
    if (!once.ok) throw new Error('refused');
    for (const actor of [actors.manager, actors.agent]) {
      const actions = allowedActions(once.case, actor, later, settings);
      expect(actions.length).toBeGreaterThan(10);
      expect(actions.filter((a) => a.allowed || a.relevant)).toEqual([]);
      expect(new Set(actions.flatMap((a) => a.missing))).toEqual(new Set([ALREADY_ANONYMISED]));
    }
    // The same case before anonymising still had actions open (a correction, a reopening...).
    expect(allowedActions(closed, actors.manager, later, settings).some((a) => a.relevant)).toBe(true);
    const note = { type: 'recordConversation' as const, conversationId: 'c-late', on: '2033-01-05', channel: 'telephone' as const, people: [{ name: 'The customer' }], summary: 'Rang again.' };
    expect(applyAction(once.case, note, actors.manager, later, settings)).toEqual({ ok: false, missing: [ALREADY_ANONYMISED] });
  });

  it("withholds a staff complaint's employee account and keeps its checklist states", () => {
    const c = staffCaseAt('closed');
    const result = anonymiseCase(c, customer, actors.manager, later, 6);
    if (!result.ok) throw new Error(result.missing.join('; '));
    const process = result.case.employeeProcess;
    expect(process?.opportunityToExplain).toMatchObject({ status: 'done', account: ANONYMISED_TEXT });
    expect(JSON.stringify(result.case)).not.toContain('I read the old tariff');
    expect(result.case.namedStaffUserIds).toEqual(c.namedStaffUserIds);
  });
});

describe('a customer whose name is also a word the case uses', () => {
  it('keeps the choices and deadline states that happen to read like the name', () => {
    const closed = caseAt('closed');
    const oddlyNamed: Customer = { ...customer, name: 'Met Due Billing' };
    const result = anonymiseCase({ ...closed, closeRecord: { ...closed.closeRecord!, lessonsLearned: 'Met Due Billing rang: billing renewals need a check' } }, oddlyNamed, actors.manager, later, 6);
    if (!result.ok) throw new Error(result.missing.join('; '));
    expect(result.case.closeRecord?.deadlineRecord).toEqual(closed.closeRecord?.deadlineRecord);
    expect(result.case.category).toBe('billing');
    expect(result.case.closeRecord?.lessonsLearned).toBe(`${ANONYMISED_TEXT} rang: ${ANONYMISED_TEXT} renewals need a check`);
  });
});

describe('anonymisedEventContent', () => {
  it("replaces the customer's details and free text in earlier events, keeping their shape", () => {
    const history = caseHistoryAt('closed');
    const terms = anonymiseTerms(history.case, customer, history.events.flatMap((e) => [e.before, e.after]));
    const received = history.events[0]!;
    const content = anonymisedEventContent(received, terms);
    expect(content.summary).toBe(received.summary);
    expect(Object.keys(content.after as object).sort()).toEqual(Object.keys(received.after as object).sort());
    const text = JSON.stringify(history.events.map((e) => anonymisedEventContent(e, terms)));
    for (const original of [customer.name, 'Billed twice for the November standing charge', 'november-bill.pdf', customer.id]) expect(text).not.toContain(original);
  });

  it('keeps only the kind of a correction, not its reason', () => {
    const terms = anonymiseTerms(caseAt('closed'), customer);
    const content = anonymisedEventContent({ action: 'correctCaseDetails', summary: 'Corrected the nature: customer Mrs W rang back', before: {}, after: {} }, terms);
    expect(content.summary).toBe(`Corrected the nature: ${ANONYMISED_TEXT}`);
  });
});

const firstNames = ['Jane', 'Tomasz', 'Aoife', 'Oluwaseun', 'Hamish', 'Priya'];
const surnames = ['Whitfield', 'Kowalczyk', 'Featherstonehaugh', 'Okonkwo', 'MacLeod', 'Ramaswamy'];
const arbitraryCustomer = fc.record({
  first: fc.constantFrom(...firstNames),
  last: fc.constantFrom(...surnames),
  digits: fc.stringMatching(/^\d{9}$/),
  account: fc.stringMatching(/^[A-Z]{2}\d{6}$/),
}).map(({ first, last, digits, account }): Customer => ({
  id: 'customer-1',
  name: `${first} ${last}`,
  phone: `07${digits}`,
  email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
  accountNumber: account,
  address: { line1: `${digits.slice(0, 2)} ${last} Road`, town: 'Leeds', postcode: 'LS1 4AB' },
}));
const stages = ['closed', 'withdrawn', 'resolved-at-first-contact', 'enquiry'] as const;

/** A finished case whose free texts mention the customer in passing, as staff write them. */
function caseMentioning(stage: (typeof stages)[number], who: Customer, staffCase: boolean): ComplaintCase {
  const c = staffCase && stage !== 'enquiry' ? staffCaseAt(stage) : caseAt(stage);
  const mention = `Spoke to ${who.name} on ${who.phone} (${who.email}), account ${who.accountNumber}`;
  return {
    ...c,
    nature: mention,
    improvementActions: c.improvementActions.map((a) => ({ ...a, what: `${a.what} after ${who.name} rang` })),
    ...(c.closeRecord ? { closeRecord: { ...c.closeRecord, lessonsLearned: `${mention}. Renewals must close the old record.` } } : {}),
  };
}

describe('anonymising, for any customer and finished case', () => {
  const property = fc.record({ who: arbitraryCustomer, stage: fc.constantFrom(...stages), staffCase: fc.boolean() });

  it('leaves no name, contact or account number anywhere in the case', () => {
    fc.assert(
      fc.property(property, ({ who, stage, staffCase }) => {
        const c = caseMentioning(stage, who, staffCase);
        const result = anonymiseCase(c, who, actors.manager, '2040-01-01T10:00:00.000Z', 6);
        if (!result.ok) throw new Error(result.missing.join('; '));
        const text = JSON.stringify([result.case, result.customer, result.event]).toLowerCase();
        for (const original of [who.name, ...who.name.split(' '), who.phone!, who.email!, who.accountNumber!, who.address!.line1, who.id]) {
          expect(text).not.toContain(original.toLowerCase());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the statistics, and a second pass changes nothing more', () => {
    fc.assert(
      fc.property(property, ({ who, stage, staffCase }) => {
        const c = caseMentioning(stage, who, staffCase);
        const result = anonymiseCase(c, who, actors.manager, '2040-01-01T10:00:00.000Z', 6);
        if (!result.ok) throw new Error(result.missing.join('; '));
        expect(statistics(result.case)).toEqual(statistics(c));
        const again = anonymisedContent(result.case, anonymiseTerms(result.case, result.customer));
        expect(again).toEqual(result.case);
      }),
      { numRuns: 60 },
    );
  });
});

describe('anonymising the side records', () => {
  it("replaces consents' recipients, agency and Ombudsman references and their summaries, keeping kinds and dates", () => {
    const closed = caseAt('closed');
    const c: ComplaintCase = {
      ...closed,
      consents: [{ id: 'k1', recipient: { kind: 'customer-representative', name: 'Tom Whitfield (son)' }, purpose: 'To speak for his mother', givenAt: '2026-11-24T10:00:00.000Z', how: 'telephone', recordedById: 'user-agent', recordedAt: '2026-11-24T10:00:00.000Z' }],
      holds: [{ id: 'h1', agency: 'Ofgem', reference: 'OFG-2026-0417', decidedById: 'user-manager', placedAt: '2026-11-25T10:00:00.000Z', from: '2026-11-25', to: '2026-12-01' }],
      ombudsman: {
        referredOn: '2027-01-20',
        reference: 'EO-55120',
        recordedById: 'user-manager',
        recordedAt: '2027-01-20T10:00:00.000Z',
        decision: { decision: 'upheld', decidedOn: '2027-03-01', summary: 'Mrs Whitfield was right', remedies: [{ kind: 'payment', amountPence: 5000 }], recordedById: 'user-manager' },
        remedyCompletedOn: '2027-03-10',
      },
    };
    const result = anonymiseCase(c, customer, actors.manager, '2034-01-01T10:00:00.000Z', 6);
    if (!result.ok) throw new Error(result.missing.join('; '));
    const out = result.case;
    expect(out.consents[0]).toMatchObject({ recipient: { kind: 'customer-representative', name: ANONYMISED_TEXT }, purpose: ANONYMISED_TEXT, givenAt: '2026-11-24T10:00:00.000Z' });
    expect(out.holds[0]).toMatchObject({ agency: 'Ofgem', reference: ANONYMISED_TEXT, from: '2026-11-25', to: '2026-12-01' });
    expect(out.ombudsman).toMatchObject({ reference: ANONYMISED_TEXT, referredOn: '2027-01-20', decision: { decision: 'upheld', summary: ANONYMISED_TEXT, remedies: [{ kind: 'payment', amountPence: 5000 }] } });
    expect(JSON.stringify(out)).not.toMatch(/Whitfield|EO-55120|OFG-2026-0417/);
  });
});
