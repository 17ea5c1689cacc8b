// Shared steps of the UI end-to-end specs (tests/e2e/ui-*.spec.ts); not a spec itself.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const SEED_000 = '000_6d17f7c8ee7027fa.txt';
export const SEED_002 = '002_648c76cf0c973691.txt';

/** Opens the served window and answers the first-start profile question once per workspace. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).not.toHaveCount(0);
  const welcome = page.getByRole('region', { name: 'Welcome' });
  if (await welcome.isVisible()) {
    await welcome.getByLabel('Reviewer name').fill('Anna Kowalska');
    await welcome.getByLabel('Organisation').fill('Demagog Łódź');
    await welcome.getByRole('button', { name: 'Save profile' }).click();
    await expect(welcome).toBeHidden();
  }
}

/** The claims panel's list. */
export function claimsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Claims', exact: true });
}

/** Items of the claims panel. */
export function claimItems(page: Page): Locator {
  return claimsList(page).getByRole('listitem');
}

/** The claim item currently selected (its button carries aria-current). */
export function selectedItem(page: Page): Locator {
  return claimsList(page).locator('li', { has: page.locator('button[aria-current="true"]') });
}

/** The article pane (region) whose text contains `snippet`. */
export function paneWith(page: Page, snippet: string): Locator {
  return page.getByRole('main').getByRole('region').filter({ hasText: snippet });
}

/** Waits until extraction produced claims for both seeds. */
export async function waitForClaims(page: Page): Promise<void> {
  await expect(claimItems(page).first()).toBeVisible({ timeout: 20_000 });
}

/** Presses keys one after another (outside text fields they are triage shortcuts). */
export async function keys(page: Page, ...list: string[]): Promise<void> {
  for (const k of list) await page.keyboard.press(k);
}
