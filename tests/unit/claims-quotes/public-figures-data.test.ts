import { describe, expect, it } from 'vitest';
import { PUBLIC_FIGURES } from '../../../shared/claims/public-figures-data';

interface Row {
  line: string;
  fields: string[];
  name: string;
  gender: string;
  country: string;
  roles: string[];
  variants: string[];
}

const list = (field: string | undefined) => (field ?? '').split(';').map((x) => x.trim()).filter(Boolean);

const rows: Row[] = PUBLIC_FIGURES.split('\n')
  .filter((line: string) => line.trim() !== '')
  .map((line: string) => {
    const fields = line.split('|');
    return { line, fields, name: fields[0], gender: fields[1], country: fields[2], roles: list(fields[3]), variants: list(fields[4]) };
  });

const byName = new Map(rows.map((r) => [r.name, r]));

describe('PUBLIC_FIGURES data format', () => {
  it('holds a few hundred people', () => {
    expect(rows.length).toBeGreaterThan(300);
  });

  it('has exactly five `|`-separated fields on every line', () => {
    expect(rows.filter((r) => r.fields.length !== 5).map((r) => r.line)).toEqual([]);
  });

  it('has gender m or f and a lower-case country code', () => {
    expect(rows.filter((r) => !/^[mf]$/.test(r.gender)).map((r) => r.line)).toEqual([]);
    expect(rows.filter((r) => !/^[a-z]{2,}$/.test(r.country)).map((r) => r.line)).toEqual([]);
  });

  it('has full names of at least two words without stray spaces', () => {
    expect(rows.filter((r) => r.name.trim() !== r.name || r.name.split(/\s+/).length < 2).map((r) => r.line)).toEqual([]);
  });

  it('gives every person at least one role and no empty list items', () => {
    expect(rows.filter((r) => r.roles.length === 0).map((r) => r.line)).toEqual([]);
    const emptyItem = (f: string) => f.trim() !== '' && f.split(';').some((x) => x.trim() === '');
    expect(rows.filter((r) => emptyItem(r.fields[3]) || emptyItem(r.fields[4])).map((r) => r.line)).toEqual([]);
  });

  it('has no duplicate full names, and no variant that is someone else’s (or its own) full name', () => {
    const seen = new Set<string>();
    const dups = rows.filter((r) => (seen.has(r.name) ? true : (seen.add(r.name), false))).map((r) => r.name);
    expect(dups).toEqual([]);
    const clash = rows.flatMap((r) => r.variants.filter((v) => byName.has(v)).map((v) => `${r.name}: ${v}`));
    expect(clash).toEqual([]);
  });

  it('keeps Polish roles lower-case except for proper names and acronyms', () => {
    // Roles are matched lower-case, but a capitalised common noun (`Premier`) signals a copy error.
    const bad = rows.flatMap((r) => r.roles.filter((x) => /^(Premier|Prezydent|Minister|Szef|Marszałek|Rzecznik|Prezes|Wicepremier)\b/.test(x)));
    expect(bad).toEqual([]);
  });
});

describe('PUBLIC_FIGURES known entries', () => {
  it('knows Donald Tusk as premier and European Council president', () => {
    const tusk = byName.get('Donald Tusk');
    expect(tusk).toMatchObject({ gender: 'm', country: 'pl' });
    expect(tusk?.roles).toEqual(expect.arrayContaining(['premier', 'prime minister', 'przewodniczący Rady Europejskiej']));
  });

  it('lists English spellings of Ukrainian and Russian names as variants', () => {
    expect(byName.get('Wołodymyr Zełenski')?.variants).toContain('Volodymyr Zelensky');
    expect(byName.get('Wołodymyr Zełenski')?.country).toBe('ua');
    expect(byName.get('Siergiej Ławrow')?.variants).toContain('Sergei Lavrov');
    expect(byName.get('Władimir Putin')?.variants).toContain('Vladimir Putin');
  });

  it('keeps multi-word surnames whole and genders right', () => {
    expect(byName.get('Władysław Kosiniak-Kamysz')?.roles).toContain('szef MON');
    expect(byName.get('Ursula von der Leyen')).toMatchObject({ gender: 'f', country: 'eu' });
    expect(byName.get('Ursula von der Leyen')?.roles).toContain('przewodnicząca Komisji Europejskiej');
    expect(byName.get('Marine Le Pen')?.gender).toBe('f');
    expect(byName.get('Mark Rutte')?.roles).toContain('sekretarz generalny NATO');
  });

  it('carries roles from different periods for the same person', () => {
    const sikorski = byName.get('Radosław Sikorski');
    expect(sikorski?.roles).toEqual(expect.arrayContaining(['szef MSZ', 'marszałek Sejmu', 'szef MON']));
    expect(sikorski?.variants).toContain('Radek Sikorski');
    expect(byName.get('Rishi Sunak')?.roles).toEqual(expect.arrayContaining(['prime minister', 'Chancellor of the Exchequer']));
  });
});
