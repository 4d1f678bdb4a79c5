// What the first-start form asks for: the administrator (name, optional email, password twice) and the company details.
import { z } from 'zod';
import { optionalEmail, requiredText } from '../../../shared/model';
import { companyDetailsSchema } from '../../store/settings/company-details';
import { checkPasswordPair, newPassword } from '../../store/accounts/password-rule';

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
