// What synthetic complaints say: an energy broker's customers on bills, renewals, switches, fees and service.
import type { ComplaintCategory, RootCause } from '../../../shared/model';
import type { Random } from './random';

const SUPPLIERS = ['British Gas', 'EDF', 'E.ON Next', 'Octopus Energy', 'OVO', 'ScottishPower', 'TotalEnergies', 'SSE', 'Opus Energy',
  'Drax', 'Engie', 'Corona Energy', 'Smartest Energy', 'Crown Gas and Power'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FUELS = ['gas', 'electricity', 'dual fuel'];

type Template = (r: Random, fill: Fill) => string;
interface Fill {
  supplier: string;
  month: string;
  fuel: string;
  pounds: string;
}

const NATURE: Record<ComplaintCategory, Template[]> = {
  billing: [
    (_, f) => `Billed twice for the ${f.month} ${f.fuel} standing charge after the renewal with ${f.supplier}.`,
    (_, f) => `Final bill from ${f.supplier} after the switch shows £${f.pounds} the customer says was already paid.`,
    (_, f) => `Estimated ${f.fuel} bills for six months despite monthly meter readings being sent; back-bill of £${f.pounds}.`,
    (_, f) => `VAT charged at 20% instead of 5% on the ${f.fuel} account although the business qualifies for the lower rate.`,
  ],
  'contract-renewal': [
    (_, f) => `Contract rolled over onto ${f.supplier} out-of-contract ${f.fuel} rates without the renewal notice arriving.`,
    (_, f) => `Renewal quoted at one unit rate on the phone but the ${f.supplier} contract shows a higher rate.`,
    (_, f) => `Customer asked for a one-year fixed ${f.fuel} contract and was signed up for three years.`,
  ],
  switching: [
    (r, f) => `Switch to ${f.supplier} delayed by ${r.int(3, 12)} weeks; customer left paying deemed ${f.fuel} rates meanwhile.`,
    (_, f) => `Objection raised by the old supplier was never passed on; the ${f.fuel} switch silently failed in ${f.month}.`,
    (_, f) => `Two suppliers are billing for the same ${f.fuel} meter after the switch in ${f.month}.`,
  ],
  'mis-selling': [
    (_, f) => `Customer says the adviser promised a fixed price but the ${f.supplier} contract is variable.`,
    () => 'Adviser said there was no exit fee; the supplier has now charged a termination fee on leaving.',
    (_, f) => `Sold a green ${f.fuel} tariff that turned out to have no renewable backing.`,
  ],
  'broker-fees': [
    (r) => `Broker commission of ${r.int(1, 4)}.${r.int(0, 9)}p per kWh was added to the unit rate and never disclosed before signing.`,
    (_, f) => `Customer found the broker fee on the ${f.supplier} contract only after the first bill of £${f.pounds}.`,
  ],
  'customer-service': [
    (r) => `Promised call-backs on ${r.int(2, 5)} separate days never came; the customer had to chase every time.`,
    () => 'Emails to the account manager went unanswered for three weeks during the renewal.',
    (_, f) => `Customer was passed between the broker and ${f.supplier} with neither taking ownership of the problem.`,
  ],
  metering: [
    (_, f) => `Smart meter fitted in ${f.month} has not sent readings since; every ${f.fuel} bill is estimated.`,
    (_, f) => `Meter exchange appointment missed twice by ${f.supplier}'s engineer; the customer took time off work each time.`,
    () => 'The meter serial number on the contract does not match the meter on site, so bills are for the wrong supply.',
  ],
  payments: [
    (_, f) => `Direct debit taken twice in ${f.month}; refund of £${f.pounds} still outstanding.`,
    (_, f) => `Credit balance of £${f.pounds} not returned after leaving ${f.supplier}.`,
    () => 'Direct debit increased without notice, leaving the business account overdrawn.',
  ],
  'data-protection': [
    () => "Customer received a quote addressed to another business containing that business's details.",
    () => 'Marketing calls continued after the customer asked for their number to be removed.',
  ],
  other: [
    (_, f) => `Customer unhappy with how the ${f.fuel} contract paperwork was explained and wants a review.`,
    () => 'Letter of authority was used to contact suppliers after the customer withdrew it.',
  ],
};

const STAFF_NATURE = [
  'The adviser was rude on the phone and hung up on the customer twice.',
  'The customer says the account manager pressured them into signing on the spot.',
  'The adviser shared the customer’s renewal quote with their landlord without permission.',
  'The customer was told by the adviser that they would be taken to court if they complained.',
];

function fill(r: Random): Fill {
  return { supplier: r.pick(SUPPLIERS), month: r.pick(MONTHS), fuel: r.pick(FUELS), pounds: `${r.int(40, 2400)}.${String(r.int(0, 99)).padStart(2, '0')}` };
}

export function natureOf(r: Random, category: ComplaintCategory, aboutStaff: boolean): string {
  if (aboutStaff) return r.pick(STAFF_NATURE);
  return r.pick(NATURE[category])(r, fill(r));
}

export const CAUSES: Record<ComplaintCategory, RootCause[]> = {
  billing: ['systems', 'supplier', 'process'],
  'contract-renewal': ['process', 'communication', 'supplier'],
  switching: ['supplier', 'third-party', 'process'],
  'mis-selling': ['people-and-training', 'product-or-policy'],
  'broker-fees': ['communication', 'product-or-policy'],
  'customer-service': ['people-and-training', 'process'],
  metering: ['supplier', 'third-party'],
  payments: ['systems', 'supplier'],
  'data-protection': ['process', 'systems', 'people-and-training'],
  other: ['customer-misunderstanding', 'no-fault-found', 'other'],
};

export const FINDINGS = [
  ['The supplier applied the renewal before the old contract ended, creating an overlap.', 'Renewal dates were keyed wrongly at sign-up.'],
  ['Call recordings confirm the customer was not told about the commission.', 'The disclosure script was skipped.'],
  ['The switch was blocked by an objection for debt that the old supplier did not explain.', 'No check on objections before confirming the switch.'],
  ['The meter readings were received but not passed to the supplier.', 'The readings inbox was not monitored during staff absence.'],
  ['Records show the contract matches what the customer signed.', 'The customer misread the contract length.'],
] as const;

export const LESSONS = [
  'Check renewal dates against the supplier’s confirmation before sign-off.',
  'Read the commission disclosure on every call and record that it was read.',
  'Pass objections to the customer the same day.',
  'Cover the meter-readings inbox during absences.',
  'Explain contract length in writing before signing.',
];

export const CONVERSATIONS = [
  'Customer explained the problem and sent the bill by email.',
  'Called the supplier; they confirmed the duplicate charge and will refund.',
  'Customer asked for an update; told the investigation is under way.',
  'Left a voicemail asking the customer to call back about the meter readings.',
];
