import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { claimItems, keys, openApp, paneWith, SEED_002, selectedItem, waitForClaims } from './ui-steps';

test('editing 12 → 13 stycznia flags the True event "Needs re-check" and the diff marks exactly that word', async ({ page, workspace }) => {
  await openApp(page, workspace.url);
  await waitForClaims(page);

  // Mark the event of seed 002 True.
  await page.getByLabel('Source filter').selectOption({ label: SEED_002 });
  await page.getByLabel('Kind filter').selectOption('event');
  const event = claimItems(page).filter({ hasText: '12 stycznia' }).first();
  await event.getByRole('button').click();
  await keys(page, '3');
  const detail = page.getByRole('complementary', { name: 'Claim detail' });
  await expect(detail.getByRole('radio', { name: 'True', exact: true })).toHaveAttribute('aria-checked', 'true');

  // Edit the file in the watched folder.
  const file = join(workspace.folder, SEED_002);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('12 stycznia');
  writeFileSync(file, text.replace('12 stycznia', '13 stycznia'));

  // The claim (still selected) now needs a re-check, showing the previous status and the change.
  await expect(selectedItem(page)).toContainText('Needs re-check', { timeout: 15_000 });
  await expect(selectedItem(page)).toContainText('13 stycznia');
  const recheck = detail.getByRole('region', { name: 'Needs re-check' });
  await expect(recheck).toContainText('True');
  await expect(recheck.locator('del')).not.toHaveCount(0);
  await expect(recheck.locator('ins').first()).toContainText('13');
  await expect(page.getByRole('banner')).toContainText('1 need re-check');
  const pane = paneWith(page, 'Jak podaje polskie MSZ');
  await expect(pane).toContainText('v2 of 2');
  await expect(pane.getByRole('article')).toContainText('odbędzie się 13 stycznia');

  // Diff view: previous against latest, exactly the changed word marked.
  await pane.getByRole('button', { name: 'Revisions' }).click();
  const diff = page.getByRole('region', { name: /^Revisions/ });
  await expect(diff.getByRole('list', { name: 'Versions' }).getByRole('listitem')).toHaveCount(2);
  const body = diff.getByRole('document', { name: 'Differences' });
  await expect(body.locator('ins')).toHaveCount(1);
  await expect(body.locator('del')).toHaveCount(1);
  await expect(body.locator('ins')).toHaveText('13');
  await expect(body.locator('del')).toHaveText('12');
  await expect(diff.getByRole('list', { name: 'Changes' }).getByRole('listitem')).toHaveCount(1);

  // Inline layout shows both marks in one text; the toggle is remembered.
  await diff.getByRole('radio', { name: 'Inline' }).click();
  await expect(body.locator('del + ins')).toHaveText('13');
  await keys(page, 'Escape');
  await expect(diff).toBeHidden();
  await keys(page, 'd');
  await expect(page.getByRole('radio', { name: 'Inline' })).toHaveAttribute('aria-checked', 'true');

  // Mark re-checked clears the flag.
  await page.getByRole('button', { name: 'Back to reading' }).click();
  await recheck.getByRole('button', { name: 'Mark re-checked' }).click();
  await expect(recheck).toBeHidden();
  await expect(selectedItem(page)).not.toContainText('Needs re-check');
});
