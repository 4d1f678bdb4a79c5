// The rule a new password must meet: long enough, not a well-known or repetitive one, not the person's name, typed twice alike.
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// The words most often found in leaked password lists, and the obvious ones for this desk.
const GUESSABLE = new Set([
  'password', 'passw', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'abcdefghij', 'abcdef', 'letmein', 'welcome', 'iloveyou',
  'admin', 'administrator', 'changeme', 'secret', 'complaints', 'complaintsdesk', 'jesq', 'jesqsolutions', 'monkey',
  'dragon', 'football', 'sunshine', 'princess', 'trustno', 'starwars', 'whatever', 'default', '',
]);

const SEQUENCES = ['0123456789', '9876543210', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

/** Why a password is too easy to guess, or null when it is fine. */
export function guessablePassword(password: string, name = ''): string | null {
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  if (new Set(lower).size < 4) return 'Use more different characters: repeated characters are easy to guess';
  if (GUESSABLE.has(letters) || SEQUENCES.some((s) => s.includes(lower))) return 'That password is too easy to guess: choose another';
  const nameWords = name.toLowerCase().split(/\s+/).filter((w) => w.length >= 3);
  if (nameWords.some((word) => lower.includes(word))) return 'The password must not contain the person’s name';
  return null;
}

export const newPassword = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .min(PASSWORD_MIN_LENGTH, `The password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `The password must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one`;

/** For a form's superRefine: the two passwords match and the password is not guessable for that name. */
export function checkPasswordPair(
  values: { password: string; confirmPassword: string; name?: string },
  ctx: z.RefinementCtx,
): void {
  const problem = values.password.length >= PASSWORD_MIN_LENGTH ? guessablePassword(values.password, values.name) : null;
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  if (values.password !== values.confirmPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two passwords are not the same' });
  }
}
