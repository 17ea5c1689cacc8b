import { expect, test } from './fixtures';
import { claimItems, keys, openApp, SEED_002, selectedItem, waitForClaims } from './ui-steps';

const NOTE = 'Sprawdzone w komunikacie MSZ — brak takiej wypowiedzi. Zażółć gęślą jaźń.';
const URL = 'https://www.gov.pl/web/dyplomacja/komunikat-2022-01';

test('keyboard triage of a seed 002 claim survives reload and restart, and shows live in a second page', async ({ page, workspace, context }) => {
  await openApp(page, workspace.url);
  await waitForClaims(page);
  // A second window on the same workspace, open before the change.
  const other = await context.newPage();
  await openApp(other, workspace.url);
  await waitForClaims(other);

  // Only seed 002's claims, then pick the first with the keyboard.
  await page.getByLabel('Source filter').selectOption({ label: SEED_002 });
  await page.getByRole('button', { name: 'Swap panes' }).focus();
  await keys(page, 'j');
  const item = selectedItem(page);
  await expect(item).toBeVisible();
  const claimText = (await item.locator('.claim-item__text').textContent())!.trim();
  expect(claimText.length).toBeGreaterThan(5);
  await expect(page.locator(':focus')).toHaveAttribute('aria-current', 'true');

  // 6 = False, n = note, e = evidence.
  await keys(page, '6');
  const detail = page.getByRole('complementary', { name: 'Claim detail' });
  await expect(detail.getByRole('radio', { name: 'False', exact: true })).toHaveAttribute('aria-checked', 'true');
  await keys(page, 'n');
  await expect(detail.getByLabel('Note')).toBeFocused();
  await page.keyboard.type(NOTE);
  await keys(page, 'Control+Enter', 'Escape', 'e');
  await expect(detail.getByLabel('Evidence URL')).toBeFocused();
  await page.keyboard.type(URL);
  await keys(page, 'Enter');
  await expect(detail.getByRole('list', { name: 'Evidence' })).toContainText(URL);
  const history = detail.getByRole('list', { name: 'History' });
  await expect(history).toContainText('Unverified');
  await expect(history).toContainText('False');
  await expect(history).toContainText('Anna Kowalska');
  await expect(page.getByRole('banner').getByRole('button', { name: /^False/ })).toContainText('1');

  // The second page got it live: its filter "False" shows exactly that claim.
  await other.getByLabel('Status filter').selectOption('false');
  await expect(claimItems(other)).toHaveCount(1);
  await expect(claimItems(other).first()).toContainText(claimText.slice(0, 30));

  // Reload: still there.
  await page.reload();
  await expectPersisted(page, claimText);

  // Restart the server: still there (new URL and token).
  await other.close();
  await workspace.stop();
  await workspace.start();
  await openApp(page, workspace.url);
  await expectPersisted(page, claimText);
});

async function expectPersisted(page: import('@playwright/test').Page, claimText: string): Promise<void> {
  await waitForClaims(page);
  await page.getByLabel('Status filter').selectOption('false');
  await expect(claimItems(page)).toHaveCount(1);
  const item = claimItems(page).first();
  await expect(item).toContainText(claimText.slice(0, 30));
  await item.getByRole('button').click();
  const detail = page.getByRole('complementary', { name: 'Claim detail' });
  await expect(detail.getByRole('radio', { name: 'False', exact: true })).toHaveAttribute('aria-checked', 'true');
  await expect(detail.getByLabel('Note')).toHaveValue(NOTE);
  await expect(detail.getByRole('list', { name: 'Evidence' })).toContainText(URL);
  await expect(detail.getByRole('list', { name: 'History' })).toContainText('False');
}

test('bulk status, undo, and a clear message for bad input', async ({ page, workspace }) => {
  await openApp(page, workspace.url);
  await waitForClaims(page);
  await page.getByRole('button', { name: 'Swap panes' }).focus();
  // Tick the first two claims with x and set them In progress at once.
  await keys(page, 'j', 'x', 'j', 'x');
  const bulk = page.getByRole('group', { name: 'Bulk change' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Bulk status').selectOption('in-progress');
  await bulk.getByRole('button', { name: 'Set status' }).click();
  await expect(bulk).toBeHidden();
  await page.getByLabel('Status filter').selectOption('in-progress');
  await expect(claimItems(page)).toHaveCount(2);

  // u undoes the last change of the selected claim (back to Unverified).
  await claimItems(page).first().getByRole('button').click();
  await keys(page, 'u');
  await expect(claimItems(page)).toHaveCount(1);
  await page.getByLabel('Status filter').selectOption('all');

  // A URL that is not one gets a message, nothing is added.
  await keys(page, 'e');
  await page.keyboard.type('not a url');
  await keys(page, 'Enter');
  const detail = page.getByRole('complementary', { name: 'Claim detail' });
  await expect(detail.getByRole('alert')).toContainText('not a web address');

  // An enormous note gets the back end's message and the text stays in the box.
  await keys(page, 'Escape', 'n');
  const note = detail.getByLabel('Note');
  const huge = 'Zażółć gęślą jaźń. '.repeat(7000);
  await note.fill(huge);
  await keys(page, 'Escape');
  await expect(detail.getByRole('alert')).toContainText('100,000');
  await expect(note).toHaveValue(huge);
  await note.fill('');
  await keys(page, 'Escape');

  // A local file becomes evidence, stored with its hash.
  await detail.getByLabel('Attach evidence file').setInputFiles({
    name: 'komunikat-MSZ.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 zażółć gęślą jaźń'),
  });
  const evidence = detail.getByRole('list', { name: 'Evidence' });
  await expect(evidence).toContainText('komunikat-MSZ.pdf');
  await expect(evidence).toContainText('sha256:');

  // `?` shows the shortcuts; Escape closes the dialog.
  await keys(page, '?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await keys(page, 'Escape');
  await expect(dialog).toBeHidden();
});
