import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';
import { findEvents } from '../../../shared/claims/events';
import { detectMetadata } from '../../../shared/claims/metadata';
import { detectLanguage } from '../../../shared/claims/language';
import { findQuantities } from '../../../shared/claims/quantities';
import type { Language } from '../../../shared/sources';
import { simpleSentences } from './sentences-helper';

const PL = [
  'Ministrowie spraw zagranicznych odbyli w piątek nadzwyczajne spotkanie online.',
  '12 stycznia odbędzie się spotkanie Rady NATO-Rosja, a w przyszłym tygodniu rozmowy w Genewie.',
  'W wyniku ataku zginęło 385 osób, a 1 700 zostało rannych; straty sięgają 2,5 mln zł.',
  'Jak podaje MSZ, dzisiejsze spotkanie miało na celu przygotowanie do rozmów z Rosją.',
  'Inflacja w grudniu wyniosła 5 proc., a w 2021 roku średnio 4,8%.',
  '„Nie sądzę, abyśmy mogli oczekiwać przełomu” - powiedział szef NATO o godz. 12.',
];
const EN = [
  'On Friday the ministers met in Brussels to discuss the crisis.',
  'The summit will take place on March 3, and talks resume next week.',
  'More than 3,000 people were evacuated and damage reached $3 billion.',
  'Earlier this month, Moscow published two draft treaties, officials said.',
  'Unemployment fell to 4.2 percent in December, from 4.6% in November 2021.',
];

function article(size: number, sentences: string[]): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < size; k++) {
    const s = sentences[k % sentences.length] + (k % 7 === 6 ? '\n\n' : ' ');
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, size);
}

function run(text: string, lang: Language): number {
  const t0 = performance.now();
  const md = detectMetadata(text);
  detectLanguage(text);
  const dates = findDates(text, lang, md.headerDate ?? '2022-01-12');
  findQuantities(text, lang);
  findEvents(text, simpleSentences(text, md.bodyStart), dates, lang);
  return performance.now() - t0;
}

describe('performance', () => {
  it.each([
    ['pl', PL],
    ['en', EN],
  ] as const)('%s: a 1 MB article is processed quickly and time grows linearly', (lang, sentences) => {
    const small = article(250_000, sentences);
    const big = article(1_000_000, sentences);
    run(small, lang); // warm up the JIT
    const tSmall = Math.min(run(small + ' ', lang), run(small + '  ', lang));
    const tBig = Math.min(run(big, lang), run(big + ' ', lang));
    // Generous bounds for a shared 2-core CI machine; typical is well under 300 ms per MB.
    expect(tBig).toBeLessThan(3000);
    expect(tBig).toBeLessThan(8 * tSmall + 200);
  });

  it('finds what it should in the big article (sanity)', () => {
    const big = article(1_000_000, PL);
    const dates = findDates(big, 'pl', '2022-01-12');
    expect(dates.length).toBeGreaterThan(10000);
    expect(dates.find((d) => d.mention === '12 stycznia')?.value).toBe('2022-01-12');
    const q = findQuantities(big, 'pl');
    expect(q.find((x) => x.mention === '1 700 zostało rannych')?.value).toBe(1700);
  });
});
