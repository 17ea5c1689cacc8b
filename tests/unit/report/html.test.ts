import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/model';
import { escapeHtml, renderHtml } from '../../../shared/report/html';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import { HOSTILE, input } from './fixtures';

const html = (lang: 'pl' | 'en' = 'pl') => renderHtml(buildReportModel(input(), {}, lang));

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'div', 'section', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'span', 'ol', 'ul', 'li', 'a', 'p', 'article', 'blockquote', 'code', 'time', 'strong', 'br',
]);
const ALLOWED_ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'rel', 'scope', 'aria-labelledby', 'aria-hidden', 'title', 'datetime']);

/** Every tag of the document with its attributes (the style element's body is skipped). */
function tags(doc: string): { name: string; attrs: [string, string][] }[] {
  const withoutStyle = doc.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!DOCTYPE html>/, '');
  const found: { name: string; attrs: [string, string][] }[] = [];
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*>/g;
  let m: RegExpExecArray | null;
  let matchedLength = 0;
  while ((m = tagRe.exec(withoutStyle))) {
    matchedLength += m[0].length;
    const attrs = [...m[2].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? ''] as [string, string]);
    found.push({ name: m[1].toLowerCase(), attrs });
  }
  // Every '<' outside the style belongs to one of the tags above: user text cannot open a tag.
  const ltCount = withoutStyle.split('<').length - 1;
  expect(found.length).toBe(ltCount);
  expect(matchedLength).toBeGreaterThan(0);
  return found;
}

describe('renderHtml', () => {
  it('is one self-contained document: charset, language, CSP, inline CSS, no scripts or external resources', () => {
    const doc = html('pl');
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="pl">')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html('en')).toContain('<html lang="en">');
    for (const t of tags(doc)) {
      expect(ALLOWED_TAGS.has(t.name), t.name).toBe(true);
      for (const [name, value] of t.attrs) {
        expect(ALLOWED_ATTRS.has(name), `${t.name} ${name}`).toBe(true);
        if (name === 'href') expect(value).toMatch(/^(#[a-z0-9-]+|https?:\/\/[^\s"'<>]+)$/);
      }
    }
    expect(doc).not.toMatch(/<script|<img|<iframe|<svg|<link|@import|url\(/i);
  });

  it('escapes hostile article and user text everywhere', () => {
    const doc = html('en');
    expect(doc).toContain(escapeHtml(HOSTILE));
    expect(escapeHtml(HOSTILE)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(doc).toContain('&lt;b onmouseover=alert(1)&gt;Boss&lt;/b&gt;');
    expect(doc).toContain('&lt;/textarea&gt;&lt;svg onload=alert(1)&gt;');
    expect(doc).toContain('&amp; &amp;amp; # not a heading');
    expect(doc).toContain('<title>Verification report — Fundacja Sprawdzam — 2024-04-02</title>');
    // javascript: and broken URLs are shown, never linked.
    expect(doc).toContain('javascript:alert(1)</li>');
    expect(doc).not.toMatch(/href="javascript/i);
    expect(doc).not.toContain('href="https://example.org/a');
    expect(doc).toContain('<a href="https://www.nato.int/cps/en/natohq/opinions.htm" rel="noopener noreferrer">');
  });

  it('is print-ready: page size and margins, a page break before every article', () => {
    const doc = html();
    expect(doc).toMatch(/@page\{size:A4;margin:[^}]+\}/);
    expect(doc).toMatch(/\.article,\.recheck\{page-break-before:always;break-before:page/);
    expect(doc.match(/<section class="article"/g)).toHaveLength(3);
  });

  it('shows status with colour and letter', () => {
    const doc = html('pl');
    for (const s of STATUS_INFO) expect(doc).toContain(`.badge.st-${s.status}{background:${s.color}}`);
    expect(doc).toContain('<span class="badge st-true" aria-hidden="true">✔ T</span> <span class="status-label">Prawda</span>');
    expect(doc).toContain('<span class="badge st-misleading" aria-hidden="true">⚠ M</span> <span class="status-label">Wprowadza w błąd</span>');
  });

  it('prints claims with every field, Polish characters verbatim, and the changed-since-verified table', () => {
    const doc = html('pl');
    expect(doc).toContain('„Nie sądzę, abyśmy mogli oczekiwać, że te spotkania rozwiążą wszystkie problemy” – powiedział szef NATO.');
    expect(doc).toContain('<dt>Autor wypowiedzi</dt><dd>Jens Stoltenberg</dd>');
    expect(doc).toContain('<dt>Weryfikator</dt><dd>Anna Żółkiewska</dd>');
    expect(doc).toContain('<dt>Przypisane do</dt><dd>Paweł Łęcki</dd>');
    expect(doc).toContain('2024-03-02 10:15 UTC</time>, Anna Żółkiewska — Status: W toku → Prawda');
    expect(doc).toContain('⚠ Osierocone');
    const recheck = doc.slice(doc.indexOf('<section class="recheck"'));
    expect(recheck).toContain('<h2 id="recheck-title">Zmienione od weryfikacji</h2>');
    expect(recheck).toContain('<a href="#claim-3-3">');
    expect(doc).toContain('id="claim-3-3"');
    expect(recheck).toContain('<tr><th scope="row">Liczba</th><td class="before">10 osób</td><td class="after">10–15 osób</td></tr>');
    expect(recheck).toContain('<td class="before">W zamachu zginęło 10 osób | &lt;b&gt;x&lt;/b&gt;.</td>');
  });

  it('says so when nothing is in scope', () => {
    const doc = renderHtml(buildReportModel(input(), { statuses: ['in-progress'] }, 'en'));
    expect(doc).not.toContain('<section class="article"');
    expect(doc).toContain('No claim changed since it was verified.');
    expect(doc).toContain('<th scope="row">Total</th><td class="num">0</td>');
  });
});
