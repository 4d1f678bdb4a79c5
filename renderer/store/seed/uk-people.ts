// Synthetic UK customers: people and small businesses, addresses with real postcode areas, Ofcom drama numbers.
import type { Customer } from '../../../shared/model';
import type { Random } from './random';

const FIRST_NAMES = ('Oliver Amelia George Olivia Harry Isla Jack Ava Jacob Emily Noah Sophia Charlie Grace Muhammad Mia Thomas Poppy ' +
  'Oscar Ella William Lily James Evie Henry Jessica Leo Sophie Alfie Freya Joshua Chloe Freddie Ruby Archie Daisy Ethan Alice ' +
  'Isaac Florence Alexander Phoebe Joseph Isabella Edward Millie Samuel Evelyn Max Harriet Daniel Sienna Arthur Matilda Lucas ' +
  'Eleanor Mohammed Layla Dylan Aisha Rhys Niamh Callum Siobhan Eilidh Fraser Morag Gareth Bethan Dafydd Cerys Priya Arjun ' +
  'Ravi Anjali Tomasz Agnieszka Chidi Ngozi Kwame Ama Margaret Idris Maureen Derek Pauline Graham Brenda Keith Sandra').split(' ');

const SURNAMES = ('Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood Thompson ' +
  'White Watson Jackson Wright Green Harris Cooper King Lee Martin Clarke James Morgan Hughes Edwards Hill Moore Clark Harrison ' +
  'Scott Young Morris Hall Ward Turner Carter Phillips Mitchell Patel Adams Campbell Anderson Allen Cook Bailey Parker Miller ' +
  'Davis Murphy Price Bell Baker Griffiths Kelly Simpson Marshall Collins Bennett Cox Richardson Fox Gray Rose Chapman Hunt ' +
  'Robertson Shaw Reynolds Lloyd Ellis Richards Russell Wilkinson Khan Graham Stewart Reid Murray Powell Palmer Holmes Rogers ' +
  "Stevens Walsh Hunter Thomson Matthews Ross Owen Mason Knight Kennedy Butler Saunders O'Brien Ahmed Ali Begum Singh Kaur " +
  'Nowak Kowalski Okafor Mensah Oyelaran Bamford MacDonald McLaughlin Fitzgerald Pritchard Llewellyn Whitfield Osei Chen').split(' ');

const TRADES = ['Bakery', 'Joinery', 'Dental Practice', 'Garage', 'Café', 'Fish and Chips', 'Launderette', 'Florist', 'Print Works',
  'Veterinary Surgery', 'Hair Studio', 'Butchers', 'Hotel', 'Guest House', 'Brewery', 'Engineering', 'Nursery', 'Pharmacy',
  'Builders Merchants', 'Farm Shop', 'Pub and Kitchen', 'Cold Storage', 'Plastics', 'Vets', 'Gym', 'Bistro'];
const SUFFIXES = ['Ltd', 'Ltd', 'Limited', 'LLP', '& Sons Ltd', 'Group Ltd'];

/** Towns with their real postcode area and a dialling code from Ofcom's range for drama (never a real line). */
const TOWNS: readonly [town: string, area: string, phone: string][] = [
  ['Leeds', 'LS', '0113 496 0'], ['Manchester', 'M', '0161 496 0'], ['Birmingham', 'B', '0121 496 0'], ['Bristol', 'BS', '0117 496 0'],
  ['Cardiff', 'CF', '029 2018 0'], ['Glasgow', 'G', '0141 496 0'], ['Edinburgh', 'EH', '0131 496 0'], ['Belfast', 'BT', '028 9649 6'],
  ['Sheffield', 'S', '0114 496 0'], ['Newcastle upon Tyne', 'NE', '0191 498 0'], ['Nottingham', 'NG', '0115 496 0'],
  ['Leicester', 'LE', '0116 496 0'], ['Liverpool', 'L', '0151 496 0'], ['London', 'SE', '020 7946 0'], ['London', 'N', '020 7946 0'],
  ['Norwich', 'NR', '01632 960'], ['Exeter', 'EX', '01632 960'], ['Swansea', 'SA', '01632 960'], ['Aberdeen', 'AB', '01632 960'],
  ['York', 'YO', '01632 960'], ['Hull', 'HU', '01632 960'], ['Plymouth', 'PL', '01632 960'], ['Derby', 'DE', '01632 960'],
  ['Stoke-on-Trent', 'ST', '01632 960'], ['Brighton', 'BN', '01632 960'], ['Reading', 'RG', '0118 496 0'], ['Preston', 'PR', '01632 960'],
];
const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Mill Lane', 'Victoria Road', 'Park Avenue', 'Queen Street', 'King Street',
  'London Road', 'The Green', 'Market Place', 'Chapel Street', 'Manor Road', 'Albert Road', 'Bridge Street', 'New Road', 'Springfield Road',
  'Kings Road', 'Moor Lane', 'Westgate', 'Castle Street', 'Harbour Road', 'Canal Side', 'Orchard Close', 'Riverside Way'];
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const EMAIL_DOMAINS = ['example.co.uk', 'example.com', 'example.org', 'example.net'];

export interface Person {
  name: string;
  first: string;
  last: string;
}

export function personName(random: Random): Person {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return { first, last, name: `${first} ${last}` };
}

function postcode(random: Random, area: string): string {
  const letter = () => POSTCODE_LETTERS[random.int(0, POSTCODE_LETTERS.length - 1)] ?? 'A';
  return `${area}${random.int(1, 19)} ${random.int(1, 9)}${letter()}${letter()}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

/** A customer: a person (45%) or a small business (the broker's main trade), with an address, phone and account. */
export function syntheticCustomer(random: Random, id: string, serial: number): Customer {
  const [town, area, phone] = random.pick(TOWNS);
  const person = personName(random);
  const business = random.chance(0.55);
  const name = business ? `${random.chance(0.5) ? person.last : town} ${random.pick(TRADES)} ${random.pick(SUFFIXES)}` : person.name;
  const digits = String(random.int(0, 999)).padStart(3, '0');
  const mobile = `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
  const local = `${phone}${digits}`;
  return {
    id,
    name,
    phone: business || random.chance(0.4) ? local : mobile,
    ...(random.chance(0.8) ? { email: `${slug(business ? name.split(' ').slice(0, 2).join(' ') : person.name)}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}` } : {}),
    address: { line1: `${random.int(1, 220)} ${random.pick(STREETS)}`, town, postcode: postcode(random, area) },
    accountNumber: `JS${String(100_000 + serial).padStart(7, '0')}`,
  };
}
