// Talking to the office server: each request carries the protocol version and the session's token, and each
// answer is checked against shared/sync's schema before the desk believes it.
import { z } from 'zod';
import type { TimelineEvent } from '../../../shared/model';
import type { KeyEndorsement } from '../../../shared/sealed';
import {
  accountListResponse,
  API_PREFIX,
  deskUploadResponse,
  heldCasesResponse,
  historyResponse,
  myKeysResponse,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  pullResponse,
  pushResponse,
  routes,
  sessionResponse,
  signInResponse,
  syncError,
  uploadResponse,
  type AccountListResponse,
  type DeskAccount,
  type DeskUploadResponse,
  type PullResponse,
  type PushChange,
  type UploadedCase,
  type PushResponse,
  type SessionResponse,
  type SignInResponse,
  type SyncErrorCode,
  type UserKeyRecordJson,
} from '../../../shared/sync';

/** Why a request failed: the server's code, or 'offline' when it could not be reached at all. */
export class SyncRequestError extends Error {
  override readonly name = 'SyncRequestError';
  constructor(
    readonly code: SyncErrorCode | 'offline' | 'bad-answer',
    message: string,
  ) {
    super(message);
  }
}

const healthAnswer = z.object({ ok: z.boolean(), protocolVersion: z.number().int() });

export const OFFLINE_MESSAGE = 'The office server cannot be reached: check the address and the network. The desk keeps working and sends its changes when the server is back.';

export interface WaitingPull {
  checkpoint: string;
  limit?: number;
  /** Seconds the server may hold the request open while nothing has changed for this user. */
  waitSeconds: number;
}

export class SyncClient {
  constructor(
    readonly origin: string,
    private token: string | null = null,
  ) {}

  get signedIn(): boolean {
    return this.token !== null;
  }

  signOut(): void {
    this.token = null;
  }

  private async request<T>(path: string, init: RequestInit, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    let response: Response;
    try {
      response = await fetch(`${this.origin}${path}`, { ...init, headers, signal: signal ?? null, credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new SyncRequestError('offline', OFFLINE_MESSAGE);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const refused = syncError.safeParse(body);
      if (refused.success) throw new SyncRequestError(refused.data.error, refused.data.message);
      throw new SyncRequestError('server-error', `The office server answered ${response.status} without saying why`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new SyncRequestError('bad-answer', `The office server's answer to ${path} was not understood: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  }

  private json(method: string, body: unknown): RequestInit {
    return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  }

  /** The connection test: no sign-in needed. */
  health(signal?: AbortSignal): Promise<{ ok: boolean; protocolVersion: number }> {
    return this.request(routes.health, { method: 'GET' }, healthAnswer, signal);
  }

  async signIn(userName: string, password: string, deskName?: string): Promise<SignInResponse> {
    const answer = await this.request(routes.signIn, this.json('POST', { userName, password, ...(deskName ? { deskName } : {}) }), signInResponse);
    this.token = answer.token;
    return answer;
  }

  session(): Promise<SessionResponse> {
    return this.request(routes.session, { method: 'GET' }, sessionResponse);
  }

  pull(checkpoint: string, limit: number, signal?: AbortSignal): Promise<PullResponse> {
    return this.request(routes.pull, this.json('POST', { checkpoint, limit }), pullResponse, signal);
  }

  /** A pull the server holds open until something this user may see changes (see store/sync/loop.ts). */
  waitForChanges(request: WaitingPull, signal?: AbortSignal): Promise<PullResponse> {
    return this.request(`${API_PREFIX}/pull/wait`, this.json('POST', request), pullResponse, signal);
  }

  push(changes: PushChange[]): Promise<PushResponse> {
    return this.request(routes.push, this.json('POST', { changes }), pushResponse);
  }

  /** The whole timelines of cases this user may see (a complaint about staff whose key reached them late). */
  async history(caseIds: string[]): Promise<TimelineEvent[]> {
    return (await this.request(routes.history, this.json('POST', { caseIds }), historyResponse)).events;
  }

  /** Which of the cases named (held by a restored desk) the signed-in user may not see now. */
  async heldCases(caseIds: string[]): Promise<string[]> {
    return (await this.request(routes.heldCases, this.json('POST', { caseIds }), heldCasesResponse)).purge;
  }

  /** The signed-in user's own key record as the server keeps it, or null when no desk has sent it yet. */
  async myKeys(): Promise<UserKeyRecordJson | null> {
    return (await this.request(routes.keys, { method: 'GET' }, myKeysResponse)).record;
  }

  /** Sends the signed-in user's own key record (its private half sealed under their password). */
  async putKeys(record: UserKeyRecordJson): Promise<void> {
    await this.request(routes.keys, this.json('PUT', { record }), z.object({ stored: z.literal(true) }));
  }

  /** Sends a signature that `publicKey` is `userId`'s key; 'stale' when their key has changed again since. */
  async endorse(userId: string, publicKey: string, endorsement: KeyEndorsement): Promise<'stored' | 'stale'> {
    try {
      await this.request(routes.endorsement(userId), this.json('PUT', { publicKey, endorsement }), z.object({ stored: z.literal(true) }));
      return 'stored';
    } catch (error) {
      if (error instanceof SyncRequestError && error.code === 'conflict') return 'stale';
      throw error;
    }
  }

  /** Every account with its user name (administrators): what a joining desk's accounts are matched against. */
  async accounts(): Promise<AccountListResponse['accounts']> {
    return (await this.request(routes.accounts, { method: 'GET' }, accountListResponse)).accounts;
  }

  /** The desk's own cases from before it joined, uploaded once (store/sync/desk-upload). */
  deskUpload(accounts: DeskAccount[], cases: UploadedCase[]): Promise<DeskUploadResponse> {
    return this.request(routes.deskUpload, this.json('POST', { accounts, cases }), deskUploadResponse);
  }

  upload(sha256: string, bytes: Blob): Promise<{ sha256: string; sizeBytes: number }> {
    return this.request(routes.attachment(sha256), { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes }, uploadResponse);
  }

  async download(sha256: string, mimeType: string): Promise<Blob> {
    const headers = new Headers({ [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) });
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    const response = await fetch(`${this.origin}${routes.attachment(sha256)}`, { headers, credentials: 'omit' }).catch(() => null);
    if (!response?.ok) throw new SyncRequestError(response ? 'not-found' : 'offline', response ? 'The file is not on the office server' : OFFLINE_MESSAGE);
    return new Blob([await response.arrayBuffer()], { type: mimeType });
  }
}
