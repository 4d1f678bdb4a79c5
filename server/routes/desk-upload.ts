// POST /v1/desk-upload: a joining desk's own cases, uploaded once, in one transaction as the signed-in manager.
import type { FastifyInstance } from 'fastify';
import { deskUploadRequest, routes, type DeskUploadResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { uploadDeskCases } from '../sync/desk-uploads';
import type { ServerContext } from './context';

export function deskUploadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(routes.deskUpload, async (request): Promise<DeskUploadResponse> => {
    const body = deskUploadRequest.parse(request.body);
    const now = ctx.now();
    return inSession(ctx.pool, request.headers.authorization, now, (s) => uploadDeskCases(s.tx, body, { userId: s.user.id, role: s.user.role }, now));
  });
}
