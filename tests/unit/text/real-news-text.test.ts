import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/text/sentences';
import { findQuotePairs } from '../../../shared/text/quote-marks';

// Regression tests for the sentence and quotation-mark rules added for real news (commits
// 50394e1..6fa4e4c). Every fixture is an invented news text written for these tests.

const units = (t: string, lang: 'pl' | 'en' = 'pl') => splitSentences(t, lang).map((s) => [s.paragraph, s.kind, s.text] as const);
/** Quotation pairs as [quoted text including the marks that exist, closing mark]. */
const pairs = (t: string) => findQuotePairs(t).map((p) => [t.slice(p.open, p.closeChar ? p.close + 1 : p.close), p.closeChar] as const);

describe('paragraphs and sentence ends', () => {
  it('treats single line breaks as paragraph breaks in a web copy with long lines, keeping a dash tail line with its block', () => {
    const t = [
      'Prezes Izby Gospodarczej Meblarzy Jan Rudnicki przedstawił w czwartek w Poznaniu prognozy dla całej branży na najbliższe dwa lata.',
      'Eksport mebli spadnie w tym roku o jedną piątą, a firmy będą musiały szukać nowych rynków poza Unią Europejską',
      '— podkreślił Rudnicki.',
      'Według danych izby w branży pracuje obecnie ponad sto tysięcy osób, głównie w Wielkopolsce i na Warmii.',
    ].join('\n');
    expect(splitSentences(t, 'pl').map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(units(t)[1][2].endsWith('Europejską\n— podkreślił Rudnicki.')).toBe(true);
    // A hard-wrapped text (short lines) is still one paragraph per blank-line block.
    const wrapped = 'Rada gminy przyjęła w czwartek budżet na\nprzyszły rok. Za głosowało dziesięciu radnych,\nprzeciw było pięciu.';
    expect(new Set(splitSentences(wrapped, 'pl').map((s) => s.paragraph))).toEqual(new Set([0]));
  });

  it('keeps run-together initials before a name (`S.H. Park`) but ends the sentence before `The`', () => {
    const t = 'The award for young engineers went to S.H. Park of Daejeon on Friday. The ceremony lasted two hours. Their eldest son, born in 2001, is known to everyone as T.J. The family moved to Ohio in 2010.';
    expect(units(t, 'en').map((u) => u[2])).toEqual([
      'The award for young engineers went to S.H. Park of Daejeon on Friday.',
      'The ceremony lasted two hours.',
      'Their eldest son, born in 2001, is known to everyone as T.J.',
      'The family moved to Ohio in 2010.',
    ]);
  });

  it('keeps two-word Polish ranks (`sierż. sztab.`, `asp. sztab.`) inside the sentence', () => {
    const t = 'Jak poinformował sierż. sztab. Marek Wolski z komendy w Radomiu, kierowca był trzeźwy. Na miejscu pracowała też asp. sztab. Ewa Nowak. Droga była zablokowana.';
    expect(units(t).map((u) => u[2])).toEqual([
      'Jak poinformował sierż. sztab. Marek Wolski z komendy w Radomiu, kierowca był trzeźwy.',
      'Na miejscu pracowała też asp. sztab. Ewa Nowak.',
      'Droga była zablokowana.',
    ]);
  });

  it('reads a long line with a comma clause but no final period as a sentence, not a headline', () => {
    const t = 'Budżet miasta na przyszły rok\n\nProjekt budżetu ostro skrytykował na środowej sesji radny Jan Grabowski, przewodniczący klubu opozycji, który zapowiedział głosowanie przeciw\n\nSesja potrwa do piątku.';
    expect(units(t).map((u) => u[1])).toEqual(['headline', 'sentence', 'sentence']);
  });
});

describe('quotation marks left open', () => {
  it('closes a quotation left open at its paragraph end when the next paragraph opens a new quotation', () => {
    const t = 'Prezes spółki Adam Borowy napisał w liście do pracowników: „To był najtrudniejszy rok w historii firmy, ale przetrwaliśmy.\n\n„W przyszłym roku wrócimy do zysku i do podwyżek” – dodał Borowy.';
    expect(pairs(t)).toEqual([
      ['„To był najtrudniejszy rok w historii firmy, ale przetrwaliśmy.', ''],
      ['„W przyszłym roku wrócimy do zysku i do podwyżek”', '”'],
    ]);
  });

  it('closes a quotation left open by the end of the text at the text end', () => {
    const t = 'Prezes spółki Adam Borowy napisał w liście do pracowników: „Nie zgodzimy się na takie warunki i odwołamy się od decyzji urzędu';
    expect(pairs(t)).toEqual([['„Nie zgodzimy się na takie warunki i odwołamy się od decyzji urzędu', '']]);
  });

  it('closes a quotation opened after a colon and left open before a narrative paragraph at its paragraph end', () => {
    const t = 'Prezes spółki Adam Borowy powiedział: „Nie zgodzimy się na takie warunki w żadnym razie.\n\nSpółka zatrudnia 300 osób w dwóch zakładach.';
    expect(pairs(t)).toEqual([['„Nie zgodzimy się na takie warunki w żadnym razie.', '']]);
  });

  it('pairs nothing for a quotation opened inside a sentence and left open before a narrative paragraph', () => {
    const t = 'Prezes spółki Adam Borowy powiedział, że „nie zgodzimy się na takie warunki w żadnym razie.\n\nSpółka zatrudnia 300 osób w dwóch zakładach.';
    expect(pairs(t)).toEqual([]);
  });

  it('starts a new quotation at `“` reopened after a sentence end on the same line', () => {
    const t = '“We did everything we could, and the matter is now resolved. “Now we move on to the next season,” the coach said.';
    expect(pairs(t)).toEqual([
      ['“We did everything we could, and the matter is now resolved.', ''],
      ['“Now we move on to the next season,”', '”'],
    ]);
  });
});

describe('hard-wrapped wire copy', () => {
  it('does not take a wrapped line ending in a function word or comma for a headline', () => {
    const t = 'The firm went bankrupt in May and the partners left.\nManhattan District Attorney Cyrus Vance said that with\nSanders’ conviction, "a top executive has been held\naccountable."\n';
    const units = splitSentences(t, 'en', 0);
    expect(units.map((u) => u.kind)).toEqual(['sentence', 'sentence']);
    expect(units[1].text.startsWith('Manhattan District Attorney')).toBe(true);
  });
});

describe('Polish ordinals (round 23)', () => {
  it('a number and its dot after a preposition is an ordinal, no sentence end', () => {
    const t = 'W niedzielę podczas 43. Ogólnopolskiej Pielgrzymki Ludzi Pracy zabrał głos. Wynik to 43. Potem było gorzej.';
    expect(splitSentences(t, 'pl', 0).map((s) => s.text)).toEqual([
      'W niedzielę podczas 43. Ogólnopolskiej Pielgrzymki Ludzi Pracy zabrał głos.',
      'Wynik to 43.',
      'Potem było gorzej.',
    ]);
  });
});
