// Issue 6 "Tests and proof": mark claims in the seeds, export HTML from the UI, open the file in
// Chromium, screenshot it, render it to PDF and check its pages and Polish characters.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { claimItems, keys, openApp, SEED_000, SEED_002, waitForClaims } from './ui-steps';

const NOTE = 'Wypowiedzi nie ma w komunikacie MSZ. Test znaków: „Zażółć gęślą jaźń”.';
const POLISH = '„Zażółć gęślą jaźń”';
/** Screenshots, the HTML, the PDF and its page PNGs, kept for a human to look at. */
const OUT = join(tmpdir(), 'factdesk-report-pdf');

/** Runs a poppler-utils tool; a missing tool is an error with the fix, never a skip. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${tool} is not installed. The PDF test needs poppler-utils: apt-get install poppler-utils (brew install poppler on macOS).`);
  }
  if (r.error || r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

/** Sets the status of the first claim of `seed` with its digit key, optionally with a note. */
async function markFirstClaim(page: Page, seed: string, statusKey: string, statusName: string, note?: string): Promise<void> {
  await page.getByLabel('Source filter').selectOption({ label: seed });
  await claimItems(page).first().getByRole('button').click();
  await keys(page, statusKey);
  const detail = page.getByRole('complementary', { name: 'Claim detail' });
  await expect(detail.getByRole('radio', { name: statusName, exact: true })).toHaveAttribute('aria-checked', 'true');
  if (note) {
    await keys(page, 'n');
    await expect(detail.getByLabel('Note')).toBeFocused();
    await page.keyboard.type(note);
    await keys(page, 'Control+Enter', 'Escape');
    await expect(detail.getByRole('list', { name: 'History' })).toContainText(POLISH);
  }
}

/** Opens the report dialog as HTML with Polish labels, only False and True claims. */
async function openHtmlReport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  await dialog.getByLabel('Format').selectOption('html');
  await dialog.getByLabel('Label language').selectOption('pl');
  const statuses = dialog.getByRole('group', { name: /Statuses/ });
  await statuses.getByLabel('False', { exact: true }).check();
  await statuses.getByLabel('True', { exact: true }).check();
  await expect(page.frameLocator('iframe[title="Report preview"]').locator('body')).toContainText(POLISH);
  return dialog;
}

test('HTML report exported from the UI prints to a PDF with a page per section and Polish characters intact', async ({ page, workspace }, testInfo) => {
  testInfo.setTimeout(120_000);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  // Observe the real print start: the hidden print frame's "beforeprint" event, in this Chromium.
  await page.addInitScript(() => {
    const w = window as unknown as { __printed: string[] };
    w.__printed = [];
    const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!.get!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const frameWindow = get.call(this) as (Window & { __watched?: boolean }) | null;
        try {
          if (frameWindow && !frameWindow.__watched) {
            frameWindow.__watched = true;
            frameWindow.addEventListener('beforeprint', () => w.__printed.push(frameWindow.document.body.innerText));
          }
        } catch {
          // A cross-origin (fully sandboxed) frame: nothing to watch, and print() on it cannot work.
        }
        return frameWindow;
      },
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

  await openApp(page, workspace.url);
  await waitForClaims(page);
  await markFirstClaim(page, SEED_002, '6', 'False', NOTE);
  await markFirstClaim(page, SEED_000, '3', 'True');

  const dialog = await openHtmlReport(page);

  // Browser mode: "Print / Save as PDF…" really starts Chromium's printing of the report.
  const print = dialog.getByRole('button', { name: 'Print / Save as PDF…' });
  await expect(dialog.getByRole('button', { name: 'Save as PDF…', exact: true })).toHaveCount(0); // Electron only
  await print.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: string[] }).__printed.length)).toBe(1);
  const printed = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed[0]!);
  expect(printed).toContain(POLISH);
  await expect(print).toBeEnabled();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.screenshot({ path: join(OUT, 'dialog-browser.png') });
  expect(consoleErrors.filter((e) => /print\(\)/.test(e))).toEqual([]);

  // Export the HTML file and open it on its own, offline.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.html?$/);
  const htmlPath = join(OUT, 'report.html');
  await download.saveAs(htmlPath);

  const view = await page.context().newPage();
  await view.goto(`file://${htmlPath}`);
  await expect(view.locator('body')).toContainText(POLISH);
  await view.screenshot({ path: join(OUT, 'report.png'), fullPage: true });

  // The report's structure, read from the file itself: every element that forces a page break
  // starts a page after the first (title + summary), so that is the page count to expect.
  await view.emulateMedia({ media: 'print' });
  const breaks = await view.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => getComputedStyle(el).breakBefore === 'page')
      .map((el) => (el.querySelector('h1, h2')?.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  const title = (await view.locator('h1').first().textContent())!.trim();
  // Two marked claims in two seeds: at least one section per article plus "changed since verified".
  expect(breaks.length).toBeGreaterThanOrEqual(3);
  breaks.forEach((heading) => expect(heading).not.toBe(''));

  const pdfPath = join(OUT, 'report.pdf');
  await view.pdf({ path: pdfPath, format: 'A4', printBackground: true });

  const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdfPath]))?.[1]);
  const pageTexts = poppler('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])
    .split('\f')
    .slice(0, pages)
    .map((t) => t.replace(/\s+/g, ' ').trim());
  const firstLines = pageTexts.map((t) => t.slice(0, 80));

  // The filter keeps every section short enough for one page, so: the first page, then one page
  // per forced break, each starting with its section's heading, in order.
  expect(pages, `pages start with: ${JSON.stringify(firstLines, null, 1)}`).toBe(1 + breaks.length);
  expect(pageTexts[0]!.startsWith(title)).toBe(true);
  breaks.forEach((heading, i) => expect(pageTexts[i + 1]!.startsWith(heading), `page ${i + 2} starts with "${heading}"`).toBe(true));

  // Polish characters survive into the PDF's text: the note, and Polish labels.
  const all = pageTexts.join('\n');
  expect(all).toContain(POLISH);
  expect(all).toContain('Fałsz');
  expect(all).toContain('Prawda');
  const notePage = pageTexts.findIndex((t) => t.includes(POLISH));
  expect(notePage, 'the note is on an article page, not the summary').toBeGreaterThan(0);

  // One page as a picture, to look at.
  poppler('pdftoppm', ['-png', '-r', '60', '-f', String(notePage + 1), '-l', String(notePage + 1), pdfPath, join(OUT, 'page')]);
  await testInfo.attach('report.png', { path: join(OUT, 'report.png'), contentType: 'image/png' });
  await testInfo.attach('report.pdf', { path: pdfPath, contentType: 'application/pdf' });
});

