// Signing in to the office server: a user name and password give a bearer token that expires and can be revoked.
import { z } from 'zod';
import { user } from '../model';

export const userName = z
  .string({ error: 'User name is required' })
  .trim()
  .toLowerCase()
  .min(2, 'User name must be at least 2 characters')
  .max(100, 'User name must be at most 100 characters')
  .regex(/^[a-z0-9._@-]+$/, 'User name may use letters, digits, dots, hyphens, underscores and @ only');

export const MIN_PASSWORD_LENGTH = 12;
export const password = z
  .string({ error: 'Password is required' })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1000, 'Password must be at most 1000 characters');

export const signInRequest = z
  .object({
    userName,
    /** Checked against the stored hash only; any length up to the maximum is accepted here so old passwords still work. */
    password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(1000, 'Password must be at most 1000 characters'),
    /** A name for the desk (shown in the user's list of sessions). */
    deskName: z.string().trim().max(200, 'Desk name must be at most 200 characters').optional(),
  })
  .strict();
export type SignInRequest = z.infer<typeof signInRequest>;

export const signInResponse = z.object({
  /** Sent as `Authorization: Bearer <token>`; the server keeps only its SHA-256. */
  token: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  user,
  protocolVersion: z.number().int(),
});
export type SignInResponse = z.infer<typeof signInResponse>;

/** GET /v1/session: who the token belongs to (identity comes only from the session, never from a body). */
export const sessionResponse = z.object({ user, expiresAt: z.iso.datetime({ offset: true }), protocolVersion: z.number().int() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const signOutResponse = z.object({ signedOut: z.literal(true) });

// ---- Accounts (administrators only) ----

export const createAccountRequest = z
  .object({
    userName,
    password,
    name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(200, 'Name must be at most 200 characters'),
    role: user.shape.role,
    email: user.shape.email,
  })
  .strict();
export type CreateAccountRequest = z.infer<typeof createAccountRequest>;

export const updateAccountRequest = z
  .object({
    name: createAccountRequest.shape.name.optional(),
    role: user.shape.role.optional(),
    active: z.boolean({ error: 'Say whether the account is active' }).optional(),
    /** A new password; every session of the account is revoked with it. */
    password: password.optional(),
  })
  .strict();
export type UpdateAccountRequest = z.infer<typeof updateAccountRequest>;

export const accountResponse = z.object({
  user,
  userName,
  /** True when the account asked to become a complaints manager and waits for an existing one to confirm it. */
  pending: z.boolean().optional(),
});
export type AccountResponse = z.infer<typeof accountResponse>;
