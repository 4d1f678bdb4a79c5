// The server's endpoints, named once for both ends (bodies are the schemas beside this file).
import { API_PREFIX } from './version';

export const routes = {
  /** POST signInRequest → signInResponse. */
  signIn: `${API_PREFIX}/session`,
  /** GET → sessionResponse; DELETE signs this session out. */
  session: `${API_PREFIX}/session`,
  /** POST pullRequest → pullResponse. */
  pull: `${API_PREFIX}/pull`,
  /** POST pushRequest → pushResponse. */
  push: `${API_PREFIX}/push`,
  /** PUT raw bytes → uploadResponse; GET → the bytes. */
  attachment: (sha256: string) => `${API_PREFIX}/attachments/${sha256}`,
  /** PUT putSettingRequest → putSettingResponse (administrators). */
  setting: (key: string) => `${API_PREFIX}/settings/${key}`,
  /** POST createAccountRequest → accountResponse (administrators). */
  accounts: `${API_PREFIX}/accounts`,
  /** GET → accountListResponse (administrators): every account with its user name. */
  /** PATCH updateAccountRequest → accountResponse (administrators). */
  account: (userId: string) => `${API_PREFIX}/accounts/${userId}`,
  /** POST (no body) → accountResponse: a complaints manager confirms another account's request to become one. */
  confirmManager: (userId: string) => `${API_PREFIX}/accounts/${userId}/confirm-manager`,
  /** POST historyRequest → historyResponse: the timelines of cases the user may see, asked for by id. */
  history: `${API_PREFIX}/history`,
  /** POST heldCasesRequest → heldCasesResponse: which of the cases a restored desk holds it must purge. */
  heldCases: `${API_PREFIX}/held-cases`,
  /** PUT putKeysRequest (the signed-in user's own key record); GET → myKeysResponse. */
  keys: `${API_PREFIX}/keys`,
  /** PUT putEndorsementRequest: a signature that the account's current public key is theirs (store/sync/key-trust.ts). */
  endorsement: (userId: string) => `${API_PREFIX}/keys/${userId}/endorsement`,
  /** POST deskUploadRequest → deskUploadResponse: a joining desk's own cases, once (complaints managers). */
  deskUpload: `${API_PREFIX}/desk-upload`,
  /** GET → { ok, protocolVersion } without signing in (load balancers, the desk's "test connection"). */
  health: `${API_PREFIX}/health`,
} as const;
