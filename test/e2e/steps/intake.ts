// Steps on the New complaint screen beyond the basic form: keyboard moves, customer search, files, the checklist.
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has the focus (at most `limit` times), as someone working without a mouse would. */
export async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

export function channelRadio(page: Page, channel: string): Locator {
  return page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: channel });
}

/** Types into "Find a customer" and chooses the match whose text starts with the name. */
export async function chooseExistingCustomer(page: Page, search: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Find a customer' }).fill(search);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByText(`Existing customer: ${name}`)).toBeVisible();
}

/** Drops files on the form's drop zone, as dragging them from the desktop does. */
export async function dropFiles(page: Page, files: { name: string; type: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.getByText('or drop files here (up to 25 MB each)').dispatchEvent('drop', { dataTransfer: transfer });
  const listed = page.getByRole('list', { name: 'Files to attach' });
  for (const f of files) await expect(listed).toContainText(f.name);
}

export function requiredInformation(page: Page): Locator {
  return page.getByRole('region', { name: 'Required information' });
}

/** The chip beside a checklist item in the live panel: Provided, Missing or Asked for. */
export async function expectChecklistItem(page: Page, item: string, status: 'Provided' | 'Missing' | 'Asked for'): Promise<void> {
  const row = requiredInformation(page).getByRole('listitem').filter({ hasText: item });
  await expect(row.first()).toContainText(status);
}

/** Waits until the draft has been written (the status line says so). */
export async function expectDraftSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ })).toBeVisible();
}
