import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, guardCsvCell, renderCsv, unguardCsvCell } from '../../../shared/report/csv';
import { buildReportModel } from '../../../shared/report/model';
import { statusInfo } from '../../../shared/verification/statuses';
import { input, rows, SOURCES } from './fixtures';

const csv = (lang: 'pl' | 'en' = 'pl') => renderCsv(buildReportModel(input(), {}, lang));

describe('renderCsv', () => {
  it('starts with a UTF-8 BOM and the stable header, and ends records with CRLF', () => {
    const text = csv();
    expect(text.startsWith('\uFEFFsource_id,source_path,source_title,article_date,claim_key,kind,text,speaker,date,quantity,status,status_label,notes,evidence,assignee,reviewer,updated_at,updated_by,needs_recheck,orphaned\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(unquoted.split('\r\n')).toHaveLength(1 + 7 + 1);
  });

  it('parses back with a real CSV parser to exactly the records', () => {
    const parsed: Record<string, string>[] = parse(csv('pl'), { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false });
    expect(Object.keys(parsed[0])).toEqual([...CSV_COLUMNS]);
    const values = parsed.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguardCsvCell(v)])));
    const byKey = new Map(values.map((v) => [v.claim_key, v]));
    expect([...byKey.keys()]).toEqual(['en-quote', 'en-event', 'evil-1', 'pl-event', 'pl-quote', 'pl-quantity', 'pl-orphan']);
    for (const row of rows()) {
      const v = byKey.get(row.claim.key)!;
      const r = row.record;
      const src = SOURCES.find((s) => s.id === row.sourceId)!;
      expect(v).toMatchObject({
        source_id: row.sourceId,
        source_path: src.path,
        source_title: src.title,
        article_date: src.date ?? '',
        kind: row.claim.kind,
        text: row.claim.text,
        speaker: row.claim.speaker?.name ?? '',
        date: row.claim.date?.value ?? '',
        status: r?.status ?? 'unverified',
        status_label: statusInfo(r?.status ?? 'unverified').label.pl,
        notes: r?.note ?? '',
        evidence: (r?.evidence ?? []).map((e) => (e.sha256 ? `${e.value} (sha256 ${e.sha256})` : e.value)).join('\n'),
        assignee: r?.assignee ?? '',
        reviewer: r?.reviewer ?? '',
        updated_at: r?.updatedAt ?? '',
        needs_recheck: r?.needsRecheck ? 'true' : 'false',
        orphaned: r?.orphaned ? 'true' : 'false',
      });
    }
    expect(byKey.get('pl-quantity')!.quantity).toBe('10–15 osób');
    expect(byKey.get('pl-quote')!.notes).toBe('Potwierdzone w nagraniu konferencji.\n# nie nagłówek\n| nie tabela |\r\n\r\nDrugi akapit, "cytat".');
    expect(byKey.get('pl-quote')!.updated_by).toBe('Anna Żółkiewska');
  });

  it('guards formula-looking cells with a leading apostrophe, leaving typographic dashes and plain numbers alone', () => {
    const parsed: Record<string, string>[] = parse(csv('en'), { bom: true, columns: true });
    const byKey = new Map(parsed.map((v) => [v.claim_key, v]));
    expect(byKey.get('en-event')!.text).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byKey.get('en-event')!.notes).toBe(`'@SUM(A1:A9)`);
    expect(byKey.get('en-quote')!.notes).toBe(`'-5 % is what the report says; +3 pp`);
    expect(byKey.get('en-quote')!.assignee).toBe(`'@mallory`);
    expect(byKey.get('pl-quantity')!.notes).toBe(`'=1+1 to nie formuła`);
    expect(byKey.get('pl-event')!.text).toBe(`'- Nie zgadzam się - powiedział premier w Łodzi.`);
    // The Polish dash-quote with an en dash is not a formula.
    expect(guardCsvCell('– Nie zgadzam się – powiedział.')).toBe('– Nie zgadzam się – powiedział.');
    expect(guardCsvCell('—Tak.')).toBe('—Tak.');
    expect(guardCsvCell('-5')).toBe('-5');
    expect(guardCsvCell('+48,5')).toBe('+48,5');
    expect(guardCsvCell('-5+cmd')).toBe("'-5+cmd");
    expect(guardCsvCell('\t=1')).toBe("'\t=1");
    expect(guardCsvCell("'=1")).toBe("''=1");
    expect(guardCsvCell("'tis")).toBe("'tis");
  });

  it('guard is exactly reversible and never leaves a formula start', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', "'", '\t', '\r', 'a', '1', ',', ' ', 'ż', '–') }), (s) => {
        const g = guardCsvCell(s);
        expect(unguardCsvCell(g)).toBe(s);
        if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(g)) expect(g).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    const text = csv('en');
    expect(text).toContain(',"The deficit fell to 3%, ""the lowest in a decade"", the Treasury said.",');
    expect(text).toContain('"Potwierdzone w nagraniu konferencji.\n# nie nagłówek\n| nie tabela |\r\n\r\nDrugi akapit, ""cytat""."');
    expect(text).toContain(',Jens Stoltenberg,');
  });
});
