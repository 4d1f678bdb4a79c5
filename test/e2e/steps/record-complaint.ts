// Steps a member of staff takes to record a complaint, for the end-to-end stories.
import type { Page } from '@playwright/test';

export interface ComplaintDetails {
  channel: 'Telephone' | 'In person' | 'Email' | 'Letter';
  customerName: string;
  customerContact: string;
  receivedAt?: string; // datetime-local value, London time
  summary: string;
}

export async function recordComplaint(page: Page, details: ComplaintDetails): Promise<void> {
  await page.getByRole('button', { name: 'New complaint' }).or(page.getByRole('link', { name: 'New complaint' })).first().click();
  await page.getByRole('combobox', { name: 'Channel' }).click();
  await page.getByRole('option', { name: details.channel }).click();
  await page.getByRole('textbox', { name: 'Customer name' }).fill(details.customerName);
  await page.getByRole('textbox', { name: 'Customer contact' }).fill(details.customerContact);
  if (details.receivedAt) await page.getByLabel('Received at').fill(details.receivedAt);
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill(details.summary);
  await page.getByRole('button', { name: 'Record complaint' }).click();
}
