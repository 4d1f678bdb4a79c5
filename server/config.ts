// The service's settings, from the environment, checked; and the rule that plain HTTP stays on this machine.
import { isIP } from 'node:net';
import { z } from 'zod';

const env = z.object({
  DATABASE_URL: z.string({ error: 'Set DATABASE_URL to the PostgreSQL database, e.g. postgres://complaints@localhost/complaints' }).min(1),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4780),
  TLS_CERT: z.string().optional(),
  TLS_KEY: z.string().optional(),
  ALLOW_PLAIN_HTTP: z.enum(['0', '1']).default('0'),
  SESSION_HOURS: z.coerce.number().min(1).max(24 * 30).default(12),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
});

export type ServerConfig = z.infer<typeof env>;

export function loadConfig(source: NodeJS.ProcessEnv): ServerConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  if ((parsed.data.TLS_CERT === undefined) !== (parsed.data.TLS_KEY === undefined)) throw new Error('Set both TLS_CERT and TLS_KEY, or neither');
  return parsed.data;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Why the service refuses to start as configured, or null. */
export function plainHttpRefusal(config: ServerConfig): string | null {
  if (config.TLS_CERT || isLoopback(config.HOST) || config.ALLOW_PLAIN_HTTP === '1') return null;
  return (
    `Refusing to serve plain HTTP on ${config.HOST}: passwords, session tokens and complaints (personal data) would cross ` +
    'the network unencrypted. Listen on 127.0.0.1 behind a TLS reverse proxy (README: "Putting it behind TLS"), or set ' +
    'TLS_CERT and TLS_KEY, or, only if TLS is terminated by a proxy on another machine of a private network, set ALLOW_PLAIN_HTTP=1.'
  );
}
