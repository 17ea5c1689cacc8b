import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../../shared/claims/extract';

/**
 * Scores the extractor on the hand-annotated held-out set in ./gold (see gold/gold.json): quote
 * recall and precision by span overlap with the annotated snippet, speaker accuracy on the matched
 * quotes, and temporal recall with correct TIMEX value.
 */

type GoldQuote = [snippet: string, speakers: string, kind: 'd' | 'r'];
type GoldDate = [mention: string, value: string | string[]];
interface GoldArticle {
  lang: 'pl' | 'en';
  date: string;
  quotes: GoldQuote[];
  dates: GoldDate[];
}

export interface Scores {
  quotesGold: number;
  quotesFound: number;
  quotesExtracted: number;
  quotesCorrect: number;
  speakerRight: number;
  datesGold: number;
  datesRight: number;
  datesExtracted: number;
  datesSpurious: number;
  failures: string[];
}

const dir = fileURLToPath(new URL('./gold/', import.meta.url));

/** Lower-cased speaker name without a leading article or surrounding punctuation. */
function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').replace(/^[\s"'„”]+|[\s"'„”.,]+$/g, '');
}

/** Scores every gold article of one language (or both when `lang` is omitted), optionally only the files `only` accepts. */
export function scoreGold(lang?: 'pl' | 'en', only?: (file: string) => boolean): Scores {
  const gold = JSON.parse(readFileSync(dir + 'gold.json', 'utf8')) as Record<string, GoldArticle | string>;
  const s: Scores = { quotesGold: 0, quotesFound: 0, quotesExtracted: 0, quotesCorrect: 0, speakerRight: 0, datesGold: 0, datesRight: 0, datesExtracted: 0, datesSpurious: 0, failures: [] };
  for (const [file, g] of Object.entries(gold)) {
    if (typeof g === 'string' || (lang && g.lang !== lang) || (only && !only(file))) continue;
    const text = readFileSync(dir + file, 'utf8');
    const r = extractArticle(text, { date: g.date });
    const qs = r.claims.filter((c) => c.kind === 'quote' && c.quote);
    const spans: Array<[number, number]> = [];
    let cursor = 0;
    for (const [snip, speakers, kind] of g.quotes) {
      const pos = text.indexOf(snip, cursor);
      if (pos < 0) throw new Error(`${file}: gold snippet not found: ${snip}`);
      cursor = pos + 1;
      const a = pos;
      const b = pos + snip.length;
      spans.push([a, b]);
      s.quotesGold++;
      let best: (typeof qs)[number] | null = null;
      let bestOv = 0;
      for (const c of qs) {
        const ov = Math.min(b, c.quote!.end) - Math.max(a, c.quote!.start);
        if (ov > bestOv) {
          best = c;
          bestOv = ov;
        }
      }
      if (!best) {
        s.failures.push(`${file} MISSED (${kind}) ${snip}  [${speakers}]`);
        continue;
      }
      s.quotesFound++;
      const alts = speakers.split('|').map(norm);
      if (best.speaker && alts.includes(norm(best.speaker.name))) s.speakerRight++;
      else s.failures.push(`${file} SPEAKER ${snip}: got ${best.speaker ? `"${best.speaker.name}" (${best.speaker.mention})` : 'null'} want ${speakers} [${best.rule}]`);
    }
    for (const c of qs) {
      s.quotesExtracted++;
      if (spans.some(([a, b]) => Math.min(b, c.quote!.end) > Math.max(a, c.quote!.start))) s.quotesCorrect++;
      else s.failures.push(`${file} SPURIOUS [${c.rule}] ${c.speaker?.name ?? '-'}: ${c.quote!.text.slice(0, 90)}`);
    }
    const bodyStart = text.indexOf('\n') + 1;
    cursor = bodyStart;
    const dspans: Array<[number, number]> = [];
    for (const [mention, value] of g.dates) {
      const pos = text.indexOf(mention, cursor);
      if (pos < 0) throw new Error(`${file}: gold date not found: ${mention}`);
      cursor = pos + 1;
      const a = pos;
      const b = pos + mention.length;
      dspans.push([a, b]);
      s.datesGold++;
      const want = Array.isArray(value) ? value : [value];
      const over = r.dates.filter((d) => Math.min(b, d.end) > Math.max(a, d.start));
      if (over.some((d) => want.includes(d.value))) s.datesRight++;
      else s.failures.push(`${file} DATE ${mention}: got ${over.map((d) => `${d.mention}=${d.value}`).join(', ') || 'nothing'} want ${want.join('|')}`);
    }
    for (const d of r.dates) {
      if (d.start < bodyStart) continue;
      s.datesExtracted++;
      if (!dspans.some(([a, b]) => Math.min(b, d.end) > Math.max(a, d.start))) {
        s.datesSpurious++;
        s.failures.push(`${file} EXTRA DATE ${d.mention}=${d.value}`);
      }
    }
  }
  return s;
}

/** The four headline figures of a score, rounded to 3 decimals. */
export function summary(s: Scores): { recall: number; precision: number; speaker: number; temporal: number; datePrecision: number } {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    recall: r3(s.quotesFound / s.quotesGold),
    precision: r3(s.quotesCorrect / Math.max(1, s.quotesExtracted)),
    speaker: r3(s.speakerRight / Math.max(1, s.quotesFound)),
    temporal: r3(s.datesRight / s.datesGold),
    datePrecision: r3((s.datesExtracted - s.datesSpurious) / Math.max(1, s.datesExtracted)),
  };
}
