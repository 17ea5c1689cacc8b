// Nationality the article gives a person where it names them (`Polka Iga Świątek`, `polska
// tenisistka Iga Świątek`, `American Jessica Pegula`, `Poland's Iga Swiatek`): later nationality
// epithets (`Amerykanka przyznała`, `the Pole said`) then pick that person, and skip one of another
// nationality, when two players of one match are talked about in turn.
import type { Mention, Token } from './mentions';
import { countryKey, demonymCountry } from './roles';

// Forms that are also a country's genitive (`reprezentacji Niemiec`, `prezydent Polski`): after a
// lower-case noun they name the country, not the person's nationality.
const COUNTRY_GENITIVE = /^(?:Niemiec|Włoch|Czech|Węgier|Polski|Chin|Indii|Danii|Francji)$/u;
// Polish nationality adjectives (`polska`, `amerykańskiej`), lower case in running text.
const ADJ_PL = /^\p{Ll}+(?:sk|ck)(?:i|a|ie|iego|iej|iemu|im|ą)$/u;

function tokenCountry(t: Token, before: Token | undefined, lang: 'pl' | 'en'): string | null {
  if (!t.word) return null;
  if (!t.cap) return lang === 'pl' && ADJ_PL.test(t.lower) ? countryKey(t.lower) : null;
  if (lang === 'en' && /['’]s$/u.test(t.text)) {
    // (`Poland's Iga Swiatek`: a country's possessive.)
    const base = t.text.slice(0, -2);
    return /^\p{Lu}\p{Ll}+$/u.test(base) && demonymCountry(base, lang) === null ? countryKey(base) : null;
  }
  if (COUNTRY_GENITIVE.test(t.text) && before?.word && !before.cap) return null;
  return demonymCountry(t.text, lang);
}

/**
 * Country of the nationality word right before a person's full name, over at most three lower-case
 * title words (`Norweg Erling Haaland`, `amerykańska tenisistka Jessica Pegula`), or null.
 */
export function nationalityBefore(tokens: readonly Token[], m: Mention, lang: 'pl' | 'en'): string | null {
  if (m.kind !== 'person' || !m.given || !m.name?.length) return null;
  const nameStart = m.t1 - m.name.length;
  for (let k = nameStart - 1, lower = 0; k >= 0 && k >= nameStart - 4; k--) {
    const t = tokens[k];
    const c = tokenCountry(t, tokens[k - 1], lang);
    if (c) return c;
    if (!t.word || t.cap || ++lower > 3) return null;
  }
  return null;
}
