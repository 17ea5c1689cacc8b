import { describe, expect, it } from 'vitest';
import { demonymGender } from '../../../shared/claims/roles';
import { quotes } from './helpers';

// Own fixtures for re-mentions of a person by an epithet rather than by name or title.

describe('speaker epithets', () => {
  it('resolves a Polish nationality noun subject to the person just talked about', () => {
    const t = 'Obrońca Wisły Marco Silva doznał kontuzji w pierwszej połowie. Włoch powiedział po meczu, że wróci do gry za dwa tygodnie.';
    expect(quotes(t).map((x) => [x.quote, x.speaker])).toEqual([['wróci do gry za dwa tygodnie', 'Marco Silva']]);
  });

  it('keeps a feminine nationality noun away from a man', () => {
    const t = 'Tenisistka Anna Kovac przegrała z Janem Nowym w mikście. Chorwatka oceniła, że para rywali była lepsza.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Anna Kovac']);
  });

  it('recognises nationality nouns but not surnames with the same endings', () => {
    expect(demonymGender('Portugalczyk')).toBe('m');
    expect(demonymGender('Niemka')).toBe('f');
    expect(demonymGender('Grek')).toBe('m');
    expect(demonymGender('Nowak')).toBeNull();
    expect(demonymGender('Kowalec')).toBeNull();
  });

  it('resolves a descriptive epithet (`polityk`, `szkoleniowiec`) to the previous subject', () => {
    const t = 'Poseł Adam Zieliński zaskoczył kolegów z klubu. - Nie poprę tej ustawy - oświadczył polityk.';
    expect(quotes(t).map((x) => [x.quote, x.speaker])).toEqual([['Nie poprę tej ustawy', 'Adam Zieliński']]);
    const u = 'Trener Górnika Piotr Lis był zadowolony. - Zagraliśmy najlepszy mecz w sezonie - mówił szkoleniowiec zabrzan.';
    expect(quotes(u).map((x) => x.speaker)).toEqual(['Piotr Lis']);
  });

  it('equates a vice- title with a deputy of that office', () => {
    const t = 'Zastępca burmistrza gminy Tomasz Rak otworzył nowy most. Radna Ewa Lis pytała o koszty. - Most kosztował mniej, niż planowaliśmy - odpowiedział wiceburmistrz.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Tomasz Rak']);
  });

  it('reads a place-like first name after an English title as part of the name', () => {
    const t = 'Opposition leader Jordan Miles said the plan "will cost jobs". "We will vote against it," Miles said.';
    expect(quotes(t, 'en').map((x) => x.speaker)).toEqual(['Jordan Miles', 'Jordan Miles']);
  });
});

describe('institution names and re-mentions', () => {
  it('drops a sentence-initial `Według` from the source and names it in the nominative', () => {
    const t = 'Według Wojewódzkiego Inspektoratu Ochrony Środowiska w rzece nie stwierdzono skażenia.';
    expect(quotes(t).map((x) => [x.quote, x.speaker])).toEqual([['w rzece nie stwierdzono skażenia', 'Wojewódzki Inspektorat Ochrony Środowiska']]);
  });

  it('derives the nominative of feminine and neuter institution names by regular endings', () => {
    const a = 'Jak przekazała rzeczniczka Krajowej Rady Sądownictwa, posiedzenie odbędzie się w piątek. Według Polskiego Towarzystwa Ekonomicznego wzrost będzie niższy niż zakładano.';
    expect(quotes(a).map((x) => x.speaker).at(-1)).toBe('Polskie Towarzystwo Ekonomiczne');
  });

  it('resolves a capitalised institution noun at the sentence start to the institution named before', () => {
    const t = 'Najwyższa Izba Kontroli opublikowała raport o szpitalach. Izba poinformowała, że w połowie placówek brakuje lekarzy.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Najwyższa Izba Kontroli']);
  });

  it('never lets a company noun refer back to a public office', () => {
    const t = 'Urząd Regulacji Energetyki zatwierdził nowe taryfy. Spółka przekazała, że rachunki wzrosną o 5 proc.';
    expect(quotes(t).map((x) => x.speaker)).not.toContain('Urząd Regulacji Energetyki');
  });
});

describe('long Polish source phrases', () => {
  it('takes the institution after `według wstępnych pomiarów`', () => {
    const t = 'Według wstępnych pomiarów Wojewódzkiego Inspektoratu Ochrony Środowiska w rzece nie stwierdzono skażenia.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Wojewódzki Inspektorat Ochrony Środowiska']);
  });
});

describe('clubs and captains', () => {
  it('takes `klub` as an institution speaker', () => {
    const t = 'Jak poinformował klub z Krakowa, bilety na finał zostały wyprzedane w godzinę.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['klub']);
  });

  it('reads `Kapitan Lecha` as a title with a team, then names the person from the next attribution', () => {
    const t = 'Gola na wagę remisu zdobył Tomas Novak.\n\nKapitan Lecha przyznał w rozmowie z radiem, że zespół grał zbyt wolno. „Musimy być szybsi” – zaznaczył Novak.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Tomas Novak', 'Tomas Novak']);
  });
});

describe('English titles', () => {
  it('gives an untitled subject the title a quotation attributes next', () => {
    const t = 'Olaf Lindqvist has defended the new border checks.\n\n"We had no other choice," the Swedish prime minister told reporters in Stockholm.';
    expect(quotes(t, 'en').map((x) => x.speaker)).toEqual(['Olaf Lindqvist']);
  });

  it('keeps a two-word title before a name, so a later title-only mention finds the person', () => {
    const t = '"Nobody was hurt," Detective Inspector Laura Finch said. Local resident Tom Gray said he heard a bang. The detective inspector said the road would reopen on Monday.';
    expect(quotes(t, 'en').map((x) => x.speaker)).toEqual(['Laura Finch', 'Tom Gray', 'Laura Finch']);
  });
});

describe('products are no institutions', () => {
  it('does not take capitals after a model number as the antecedent of `the company`', () => {
    const t = 'The 737 MAX returned to service in March after a long grounding. The company said deliveries would double next year.';
    expect(quotes(t, 'en').map((x) => x.speaker)).not.toContain('MAX');
  });
});
