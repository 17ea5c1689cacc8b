import { describe, expect, it } from 'vitest';
import { latinSentenceStarts } from '../../../shared/text/sentence-breaks';

// The JavaScript scan must give exactly Intl.Segmenter's sentence starts on the alphabet it handles.

const GROUPS = ['abcxyząęółśżźćńßéü', 'ABCXYZĄĘÓŁŚŻŹĆŃÉÜ', '0123456789', '.', '!?', '"\'()[]{}«»‘’‚‛“”„‟‹›', ',-:;–—', ' \t\u00a0\n\r', '#$%&*+/<=>@\\^_`|~…€§°×÷‐‑‒―'];
const WEIGHTS = [6, 3, 2, 3, 1, 2, 1.5, 3, 1];

function randomText(next: () => number, n: number): string {
  const total = WEIGHTS.reduce((a, b) => a + b);
  let s = '';
  for (let i = 0; i < n; i++) {
    let r = next() * total;
    let g = 0;
    while (r >= WEIGHTS[g]) r -= WEIGHTS[g++];
    s += GROUPS[g][Math.floor(next() * GROUPS[g].length)];
  }
  return s;
}

function icuStarts(lang: string, chunk: string): number[] {
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(chunk.replace(/[\n\r]/g, ' '))].map((s) => s.index);
}

function jsStarts(chunk: string): number[] | null {
  const raw: number[] = [];
  return latinSentenceStarts(`ab${chunk}cd`, 2, 2 + chunk.length, raw) ? raw.map((x) => x - 2) : null;
}

describe('latinSentenceStarts', () => {
  it('agrees with Intl.Segmenter on news-like sentences', () => {
    for (const t of [
      'Minister powiedział, że rozmowy potrwają. - To nieprawda - dodał. Spotkanie odbędzie się 12 stycznia.',
      'The U.S. Army said. "We will stay," he said. Talks end on Jan. 5. e.g. the end. 3.5 percent!? yes',
      'Koniec.„Nowy" akapit… dalej; i tak: (dalej.) [Tak.] Wynik: 2,5 proc. wzrostu.',
    ]) for (const lang of ['pl', 'en']) expect(jsStarts(t)).toEqual(icuStarts(lang, t));
  });

  it('agrees with Intl.Segmenter on random strings of its alphabet', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let k = 0; k < 20000; k++) {
      const t = randomText(next, 1 + Math.floor(next() * 30));
      expect(jsStarts(t)).toEqual(icuStarts(k % 2 ? 'en' : 'pl', t));
    }
  });

  it('leaves other characters to the segmenter', () => {
    expect(jsStarts('Cyrylica: Путин сказал.')).toBeNull();
    expect(jsStarts('Emoji 😀. Koniec.')).toBeNull();
  });
});
