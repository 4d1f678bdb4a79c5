// A desk with customers whose cases ended long ago, with conversations and files, for the privacy store tests.
import type { ComplaintCase } from '../../../shared/model';
import type { ComplaintsDatabase } from '../../../renderer/store/db';
import { addAttachment } from '../../../renderer/store/attachments';
import { acted, actors, newCustomerInput, recorded, staff, staffComplaintInput } from '../store/store-fixtures';

export const ended = '2019-11-23T15:00:00.000Z';
/** More than six years after `ended`. */
export const muchLater = '2026-11-30T10:00:00.000Z';

export interface Person {
  name: string;
  email: string;
  phone: string;
  accountNumber: string;
}

export const jane: Person = { name: 'Jane Whitfield', email: 'jane.whitfield@example.co.uk', phone: '01632 960 001', accountNumber: 'ACC-00417' };
export const omar: Person = { name: 'Omar Haddad', email: 'omar.haddad@example.com', phone: '01632 960 777', accountNumber: 'ACC-99881' };

export const janeNature = 'Billed twice for the standing charge at 12 Mill Lane';
export const janeConversation = 'Jane Whitfield said the supplier sent her to us';
export const janeFileText = 'Bill for Jane Whitfield, account ACC-00417';

function input(who: Person, nature: string, staffCase = false) {
  const base = staffCase ? staffComplaintInput() : newCustomerInput();
  return {
    ...base,
    customer: { details: { name: who.name, phone: who.phone, email: who.email, accountNumber: who.accountNumber } },
    complaint: { ...base.complaint, receivedAt: '2019-11-20T10:00:00.000Z', nature },
  };
}

/** A complaint about `who`, with a conversation and a file, withdrawn on `ended`. */
export async function endedCase(db: ComplaintsDatabase, who: Person, nature: string, options: { staffCase?: boolean; existingCustomerId?: string } = {}): Promise<ComplaintCase> {
  const by = options.staffCase ? actors.manager : actors.agent;
  const fresh = input(who, nature, options.staffCase);
  const c = await recorded(db, actors.agent, options.existingCustomerId ? { ...fresh, customer: { existingId: options.existingCustomerId } } : fresh, '2019-11-20T10:05:00.000Z');
  const talked = await acted(db, c, [
    [{ type: 'recordConversation', conversationId: 'conversation-1', on: '2019-11-20', channel: 'telephone', people: [{ name: who.name }, { name: staff.agent.name, userId: staff.agent.id }], summary: `${who.name} said the supplier sent them to us` }, by, '2019-11-21T10:00:00.000Z'],
  ]);
  const file = new Blob([new TextEncoder().encode(`Bill for ${who.name}, account ${who.accountNumber}`)], { type: 'text/plain' });
  const attached = await addAttachment(db, { caseId: c.id, expectedVersion: talked.version, file, name: `${who.name} bill.txt`, source: 'customer' }, by, '2019-11-21T11:00:00.000Z');
  if (!attached.ok) throw new Error(attached.missing.join('; '));
  return acted(db, attached.case, [[{ type: 'withdraw', withdrawnAt: ended, how: 'email', reason: `${who.name} was refunded by the supplier` }, by, ended]]);
}
