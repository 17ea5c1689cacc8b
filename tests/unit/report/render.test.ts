import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/api';
import { renderHtml } from '../../../shared/report/html';
import { mdInline } from '../../../shared/report/markdown';
import { buildReportModel, rowMatches } from '../../../shared/report/model';
import { renderReport } from '../../../shared/report/render';
import type { ReportFilter, ReportFormat } from '../../../shared/report/types';
import { STATUSES } from '../../../shared/verification/types';
import { claim, input, record, rows, source } from './fixtures';

describe('renderReport', () => {
  it('renders every format with its file name and type', () => {
    const expected: Record<ReportFormat, [string, string, string]> = {
      md: ['factdesk-report-2024-04-02.md', 'text/markdown; charset=utf-8', '# Raport weryfikacji'],
      html: ['factdesk-report-2024-04-02.html', 'text/html; charset=utf-8', '<!DOCTYPE html>'],
      csv: ['factdesk-claims-2024-04-02.csv', 'text/csv; charset=utf-8', '\uFEFFsource_id,'],
      json: ['factdesk-records-2024-04-02.json', 'application/json', '{\n  "format": "factdesk-records"'],
      claimreview: ['factdesk-claimreview-2024-04-02.jsonld', 'application/ld+json', '[\n  {\n    "@context": "https://schema.org"'],
    };
    for (const [format, [fileName, mime, start]] of Object.entries(expected) as [ReportFormat, [string, string, string]][]) {
      const file = renderReport(input(), format, {}, 'pl');
      expect(file.fileName).toBe(fileName);
      expect(file.mime).toBe(mime);
      expect(file.content.startsWith(start), format).toBe(true);
    }
    expect(() => renderReport(input(), 'pdf' as ReportFormat, {}, 'pl')).toThrow(/Unknown report format/);
  });

  it('follows the label language, except for the language-free records export', () => {
    expect(renderReport(input(), 'md', {}, 'en').content).toMatch(/^# Verification report/);
    expect(renderReport(input(), 'csv', {}, 'en').content).toContain(',partly-true,Partly true,');
    expect(renderReport(input(), 'csv', {}, 'pl').content).toContain(',partly-true,Częściowo prawda,');
    expect(renderReport(input(), 'json', {}, 'en').content).toBe(renderReport(input(), 'json', {}, 'pl').content);
  });

  it('is byte-identical for the same input (deterministic)', () => {
    for (const format of ['md', 'html', 'csv', 'json', 'claimreview'] as const) {
      expect(renderReport(input({ rows: rows().reverse() }), format, {}, 'pl').content).toBe(renderReport(input(), format, {}, 'pl').content);
    }
  });

  it('counts exactly the rows any filter keeps', () => {
    const filter = fc.record(
      {
        sourceIds: fc.subarray(['s-pl', 's-en', 's-evil', 'nope']),
        statuses: fc.subarray([...STATUSES]),
        kinds: fc.subarray(['quote', 'event', 'quantity'] as const),
        reviewer: fc.constantFrom('', 'john', 'Anna Żółkiewska', 'nobody'),
        from: fc.constantFrom('2024-01', '2024-03-01', '2024-03-07'),
        to: fc.constantFrom('2024-02-12', '2024-03', '2025'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filter, (f: ReportFilter) => {
        const m = buildReportModel(input(), f, 'en');
        const kept = rows().filter((r) => rowMatches(r, f));
        expect(m.total).toBe(kept.length);
        expect(m.summary.reduce((n, s) => n + s.count, 0)).toBe(kept.length);
        const csvLines = renderReport(input(), 'csv', f, 'en').content.replace(/"(?:[^"]|"")*"/g, '').split('\r\n');
        expect(csvLines).toHaveLength(kept.length + 2);
        expect(JSON.parse(renderReport(input(), 'json', f, 'en').content).records).toHaveLength(kept.filter((r) => r.record).length);
      }),
      { numRuns: 200 },
    );
  });

  it('never lets arbitrary article text open a tag in HTML or break a Markdown line', () => {
    const hostile = fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '/', 's', 'c', 'r', 'i', 'p', 't', '=', ' ', '\n', '|', '#', '-', '`', '*', 'ą', '1', '.') });
    fc.assert(
      fc.property(hostile, hostile, (text, note) => {
        const c = claim('fuzz', { text, speaker: { name: note, mention: '' } });
        const row: ClaimRow = { sourceId: 'f', claim: c, record: record('f', c, { status: 'false', note, reviewer: text }) };
        const doc = renderHtml(buildReportModel({ generatedAt: '2024-01-01T00:00:00Z', profile: null, sources: [source('f', { title: text })], rows: [row] }, {}, 'en'));
        const body = doc.slice(doc.indexOf('<body>'));
        // Every '<' in the body starts one of our own tags.
        for (const m of body.matchAll(/<(\/?)([^\s>]*)/g)) expect(m[2]).toMatch(/^(body|html|header|h[123]|dl|dt|dd|div|section|table|thead|tbody|tfoot|tr|th|td|span|ol|ul|li|a|p|article|blockquote|code|time|strong|br)$/);
        const line = mdInline(text);
        expect(line).not.toMatch(/[\r\n]/);
        expect(line).not.toMatch(/(?<!\\)[|<>`*#]/);
        expect(line).not.toMatch(/^\s*[-+=]/);
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on a large workspace', () => {
    const many: ClaimRow[] = [];
    for (let i = 0; i < 5000; i++) {
      const c = claim(`k${i}`, { text: `Zdanie numer ${i}, „cytat” – powiedział ktoś. `.repeat(5), start: i * 10 });
      many.push({ sourceId: `s${i % 50}`, claim: c, record: i % 2 ? record(`s${i % 50}`, c, { status: 'true', note: 'Notatka | # x' }) : null });
    }
    const big = { generatedAt: '2024-01-01T00:00:00Z', profile: null, sources: [], rows: many };
    const t0 = performance.now();
    for (const format of ['md', 'html', 'csv', 'json', 'claimreview'] as const) renderReport(big, format, {}, 'pl');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
