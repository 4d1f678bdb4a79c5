// The new-password rule: long enough, not guessable, not the person's name, typed twice alike.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkPasswordPair, guessablePassword, newPassword } from '../../../../../renderer/store/accounts/password-rule';

const form = z.object({ name: z.string(), password: newPassword, confirmPassword: z.string() }).superRefine(checkPasswordPair);

function problems(name: string, password: string, confirmPassword = password): string[] {
  const result = form.safeParse({ name, password, confirmPassword });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('the password rule', () => {
  it.each([
    ['orchard violet compass', []],
    ['short', ['The password must be at least 10 characters']],
    ['', ['Password is required', 'The password must be at least 10 characters']],
    ['aaaaaaaaaaaa', ['Use more different characters: repeated characters are easy to guess']],
    ['Password123!', ['That password is too easy to guess: choose another']],
    ['1234567890', ['That password is too easy to guess: choose another']],
    ['sam-agent-2026', ['The password must not contain the person’s name']],
  ])('%j gives %j', (password, expected) => {
    expect(problems('Sam Agent', password)).toEqual(expected);
  });

  it('asks for the same password twice', () => {
    expect(problems('Sam Agent', 'orchard violet compass', 'orchard violet compas')).toEqual(['The two passwords are not the same']);
  });

  it('checks the name only when one is given', () => {
    expect(guessablePassword('agent of change 42')).toBeNull();
  });
});
