// Schema version 6: the case list's indexes partitioned by the case's audience (who may see it, from the policy)
// instead of a confidential flag, and the edition of the rule each row was derived under.
import { rebuildAllAudiences } from './audience-rows';
import { caseRowIndexesV5 } from './v5';

export const caseRowIndexesV6 = [...caseRowIndexesV5.map((index) => index.replace('[confidential+', '[audience+')), 'audienceRule'];

export const storesV6: Record<string, string> = {
  caseRows: caseRowIndexesV6.join(', '),
};

export const upgradeToV6 = rebuildAllAudiences;
