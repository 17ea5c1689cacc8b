import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff/text-diff';
import type { DiffHunk, DiffOptions, TextDiff } from '../../../shared/diff/types';
import { tokenize } from '../../../shared/diff/words';
import { changeWords, generateArticle } from '../../../electron/bench/diff-bench';

// Single sentences quoted from Polish Wikinews (CC BY 2.5, Wikinews contributors), via the KPWr corpus.
const GAZA =
  'Według oficjalnych źródeł, izraelskich i palestyńskich, w wyniku izraelskiej operacji zginęło dotychczas około 510 Palestyńczyków w tym 60 cywili (wg ONZ), a ponad 2500 zostało rannych – głównie bojownicy Hamasu.';
const SEJM =
  'Należy jednak zaznaczyć, że ankieta została przeprowadzona jeszcze przed kryzysem sejmowym z 11 i 12 stycznia.';
const BARAK = 'Ehud Barak izraelski minister obrony, przyznał dziś rano (5 I), iż operacja W Strefie Gazy idzie według wcześniejszych założeń.';

const changed = (d: TextDiff): DiffHunk[] => d.hunks.filter((h) => h.kind !== 'equal');

/** Checks the invariants every UI view relies on. */
function expectTiling(oldText: string, newText: string, d: TextDiff): void {
  expect(d.hunks.map((h) => h.oldText).join('')).toBe(oldText);
  expect(d.hunks.map((h) => h.newText).join('')).toBe(newText);
  let o = 0;
  let n = 0;
  for (const h of d.hunks) {
    expect(h.oldStart).toBe(o);
    expect(h.newStart).toBe(n);
    expect(oldText.slice(h.oldStart, h.oldEnd)).toBe(h.oldText);
    expect(newText.slice(h.newStart, h.newEnd)).toBe(h.newText);
    expect(h.oldEnd > h.oldStart || h.newEnd > h.newStart).toBe(true);
    if (h.kind === 'insert') expect(h.oldText).toBe('');
    if (h.kind === 'delete') expect(h.newText).toBe('');
    if (h.kind === 'replace') expect(h.oldText && h.newText).toBeTruthy();
    o = h.oldEnd;
    n = h.newEnd;
  }
  expect(o).toBe(oldText.length);
  expect(n).toBe(newText.length);
  for (let i = 1; i < d.hunks.length; i++) {
    // Neighbours of the same kind would have been merged (adjacent delete+insert is one replace).
    const a = d.hunks[i - 1].kind === 'equal';
    const b = d.hunks[i].kind === 'equal';
    expect(a && b).toBe(false);
    expect(!a && !b).toBe(false);
  }
  expect(d.stats.changes).toBe(changed(d).length);
}

function run(oldText: string, newText: string, options?: DiffOptions): TextDiff {
  const d = diffTexts(oldText, newText, options);
  expectTiling(oldText, newText, d);
  return d;
}

