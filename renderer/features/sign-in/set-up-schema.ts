// What the first-start form asks for: the administrator (name, optional email, password twice) and the company details.
import { z } from 'zod';
import { requiredText } from '../../../shared/model';
import { companyDetailsSchema } from '../../store/settings/company-details';
import { checkPasswordPair, newPassword } from '../../store/accounts/password-rule';

/** An email that may be left blank ('' means none). */
export const optionalEmail = z
  .string()
  .trim()
  .max(200, 'Email must be at most 200 characters')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Email must be a valid email address');

export const setUpSchema = z
  .object({
    name: requiredText('Your name', { max: 200 }),
    email: optionalEmail,
    password: newPassword,
    confirmPassword: z.string(),
    company: companyDetailsSchema,
  })
  .superRefine(checkPasswordPair);

export type SetUpValues = z.infer<typeof setUpSchema>;
