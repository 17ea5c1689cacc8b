import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the fourteenth round of real-news attribution rules (2026-11-24, thirteenth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule
// on a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break
// (they pass on the code before the round too).

describe('names and their cases (Polish)', () => {
  it('reads `Sylwestra` as the genitive of Sylwester', () => {
    const text = 'Uczelnia\n\nDla prof. Sylwestra Czopka to ostatni rok na stanowisku rektora. – Reforma nie spełniła oczekiwań – stwierdził bez ogródek prof. Czopek.';
    expect(starting(quotes(text, 'pl'), 'Reforma nie')?.speaker).toBe('Sylwester Czopek');
  });

  it('reads a woman’s name in -a before a man’s genitive surname as his name (`Stanisława Nowaka`)', () => {
    const text = 'Uczelnia\n\nDla prof. Stanisława Nowaka to ósmy rok na stanowisku rektora. – Reforma nie spełniła oczekiwań – stwierdził prof. Nowak.';
    expect(starting(quotes(text, 'pl'), 'Reforma nie')?.speaker).toBe('Stanisław Nowak');
  });

  it('reads a woman’s name in -a before a man’s genitive surname in -ka as his (`Daniela Obajtka`)', () => {
    const text = 'Orlen\n\nWedle słów Daniela Obajtka spółka rośnie. – Jesteśmy silni – powiedział Obajtek.';
    expect(starting(quotes(text, 'pl'), 'Jesteśmy silni')?.speaker).toBe('Daniel Obajtek');
  });

  it('guard: keeps a woman named in the nominative with a surname in -ka (`Anna Sroka`)', () => {
    const text = 'Szkoła\n\nDyrektorka szkoły Anna Sroka zabrała głos. – Nie zamkniemy szkoły – powiedziała Sroka.';
    expect(starting(quotes(text, 'pl'), 'Nie zamkniemy')?.speaker).toBe('Anna Sroka');
  });

  it('takes no one from a brand written with digits (`w Polskim Radiu24`)', () => {
    const text = 'Wywiad\n\nTo jest nieprawda - powiedział w Polskim Radiu24 prezes partii, wicepremier Jan Wrona.\n\n„Nasz prezes dobrze pracuje” - powiedział prezes partii.';
    expect(starting(quotes(text, 'pl'), 'Nasz prezes')?.speaker).toBe('Jan Wrona');
  });
});

describe('titles (Polish)', () => {
  it('keeps the speaking title when a saint, a possessive adjective and a past holder are named between', () => {
    const text = 'Konsekracja\n\nW homilii metropolita krakowski zwrócił uwagę na obrzęd. Podkreślił, że wierzący są żywym Kościołem. Wskazał na relikwie św. Maksymiliana Marii Kolbego. Zaznaczył, że kościół konsekrowano w rocznicę wyboru kard. Karola Wojtyły na stolicę Piotrową, a ówczesny biskup krakowski stał u początków parafii.\n\n- Uwierzyliście sercem ufnym - mówił metropolita.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'wierzący są')?.speaker).toBe('metropolita krakowski');
    expect(starting(qs, 'kościół konsekrowano')?.speaker).toBe('metropolita krakowski');
    expect(starting(qs, 'Uwierzyliście')?.speaker).toBe('metropolita krakowski');
  });

  it('names an archbishop as such, not as a bishop', () => {
    const text = 'Pielgrzymka\n\nArcybiskup mówił, że pielgrzymi przybyli z całego kraju.';
    expect(starting(quotes(text, 'pl'), 'pielgrzymi')?.speaker?.toLowerCase()).toBe('arcybiskup');
  });

  it('lets a title after a short opening phrase speak on (`Na konferencji prasowej rzecznik policji …`)', () => {
    const text = 'Wypadek\n\nNa konferencji prasowej rzecznik policji przedstawił szczegóły wypadku. Przekazał, że kierowca był trzeźwy.';
    expect(starting(quotes(text, 'pl'), 'kierowca był')?.speaker).toBe('rzecznik policji');
  });
});

describe('institutions (Polish)', () => {
  it('does not take the country of the clause as the seat of a national body', () => {
    const text = 'Strażacy\n\nWedług danych Państwowej Straży Pożarnej w Polsce jest obecnie ok. 62 tys. strażaków.';
    expect(starting(quotes(text, 'pl'), 'w Polsce jest')?.speaker ?? starting(quotes(text, 'pl'), 'jest obecnie')?.speaker).toBe('Państwowa Straż Pożarna');
  });

  it('guard: keeps the city seat of an office (`Prokuratura Okręgowa w Warszawie wszczęła …`)', () => {
    const text = 'Śledztwo\n\nProkuratura Okręgowa w Warszawie poinformowała, że wszczęła śledztwo.';
    expect(starting(quotes(text, 'pl'), 'wszczęła')?.speaker).toBe('Prokuratura Okręgowa w Warszawie');
  });
});

describe('who speaks inside whose words (Polish)', () => {
  it('ends a title’s complement before an adverb of degree (`w ocenie prezydenta najbardziej alarmujące są …`)', () => {
    const text = 'Budżet\n\nPrezydent Jan Wrona mówił o deficycie. W ocenie prezydenta najbardziej alarmujące są niższe od zaplanowanych dochody.';
    expect(starting(quotes(text, 'pl'), 'najbardziej alarmujące')?.speaker).toBe('Jan Wrona');
  });

  it('does not read `…, co proponuje resort finansów` as the ministry reporting what the president said', () => {
    const text = 'Budżet\n\nPrezydent Jan Wrona spotkał się z ministrami. Jednocześnie prezydent zapowiedział, że nie zgodzi się na podwyższenie podatków, co proponuje obecnie resort finansów.';
    expect(starting(quotes(text, 'pl'), 'nie zgodzi się')?.speaker).toBe('Jan Wrona');
  });

  it('lets the speaker, not someone speaking only inside his reported words, go on (`Jak dodał, …`)', () => {
    const text = 'Budżet\n\nPrezydent Jan Wrona spotkał się z ministrami. Jednocześnie prezydent zapowiedział, że nie zgodzi się na podwyżki, co proponuje resort finansów. Jak dodał, jego kancelaria może służyć w tej kwestii pomocą.';
    expect(starting(quotes(text, 'pl'), 'jego kancelaria')?.speaker).toBe('Jan Wrona');
  });

  it('guard: keeps a participle inside a long title (`wiceszef KE prowadzący procedurę … Frans Timmermans`)', () => {
    const text = 'Spotkanie\n\nW kolacji ma wziąć udział wiceszef KE prowadzący procedurę praworządności wobec Polski Jan Lis. Rzecznik Komisji zapowiedział w poniedziałek, że nie będzie to spotkanie jednego tematu.';
    expect(starting(quotes(text, 'pl'), 'nie będzie to')?.speaker?.toLowerCase()).toBe('rzecznik komisji');
  });
});