describe('diffTexts: revision shapes', () => {
  it('identical texts are one equal hunk with no changes', () => {
    const text = `${GAZA}\n\n${SEJM}`;
    const d = run(text, text);
    expect(d.hunks).toHaveLength(1);
    expect(d.hunks[0].kind).toBe('equal');
    expect(d.stats).toEqual({ wordsAdded: 0, wordsRemoved: 0, changes: 0 });
    expect(d.rewritten).toBe(false);
    expect(d.coarse).toBe(false);
  });

  it('two empty texts have no hunks', () => {
    expect(run('', '').hunks).toEqual([]);
  });

  it('12 stycznia → 13 stycznia highlights exactly the changed number', () => {
    const d = run(`Tytuł\n\n${SEJM}`, `Tytuł\n\n${SEJM.replace('12 stycznia', '13 stycznia')}`);
    const c = changed(d);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'replace', oldText: '12', newText: '13' });
    const at = `Tytuł\n\n${SEJM}`.indexOf('12 stycznia');
    expect(c[0].oldStart).toBe(at);
    expect(c[0].newStart).toBe(at);
    expect(d.stats).toEqual({ wordsAdded: 1, wordsRemoved: 1, changes: 1 });
  });

  it('today → on Saturday is one replacement of the date words', () => {
    const oldText = 'The minister said today that the border will reopen.\n\nTalks continue.';
    const d = run(oldText, oldText.replace('today', 'on Saturday'));
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['today', 'on Saturday']]);
    expect(d.stats.wordsAdded).toBe(2);
    expect(d.stats.wordsRemoved).toBe(1);
  });

  it('a changed casualty figure (510 → 540) is one replace of the number', () => {
    const d = run(GAZA, GAZA.replace('510', '540'));
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['510', '540']]);
  });

  it('385 → 400 in a short sentence', () => {
    const d = run('W katastrofie zginęło 385 osób.', 'W katastrofie zginęło 400 osób.');
    expect(changed(d)).toMatchObject([{ kind: 'replace', oldText: '385', newText: '400', oldStart: 22, newStart: 22 }]);
  });

  it('inserted paragraphs are one insert hunk each, other paragraphs untouched', () => {
    const oldText = `${GAZA}\n\n${SEJM}`;
    const newText = `Aktualizacja.\n\n${GAZA}\n\nNowy akapit o sondażu.\n\n${SEJM}\n\nKoniec.`;
    const d = run(oldText, newText);
    const c = changed(d);
    expect(c.map((h) => h.kind)).toEqual(['insert', 'insert', 'insert']);
    expect(c.map((h) => h.newText.trim())).toEqual(['Aktualizacja.', 'Nowy akapit o sondażu.', 'Koniec.']);
    expect(d.stats.wordsRemoved).toBe(0);
    expect(d.stats.wordsAdded).toBe(1 + 4 + 1);
  });

  it('a deleted paragraph is one delete hunk', () => {
    const oldText = `${GAZA}\n\n${BARAK}\n\n${SEJM}`;
    const d = run(oldText, `${GAZA}\n\n${SEJM}`);
    const c = changed(d);
    expect(c).toHaveLength(1);
    expect(c[0].kind).toBe('delete');
    expect(c[0].oldText.trim()).toBe(BARAK);
  });

  it('a reworded sentence changes only the reworded words, not the whole paragraph', () => {
    const oldText = `${GAZA} ${SEJM}`;
    const newText = `${GAZA} ${SEJM.replace('Należy jednak zaznaczyć', 'Trzeba jednak podkreślić')}`;
    const d = run(oldText, newText);
    const c = changed(d);
    // The unchanged `jednak` in between stays unmarked.
    expect(c.map((h) => [h.kind, h.oldText, h.newText])).toEqual([
      ['replace', 'Należy', 'Trzeba'],
      ['replace', 'zaznaczyć', 'podkreślić'],
    ]);
    expect(c.some((h) => h.rewritten)).toBe(false);
    expect(d.rewritten).toBe(false);
  });

  it('an inserted clause shows as an insert inside the paragraph', () => {
    const d = run(SEJM, SEJM.replace('ankieta została', 'ankieta CBOS została'));
    expect(changed(d)).toMatchObject([{ kind: 'insert', newText: ' CBOS' }]);
  });

  it('a rewritten paragraph among unchanged ones is one rewritten replace, not confetti', () => {
    const oldText = `${GAZA}\n\n${BARAK}\n\n${SEJM}`;
    const rewrittenPara = 'Rozmowy w Kairze zakończyły się bez porozumienia, a delegacje wróciły do swoich stolic.';
    const d = run(oldText, `${GAZA}\n\n${rewrittenPara}\n\n${SEJM}`);
    const c = changed(d);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'replace', oldText: BARAK, newText: rewrittenPara, rewritten: true });
    expect(d.rewritten).toBe(false);
  });

  it('a fully rewritten article is flagged rewritten and shown as one replaced block', () => {
    const oldText = `${GAZA}\n\n${BARAK}`;
    const newText = `${SEJM}\n\nW badaniach CBOS sprawdzano także sympatię wobec prezydenta.\n\nObserwatorzy podkreślają, że to bardzo niski wynik.`;
    const d = run(oldText, newText);
    expect(d.rewritten).toBe(true);
    const c = changed(d);
    expect(c).toHaveLength(1);
    expect(c[0].rewritten).toBe(true);
    expect(d.coarse).toBe(false);
  });

  it('a new paragraph inserted before an edited one: insert, then the word edit', () => {
    const d = run(`${GAZA}\n\n${SEJM}`, `${GAZA}\n\nObserwatorzy podkreślają, że to bardzo niski wynik.\n\n${SEJM.replace('12 stycznia', '13 stycznia')}`);
    expect(changed(d).map((h) => [h.kind, h.oldText, h.newText.trim()])).toEqual([
      ['insert', '', 'Obserwatorzy podkreślają, że to bardzo niski wynik.'],
      ['replace', '12', '13'],
    ]);
  });

  it('several edited paragraphs in a row are each diffed word by word', () => {
    const oldText = `${GAZA}\n\n${BARAK}\n\n${SEJM}`;
    const newText = `${GAZA.replace('510', '540')}\n\n${BARAK.replace('dziś rano', 'wczoraj')}\n\n${SEJM.replace('11 i 12', '12 i 13')}`;
    const d = run(oldText, newText);
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([
      ['510', '540'],
      ['dziś rano', 'wczoraj'],
      ['11 i 12', '12 i 13'],
    ]);
  });

  it('moving a paragraph is a delete and an insert, never a rewrite of everything', () => {
    const d = run(`${GAZA}\n\n${BARAK}\n\n${SEJM}`, `${BARAK}\n\n${SEJM}\n\n${GAZA}`);
    expect(d.rewritten).toBe(false);
    expect(d.stats.wordsAdded).toBe(d.stats.wordsRemoved);
  });

  it('CRLF blank lines separate paragraphs too', () => {
    const oldText = `${GAZA}\r\n\r\n${SEJM}\r\n`;
    const d = run(oldText, oldText.replace('12 stycznia', '13 stycznia'));
    expect(changed(d).map((h) => h.oldText)).toEqual(['12']);
  });
});

