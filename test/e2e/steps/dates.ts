// Entering and reading dates in the app's en-GB pickers (MUI X): typed digit by digit as staff type them, whatever
// the browser's language. Values may be given as dd/MM/yyyy [HH:mm] or as ISO yyyy-MM-dd[THH:mm].
import { expect, type Locator, type Page } from '@playwright/test';

export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/** '2026-12-02T08:45' → '02/12/2026 08:45'; en-GB text is returned as it is. */
export function enGB(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!iso) return value;
  const [, y, m, d, hh, mm] = iso;
  return hh ? `${d}/${m}/${y} ${hh}:${mm}` : `${d}/${m}/${y}`;
}

/** Clears the field and types the date (and time) into its sections; '' leaves it empty. */
export async function enterDate(scope: Page | Locator, label: string, value: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const field = dateField(scope, label);
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  const digits = enGB(value).replace(/\D/g, '');
  if (digits !== '') await page.keyboard.type(digits);
}

/** The field shows this date (and time), en-GB. */
export async function expectDate(scope: Page | Locator, label: string, shown: string): Promise<void> {
  await expect(dateField(scope, label).locator('input')).toHaveValue(enGB(shown));
}
