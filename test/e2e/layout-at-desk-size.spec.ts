// Story: at the desk's window size (1366×860, the stories' viewport) no button on Reports wraps onto a second line
// and no work-list column heading is cut short ("Next deadli…"). Measured in the page, not eyed on a screenshot.
import { type Locator } from '@playwright/test';
import { expect, test } from './steps/desk';
import { deskWith, fixTheClock } from './steps/case-page';
import { manager } from './steps/sign-in';

interface Shown {
  text: string;
  /** How many lines its text takes. */
  lines: number;
  /** Its text is wider than the box it is shown in (cut, or spilling out). */
  cut: boolean;
}

/** For each element: its text, how many lines it takes and whether it is cut. */
function measure(elements: Locator): Promise<Shown[]> {
  return elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const el = node as HTMLElement;
      const tops: number[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
      }
      const lineTops = tops.sort((a, b) => a - b).filter((top, i, all) => i === 0 || top - (all[i - 1] ?? top) > 4);
      return { text: (el.textContent ?? '').trim(), lines: lineTops.length, cut: el.scrollWidth > el.clientWidth };
    }),
  );
}

// Each story starts on a desk set up with these accounts (steps/desk.ts), signed out.
test.use({ desk: { accounts: [manager] } });

test('report buttons keep to one line and work-list headings are shown whole at 1366×860', async ({ page }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 860 });
  await fixTheClock(page);
  await deskWith(page, [manager]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  const buttons = page.getByRole('main').getByRole('button');
  await expect(page.getByRole('button', { name: 'Show report' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  const shownButtons = await measure(buttons);
  expect(shownButtons.length).toBeGreaterThan(5);
  expect(shownButtons.filter((b) => b.text !== '' && (b.lines !== 1 || b.cut))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work list' }).click();
  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid.getByRole('columnheader', { name: 'Next deadline' })).toBeVisible();
  const headings = await measure(grid.locator('.MuiDataGrid-columnHeaderTitle'));
  expect(headings.map((h) => h.text)).toEqual(['Reference', 'Customer', 'Stage', 'Channel', 'Received', 'Investigator', 'Next deadline', 'Due']);
  expect(headings.filter((h) => h.lines !== 1 || h.cut)).toEqual([]);
});