describe('diffTexts: noise controls', () => {
  it('whitespace-only changes show without the toggle and vanish with it', () => {
    const oldText = `${SEJM}\n\n${GAZA}`;
    const newText = `${SEJM.replace('ankieta została', 'ankieta  została')}\n\n\n${GAZA.replace(', a ponad', ',\na ponad')}`;
    const plain = run(oldText, newText);
    expect(plain.stats.changes).toBeGreaterThanOrEqual(3);
    expect(plain.stats.wordsAdded + plain.stats.wordsRemoved).toBe(0);
    const quiet = run(oldText, newText, { ignoreWhitespace: true });
    expect(quiet.stats.changes).toBe(0);
    expect(quiet.hunks).toHaveLength(1);
    // Offsets still point into the original texts.
    expect(quiet.hunks[0]).toMatchObject({ oldEnd: oldText.length, newEnd: newText.length });
  });

  it('with ignoreWhitespace a real word change next to a spacing change still shows', () => {
    const d = run('Zginęło  385 osób.', 'Zginęło 400 osób.', { ignoreWhitespace: true });
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['385', '400']]);
  });

  it('typographic vs straight quotes: changes without the toggle, none with it', () => {
    const oldText = 'Premier powiedział: „Nie ma zgody” i wyszedł. Minister dodał: ‘nigdy’.';
    const newText = 'Premier powiedział: "Nie ma zgody" i wyszedł. Minister dodał: \'nigdy\'.';
    const plain = run(oldText, newText);
    expect(changed(plain).map((h) => [h.oldText, h.newText])).toEqual([
      ['„', '"'],
      ['”', '"'],
      ['‘', "'"],
      ['’', "'"],
    ]);
    expect(run(oldText, newText, { ignoreQuoteStyle: true }).stats.changes).toBe(0);
    expect(run('He said «no».', 'He said "no".', { ignoreQuoteStyle: true }).stats.changes).toBe(0);
  });

  it('quote toggle does not hide a changed quoted word', () => {
    const d = run('Powiedział: „Nie ma zgody”.', 'Powiedział: "Jest zgoda".', { ignoreQuoteStyle: true });
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['Nie ma zgody', 'Jest zgoda']]);
  });

  it('dash variants: changes without the toggle, none with it', () => {
    const oldText = 'W latach 2010–2012 — jak podano — liczba spadła o −5%.';
    const newText = 'W latach 2010-2012 - jak podano - liczba spadła o -5%.';
    expect(run(oldText, newText).stats.changes).toBe(4);
    expect(run(oldText, newText, { ignoreDashes: true }).stats.changes).toBe(0);
  });

  it('number formatting: 1 700 (no-break space), 1 700 and 1700 are equal only with the toggle', () => {
    const a = 'Ewakuowano 1\u00a0700 osób, a straty wyniosły 2,5 mln zł i 12 000 000 euro.';
    const b = 'Ewakuowano 1700 osób, a straty wyniosły 2.5 mln zł i 12000000 euro.';
    const c = 'Ewakuowano 1 700 osób, a straty wyniosły 2,5 mln zł i 12,000,000 euro.';
    const plain = run(a, b);
    expect(changed(plain).map((h) => [h.oldText, h.newText])).toEqual([
      ['1\u00a0700', '1700'],
      ['2,5', '2.5'],
      ['12 000 000', '12000000'],
    ]);
    expect(run(a, b, { ignoreNumberFormat: true }).stats.changes).toBe(0);
    expect(run(a, c, { ignoreNumberFormat: true }).stats.changes).toBe(0);
    expect(run(b, c, { ignoreNumberFormat: true }).stats.changes).toBe(0);
  });

  it('number toggle does not hide a changed number', () => {
    const d = run('Ewakuowano 1 700 osób.', 'Ewakuowano 1 800 osób.', { ignoreNumberFormat: true });
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['1 700', '1 800']]);
  });

  it('all toggles together, on a multi-paragraph text, report offsets into the originals', () => {
    const oldText = `„Raport” — stan na 5 I.\n\n${GAZA}`;
    const newText = `"Raport" - stan na 5 I.\n\n\n${GAZA.replace('2500', '2 500').replace('510', '520')}`;
    const d = run(oldText, newText, { ignoreWhitespace: true, ignoreQuoteStyle: true, ignoreDashes: true, ignoreNumberFormat: true });
    const c = changed(d);
    expect(c.map((h) => [h.oldText, h.newText])).toEqual([['510', '520']]);
    expect(oldText.slice(c[0].oldStart, c[0].oldEnd)).toBe('510');
    expect(newText.slice(c[0].newStart, c[0].newEnd)).toBe('520');
  });
});

