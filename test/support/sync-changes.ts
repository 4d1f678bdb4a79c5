// Push changes as a desk would build them: a complaint received, a workflow action, a logged event.
import { randomUUID } from 'node:crypto';
import type { Customer } from '../../shared/model';
import type { CaseAction } from '../../shared/policy';
import type { PendingEvent, PushChange } from '../../shared/sync';

export const AT = '2026-11-23T10:00:00.000Z';

export function newCustomer(name: string, overrides: Partial<Customer> = {}): Customer {
  return { id: randomUUID(), name, phone: '020 7946 0000', email: 'customer@example.co.uk', ...overrides };
}

export interface ReceiveOptions {
  customer?: Customer | { existingId: string };
  nature?: string;
  namedStaffUserIds?: string[];
  concernsStaff?: boolean;
  takenById: string;
  caseId?: string;
}

export function receiveChange(o: ReceiveOptions): PushChange {
  const customer = o.customer ?? newCustomer('Gwen Customer');
  return {
    changeId: randomUUID(),
    caseId: o.caseId ?? randomUUID(),
    baseVersion: 0,
    body: {
      type: 'receive',
      customer: 'existingId' in customer ? customer : { details: customer },
      complaint: {
        kind: 'complaint',
        channel: 'telephone',
        receivedAt: AT,
        takenById: o.takenById,
        nature: o.nature ?? 'The bill was estimated twice in a row',
        concernsStaff: o.concernsStaff ?? (o.namedStaffUserIds?.length ?? 0) > 0,
        namedStaffUserIds: o.namedStaffUserIds ?? [],
      },
      recordedAt: AT,
    },
  };
}

export function actionChange(caseId: string, baseVersion: number, action: CaseAction, takenAt = '2026-11-24T10:00:00.000Z'): PushChange {
  return { changeId: randomUUID(), caseId, baseVersion, body: { type: 'action', action, takenAt } };
}

export function eventsChange(caseId: string, events: Omit<PendingEvent, 'id'>[]): PushChange {
  return { changeId: randomUUID(), caseId, baseVersion: 0, body: { type: 'events', events: events.map((e) => ({ id: randomUUID(), ...e })) } };
}
