// Which tables hold sealed rows, whose key seals each row, and what a sealed row keeps in clear for the indexes
// (docs/sealed-records.md, "What a sealed row keeps in clear").
import { isConfidential } from '../../../shared/policy';
import type { SealedEnvelope } from '../../../shared/sealed';
import type { ComplaintCase } from '../../../shared/model';
import type { Keyring } from './keyring';

/** Whose key seals a row: a case's key, or a user's personal key. */
export type Owner = { kind: 'case'; caseId: string } | { kind: 'personal'; userId: string };

/** A row as stored when sealed: the clear fields, the envelope of the rest, and a file's bytes apart. */
export interface SealedRow {
  sealed: SealedEnvelope;
  sealedBytes?: SealedEnvelope;
  [clear: string]: unknown;
}

type Row = Record<string, unknown>;

export interface SealedTable {
  /** The blob field sealed as bytes (attachmentBlobs, draftFiles). */
  blobField?: string;
  /** The owner of a row being written, or null to write it in clear. */
  ownerOf(row: Row, ring: Keyring): Owner | null;
  /** The owner of a stored sealed row, from its clear fields. */
  storedOwner(row: Row): Owner;
  rowId(row: Row): string;
  clear(row: Row, owner: Owner): Row;
}

const pick = (row: Row, fields: readonly string[]): Row => Object.fromEntries(fields.filter((f) => row[f] !== undefined).map((f) => [f, row[f]]));
const caseOwner = (caseId: unknown): Owner => ({ kind: 'case', caseId: String(caseId) });
const personal = (userId: unknown): Owner => ({ kind: 'personal', userId: String(userId) });

/** Rows of a case: sealed when the case is. */
function childTable(extraClear: readonly string[] = [], blobField?: string): SealedTable {
  return {
    ...(blobField ? { blobField } : {}),
    ownerOf: (row, ring) => (ring.sealedCases.has(String(row.caseId)) ? caseOwner(row.caseId) : null),
    storedOwner: (row) => caseOwner(row.caseId),
    rowId: (row) => String(row.id ?? row.page),
    clear: (row) => pick(row, ['caseId', 'id', 'page', ...extraClear]),
  };
}

/** The retention review's indexes (schema version 4): the dates a case ended, which name no one. */
function caseEndDates(row: Row): Row {
  const out: Row = {};
  for (const [field, date] of [
    ['closeRecord', 'closedAt'],
    ['firstContactResolution', 'resolvedAt'],
    ['withdrawal', 'withdrawnAt'],
    ['enquiry', 'recordedAt'],
  ] as const) {
    const part = row[field] as Row | undefined;
    if (part && part[date] !== undefined) out[field] = { [date]: part[date] };
  }
  return out;
}

/** The work list's index columns of a confidential case's row: when it is due and where it stands, no more. */
export const CLEAR_CASE_ROW_FIELDS = [
  'caseId',
  'version',
  'confidential',
  'dueSort',
  'stage',
  'kind',
  'channel',
  'category',
  'assigneeId',
  'receivedAt',
  'onHold',
  'viewerIds',
  'recordedById',
  // Schema version 6: the audience partition and the roles it admits or keeps out; the employees named stay sealed.
  'audience',
  'audienceRule',
  'viewerRoles',
  'hiddenFromRoles',
] as const;

export const sealedTables: Record<string, SealedTable> = {
  cases: {
    ownerOf: (row, ring) => (isConfidential(row as unknown as ComplaintCase) || ring.sealedCases.has(String(row.id)) ? caseOwner(row.id) : null),
    storedOwner: (row) => caseOwner(row.id),
    rowId: (row) => String(row.id),
    clear: (row) => ({ ...pick(row, ['id', 'version']), ...caseEndDates(row) }),
  },
  caseRows: {
    ownerOf: (row, ring) => (row.confidential === 1 || ring.sealedCases.has(String(row.caseId)) ? caseOwner(row.caseId) : null),
    storedOwner: (row) => caseOwner(row.caseId),
    rowId: (row) => String(row.caseId),
    // The reference is the index's tie-breaker: an opaque token (the case id) stands in for it.
    clear: (row) => ({ ...pick(row, CLEAR_CASE_ROW_FIELDS), reference: row.caseId, sortReference: row.caseId }),
  },
  customers: {
    ownerOf: (row, ring) => {
      const caseId = ring.sealedCustomers.get(String(row.id));
      return caseId ? caseOwner(caseId) : null;
    },
    storedOwner: (row) => caseOwner(row.sealedFor),
    rowId: (row) => String(row.id),
    clear: (row, owner) => ({ id: row.id, sealedFor: owner.kind === 'case' ? owner.caseId : '' }),
  },
  timeline: childTable(),
  conversations: childTable(),
  attachments: childTable(),
  attachmentBlobs: childTable([], 'blob'),
  consents: childTable(),
  holds: childTable(),
  referrals: childTable(),
  improvementActions: childTable(),
  letters: childTable(),
  drafts: {
    ownerOf: (row, ring) => (ring.personalKeyOf(String(row.userId)) ? personal(row.userId) : null),
    storedOwner: (row) => personal(row.userId),
    rowId: (row) => `${String(row.userId)}\u0001${String(row.form)}`,
    clear: (row) => pick(row, ['userId', 'form', 'savedAt']),
  },
  draftFiles: {
    blobField: 'blob',
    ownerOf: (row, ring) => (ring.personalKeyOf(String(row.userId)) ? personal(row.userId) : null),
    storedOwner: (row) => personal(row.userId),
    rowId: (row) => String(row.id),
    clear: (row) => pick(row, ['id', 'userId', 'form', 'addedAt']),
  },
};

export function isSealedRow(row: unknown): row is SealedRow {
  return row !== null && typeof row === 'object' && 'sealed' in row && (row as { sealed?: unknown }).sealed !== undefined;
}
