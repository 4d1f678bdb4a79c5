// Where the end-to-end stories save screenshots of each screen for people to look at.
import type { Page } from '@playwright/test';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
