import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/text/sentences';
import { findQuotePairs, outermostPairs } from '../../../shared/text/quote-marks';

const texts = (t: string, lang: 'pl' | 'en' = 'pl') => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps Polish abbreviations before capitals and digits inside the sentence', () => {
    const t = 'Gen. Kowalski spotkał się z prof. Nowakiem i tzw. Grupą Wyszehradzką. O godz. 12 było ok. 30 osób, m.in. Jan Nowak. W poniedziałek przyjechał św. Mikołaj.';
    expect(texts(t)).toEqual([
      'Gen. Kowalski spotkał się z prof. Nowakiem i tzw. Grupą Wyszehradzką.',
      'O godz. 12 było ok. 30 osób, m.in. Jan Nowak.',
      'W poniedziałek przyjechał św. Mikołaj.',
    ]);
  });

  it('keeps English titles and initials, but ends a sentence after "U.S." before a function word', () => {
    const t = 'Mr. Smith met Dr. Jones and George W. Bush at the U.S. Embassy. He lives in the U.S. The talks ended.';
    expect(texts(t, 'en')).toEqual(['Mr. Smith met Dr. Jones and George W. Bush at the U.S. Embassy.', 'He lives in the U.S.', 'The talks ended.']);
  });

  it('treats `r.` after a year as an adverbial at the start and as a sentence end elsewhere', () => {
    expect(texts('W 2005 r. Rosja wprowadziła embargo. Posiedzenie odbyło się 12 stycznia 2022 r. Rada obradowała długo.')).toEqual([
      'W 2005 r. Rosja wprowadziła embargo.',
      'Posiedzenie odbyło się 12 stycznia 2022 r.',
      'Rada obradowała długo.',
    ]);
  });

  it('breaks before a sentence that starts with a digit', () => {
    expect(texts('Ministrowie spotkali się w Brukseli. 12 stycznia odbędzie się spotkanie Rady NATO-Rosja.')).toEqual([
      'Ministrowie spotkali się w Brukseli.',
      '12 stycznia odbędzie się spotkanie Rady NATO-Rosja.',
    ]);
  });

  it('keeps a multi-sentence quotation whole together with its attribution', () => {
    const t = '"Nie sądzę, że to wystarczy. Mamy jednak nadzieję na porozumienie" - powiedział szef NATO. Potem wyszedł.';
    expect(texts(t)).toEqual(['"Nie sądzę, że to wystarczy. Mamy jednak nadzieję na porozumienie" - powiedział szef NATO.', 'Potem wyszedł.']);
    expect(texts('„To koniec. Naprawdę.”- Powiedział prezydent.')).toEqual(['„To koniec. Naprawdę.”- Powiedział prezydent.']);
  });

  it('breaks before a dash-introduced quotation after a full stop', () => {
    expect(texts('Obustronna kontrola "to coś innego". - USA konsultują się z Europą - poinformował.')).toEqual([
      'Obustronna kontrola "to coś innego".',
      '- USA konsultują się z Europą - poinformował.',
    ]);
  });

  it('keeps one paragraph across a blank line that breaks a sentence, and breaks before a capital', () => {
    const t = 'Tytuł\n\nRząd może odwrócić\n\nten trend, mówi prezes.\n\nTo koniec\n\nKolejny akapit.';
    const s = splitSentences(t, 'pl', 0);
    expect(s.map((x) => [x.paragraph, x.text])).toEqual([
      [0, 'Tytuł'],
      [1, 'Rząd może odwrócić\n\nten trend, mówi prezes.'],
      [2, 'To koniec'],
      [3, 'Kolejny akapit.'],
    ]);
  });

  it('marks headline lines and list items, but a dash paragraph in Polish news is a quotation', () => {
    const t = 'Stoltenberg: Rosja nie może narzucać ograniczeń\n\nPierwsze zdanie. Drugie zdanie.\n\n- pierwszy punkt\n- drugi punkt\n\n* gwiazdka\n\n- To jest cytat - powiedział Jan Kowalski.';
    const s = splitSentences(t, 'pl');
    expect(s.map((x) => [x.kind, x.paragraph, x.text])).toEqual([
      ['headline', 0, 'Stoltenberg: Rosja nie może narzucać ograniczeń'],
      ['sentence', 1, 'Pierwsze zdanie.'],
      ['sentence', 1, 'Drugie zdanie.'],
      ['list-item', 2, '- pierwszy punkt'],
      ['list-item', 2, '- drugi punkt'],
      ['list-item', 3, '* gwiazdka'],
      ['sentence', 4, '- To jest cytat - powiedział Jan Kowalski.'],
    ]);
  });

  it('starts at bodyStart and gives offsets that slice back to the text', () => {
    const t = 'date 2022-01 Jak podaje MSZ, spotkanie się odbyło. Drugie zdanie.\r\n\r\nNowy akapit\nzawinięty w linii.';
    const s = splitSentences(t, 'pl', 13);
    expect(s[0].text).toBe('Jak podaje MSZ, spotkanie się odbyło.');
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
    expect(s[s.length - 1].text).toBe('Nowy akapit\nzawinięty w linii.');
  });

  it('is linear: a 1 MB article (and a 1 MB single paragraph) splits quickly', () => {
    const para = 'Sekretarz generalny NATO Jens Stoltenberg powiedział w poniedziałek, że rozmowy trwają. "Nie sądzę. Mamy nadzieję" - dodał. Gen. Kowalski był obecny ok. godz. 12. ';
    let big = '';
    while (big.length < 1_000_000) big += para + '\n\n';
    let one = '';
    while (one.length < 1_000_000) one += para;
    const t0 = performance.now();
    const a = splitSentences(big, 'pl');
    const b = splitSentences(one, 'pl');
    const ms = performance.now() - t0;
    expect(a.length).toBeGreaterThan(15000);
    expect(b.length).toBeGreaterThan(15000);
    expect(ms).toBeLessThan(5000);
  });
});

describe('findQuotePairs', () => {
  it('pairs Polish, English, guillemet and straight quotes, ignoring apostrophes', () => {
    const t = 'Powiedział „tak”, potem "nie", «może», »chyba«, ‘raz’ i “dwa” — O\'Donnell don’t.';
    const inner = outermostPairs(findQuotePairs(t)).map((p) => t.slice(p.open + 1, p.close));
    expect(inner).toEqual(['tak', 'nie', 'może', 'chyba', 'raz', 'dwa']);
  });

  it('keeps nested quotes inside the outer pair and never crosses a paragraph break', () => {
    const t = '"mamy członków NATO \'drugiej kategorii\', a NATO" i dalej.\n\n"niezamknięty.\n\nCytat" koniec';
    const outer = outermostPairs(findQuotePairs(t));
    expect(outer.map((p) => t.slice(p.open, p.close + 1))).toEqual(['"mamy członków NATO \'drugiej kategorii\', a NATO"']);
  });

  it('crosses a blank line that breaks a sentence (after a letter or comma, before a lower-case word)', () => {
    const t = 'Wstęp.\n\n„Możemy odwrócić\n\nten trend” – powiedział prezes.';
    const outer = outermostPairs(findQuotePairs(t));
    expect(outer.map((p) => t.slice(p.open, p.close + 1))).toEqual(['„Możemy odwrócić\n\nten trend”']);
  });
});
