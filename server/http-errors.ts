// Every refusal in one shape (shared/sync syncError): a code the desk acts on and a message naming what is wrong.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { SyncError, SyncErrorCode } from '../shared/sync';
import { SignedOut } from './auth/sessions';
import { DisclosureRefused } from './sync/audience';
import { BadCheckpoint } from './sync/checkpoint';

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: SyncErrorCode,
    message: string,
    readonly extra: Partial<SyncError> = {},
  ) {
    super(message);
  }
}

export const forbidden = (message: string) => new Refusal(403, 'forbidden', message);

function reply(res: FastifyReply, status: number, body: SyncError): FastifyReply {
  return res.status(status).send(body);
}

export function problemsOf(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, res: FastifyReply): FastifyReply {
  if (error instanceof ZodError) {
    const problems = problemsOf(error);
    return reply(res, 400, { error: 'malformed', message: `The request was refused, nothing was changed: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).slice(0, 5).join('; ')}`, problems });
  }
  if (error instanceof Refusal) return reply(res, error.status, { error: error.code, message: error.message, ...error.extra });
  if (error instanceof SignedOut) return reply(res, 401, { error: 'signed-out', message: error.message });
  if (error instanceof BadCheckpoint) return reply(res, 400, { error: 'malformed', message: error.message });
  const code = 'code' in error ? error.code : undefined;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply(res, 413, { error: 'too-large', message: 'The request is too large: nothing was changed. Send fewer changes at once.' });
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply(res, 415, { error: 'malformed', message: 'Send the body as application/json (files as application/octet-stream)' });
  if (code === '42501') return reply(res, 403, { error: 'forbidden', message: 'You may not do this: nothing was changed' });
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) return reply(res, status, { error: 'malformed', message: `The request was refused, nothing was changed: ${error.message}` });
  if (error instanceof DisclosureRefused) request.log.error({ err: error }, 'confidentiality check failed');
  else request.log.error({ err: error }, 'request failed');
  return reply(res, 500, { error: 'server-error', message: 'The office server could not do this: nothing was changed. Try again; if it keeps happening, tell your IT contact.' });
}