test('in the Electron shell "Save as PDF…" hands the report HTML to window.factdesk.printToPdf and says where it went', async ({ page, workspace }) => {
  // A stand-in for the preload bridge: the API over HTTP, plus a recording printToPdf extra.
  await page.addInitScript(() => {
    const token = new URL(location.href).searchParams.get('token') ?? '';
    const calls: { html: string; suggestedName: string }[] = [];
    const answers = [{ ok: true, value: { path: '/home/anna/Dokumenty/raport.pdf' } }, { ok: true, value: { path: null } }, { ok: false, error: { code: 'pdf-failed', message: 'Could not save the PDF: disk full' } }];
    const api = (method: string) => async (args: unknown) =>
      (await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': token }, body: JSON.stringify(args ?? {}) })).json();
    const bridge = new Proxy({} as Record<string, unknown>, {
      get(_t, name: string) {
        if (name === 'printToPdf') {
          return async (html: string, suggestedName: string) => {
            calls.push({ html, suggestedName });
            return answers[calls.length - 1];
          };
        }
        if (name === 'onEvent') {
          return (cb: (e: unknown) => void) => {
            const es = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
            es.onmessage = (m) => {
              try {
                cb(JSON.parse(m.data as string));
              } catch {
                // keep-alive
              }
            };
            return () => es.close();
          };
        }
        return name === 'then' ? undefined : api(name);
      },
    });
    Object.assign(window, { factdesk: bridge, __pdfCalls: calls });
  });

  await openApp(page, workspace.url);
  await waitForClaims(page);
  await markFirstClaim(page, SEED_002, '6', 'False', NOTE);
  const dialog = await openHtmlReport(page);
  await expect(dialog.getByRole('button', { name: 'Print…', exact: true })).toBeVisible();
  const save = dialog.getByRole('button', { name: 'Save as PDF…', exact: true });

  await save.click();
  await expect(dialog.getByRole('status')).toHaveText('PDF saved to /home/anna/Dokumenty/raport.pdf');
  mkdirSync(OUT, { recursive: true });
  await dialog.screenshot({ path: join(OUT, 'dialog-electron.png') });
  const calls = await page.evaluate(() => (window as unknown as { __pdfCalls: { html: string; suggestedName: string }[] }).__pdfCalls);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.suggestedName).toMatch(/\.pdf$/);
  expect(calls[0]!.html).toMatch(/^<!DOCTYPE html>/);
  expect(calls[0]!.html).toContain(POLISH);

  await save.click();
  await expect(dialog.getByRole('status')).toHaveText('PDF not saved.');
  await save.click();
  await expect(dialog.getByRole('alert')).toContainText('disk full');

  // Other formats have no PDF.
  await dialog.getByLabel('Format').selectOption('csv');
  await expect(save).toHaveCount(0);
});
