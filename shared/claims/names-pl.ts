/**
 * Polish surname declension without a dictionary: every form maps to a small set of candidate
 * nominatives, and two forms name the same person when their sets meet (`Stoltenberga` and
 * `Stoltenberg`, `Kaczmarka` and `Kaczmarek`, `Fotydze` and `Fotyga`). Over-generation is harmless
 * because candidates are only compared with forms actually seen in the article.
 */

const CONSONANT = /[bcćdfghjklłmnńprsśtwzźż]$/;

/** `Kaczmark` → `Kaczmarek`, `Netzl` → `Netzel`, `Pawł` → `Paweł`: the mobile e of -ek/-el/-eł/-ec. */
function withMobileE(stem: string): string | null {
  const last = stem[stem.length - 1];
  const before = stem[stem.length - 2];
  if (!before || !'kłlc'.includes(last) || !CONSONANT.test(before)) return null;
  return stem.slice(0, -1) + 'e' + last;
}

// [ending, replacements]: the nominative endings an oblique ending may come from.
const ADJECTIVAL: Array<[string, string[]]> = [
  ['iego', ['i']], ['iemu', ['i']], ['im', ['i']], ['ego', ['y']], ['emu', ['y']], ['ym', ['y']],
  ['iej', ['a']], ['ej', ['a']], ['ą', ['a']], ['ą', ['a']],
];
const MASC_NOUN: Array<[string, string[]]> = [
  // Soft stems write the softness with -i- before a vowel (`Grbić` → `Grbicia`, `Grbiciem`; `Kuroń` →
  // `Kuronia`), after a vowel only (`Garcia` is no `Garć`).
  ['ciowi', ['ć']], ['ciem', ['ć']], ['ciu', ['ć']], ['cia', ['ć']],
  ['siowi', ['ś']], ['siem', ['ś']], ['siu', ['ś']], ['sia', ['ś']],
  ['niowi', ['ń']], ['niem', ['ń']], ['niu', ['ń']], ['nia', ['ń']],
  ['ziowi', ['ź']], ['ziem', ['ź']], ['ziu', ['ź']], ['zia', ['ź']],
  ['owi', ['']], ['iem', ['']], ['em', ['']], ['a', ['']], ['u', ['']], ['cie', ['t']], ['dzie', ['d']],
  ['rze', ['r']], ['le', ['ł', 'l']], ['ście', ['st']], ['nie', ['n']], ['sie', ['s']], ['zie', ['z']],
  ['wie', ['w']], ['pie', ['p']], ['bie', ['b']], ['mie', ['m']], ['fie', ['f']], ['ie', ['']],
  // Men's surnames in -ka/-ga decline like feminine nouns (`Marcinowi Gruszce`, `z Marcinem Gruszką`).
  ['kę', ['ka']], ['gę', ['ga']], ['ką', ['ka']], ['gą', ['ga']],
];
const FEM_NOUN: Array<[string, string[]]> = [
  ['rze', ['ra']], ['dze', ['ga']], ['ce', ['ka']], ['le', ['la', 'ła']], ['ie', ['a', 'ia']], ['ii', ['ia']],
  ['ji', ['ja']], ['y', ['a', 'o']], ['i', ['a', 'ia']], ['ę', ['a']], ['ą', ['a']], ['ze', ['za']],
];

function applyRules(form: string, rules: Array<[string, string[]]>, out: string[], mobileE: boolean): void {
  for (const [end, repl] of rules) {
    if (!form.endsWith(end) || form.length - end.length < 3) continue;
    const stem = form.slice(0, -end.length);
    if (repl[0].length === 1 && 'ćśńź'.includes(repl[0]) && !/[aeiouyó]$/u.test(stem)) continue;
    // `Kaczyński` is a nominative, not the genitive of a woman's `Kaczyńska`.
    if ((end === 'i' || end === 'y') && /(sk|ck|dzk|n)$/u.test(stem)) continue;
    for (const r of repl) {
      out.push(stem + r);
      if (mobileE && r === '') {
        const e = withMobileE(stem);
        if (e) out.push(e);
      }
    }
  }
}

/** Candidate nominatives of a (possibly declined) surname, the form itself first. */
export function surnameCandidates(form: string): string[] {
  const out = [form];
  if (form.length < 3 || !/\p{Ll}$/u.test(form)) return out;
  applyRules(form, ADJECTIVAL, out, false);
  applyRules(form, MASC_NOUN, out, true);
  applyRules(form, FEM_NOUN, out, false);
  return [...new Set(out)];
}

/** True when two surname forms can be the same surname (`Stoltenbergiem` ~ `Stoltenberg`). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = surnameCandidates(a);
  const cb = new Set(surnameCandidates(b));
  return ca.some((x) => cb.has(x));
}

/**
 * Whether a surname form can be a nominative for the given gender: a man's surname does not end
 * in an oblique ending (`-owi`, `-em`, `-ego`, `-a` unless it is a rare -a surname), a woman's
 * ends in -a or a consonant (Polish women's consonant surnames do not decline: `Anety Krawczyk`).
 */
export function looksNominative(form: string, gender: 'm' | 'f' | null): boolean {
  if (form.includes('-')) return form.split('-').every((p) => !/^\p{Lu}/u.test(p) || looksNominative(p, gender));
  // No Polish nominative ends in -ą or -ę (`Sybihą`, `Fotygę` are instrumental/accusative).
  if (/[ąę]$/u.test(form)) return false;
  // (`Sobierańskiej` is a genitive: no woman's surname ends in an adjectival -ej.)
  if (gender === 'f') return /(a|[bcćdfghjklłmnńprsśtwzźż])$/u.test(form) && !/\p{Ll}(?:iej|ej)$/u.test(form);
  if (/(owi|iem|iego|ego|emu|iemu)$/u.test(form)) return false;
  if (/em$/u.test(form) && form.length > 5) return false;
  if (/[^k]im$|skim$|ckim$/u.test(form) && form.length > 5) return false;
  if (gender === 'm' && /(a|u|ie)$/u.test(form)) return false;
  return true;
}

/** Best guess of the nominative of a declined surname when no nominative form was seen. */
export function guessNominative(form: string, gender: 'm' | 'f' | null): string {
  // A double surname declines part by part (`Sobierańskiej-Grenda` → `Sobierańska-Grenda`).
  if (form.includes('-') && !form.startsWith('-')) return form.split('-').map((p) => (/^\p{Lu}/u.test(p) ? guessNominative(p, gender) : p)).join('-');
  if (looksNominative(form, gender)) return form;
  const adj: string[] = [];
  applyRules(form, ADJECTIVAL, adj, false);
  if (adj.length) return gender === 'f' ? adj.find((x) => x.endsWith('a')) ?? adj[0] : adj.find((x) => !x.endsWith('a')) ?? adj[0];
  const cands: string[] = [];
  applyRules(form, gender === 'f' ? FEM_NOUN : MASC_NOUN, cands, true);
  if (!cands.length) return form;
  // Prefer the mobile-e form for -k/-l stems that look diminutive (Kaczmarka → Kaczmarek).
  const mobile = cands.find((c) => /e[kłlc]$/.test(c) && !form.includes(c));
  // (Also after a sibilant: `Macieja Laska` → Lasek, `Mroczka` → Mroczek.)
  if (gender !== 'f' && mobile && /[rtdnwpbmłsczż]k$|[tzc]l$/.test(form.slice(0, -1))) return mobile;
  return cands[0];
}
