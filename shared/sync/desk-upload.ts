// A desk's own cases, uploaded once when it joins the office server: each case as the desk holds it, with its whole
// timeline and customer, and how the desk's accounts match the server's. The server checks the desk's chain, puts
// the server's accounts in, numbers the case where its reference would collide, chains the timeline again and
// closes it with an event recording the desk's verified chain head.
import { z } from 'zod';
import { complaintCaseShape, customer, entityId, timelineEvent, user } from '../model';
import { changeId } from './push';
import { sealedBlob } from './records';

/** Cases per upload request (a case with a long timeline is large; the body limit is the push's). */
export const MAX_UPLOAD_CASES = 20;
/** The action of the event that closes an uploaded case's desk history on the server. */
export const DESK_UPLOAD_ACTION = 'uploadedFromDesk';

/** One of the desk's accounts and the office server's account it becomes (null: none; a case naming it is refused). */
export const deskAccount = z
  .object({
    deskUserId: entityId('Desk account'),
    serverUserId: entityId('Office server account').nullable(),
  })
  .strict();
export type DeskAccount = z.infer<typeof deskAccount>;

export const uploadedCase = z
  .object({
    /** Chosen by the desk once per case and kept until it lands: sending it again never uploads the case twice. */
    changeId,
    case: complaintCaseShape,
    /** The case's timeline as the desk holds it, in order: the server checks its chain before anything is stored. */
    events: z.array(timelineEvent).min(1, 'Send the case’s timeline').max(20_000, 'A case’s timeline has at most 20,000 events'),
    customer,
    /** A complaint about staff, sealed by the desk as a push carries it (docs/sealed-records.md), with the server's accounts. */
    sealed: sealedBlob.optional(),
  })
  .strict();
export type UploadedCase = z.infer<typeof uploadedCase>;

export const deskUploadRequest = z
  .object({
    /** Every account of the desk, matched or not, so the server can refuse a case naming one left unmatched. */
    accounts: z.array(deskAccount).min(1, 'Send the desk’s accounts').max(2000, 'Send at most 2,000 accounts'),
    cases: z.array(uploadedCase).min(1, 'Send at least one case').max(MAX_UPLOAD_CASES, `Send at most ${MAX_UPLOAD_CASES} cases at once`),
  })
  .strict();
export type DeskUploadRequest = z.infer<typeof deskUploadRequest>;

export const deskUploadResult = z.discriminatedUnion('status', [
  z.object({
    changeId,
    status: z.literal('accepted'),
    caseId: z.string(),
    version: z.number().int(),
    /** The case's reference on the server: the desk's own when it was free, else a new one. */
    reference: z.string(),
    deskReference: z.string(),
  }),
  z.object({ changeId, status: z.literal('refused'), caseId: z.string(), reasons: z.array(z.string()).min(1) }),
]);
export type DeskUploadResult = z.infer<typeof deskUploadResult>;

export const deskUploadResponse = z.object({ results: z.array(deskUploadResult) });
export type DeskUploadResponse = z.infer<typeof deskUploadResponse>;

export const ONLY_MANAGERS_UPLOAD = 'A desk’s cases are uploaded by a complaints manager signed in at that desk';
export const UNMATCHED_ACCOUNT = (deskUserId: string) =>
  `The case names a desk account (${deskUserId}) that is not matched to an account on the office server: match it, then upload again`;
export const NOT_A_SERVER_ACCOUNT = (userId: string) => `The case names ${userId}, who has no account on the office server`;
export const CASE_ALREADY_ON_SERVER = 'A case with this id is already on the office server: it was not uploaded again';
export const FILE_NOT_UPLOADED = (fileName: string) => `The file “${fileName}” has not reached the office server: send its bytes first`;
export const UPLOADER_NAMED = 'This complaint names you: another complaints manager must upload it';
export const CUSTOMER_NOT_THE_CASES = 'The customer sent is not the one the case names';

/** GET /v1/accounts (administrators): every account with its user name, to match a joining desk's accounts by name. */
export const accountListResponse = z.object({ accounts: z.array(z.object({ user, userName: z.string() })) });
export type AccountListResponse = z.infer<typeof accountListResponse>;
