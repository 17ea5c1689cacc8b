import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/model';
import { mdBlock, mdInline, renderMarkdown } from '../../../shared/report/markdown';
import { input } from './fixtures';

const md = (lang: 'pl' | 'en' = 'pl') => renderMarkdown(buildReportModel(input(), {}, lang));

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
}

describe('renderMarkdown', () => {
  it('has a summary table, one section per article and the changed-since-verified section', () => {
    const doc = md('pl');
    const headings = doc.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Raport weryfikacji',
      '## Podsumowanie',
      '## 1. Deficit "falls" to 3%, Treasury says',
      '### 1. ◑ **C** Częściowo prawda · Cytat',
      '### 2. ? **N** Nieweryfikowalne · Zdarzenie',
      expect.stringMatching(/^## 2\. "\\>\\<img src=x onerror=alert\(1\)\\>\\<script\\>/),
      '### 1. ✖ **F** Fałsz · Cytat',
      '## 3. Stoltenberg: rozmowy z Rosją mogą utorować drogę',
      '### 1. ○ **U** Niezweryfikowane · Zdarzenie',
      '### 2. ✔ **T** Prawda · Cytat',
      '### 3. ✖ **F** Fałsz · Liczba',
      '### 4. ⚠ **M** Wprowadza w błąd · Zdarzenie',
      '## Zmienione od weryfikacji',
      '### Stoltenberg: rozmowy z Rosją mogą utorować drogę — 3. ✖ **F** Fałsz',
    ]);
    expect(doc).toContain('| ✖ **F** Fałsz | 2 |');
    expect(doc).toContain('| **Razem** | **7** |');
    expect(doc).toContain('- Autor wypowiedzi: Jens Stoltenberg');
    expect(doc).toContain('- Data: 10 stycznia 2022 `2022-01-10` („w poniedziałek”)');
    expect(doc).toContain('- Liczba w twierdzeniu: 10–15 osób');
    expect(doc).toContain('- Ostatnia zmiana: 2024-03-02 10:15 UTC, Anna Żółkiewska — Status: W toku → Prawda');
    expect(doc).toContain('- ⚠ **Osierocone**: Twierdzenia nie ma już w najnowszej wersji artykułu.');
    expect(doc).toContain('  - Link: <https://www.nato.int/cps/en/natohq/opinions.htm>');
    expect(md('en')).toContain('## Changed since verified');
  });

  it('keeps every table row at its column count even with pipes in user text', () => {
    const lines = md().split('\n').filter((l) => l.startsWith('|'));
    const summary = lines.filter((l) => cells(l).length === 2);
    const changes = lines.filter((l) => cells(l).length === 3);
    expect(summary).toHaveLength(2 + 7 + 1);
    expect(changes).toHaveLength(2 + 2);
    expect(changes).toContain('| Treść | W zamachu zginęło 10 osób \\| \\<b\\>x\\</b\\>. | W zamachu zginęło 10–15 osób \\| w tym dzieci. |');
  });

  it('escapes markup in user text: no raw HTML, links, headings or list markers', () => {
    const doc = md('en');
    expect(doc).not.toMatch(/(?<!\\)<(script|img|svg|iframe|b |i>|\/textarea)/);
    expect(doc).toContain('Link: javascript:alert(1)');
    expect(doc).not.toMatch(/<javascript:/);
    expect(doc).toContain('\\&amp; \\# not a heading');
    // Multi-line notes: hard breaks, escaped line starts, a kept paragraph break, nothing becomes a heading or table.
    expect(doc).toContain('- Notes: Potwierdzone w nagraniu konferencji.\\\n  \\# nie nagłówek\\\n  \\| nie tabela \\|\n\n  Drugi akapit, "cytat".');
    // Leading ASCII dash/equals in claim text and notes would be list items / setext underlines.
    expect(doc).toContain('> \\- Nie zgadzam się - powiedział premier w Łodzi.');
    expect(doc).toContain('> \\=HYPERLINK("http://evil.example","click")');
  });

  it('mdInline and mdBlock neutralise control characters', () => {
    expect(mdInline('# a | b *c* _d_ `e` [f](g) <h> ~i~ &lt;')).toBe('\\# a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~ \\&lt;');
    expect(mdInline('1. one\ntwo\r\n- three')).toBe('1\\. one two - three');
    expect(mdInline('+ plus')).toBe('\\+ plus');
    expect(mdInline('AT&T')).toBe('AT&T');
    expect(mdBlock('a\n\n\n2) b\n   - c', '  ')).toBe('a\n\n  2\\) b\\\n  \\- c');
  });
});
