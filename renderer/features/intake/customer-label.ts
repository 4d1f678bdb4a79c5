// How a customer on the desk is named in a list or a chosen field: name, phone, email, account, postcode.
import type { Customer } from '../../../shared/model';

export function customerLabel(c: Customer): string {
  return [c.name, c.phone, c.email, c.accountNumber && `account ${c.accountNumber}`, c.address?.postcode].filter(Boolean).join(' · ');
}
