import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the second round of real-news attribution rules. Every fixture is an invented
// news sentence written for these tests; each `it` checks one rule on a case the rule decides.

describe('headings, groups and unnamed speakers', () => {
  it('lets a heading made of a name and a title introduce the unattributed quotations below it', () => {
    const t = 'Marek Lipiec, trener Warty Poznań\n\n- Graliśmy za wolno i zasłużenie przegraliśmy to spotkanie.\n\nOndrej Kulik, trener Odry Opole\n\n- Jesteśmy zadowoleni z wyniku i z postawy całej drużyny.';
    const qs = quotes(t, 'pl');
    expect(starting(qs, 'Graliśmy')?.speaker).toBe('Marek Lipiec');
    expect(starting(qs, 'Jesteśmy')?.speaker).toBe('Ondrej Kulik');
  });

  it('names an unnamed member of a group as written (`jeden z …`, `one of the …`)', () => {
    expect(quotes('- Nie odejdziemy stąd, dopóki rząd nas nie wysłucha - mówi jeden z uczestników protestu.', 'pl')[0].speaker).toBe('jeden z uczestników protestu');
    expect(quotes('"We will not leave until they listen," one of the protesters said.', 'en')[0].speaker).toBe('one of the protesters');
  });

  it('keeps a capitalised word before a group noun inside the group (`Foxcroft residents`)', () => {
    expect(quotes('Maple Hill residents say the road has been flooded for three weeks.', 'en')[0].speaker).toBe('Maple Hill residents');
  });

  it('does not let a title closing a capitalised run become part of an institution', () => {
    const t = 'Riverton Police Chief Anna Brooks spoke on Monday. Police said the man was arrested near the station.';
    expect(quotes(t, 'en').at(-1)?.speaker).not.toMatch(/Chief/);
  });
});

describe('titles and names', () => {
  it('treats PM, prime minister and premier as one office', () => {
    // (Names not in the public-figures list: only the article's own title can decide.)
    const t = 'Prime Minister Alan Brackley toured the flooded towns on Monday, and opposition leader Sarah Quinn followed on Tuesday. "We will rebuild every bridge," the PM said.';
    expect(quotes(t, 'en').at(-1)?.speaker).toBe('Alan Brackley');
  });

  it('reads a degree after the name as no inverted subject (`…, MD, told the Kitsap Sun`)', () => {
    const t = 'The outbreak has affected two wards, hospital director Helen Ward, MD, told the Riverton Gazette.';
    expect(quotes(t, 'en')[0].speaker).toBe('Helen Ward');
  });

  it('reads `the former Leeds coach` as a title, not a person called Leeds', () => {
    const t = 'Bristol manager Paul Hardy was furious. "We deserved a penalty," the former Leeds coach said.';
    expect(quotes(t, 'en')[0].speaker).toBe('Paul Hardy');
  });

  it('keeps English -y given names in the nominative in Polish text (`Carly`, `Lucy`)', () => {
    const t = '- To bardzo ważne odkrycie dla całej astronomii - powiedziała w rozmowie z BBC dr Lucy Hartley z Uniwersytetu w Leeds.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Lucy Hartley');
  });

  it('stops a name before a title written after it without a comma', () => {
    const t = '- Sprawa została już przekazana do wydziału dróg - przekazała Anna Zielińska Inspektor Biura Prasowego Urzędu Miasta.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Anna Zielińska');
  });
});

describe('statements', () => {
  it('takes the quotation of a participle after a colon as the sentence speaker’s (`…, adding: “…”`)', () => {
    const t = 'Mayor Tom Grady told the council that he had misled Riverton residents, adding: “I cannot explain why I did what I did.”';
    expect(starting(quotes(t, 'en'), 'I cannot explain')?.speaker).toBe('Tom Grady');
  });

  it('reports a second verb after a dash tail (`– dodał i zapowiedział, że …`)', () => {
    const t = '– Teatr jest dla nas najważniejszy – dodał dyrektor Jan Nowak i zapowiedział, że od jesieni spektakli będzie więcej.';
    expect(starting(quotes(t, 'pl'), 'od jesieni')?.speaker).toBe('Jan Nowak');
  });

  it('keeps reported words before a partial quotation in the claim', () => {
    const t = 'Rzecznik Kremla Dmitrij Pieskow odniósł się do słów prezydenta. Powiedział, że to właśnie Kijów powinien wykazać się "otwartością i gotowością do rozmów".';
    expect(quotes(t, 'pl').at(-1)?.quote.startsWith('to właśnie Kijów')).toBe(true);
  });

  it('reads a determiner after the verb as the content’s subject, not an adverbial (`thinks the markets …`)', () => {
    const q = quotes('Halvorsen thinks the markets often overreact, putting too much weight on one quarter.', 'en')[0];
    expect(q.quote.startsWith('the markets often overreact')).toBe(true);
  });

  it('reads `…, said NAME, title.` as an inverted tail, not as content', () => {
    const q = quotes('The county clinic has also seen more flu cases, said Maria Costa, the clinic director.', 'en')[0];
    expect([q.speaker, q.quote.startsWith('The county clinic')]).toEqual(['Maria Costa', true]);
  });

  it('takes a bare clause after an English participle (`…, saying the deal was not legal`)', () => {
    const q = quotes('Opposition leader Rafael Moreno rejected the vote, saying the agreement was not legal under the constitution.', 'en').at(-1);
    expect([q?.speaker, q?.quote.startsWith('the agreement was not legal')]).toEqual(['Rafael Moreno', true]);
  });
});

