import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { claimItems, openApp, paneWith, SEED_000, SEED_002, selectedItem, waitForClaims } from './ui-steps';

test('both seeds side by side, text exactly as in the files', async ({ page, workspace }) => {
  await openApp(page, workspace.url);
  await expect(page.getByRole('banner')).toContainText('Factdesk');
  const panes = page.getByRole('main').getByRole('region');
  await expect(panes).toHaveCount(2);
  const left = paneWith(page, 'Sekretarz generalny NATO Jens Stoltenberg powiedział w poniedziałek');
  const right = paneWith(page, 'Jak podaje polskie MSZ');
  await expect(left).toBeVisible();
  await expect(right).toBeVisible();

  const l = (await left.boundingBox())!;
  const r = (await right.boundingBox())!;
  expect(r.x).toBeGreaterThanOrEqual(l.x + l.width - 1);
  expect(Math.abs(r.y - l.y)).toBeLessThan(2);

  // Exactly the file's characters (Polish diacritics, quotes, blank lines), as text, not HTML.
  for (const [pane, file] of [
    [left, SEED_000],
    [right, SEED_002],
  ] as const) {
    const body = pane.getByRole('article');
    const expected = readFileSync(join(workspace.folder, file), 'utf8').replace(/^\uFEFF/, '');
    await expect.poll(() => body.textContent()).toBe(expected);
  }
});

test('claims list; selecting a claim marks its span; clicking a span selects its claim', async ({ page, workspace }) => {
  await openApp(page, workspace.url);
  await waitForClaims(page);
  const right = paneWith(page, 'Jak podaje polskie MSZ');

  // List → text: the event of seed 002 gets marked in its pane.
  const event = claimItems(page).filter({ hasText: '12 stycznia' }).filter({ hasText: SEED_002 }).first();
  await event.getByRole('button').click();
  const marked = right.locator('.hl.is-selected');
  await expect(marked.first()).toBeVisible();
  await expect(right.locator('.hl.is-selected').filter({ hasText: '12 stycznia' }).first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Claim detail' })).toContainText('12 stycznia');

  // Text → list: click a quote span in the other pane.
  const left = paneWith(page, 'Sekretarz generalny NATO Jens Stoltenberg powiedział w poniedziałek');
  // Click the very start of the quote's span (a shorter claim nested inside it would win the click).
  const quote = left.locator('.hl--quote').filter({ hasText: 'Nie sądzę, abyśmy mogli oczekiwać' }).first();
  await quote.click({ position: { x: 4, y: 6 } });
  await expect(selectedItem(page)).toContainText('Nie sądzę');
  await expect(left.locator('.hl.is-selected').first()).toBeVisible();
});

test('sources update live: a new file appears, an edit raises the version count; article text is never HTML', async ({ page, workspace }) => {
  await openApp(page, workspace.url);
  const sources = page.getByRole('listbox', { name: 'Sources' });
  const hostile = '<img src=x onerror="document.title=\'pwned\'"> <b>Zażółć</b> gęślą jaźń.\n\nDrugi akapit.';
  writeFileSync(join(workspace.folder, 'zz_hostile.txt'), hostile);
  const option = sources.getByRole('option').filter({ hasText: 'zz_hostile.txt' });
  await expect(option).toBeVisible();
  await expect(option).toContainText('1 version');

  await sources.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const pane = paneWith(page, 'gęślą jaźń');
  await expect(pane.getByRole('article')).toHaveText(hostile);
  await expect(pane.locator('img, b')).toHaveCount(0);
  expect(await page.title()).toBe('Factdesk');

  writeFileSync(join(workspace.folder, 'zz_hostile.txt'), `${hostile}\n\nTrzeci akapit.`);
  await expect(option).toContainText('2 versions');
  await expect(pane.getByRole('article')).toContainText('Trzeci akapit.');
});

test('keyboard: move through sources, open in a pane, swap panes', async ({ page, workspace }) => {
  await openApp(page, workspace.url);
  const regions = page.getByRole('main').getByRole('region');
  await expect(regions.first()).toContainText('Sekretarz generalny NATO');
  await page.getByRole('button', { name: 'Swap panes' }).focus();
  await page.keyboard.press('s');
  await expect(regions.first()).toContainText('Jak podaje polskie MSZ');
  await expect(regions.nth(1)).toContainText('Sekretarz generalny NATO');

  // j/k inside the list move; Enter opens in the active (left) pane.
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await sources.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(regions.first()).toContainText('Sekretarz generalny NATO');
});
