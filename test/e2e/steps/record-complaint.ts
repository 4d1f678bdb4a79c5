// Steps a member of staff takes to record a complaint on the New complaint screen, for the end-to-end stories.
import { expect, type Page } from '@playwright/test';
import { enterDate } from './dates';

export interface ComplaintDetails {
  channel: 'Telephone' | 'In person' | 'Email' | 'Letter';
  customerName: string;
  /** A phone number, or an email address (anything with an @). */
  customerContact: string;
  receivedAt?: string; // datetime-local value, London time
  summary: string;
}

export async function openNewComplaint(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'New complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New complaint' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Channel' })).toBeVisible();
}

/** Fills in the channel, a new customer, when it was received and its nature (leaves the form unsaved). */
export async function fillComplaint(page: Page, details: ComplaintDetails): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Channel' }).getByRole('radio', { name: details.channel }).check();
  await page.getByRole('textbox', { name: 'Customer name' }).fill(details.customerName);
  const contact = details.customerContact.includes('@') ? 'Email' : 'Phone';
  await page.getByRole('textbox', { name: contact, exact: true }).fill(details.customerContact);
  if (details.receivedAt) await enterDate(page, 'Received at', details.receivedAt);
  await page.getByRole('textbox', { name: 'Nature of the complaint' }).fill(details.summary);
}

export async function recordComplaint(page: Page, details: ComplaintDetails): Promise<void> {
  await openNewComplaint(page);
  await fillComplaint(page, details);
  await page.getByRole('button', { name: 'Record complaint' }).click();
}
