// Which texts of a record name a member of staff's account, read through the field catalogue, and the record with
// those accounts replaced: how a desk's cases from before it joined the office server take the server's accounts.
import { eachText, fieldFacts, mapText } from './field-catalogue';

/**
 * A text names an account when the catalogue calls its field a staff identity (the employee a complaint is about,
 * the person the customer dealt with) or an id (who recorded, who investigates, an event's actor: the statistics
 * named …Id, …ById, …UserIds) and it is one of the accounts' ids. Free text is never read as an account: a
 * name typed in a summary stays as typed.
 */
function namesAccount(key: string | undefined): boolean {
  const privacy = key === undefined ? undefined : fieldFacts(key)?.privacy;
  return privacy === 'staff-identity' || privacy === 'statistic';
}

/** The ids among `accountIds` that `record` names anywhere (a case, an event with its before and after). */
export function accountsNamed(record: unknown, accountIds: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  eachText(record, (text, key) => {
    if (accountIds.has(text) && namesAccount(key)) named.add(text);
  });
  return named;
}

/** A copy of `record` with every account `map` knows replaced by the account it maps to. */
export function remapAccounts<T>(record: T, map: ReadonlyMap<string, string>): T {
  return mapText(record, (text, key) => (namesAccount(key) ? (map.get(text) ?? text) : text));
}
