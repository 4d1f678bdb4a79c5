// Schema version 2: the word index for searching cases (names, references, summaries) and customers by name.
import type { Transaction } from 'dexie';
import { caseWords, nameWords } from '../projections/words';
import type { CaseRow, StoredCustomer } from './records';
import { caseRowIndexesV1 } from './v1';

export const storesV2: Record<string, string> = {
  caseRows: [...caseRowIndexesV1, '*words'].join(', '),
  customers: 'id, nameKey, phoneKey, emailKey, accountKey, *nameWords',
};

/** Fills in the words of every case row and customer written by version 1. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<CaseRow, string>('caseRows')
    .toCollection()
    .modify((row) => {
      row.words = caseWords(row);
    });
  await tx
    .table<StoredCustomer, string>('customers')
    .toCollection()
    .modify((customer) => {
      customer.nameWords = nameWords(customer.name);
    });
}