describe('diffTexts: tokens and limits', () => {
  it('keeps Polish words whole, also with decomposed diacritics', () => {
    const d = run('Spotkanie odbyło się w Łodzi wczoraj.', 'Spotkanie odbyło się w Łódź wczoraj.');
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['Łodzi', 'Łódź']]);
    const nfd = 'Zaz\u0307o\u0301łc\u0301 gęślą jaźń';
    const t = tokenize(nfd, 0, nfd.length);
    expect(t.starts.length).toBe(3);
    const d2 = run(nfd, nfd.replace('gęślą', 'gęsią'));
    expect(changed(d2).map((h) => h.oldText)).toEqual(['gęślą']);
  });

  it('a tiny budget gives a coarse but complete result', () => {
    const oldText = Array.from({ length: 50 }, (_, i) => `Akapit ${i} o sprawie ${i * 7}.`).join('\n\n');
    const newText = oldText.replace(/o sprawie/g, 'w sprawie');
    const d = diffTexts(oldText, newText, {}, { budgetMs: 0 });
    expectTiling(oldText, newText, d);
    expect(d.coarse).toBe(true);
  });

  it('a word edit limit gives coarse replace of the paragraph', () => {
    const oldText = 'a b c d e f g h i j k l';
    const newText = 'a B c D e F g H i J k L';
    const d = diffTexts(oldText, newText, {}, { wordMaxEdit: 2 });
    expectTiling(oldText, newText, d);
    expect(d.coarse).toBe(true);
    expect(diffTexts(oldText, newText).coarse).toBe(false);
  });

  it('one huge line without blank lines is cut into units and still diffed by words', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `Zdanie numer ${i} opisuje wydarzenie.`);
    const oldText = sentences.join(' ');
    const newText = oldText.replace('Zdanie numer 1500 opisuje', 'Zdanie numer 1501 opisuje');
    const t0 = Date.now();
    const d = run(oldText, newText);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(changed(d).map((h) => [h.oldText, h.newText])).toEqual([['1500', '1501']]);
  });

  it('unrelated 100 KB texts finish quickly as one rewrite', () => {
    const a = generateArticle(101, 100_000);
    const b = generateArticle(202, 100_000);
    const t0 = Date.now();
    const d = run(a, b);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(d.rewritten).toBe(true);
    expect(d.coarse).toBe(false);
    expect(changed(d).length).toBeLessThanOrEqual(3);
  });

  it('a 500 KB revision with 1 % of words changed is diffed word by word', () => {
    const a = generateArticle(7, 500_000);
    const b = changeWords(a, 0.01, 8);
    const d = run(a, b);
    expect(d.rewritten).toBe(false);
    expect(d.coarse).toBe(false);
    expect(changed(d).some((h) => h.rewritten)).toBe(false);
    // Every change is a few words, not a paragraph.
    expect(Math.max(...changed(d).map((h) => h.oldText.length))).toBeLessThan(200);
  });
});
