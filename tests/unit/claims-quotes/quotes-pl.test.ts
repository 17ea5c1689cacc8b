import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Own news-style fixtures; sentences marked "Wikinews" are quoted from Polish Wikinews
// (/work/shared/corpus/pl-wikinews, CC BY 2.5, Wikinews contributors; KPWr, CC BY 3.0).

describe('Polish direct quotes', () => {
  it('attributes a quotation with a dash tail and resolves a surname to the full name', () => {
    const t = 'Minister zdrowia Adam Nowak zapowiedział w środę, że szpitale dostaną dodatkowe pieniądze.\n\n„Nie zostawimy pacjentów bez pomocy. To jest nasz priorytet” – powiedział Nowak na konferencji prasowej.';
    const q = quotes(t);
    expect(q.map((x) => [x.quote, x.speaker, x.rule])).toEqual([
      ['szpitale dostaną dodatkowe pieniądze', 'Adam Nowak', 'quote.reported.ze'],
      ['Nie zostawimy pacjentów bez pomocy. To jest nasz priorytet', 'Adam Nowak', 'quote.direct.after-dash-verb'],
    ]);
    expect(q[1].mention).toBe('Nowak');
    expect(q[1].direct).toBe(true);
    expect(q[0].direct).toBe(false);
  });

  it('resolves a subject-less feminine verb to the last speaker of that gender', () => {
    const t = 'Rzeczniczka resortu Joanna Kowalczyk przekazała, że pieniądze trafią do szpitali. Minister Jan Wiśniewski milczał. – Pierwsze przelewy wyślemy jeszcze w styczniu – dodała.';
    const q = quotes(t);
    expect(q.at(-1)).toMatchObject({ quote: 'Pierwsze przelewy wyślemy jeszcze w styczniu', speaker: 'Joanna Kowalczyk', mention: '', rule: 'quote.direct.dash' });
  });

  it('handles a colon before the quotation and a possessive pronoun (`Jego zdaniem`)', () => {
    const t = 'Prezydent Francji Emmanuel Macron oświadczył: „Europa musi mówić jednym głosem”. Jego zdaniem Unia powinna szybciej reagować na kryzysy.';
    expect(quotes(t).map((x) => [x.quote, x.speaker, x.rule])).toEqual([
      ['Europa musi mówić jednym głosem', 'Emmanuel Macron', 'quote.direct.before-colon'],
      ['Unia powinna szybciej reagować na kryzysy', 'Emmanuel Macron', 'quote.reported.zdaniem'],
    ]);
  });

  it('resolves a role-only mention by head noun and country adjective', () => {
    const t = 'W spotkaniu wziął udział premier Hiszpanii Pedro Sánchez. Szef hiszpańskiego rządu podkreślił, że oba kraje mają wspólne interesy. „To dobry dzień” – powiedział hiszpański premier.';
    const q = quotes(t);
    expect(q.map((x) => x.speaker)).toEqual(['Pedro Sánchez', 'Pedro Sánchez']);
    expect(q[1].mention).toBe('hiszpański premier');
  });

  it('finds a headline quotation `Name: text` only when a body paragraph follows', () => {
    const t = 'Kanclerz Olaf Scholz mówił o traktatach.\n\nKanclerz Scholz: Nie zgodzimy się na zmianę traktatów\n\nRozmowy potrwają do piątku.';
    const q = quotes(t);
    expect(q.find((x) => x.rule === 'quote.headline-colon')).toMatchObject({ quote: 'Nie zgodzimy się na zmianę traktatów', speaker: 'Olaf Scholz' });
    const list = quotes('Kanclerz Olaf Scholz mówił o traktatach.\n\nZobacz też\n\nOlaf Scholz: szczyt w Brukseli, 12 maja 2022');
    expect(list.some((x) => x.rule === 'quote.headline-colon')).toBe(false);
  });

  it('treats institutions as speakers and resolves `resort` to the ministry', () => {
    const t = 'Według ministerstwa finansów deficyt wyniesie w tym roku 4,5 proc. PKB. Resort zapewnia, że nie planuje podwyżek podatków. Jak poinformowała policja, w wypadku zginęły trzy osoby.';
    expect(quotes(t).map((x) => [x.quote, x.speaker])).toEqual([
      ['deficyt wyniesie w tym roku 4,5 proc. PKB', 'ministerstwo finansów'],
      ['nie planuje podwyżek podatków', 'ministerstwo finansów'],
      ['w wypadku zginęły trzy osoby', 'policja'],
    ]);
  });

  it('takes a plural group noun as the speaker', () => {
    expect(quotes('Eksperci ostrzegają, że ceny energii mogą wzrosnąć o 20 proc.')).toMatchObject([{ quote: 'ceny energii mogą wzrosnąć o 20 proc', speaker: 'Eksperci' }]);
  });

  it('does not make quotations out of titles or short scare quotes', () => {
    const t = 'Program "Przebojowa noc" jest emitowany w sobotę. Telewizja pokazała film pt. "Ostatni dzień lata". Rosja nazywa to "operacją".';
    expect(quotes(t)).toEqual([]);
  });

  it('reads real Wikinews attributions (sentences quoted from pl-wikinews)', () => {
    // Wikinews, kpwr_wikinews_00107283
    const a = '"Ktoś rozsądny przygotował te propozycje, bo mieszczą się w ramach konstytucji." - powiedział poseł PiS Karol Karski.';
    expect(quotes(a)).toMatchObject([{ speaker: 'Karol Karski', mention: 'poseł PiS Karol Karski', direct: true }]);
    // Wikinews, kpwr_wikinews_00107277
    const b = 'Horst Seehofer - niemiecki minister rolnictwa, powiedział agencji dpa, że Polska jest gotowa zaakceptować rozwiązanie etapowe. Według niemieckiego ministra, w pierwszej kolejności należy rozwiązać problem żywych zwierząt.';
    expect(quotes(b).map((x) => x.speaker)).toEqual(['Horst Seehofer', 'Horst Seehofer']);
    // Wikinews, kpwr_wikinews_00107242
    const c = 'Jak poinformował prasę rzecznik rodziców Terri Schiavo, Paul O\'Donnell, ich córka zmarła dziś rankiem.';
    expect(quotes(c)).toMatchObject([{ quote: 'ich córka zmarła dziś rankiem', speaker: "Paul O'Donnell", rule: 'quote.reported.jak' }]);
    // Wikinews, kpwr_wikinews_00107310
    const d = '– Przypomnę, że Polsce wcale nie zależało na wprowadzaniu wiz dla Białorusi. Byliśmy do tego przymuszeni wejściem do grupy Schengen – powiedział Sikorski.';
    expect(quotes(d)).toMatchObject([{ quote: 'Przypomnę, że Polsce wcale nie zależało na wprowadzaniu wiz dla Białorusi. Byliśmy do tego przymuszeni wejściem do grupy Schengen', speaker: 'Radosław Sikorski', rule: 'quote.direct.dash' }]);
  });

  it('normalises an inflected first mention to the nominative', () => {
    const t = 'Prokuratura przesłuchała Janusza Kaczmarka. Kaczmarek powiedział, że nie zna sprawy.';
    expect(quotes(t)).toMatchObject([{ speaker: 'Janusz Kaczmarek', mention: 'Kaczmarek' }]);
  });

  it('separates an interrupted sentence pair of quotes and unmarked statements with a dash tail', () => {
    const t = 'Ministrowie zgodzili się, że konieczna jest jedność Sojuszu. Zdecydowana reakcja będzie właściwą odpowiedzią - informuje dalej resort.';
    const q = quotes('Polskie MSZ wydało komunikat.\n\n' + t);
    expect(q).toMatchObject([{ speaker: 'MSZ', mention: 'resort', rule: 'quote.dash-tail' }]);
    expect(q[0].quote.startsWith('Ministrowie zgodzili się')).toBe(true);
  });
});
