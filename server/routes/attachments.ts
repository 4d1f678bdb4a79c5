// PUT/GET /v1/attachments/:sha256: file bytes streamed in, counted and hashed as they arrive, stored once by SHA-256.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ATTACHMENT_MISMATCH, attachmentPath, MAX_ATTACHMENT_BYTES, routes, type UploadResponse } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { Refusal } from '../http-errors';
import type { ServerContext } from './context';

const TOO_LARGE = `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB: nothing was stored`;

/** Reads the stream, refusing it as soon as it passes the limit; returns the bytes and their SHA-256. */
async function readChecked(stream: Readable): Promise<{ bytes: Buffer; sha256: string }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_ATTACHMENT_BYTES) {
      stream.destroy();
      throw new Refusal(413, 'too-large', TOO_LARGE);
    }
    hash.update(buffer);
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') };
}

export function attachmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  app.put(routes.attachment(':sha256'), async (request): Promise<UploadResponse> => {
    const { sha256 } = attachmentPath.parse(request.params);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_ATTACHMENT_BYTES) throw new Refusal(413, 'too-large', TOO_LARGE);
    if (!request.body || typeof (request.body as Readable).pipe !== 'function') throw new Refusal(415, 'malformed', 'Send the file as application/octet-stream');
    // The session is checked before the bytes are read, so nobody signed out can fill the disk.
    await inSession(ctx.pool, request.headers.authorization, ctx.now(), async () => undefined);
    const received = await readChecked(request.body as Readable);
    if (received.sha256 !== sha256) throw new Refusal(400, 'malformed', ATTACHMENT_MISMATCH);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      // Not ON CONFLICT: with row-level security it would test the new row against the read policy too. A file
      // already held (perhaps on a case this user cannot see) ends the savepoint quietly, with the same answer.
      await s.tx.query('SAVEPOINT upload');
      try {
        await s.tx.query('INSERT INTO attachment_blobs (sha256, size_bytes, bytes) VALUES ($1, $2, $3)', [sha256, received.bytes.length, received.bytes]);
      } catch (error) {
        if ((error as { code?: string }).code !== '23505') throw error;
        await s.tx.query('ROLLBACK TO SAVEPOINT upload');
      }
      return { sha256, sizeBytes: received.bytes.length };
    });
  });

  app.get(routes.attachment(':sha256'), async (request, reply) => {
    const { sha256 } = attachmentPath.parse(request.params);
    const bytes = await inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      const { rows } = await s.tx.query<{ bytes: Buffer }>('SELECT bytes FROM attachment_blobs WHERE sha256 = $1', [sha256]);
      return rows[0]?.bytes ?? null;
    });
    // The same answer for a file that does not exist and one on a case the user cannot see.
    if (!bytes) throw new Refusal(404, 'not-found', 'There is no file with this SHA-256 on a case you can see');
    return reply.header('content-type', 'application/octet-stream').header('x-content-sha256', sha256).send(bytes);
  });
}
