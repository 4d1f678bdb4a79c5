// Whether a case has been anonymised: such a case takes no further action of any kind (see workflow/apply.ts).
import type { ComplaintCase } from '../../model';

/** An anonymised case belongs to a customer record of its own, so nothing links it to the person any more. */
export const ANONYMISED_CUSTOMER_PREFIX = 'anonymised-';

export const ALREADY_ANONYMISED = 'This case has already been anonymised: nothing more can be recorded on it or done to it';

export function isAnonymisedCase(c: Pick<ComplaintCase, 'customerId'>): boolean {
  return c.customerId.startsWith(ANONYMISED_CUSTOMER_PREFIX);
}
