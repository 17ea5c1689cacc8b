import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { claimItems, openApp, SEED_000, SEED_002 } from './ui-steps';

test('a large workspace lists the claims of the open articles, not every claim', async ({ page, workspace, request }) => {
  const extra = 320;
  for (let i = 0; i < extra; i++) {
    const n = String(i).padStart(3, '0');
    writeFileSync(
      join(workspace.folder, `zz-${n}.txt`),
      `Raport ${n}\n\nRzecznik ratusza Adam Nowak${n.replace(/\d/g, '')} powiedział, że w powodzi zginęło ${100 + i} osób.\n`,
    );
  }
  // Wait until the back end has recorded them all.
  await expect
    .poll(
      async () => {
        const res = await request.post(`${workspace.origin}/api/listSources`, { headers: { 'X-Factdesk-Token': workspace.token }, data: {} });
        return ((await res.json()).value as unknown[]).length;
      },
      { timeout: 30_000 },
    )
    .toBe(extra + 2);

  await openApp(page, workspace.url);
  await expect(page.getByRole('note')).toContainText('322 articles');
  await expect(claimItems(page).first()).toBeVisible();
  // Only the two open seeds are listed in full.
  const files = await claimItems(page).locator('.claim-item__source').allTextContents();
  const listed = new Set(files.map((t) => t.trim()).filter((t) => t.endsWith('.txt')));
  expect([...listed].sort()).toEqual([SEED_000, SEED_002]);

  // Picking one source in the filter lists its claims too.
  await page.getByRole('combobox', { name: 'Source filter' }).selectOption({ label: 'zz-007.txt' });
  await expect(claimItems(page).filter({ hasText: '107 osób' }).first()).toBeVisible();
});
