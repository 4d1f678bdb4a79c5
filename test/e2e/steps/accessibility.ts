// Runs axe on the current screen and fails on any serious or critical violation, naming each one.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits for transitions to end first (a menu growing, a button fading in from disabled, a ripple): mid-way their
 * colours are blends that axe reads as poor contrast. Endless animations (a progress spinner) are not waited for.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length === 0,
    undefined,
    { timeout: 10_000 },
  );
}

export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on the ${screen} screen`).toEqual([]);
}
