import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { claimItems, keys, openApp, SEED_002, waitForClaims } from './ui-steps';

test('report dialog: sandboxed HTML preview, CSV preview, save as a file', async ({ page, workspace }, testInfo) => {
  await openApp(page, workspace.url);
  await waitForClaims(page);
  await page.getByLabel('Source filter').selectOption({ label: SEED_002 });
  await claimItems(page).first().getByRole('button').click();
  await keys(page, '6');
  await expect(page.getByRole('banner').getByRole('button', { name: /^False/ })).toContainText('1');

  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Format').selectOption('html');
  await dialog.getByLabel('Label language').selectOption('pl');
  const frame = dialog.locator('iframe[title="Report preview"]');
  await expect(frame).toBeVisible();
  // No scripts in the preview: the sandbox grants nothing.
  expect(await frame.getAttribute('sandbox')).toBe('');
  await expect(page.frameLocator('iframe[title="Report preview"]').locator('body')).toContainText('Fałsz');

  // Only False claims: CSV preview as text.
  await dialog.getByRole('group', { name: /Statuses/ }).getByLabel('False', { exact: true }).check();
  await dialog.getByLabel('Format').selectOption('csv');
  const pre = dialog.getByLabel('Report preview');
  await expect(pre).toContainText(',');
  await expect(pre).toContainText(SEED_002.slice(0, 10));

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const rows = parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
  expect(rows).toHaveLength(2); // header + the one False claim

  // HTML export opens on its own, offline, with Polish characters intact.
  await dialog.getByLabel('Format').selectOption('html');
  await expect(frame).toBeVisible();
  const [html] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save…' }).click()]);
  expect(html.suggestedFilename()).toMatch(/\.html?$/);
  const htmlPath = testInfo.outputPath(html.suggestedFilename());
  await html.saveAs(htmlPath);
  const view = await page.context().newPage();
  await view.goto(`file://${htmlPath}`);
  await expect(view.locator('body')).toContainText('Fałsz');
  await view.screenshot({ path: testInfo.outputPath('report.png'), fullPage: true });

  await keys(page, 'Escape');
  await expect(dialog).toBeHidden();
});
