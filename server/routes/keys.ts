// PUT/GET /v1/keys: the signed-in user's own key record (sealed under their password; the server cannot open it).
import type { FastifyInstance } from 'fastify';
import { KEY_CHANGED_AGAIN, myKeysResponse, NOT_YOUR_SIGNATURE, putEndorsementRequest, putKeysRequest, routes, type UserKeyRecordJson } from '../../shared/sync';
import { inSession } from '../auth/in-session';
import { nextChangeSeq } from '../db/transaction';
import { Refusal } from '../http-errors';
import type { ServerContext } from './context';

export const NOT_YOUR_KEYS = 'A desk may only send the signed-in user’s own keys';

export function keyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put(routes.keys, async (request) => {
    const { record } = putKeysRequest.parse(request.body);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      if (record.userId !== s.user.id) throw new Refusal(403, 'forbidden', NOT_YOUR_KEYS);
      const seq = await nextChangeSeq(s.tx);
      await s.tx.query(
        `INSERT INTO user_keys (user_id, record, public_key, change_seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET record = EXCLUDED.record, public_key = EXCLUDED.public_key, change_seq = EXCLUDED.change_seq`,
        [s.user.id, record, record.publicKey, seq],
      );
      return { stored: true as const };
    });
  });

  // Stored unchecked: desks verify the signature against the key they trust for its signer. The row-level
  // policy lets a user sign for their own account, or a complaints manager for anyone's.
  app.put<{ Params: { userId: string } }>(routes.endorsement(':userId'), async (request) => {
    const { publicKey, endorsement } = putEndorsementRequest.parse(request.body);
    return inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      if (endorsement.by !== s.user.id) throw new Refusal(403, 'forbidden', NOT_YOUR_SIGNATURE);
      const { rows } = await s.tx.query<{ public_key: string }>('SELECT public_key FROM user_keys WHERE user_id = $1', [request.params.userId]);
      if (rows[0]?.public_key !== publicKey) throw new Refusal(409, 'conflict', KEY_CHANGED_AGAIN);
      const seq = await nextChangeSeq(s.tx);
      await s.tx.query('INSERT INTO key_endorsements (user_id, public_key, endorsed_by, signature, change_seq) VALUES ($1, $2, $3, $4, $5)', [
        request.params.userId,
        publicKey,
        endorsement.by,
        endorsement.signature,
        seq,
      ]);
      return { stored: true as const };
    });
  });

  app.get(routes.keys, async (request) =>
    inSession(ctx.pool, request.headers.authorization, ctx.now(), async (s) => {
      const { rows } = await s.tx.query<{ record: UserKeyRecordJson }>('SELECT record FROM user_keys WHERE user_id = $1', [s.user.id]);
      return myKeysResponse.parse({ record: rows[0]?.record ?? null });
    }),
  );
}
