// The New complaint form as an email or a scanned letter fills it: pure, so the benchmark can time it outside a browser.
import type { ReceivedEmail } from '../../../shared/email/received-email';
import type { Customer } from '../../../shared/model';
import { instantToLondonInput } from '../../ui/case-form/form-values';
import { customerLabel } from './customer-label';
import { emptyCustomer, type IntakeValues } from './intake-values';

const NATURE_MAX = 20_000;

/** The form after an email: channel Email, received when the email says it was sent, the sender, its words. */
export function emailFormValues(current: IntakeValues, email: ReceivedEmail, customer: Customer | null, now: Date): IntakeValues {
  const sent = email.sentAt ?? email.deliveredAt ?? now.toISOString();
  const words = [email.subject, email.text].filter((part) => part.trim() !== '').join('\n\n');
  const sender = customer
    ? { ...emptyCustomer(), existingId: customer.id, existingLabel: customerLabel(customer) }
    : { ...emptyCustomer(), name: email.from.name, email: email.from.address };
  return { ...current, channel: 'email', receivedAt: instantToLondonInput(sent), customer: sender, nature: words.length > NATURE_MAX ? words.slice(0, NATURE_MAX) : words };
}

/** A scanned letter: channel Letter, received on the post room's date (09:00, or now if that is earlier today). */
export function letterFormValues(current: IntakeValues, postRoomDate: string, now: Date): IntakeValues {
  const nine = `${postRoomDate}T09:00`;
  const nowInput = instantToLondonInput(now);
  return { ...current, channel: 'letter', receivedAt: nowInput < nine ? nowInput : nine };
}
