// The administrator's account forms: a new account (name, optional email, role, password twice) and a password reset.
import { z } from 'zod';
import { optionalEmail, requiredText, role } from '../../../shared/model';
import { checkPasswordPair, newPassword } from '../../store/accounts/password-rule';

export const newAccountSchema = z
  .object({
    name: requiredText('Name', { max: 200 }),
    email: optionalEmail,
    role,
    password: newPassword,
    confirmPassword: z.string(),
  })
  .superRefine(checkPasswordPair);
export type NewAccountValues = z.infer<typeof newAccountSchema>;

/** The password must not contain the name of the person it is for. */
export function resetPasswordSchema(name: string) {
  return z
    .object({ password: newPassword, confirmPassword: z.string() })
    .superRefine((values, ctx) => checkPasswordPair({ ...values, name }, ctx));
}
export type ResetPasswordValues = z.infer<ReturnType<typeof resetPasswordSchema>>;
