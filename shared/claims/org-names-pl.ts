import type { Gender } from './roles';

/*
 * Polish institution names met in the genitive (`według Naczelnej Rady Lekarskiej`, `Miejskiego
 * Zarządu Dróg`) are shown in the nominative, derived by regular adjective endings around the
 * institution noun whose lemma is known. Anything irregular keeps the name as written.
 */

// Genitive singular adjective endings → nominative, by the head noun's gender.
const ADJ_GEN: Record<'m' | 'f' | 'n', Array<[RegExp, string]>> = {
  m: [[/([kg])iego$/, '$1i'], [/iego$/, 'i'], [/ego$/, 'y']],
  n: [[/([kg])iego$/, '$1ie'], [/iego$/, 'ie'], [/ego$/, 'e']],
  // (…and the feminine accusative or instrumental: `przez Komendę Główną Policji`.)
  f: [[/([kg])iej$/, '$1a'], [/iej$/, 'ia'], [/ej$/, 'a'], [/(?<=\p{L}{3})ą$/u, 'a']],
};

function adjectiveNominative(word: string, g: 'm' | 'f' | 'n'): string | null {
  for (const [re, rep] of ADJ_GEN[g]) if (re.test(word)) return word.replace(re, rep);
  return null;
}

/** A Polish adjective in the locative or genitive made to agree with the nominative noun `noun`. */
export function nominativeAdjective(word: string, noun: string): string {
  if (/a$/.test(noun)) return word.replace(/(?<=\p{L}{3})(?:iej|ej)$/u, (m) => (m === 'iej' ? 'ia' : 'a'));
  if (/[eo]$/.test(noun)) return word.replace(/(?<=\p{L}{3})(?:ym|im|ego)$/u, 'e');
  // (`-iego` before `-ego`: `polskiego` is `polski`.)
  return word.replace(/(?<=\p{L}{3})(?:im|iego)$/u, 'i').replace(/(?<=\p{L}{3})(?:ym|ego)$/u, 'y');
}

/**
 * The nominative of a capitalised Polish institution name whose head word (index `head`, lemma
 * `lemma`, gender `gender`) is inflected: agreeing adjectives before and right after the head are
 * put in the nominative, the genitive complement after them stays (`Zarządu Inwestycji Miejskich`
 * → `Zarząd Inwestycji Miejskich`). Returns null when the form is not a regular genitive.
 */
export function orgNominativePl(words: string[], head: number, lemma: string, gender: Gender): string | null {
  if (gender !== 'm' && gender !== 'f' && gender !== 'n') return null;
  const h = words[head];
  // An indeclinable head (`Centrum`) shows its case only through the adjectives before it.
  if (!h || (h.toLowerCase() === lemma && head === 0)) return null;
  if (gender !== 'n' && pluralAgreement(words, head)) return null;
  const out = words.slice();
  for (let k = 0; k < head; k++) {
    const n = adjectiveNominative(words[k], gender);
    if (!n) return null;
    out[k] = n;
  }
  out[head] = h[0] === h[0].toUpperCase() ? lemma[0].toUpperCase() + lemma.slice(1) : lemma;
  for (let k = head + 1; k < words.length; k++) {
    const n = adjectiveNominative(words[k], gender);
    if (!n) break;
    out[k] = n;
  }
  return out.join(' ');
}

/**
 * The nominative of a quoted Polish title read in an oblique case (`w „Rzeczpospolitej”`, `„Gazety
 * Wyborczej”`): only the feminine forms that are sure (`-ej` adjectives and the noun `gazeta`); anything
 * else stays as written.
 */
export function titleNominativePl(title: string): string {
  const words = title.split(' ');
  if (!words.every((w) => /^\p{Lu}\p{Ll}{2,}(?:iej|ej)$/u.test(w) || /^Gaze(?:ty|cie|tę|tą)$/u.test(w))) return title;
  return words.map((w) => (/^Gaze/.test(w) ? 'Gazeta' : w.replace(/(?:iej|ej)$/u, (m) => (m === 'iej' ? 'ia' : 'a')))).join(' ');
}

/** `służby lotniskowe`: an adjective in the nominative plural after the head shows the head is a nominative plural too. */
export function pluralAgreement(words: string[], head: number): boolean {
  const a = words[head + 1] ?? '';
  return /\p{Ll}{3}e$/u.test(a) && !/(?:ie|ce)$/u.test(a) && /[yi]$/u.test(words[head]);
}

// A state or national adjective after a capitalised noun makes the two words an institution's name:
// `Wody Polskie`, `Lasy Państwowe`, `Poczta Polska`, `Koleje Mazowieckie` (a region's railway).
const STATE_ADJ = /^(?:Polsk|Państwow|Narodow)\p{Ll}{1,4}$/u;
// …and a feminine adjective before the country's name: `Wirtualna Polska`, `Suwerennej Polski`.
const FEMININE_ADJ = /\p{Ll}{2}(?:n|t|w|l|r|j)(?:a|ej|ą)$/u;
const COUNTRY_NOUN = /^Pols(?:ka|ki|ce|kę|ką)$/u;
const REGION_ADJ = /^\p{Lu}\p{Ll}{2,}(?:sk|ck|dzk)\p{Ll}{1,4}$/u;
const REGION_RAIL_NOUN = /^(?:Koleje|Kolei|Kolejom|Kolejami|Kolejach)$/;
// Plural nouns of such names whose genitive is irregular, with their nominative.
const PLURAL_GENITIVE: Record<string, string> = { Wód: 'Wody', Kolei: 'Koleje', Linii: 'Linie', Sieci: 'Sieci' };

/**
 * Whether the capitalised `noun` followed by the capitalised `adj` is a Polish institution's name of
 * that form (a region's adjective, `Mazowieckie`, counts after a railway only).
 */
export function stateNamePl(noun: string, adj: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(noun)) return false;
  if (FEMININE_ADJ.test(noun) && COUNTRY_NOUN.test(adj)) return true;
  if (/(?:sk|ck|dzk|ow|n)(?:i|a|ie|iej|iego|ich|ych|e|y|ą)$/u.test(noun) || /(?:ej|ego|emu|ym|im)$/u.test(noun)) return false;
  return STATE_ADJ.test(adj) || (REGION_ADJ.test(adj) && REGION_RAIL_NOUN.test(noun));
}

/**
 * The nominative of such a two-word name when its case is sure from the adjective (`Wirtualnej Polski` →
 * `Wirtualna Polska`): the genitive
 * plural (`Wód Polskich` → `Wody Polskie`, `Lasów Państwowych` → `Lasy Państwowe`) and the feminine
 * genitive singular (`Poczty Polskiej` → `Poczta Polska`); else the words as written.
 */
export function stateNameNominativePl(noun: string, adj: string): string {
  if (FEMININE_ADJ.test(noun) && COUNTRY_NOUN.test(adj)) return `${noun.replace(/(?:ej|ą)$/u, 'a')} Polska`;
  if (/(?:ich|ych)$/u.test(adj)) {
    const n = PLURAL_GENITIVE[noun] ?? (/ów$/u.test(noun) ? noun.slice(0, -2) + 'y' : null);
    if (n) return `${n} ${adj.replace(/ich$/u, 'ie').replace(/ych$/u, 'e')}`;
  }
  if (/(?:iej|ej)$/u.test(adj) && /[yi]$/u.test(noun)) return `${noun.replace(/(?<=[kg])i$|y$/u, 'a')} ${adjectiveNominative(adj, 'f') ?? adj}`;
  return `${noun} ${adj}`;
}
