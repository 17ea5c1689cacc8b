import type { Language } from '../sources';
import { orgNominativePl, pluralAgreement, stateNameNominativePl, stateNamePl } from './org-names-pl';
import { givenNameGender, givenNameLemma, manInGenitive, sureGivenNameGender } from './given-names';
import { figuresFor } from './public-figures';
import {
  COMPLEMENT_CONNECTORS, OUTLET_HEAD, acronymBase, REGION_ADJ_PL, ROLE_PREMODIFIERS, complementKey, countryKey, groupLemma, isAcronym, isGroupNoun, isMinistryAcronym,
  isEpithetHead, isNationalityAdjective, isNonNameCap, isPlaceName, lexiconMayHave, orgHead, pronoun, roleHead, type Gender, type OrgHead, type RoleHead,
} from './roles';
import { speechVerb, type SpeechVerbForm } from './speech-verbs';
import { COMPANY_ABBR, SECOND_LEGAL_FORM } from '../text/sentences';

/** A word or punctuation token with absolute offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter (or is a particle-joined name like `al-Baszir`). */
  cap: boolean;
  acronym: boolean;
  /** Per-token caches of the lexicon predicates below (undefined = not asked yet). */
  roleC?: RoleHead | null;
  orgC?: OrgHead | null;
  groupC?: boolean;
  natC?: boolean;
  ctryC?: boolean;
  premodC?: boolean;
  /** `speechVerb(text, svLang)`, cached by the quote finder. */
  svC?: SpeechVerbForm | null;
  svLang?: Language;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ibn|bin|ben|abu|van|von|de|da|di|du|le|la|ul)-\p{Lu}/u;
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-]|(?<=\p{Lu})&(?=\p{Lu}))[\p{L}\p{M}\p{N}]+)*|\S/gu;

// Code-unit classes for the hand-written scanner below (the same sets as TOKEN_RE): filled
// lazily from the Unicode regexes. A table lookup per character is far cheaper than the regex.
const T_UNKNOWN = 0;
const T_WORD = 1; // \p{L}\p{M}\p{N}
const T_SPACE = 2; // \s
const T_OTHER = 3;
const T_SURROGATE = 4;
const tokClass = new Uint8Array(65536);
const WORD_UNIT = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_UNIT = /^\s$/u;
function tokClassOf(c: number): number {
  let k = tokClass[c];
  if (k !== T_UNKNOWN) return k;
  if (c >= 0xd800 && c <= 0xdfff) k = T_SURROGATE;
  else {
    const ch = String.fromCharCode(c);
    k = WORD_UNIT.test(ch) ? T_WORD : SPACE_UNIT.test(ch) ? T_SPACE : T_OTHER;
  }
  tokClass[c] = k;
  return k;
}

/** One token from `text[a, b)` (a match of TOKEN_RE at `a`). */
// A brand written in camel case (`InPost`, `YouTube`, `PayPal`, `InPostu`) names an institution like an
// acronym, never a person (name prefixes excepted: `McDonald`, `DeSantis`, `DelBene`, `MacKenzie`, `LeBron`).
const BRAND_CASE = /^(?!(?:Mc|Mac|Fitz|De|Del|Della|Di|Da|Dal|Du|La|Le|Lo|Van|Von|Ja)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

const LOWER_BRAND = /^\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*$/u;

function makeToken(t: string, start: number): Token {
  const first = t[0];
  const lower = t.toLowerCase();
  // Every multi-character token is a word (the regex); a single character is one if it is a letter/digit.
  const word = t.length > 1 || WORD_CHAR.test(first);
  const upperFirst = first !== lower[0];
  // (`xAI`, `eBay`, `iRobot`: a brand written with a lower-case first letter before capitals is a name.)
  const lowBrand = word && !upperFirst && t.length > 2 && (t[1] !== lower[1] || t[2] !== lower[2]) && LOWER_BRAND.test(t);
  const cap = word && (upperFirst || lowBrand || (t.length > 3 && t[2] === '-' || t[3] === '-') && PARTICLE_NAME.test(t));
  return {
    text: t, lower, start, end: start + t.length, word, cap, acronym: word && ((upperFirst && t.length > 1 && (isAcronym(t) || BRAND_CASE.test(t))) || lowBrand),
    roleC: undefined, orgC: undefined, groupC: undefined, natC: undefined, ctryC: undefined, premodC: undefined, svC: undefined, svLang: undefined,
  };
}

/** Splits `text` (found at absolute offset `offset`) into word and punctuation tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  // Scans like TOKEN_RE; astral characters (surrogates) are left to the regex itself.
  while (i < n) {
    const k = tokClassOf(text.charCodeAt(i));
    if (k === T_SPACE) {
      i++;
      continue;
    }
    if (k === T_SURROGATE) return tokenizeRe(text, offset, out, i);
    if (k === T_OTHER) {
      out.push(makeToken(text[i], offset + i));
      i++;
      continue;
    }
    const a = i;
    i++;
    for (;;) {
      while (i < n && tokClassOf(text.charCodeAt(i)) === T_WORD) i++;
      if (i < n && tokClassOf(text.charCodeAt(i)) === T_SURROGATE) return tokenizeRe(text, offset, out, a);
      const c = text.charCodeAt(i);
      // `['’-]` followed by a word character continues the token.
      if (i + 1 < n && (c === 0x27 || c === 0x2019 || c === 0x2d)) {
        const k2 = tokClassOf(text.charCodeAt(i + 1));
        if (k2 === T_WORD) {
          i += 2;
          continue;
        }
        if (k2 === T_SURROGATE) return tokenizeRe(text, offset, out, a);
      }
      // (`A&E`, `AT&T`, `M&S`: an ampersand between capitals continues an acronym.)
      if (c === 0x26 && i + 1 < n && isUpperAscii(text.charCodeAt(i - 1)) && isUpperAscii(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    out.push(makeToken(text.slice(a, i), offset + a));
    if (out.length > 2 && text.charCodeAt(a - 1) === 0x2013) joinDashedName(out);
  }
  return out;
}

/**
 * A double surname set with an en dash instead of a hyphen (`Kosiniak–Kamysz`, as some Polish sites
 * print it) is one word, written with the hyphen: the last three tokens (capitalised word, dash,
 * capitalised word, nothing between them) become one.
 */
function joinDashedName(out: Token[]): void {
  const n = out.length;
  const b = out[n - 1];
  const d = out[n - 2];
  const a = out[n - 3];
  if (d.text !== '\u2013' || a.end !== d.start || d.end !== b.start || !a.cap || !b.cap || a.text.length < 2 || b.text.length < 2) return;
  if (!/\p{Ll}$/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text)) return;
  out.length = n - 3;
  out.push(makeToken(`${a.text}-${b.text}`, a.start));
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** TOKEN_RE from `from` on (text with astral characters), appending to `out`. */
function tokenizeRe(text: string, offset: number, out: Token[], from: number): Token[] {
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    out.push(makeToken(m[0], offset + m.index));
    if (out.length > 2 && text.charCodeAt(m.index - 1) === 0x2013) joinDashedName(out);
  }
  return out;
}

/** A role phrase: head noun plus its complement (`sekretarz generalny NATO`). */
export interface RoleDesc {
  head: string;
  generic: boolean;
  /** Normalised complement keys: portfolios, country keys, acronyms, 5-letter stems. */
  keys: string[];
  text: string;
  gender: Gender | null;
}

export type MentionKind = 'person' | 'org' | 'role' | 'pronoun' | 'group';

/** A possible speaker mention inside one sentence. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  t0: number;
  t1: number;
  /** Surface words of a person's name (`Jens Stoltenberg`, `Stoltenberga`). */
  name?: string[];
  /** Lemma of the given name when the name starts with a known one. */
  given?: { lemma: string; gender: 'm' | 'f' };
  /** The generational suffix is set off by a comma (`Ferdinand R. Marcos, Jr.`). */
  suffixComma?: boolean;
  role?: RoleDesc;
  /** A second title the person bears (`prok.` in `rzecznik PO prok. Jan Nowak`, `Prokurator` before `Jan Nowak – rzecznik PK –`). */
  rank?: RoleDesc;
  /** Institution name as written without leading adjectives (`MSZ`, `Misja USA przy NATO`). */
  org?: { name: string; head: string | null; ministry: boolean; gender: Gender | null };
  gender: Gender | null;
  pronounUse?: 'subject' | 'possessive' | 'oblique';
  /** A group named in an oblique case (`uczniów`, `ekspertów`): no subject of a verb. */
  oblique?: boolean;
  /** The mention stands after a preposition (`na Twitterze`, `z premierem`): not a subject. */
  afterPreposition: boolean;
  /** First token of the sentence (a capital there proves nothing). */
  sentenceInitial: boolean;
  /** A relative named by a given name after a possessive surname, which the name now bears (`Mr Falconio's father Luciano`). */
  kin?: boolean;
  /** The sex an English courtesy title gives (`Mr Lamb`, `Mrs Lamb`). */
  titleGender?: 'm' | 'f';
}

// Kinds of institution that news puts before a name (`regulator Ofgem`, `carmaker Toyota`, `broadcaster ITV`).
const KIND_BEFORE_NAME = /^(?:regulator|retailer|carmaker|airline|supermarket|insurer|lender|broadcaster|brewer|publisher|developer|operator|manufacturer|conglomerate|chain|firm|company|group|bank|charity|union|miner|producer|explorer|shipper|shipbuilder|utility|automaker|drugmaker|chipmaker|telco|carrier)$/;

// Relatives who bear the family's surname (an English possessive before them names the family).
const KIN_NOUN = /^(?:father|mother|dad|mum|mom|brother|sister|son|daughter|grandfather|grandmother|uncle|aunt)$/;

export const PREPOSITIONS = new Set([
  'w', 'we', 'z', 'ze', 'od', 'do', 'na', 'po', 'przy', 'o', 'dla', 'przez', 'za', 'u', 'pod', 'nad', 'przed', 'wobec',
  'między', 'podczas', 'bez', 'ku', 'wśród', 'obok', 'koło', 'łamach', 'in', 'on', 'at', 'to', 'from', 'with', 'by',
  'of', 'for', 'about', 'after', 'before', 'during', 'into', 'against', 'than', 'like', 'dzięki', 'mimo', 'oprócz',
]);

// Polish nouns for a kind of outlet in any case (`agencją`, `portalu`, `dziennikowi`), and adjective-like words.
// (…and for a journalist of one: `z reporterem Pomponika`.)
const PL_OUTLET_NOUN = /^(agencj|portal|serwis|dziennik|gazet|tygodnik|telewizj|stacj|radi|rozgłośni|magazyn|miesięcznik|reporter|dziennikar)\p{Ll}*$/u;
const PL_ADJ_LIKE = /\p{Ll}(?:ą|ej|ego|emu|ym|ych|i|y|a|e)$/u;

// Words that end a role complement (a role phrase never runs over them).
const COMPLEMENT_STOP = new Set([
  'wszystko', 'wszyscy', 'nic', 'nikt', 'coś', 'ktoś', 'każdy', 'jednak', 'także', 'również', 'jest', 'są', 'był', 'była', 'było', 'byli', 'będzie', 'ma', 'mają', 'miał', 'miała', 'chce', 'może', 'musi',
  'powinien', 'zostanie', 'został', 'została', 'nie', 'się', 'to', 'co', 'jak', 'czy', 'że', 'iż', 'który', 'która',
  'które', 'którzy', 'także', 'też', 'również', 'jednak', 'już', 'dziś', 'wczoraj', 'jutro', 'a', 'ale', 'oraz', 'lub',
  'tuż', 'zaraz', 'jeszcze', 'wtedy', 'wówczas', 'dzisiaj', 'wcześniej', 'niedawno', 'ostatnio',
  'najbardziej', 'bardziej', 'bardzo', 'najmniej', 'mniej', 'szczególnie', 'zwłaszcza', 'przede',
  'albo', 'jako', 'tym', 'tak', 'dalej', 'później', 'potem', 'natomiast', 'zaś', 'tylko', 'said', 'says', 'told', 'is',
  'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'and', 'or', 'but', 'who', 'which', 'that', 'on', 'in',
  'at', 'with', 'from', 'to', 'by', 'as', 'after', 'before', 'also', 'on', 'według', 'zdaniem', 'in', 'podczas',
  // (English adverbs of time before the verb: `A spokesman for Ms Clark earlier said`.)
  'earlier', 'later', 'yesterday', 'today', 'previously', 'again',
  // (Particles and adverbs of manner that stand between a subject and its verb: `Szefowa komitetu
  // strajkowego nawet nie chciała …`, `Prezes spółki otwarcie przyznaje`.)
  'nawet', 'przecież', 'chyba', 'właśnie', 'wciąż', 'nadal', 'zawsze', 'nigdy', 'ponadto', 'dodatkowo', 'ponownie', 'znów', 'znowu',
  'otwarcie', 'stanowczo', 'wyraźnie', 'krótko', 'jasno', 'wprost', 'publicznie', 'oficjalnie', 'wielokrotnie', 'kilkakrotnie', 'ostatecznie',
]);

const ADJ_PREMOD = /^(\p{Ll}+(?:ski|ska|skie|skiego|skiej|ską|cki|cka|ckie|ckiego|ckiej|cką|dzki|dzka|dzkie|dzkiego|dzkiej))$/u;
// `ADJ_PREMOD.test(w) && countryKey(w)` for a lower-case word, cached: it is asked for nearly every
// word of every sentence (premodifiers of roles and institutions) and the answer depends on the word only.
const countryAdjCache = new Map<string, boolean>();
function isCountryAdjective(lower: string): boolean {
  let r = countryAdjCache.get(lower);
  if (r === undefined) {
    r = ADJ_PREMOD.test(lower) && countryKey(lower) !== null;
    if (countryAdjCache.size > 20000) countryAdjCache.clear();
    countryAdjCache.set(lower, r);
  }
  return r;
}

// The lexicon predicates are asked about the same token many times (every start position of the
// mention scan looks ahead over it): each answer is kept on the token itself.
/** `roleHead(t.text)`, cached on the token (`roleHead('')` for a missing token). */
function roleOf(t: Token | undefined): RoleHead | null {
  if (!t) return roleHead('');
  let r = t.roleC;
  // `wice-` titles are derived, not listed: only they bypass the lexicon signature check.
  if (r === undefined) r = t.roleC = lexiconMayHave(t.lower) || t.lower.startsWith('wice') || (t.lower.charCodeAt(0) <= 57 && (t.lower.includes('-lat') || t.lower.endsWith('-year-old'))) ? roleHead(t.text) : null;
  return r;
}
/** `orgHead(t.text)`, cached on the token. */
function orgOf(t: Token): OrgHead | null {
  let r = t.orgC;
  if (r === undefined) {
    r = lexiconMayHave(t.lower) ? orgHead(t.text) : null;
    // (`a Reuters survey` is a document; `the Geological Survey` an institution: these heads only capitalised.)
    if (r && !t.cap && CAPITAL_ONLY_HEAD.test(r.lemma)) r = null;
    t.orgC = r;
  }
  return r;
}
const CAPITAL_ONLY_HEAD = /^(survey|observatory|laboratory|lines)$/;
/** `isGroupNoun(t.text)`, cached on the token. */
function groupOf(t: Token): boolean {
  let r = t.groupC;
  if (r === undefined) r = t.groupC = lexiconMayHave(t.lower) && isGroupNoun(t.text);
  return r;
}
// Polish institutions in the genitive singular that say whose a group is (`władze miasta`, `władze portu`).
const PL_INSTITUTION_GEN = /^(miasta|gminy|portu|lotniska|spółki|uczelni|szpitala|powiatu|województwa|regionu|kraju|firmy|zakładu|szkoły|klubu|parku|muzeum|teatru|uniwersytetu|dzielnicy|osiedla|spółdzielni|kopalni|huty|stoczni|związku|partii|państwa|załogi|zarządu|rady|komisji|grupy|wsi|parafii|fundacji|stowarzyszenia|koncernu|banku|urzędu|rządu|opozycji|koalicji|policji|straży|prokuratury|sądu|kancelarii|ministerstwa|resortu)$/;
// Polish events in the genitive that say which people a group of them is (`uczestnicy protestu`,
// `organizatorzy akcji`), after the nouns of taking part in or running one.
const PL_EVENT_GEN = /^(protestu|protestów|akcji|marszu|demonstracji|manifestacji|strajku|pikiety|blokady|blokad|zgromadzenia|spotkania|konferencji|wydarzenia|festiwalu|turnieju|zawodów|imprezy|koncertu|wystawy|kampanii|zbiórki|debaty|szczytu|kongresu|zjazdu|obrad|negocjacji|rozmów|konkursu|wyprawy|wyścigu|rajdu|maratonu|biegu|pielgrzymki)$/;
const PL_EVENT_GROUP = /^(uczestni(?:cy|ków|czki|czek|kom|kami|kach)|organizator(?:zy|ów|kom|ami|ach)|organizatork(?:i|ami)|protestując(?:y|ych|ymi)|pomysłodawc(?:y|ów))$/;
// English party adjectives that may stand before a title (`Labour chairman`, `Tory MP`, `Democratic Senator`).
const PARTY_ADJ = /^(Labour|Conservative|Tory|Liberal|Democratic|Democrat|Republican|GOP|Green|SNP|Unionist|Socialist|Communist|Reform)$/;
// Kinds of place in the locative or genitive after a preposition (`w porcie`, `na ulicy`, `z miasta`).
const PL_PLACE_NOUN_LOC = /^(?:porcie|portu|mieście|miasta|miejscowości|wsi|gminie|gminy|powiecie|powiatu|województwie|ulicy|ulicę|hotelu|stoczni|zakładzie|zakładach|fabryce|kopalni|hali|stadionie|muzeum|teatrze|parku|rejonie|okolicach|okolicy|pobliżu|dzielnicy|osiedlu|regionie|zatoce|jeziorze|rzece|morzu|obwodzie|kurorcie|lotnisku|dworcu|placu|alei|bazie|obozie)$/;

function splitComplementFromName(m: Mention): void {
  const name = m.name!;
  // (After `the` the first word is the complement's even when it could be a given name: `the Marine`.)
  if (givenNameLemma(name[0]) && !/ the$/i.test(m.role!.text)) return;
  const k = name.findIndex((w, i) => i > 0 && i < name.length - 1 && !!givenNameLemma(w));
  if (k < 1) return;
  m.role = { ...m.role!, text: `${m.role!.text} ${name.slice(0, k).join(' ')}`, keys: [...m.role!.keys, ...name.slice(0, k).map((w) => complementKey(w))] };
  m.name = name.slice(k);
  const g = givenNameGender(name[k]);
  if (g) {
    m.given = { lemma: givenNameLemma(name[k])!.lemma, gender: g };
    m.gender = g;
  }
}

// Bare Polish institution nouns that news names by the town they serve (`policja z Krasnegostawu`).
const PLACED_INSTITUTION_PL = /^(?:policja|prokuratura|straż|sanepid|żandarmeria)$/;

/**
 * `Policja z Krasnegostawu informuje, że …`: a bare institution noun with `z` and a capitalised place
 * (no one's name) is named with that place, in lower case; the place is no mention of its own.
 */
function placedInstitutions(tokens: Token[], out: Mention[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.kind !== 'org' || !m.org || m.t1 - m.t0 !== 1 || !PLACED_INSTITUTION_PL.test(m.org.name.toLowerCase())) continue;
    const z = m.t1;
    if (!/^(z|ze)$/.test(tokens[z]?.lower ?? '') || !tokens[z + 1]?.word || !tokens[z + 1].cap || givenNameLemma(tokens[z + 1].text)) continue;
    let e = z + 2;
    while (e < tokens.length && e - z <= 3 && tokens[e].word && tokens[e].cap && !givenNameLemma(tokens[e].text)) e++;
    const place = tokens.slice(z + 1, e).map((x) => x.text).join(' ');
    out[k] = { ...m, t1: e, end: tokens[e - 1].end, org: { ...m.org, name: `${m.org.name.toLowerCase()} ${tokens[z].lower} ${place}` } };
    while (out[k + 1] && out[k + 1].t0 < e) out.splice(k + 1, 1);
  }
}

/** The word after `the American` makes it a noun: a verb, an auxiliary or a comma follows. */
function demonymAsNoun(tokens: Token[], i: number): boolean {
  const nx = tokens[i + 1];
  if (!nx) return false;
  if (nx.text === ',') return true;
  if (!nx.word || nx.cap) return false;
  return /^(?:has|had|was|is|will|would|could|can|did|does|also|later|then|who|insisted|admitted|explained|conceded|revealed)$/.test(nx.lower) || speechVerb(nx.text, 'en') !== null;
}
/** `isNationalityAdjective(t.text)`, cached on the token. */
function natOf(t: Token): boolean {
  let r = t.natC;
  if (r === undefined) {
    // NATIONALITY_ADJ ends in n/e/h/i/k/s/o (`-ian -ese -ish -an -i -ch -ine -ek -ss -sh -no`).
    const c = t.text.charCodeAt(t.text.length - 1);
    r = t.natC = (c === 0x6e || c === 0x65 || c === 0x68 || c === 0x69 || c === 0x6b || c === 0x73 || c === 0x6f) && isNationalityAdjective(t.text);
  }
  return r;
}
/** `isCountryAdjective(t.lower)`, cached on the token. */
function ctryOf(t: Token): boolean {
  let r = t.ctryC;
  if (r === undefined) {
    // ADJ_PREMOD needs `k` + i/a/ą/ie/iej/iego at the end: most words fail that without a lookup.
    const w = t.lower;
    const n = w.length;
    const mayMatch = w.charCodeAt(n - 2) === 0x6b || w.charCodeAt(n - 3) === 0x6b || w.charCodeAt(n - 4) === 0x6b || w.charCodeAt(n - 5) === 0x6b;
    r = t.ctryC = mayMatch && isCountryAdjective(w);
  }
  return r;
}

/** `ROLE_PREMODIFIERS.has(t.lower)`, cached on the token. */
function premodOf(t: Token): boolean {
  let r = t.premodC;
  if (r === undefined) r = t.premodC = ROLE_PREMODIFIERS.has(t.lower);
  return r;
}

const PAST_VERB = /^\p{Ll}{3,}(?:ł|ła|ło|li|ły)$/u;

function isParticle(t: Token | undefined): boolean {
  return !!t && /^(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|ben|al|el|abu|dos|das|ter|ten)$/.test(t.text);
}

/** A capitalised name-like token (word, capital, not an acronym) or an initial (`W` before `.`). */
function isNameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || !t.cap) return false;
  if (/^\p{N}/u.test(t.text)) return false;
  // (`trener Marwis.pl Falubazu`: a word glued to a web domain before another name is the sponsor in a
  // team's name, no one's — a company form after it is the company's own: `Shopline.com Inc.`.)
  if (isDomainDot(tokens, i + 1)) {
    const e = domainEnd(tokens, i + 1);
    if (tokens[e]?.word && tokens[e].cap && tokens[e].start === tokens[e - 1].end + 1 && !/^(?:Inc|Corp|Ltd|LLC|Co|Plc|PLC|SA)$/.test(tokens[e].text)) return false;
  }
  return true;
}

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (`29°C.` is a unit, not an initial.)
  return !!t && t.word && t.text.length === 1 && t.cap && tokens[i + 1]?.text === '.' && tokens[i + 1].start === t.end && !(i > 0 && tokens[i - 1].end === t.start && !tokens[i - 1].word && tokens[i - 1].text !== '.');
}

/**
 * The capitalised run starting at i: name tokens, initials (`W.`), particles between capitals
 * (`von der`), joined by nothing but spaces. Returns the exclusive end token index.
 */
/** A one-word nickname in quotation marks (`“Butch”`) at `j`, inside a name that goes on after it. */
function nicknameAt(tokens: Token[], j: number): boolean {
  return /^[“"„«]$/.test(tokens[j]?.text ?? '') && !!tokens[j + 1]?.word && tokens[j + 1].cap && /^[”"»]$/.test(tokens[j + 2]?.text ?? '') &&
    givenNameLemma(tokens[j - 1]?.text === '.' ? tokens[j - 3]?.text ?? '' : tokens[j - 1].text) !== null && isNameToken(tokens, j + 3);
}

function capRun(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    if (isInitial(tokens, j)) {
      j += 2;
      continue;
    }
    // (`Mike St. Clair`: an abbreviated `Saint` inside a surname.)
    if (j > i && givenNameLemma(tokens[j - 1].text) && tokens[j]?.text === 'St' && tokens[j + 1]?.text === '.' && tokens[j + 1].start === tokens[j].end && tokens[j + 2]?.cap && tokens[j + 2].word) {
      j += 2;
      continue;
    }
    // `Hanna Lachowska Inspektor Biura …`: a title after a full name ends the name.
    if (j - i >= 2 && tokens[j]?.word && roleOf(tokens[j]) && givenNameLemma(tokens[i].text)) break;
    // (`Minister Harsh Vardhan Dec. 3 said`: an abbreviated month before a day ends the name.)
    if (j > i && /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(tokens[j]?.text ?? '') && (/^\d/.test(tokens[j + 1]?.text ?? '') || (tokens[j + 1]?.text === '.' && /^\d/.test(tokens[j + 2]?.text ?? '')))) break;
    // (`Francis Tells Group Of Children`: a title-case headline's verb of saying ends the name.)
    if (j > i && /^\p{Lu}\p{Ll}+s$/u.test(tokens[j]?.text ?? '') && tokens[j].text !== tokens[j - 1]?.text && !!speechVerb(tokens[j].text.toLowerCase(), 'en') && !givenNameLemma(tokens[j].text)) break;
    // (`Mr Mansfield QC said`: a post-nominal ends the name.)
    // (Not a title inside the run: `Huddersfield MP Barry Sheerman`.)
    if (j > i && /^(?:QC|KC|SC|MP|MSP|MEP|MLA|TD|OBE|MBE|CBE)$/.test(tokens[j]?.text ?? '') && !(tokens[j + 1]?.word && tokens[j + 1].cap)) break;
    // (`Governor Kevin Stitt Monday said`: a day of the week ends the name.)
    if (j > i && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(tokens[j]?.text ?? '')) break;
    // (`Theresa May's Brexit deal`: a possessive ends the name.)
    if (j > i && /\p{L}['’]s$/u.test(tokens[j - 1].text)) break;
    // (`wtórował Moskalowi Gontarz`: a Polish name in the dative before one that is not ends the run.)
    if (j > i && isNameToken(tokens, j) && /\p{Ll}{2}owi$/u.test(tokens[j - 1].text) && !/\p{Ll}(?:owi|emu|u|e|i)$/u.test(tokens[j].text)) break;
    // (…and so does a man's given name in the instrumental before a word that is not: `z Fritzem Hurkacz
    // udzielił` — a man's surname takes the instrumental with his given name.)
    // (…as does any name in the instrumental after `z`: `z Fritzem Hurkacz udzielił`.)
    if (j === i + 1 && isNameToken(tokens, j) && /\p{Ll}{2}(?:em|iem)$/u.test(tokens[i].text) && !/\p{Ll}(?:em|iem|im|ym|ą)$/u.test(tokens[j].text) &&
      ((givenNameLemma(tokens[i].text) && givenNameLemma(tokens[i].text)!.lemma !== tokens[i].text) || /^(?:z|ze|przed|nad|pod|za|między)$/.test(tokens[i - 1]?.lower ?? ''))) break;
    if (isNameToken(tokens, j)) {
      j++;
      continue;
    }
    // (`Larry L. “Butch” Brown`: a nickname in quotation marks between the given name and the surname.)
    if (j > i && nicknameAt(tokens, j)) {
      j += 3;
      continue;
    }
    if (j > i && isParticle(tokens[j])) {
      let k = j;
      while (isParticle(tokens[k])) k++;
      if (isNameToken(tokens, k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

function looksAdjectivalCap(word: string, lang: Language = 'pl'): boolean {
  // (Polish adjective endings only: `Denny Kelly`, `Indranil Manna` in English are names.)
  if (lang === 'en') return false;
  // (`Kliniki Chorób Zakaźnych`: genitive plural adjectives `-ych`/`-ich` name no person.)
  return /(?:ska|ski|skie|skiej|skiego|cka|cki|ckie|ckiej|owa|owy|owe|owej|na|ny|ne|nej|nego|ąca|ący|ące|[^s]ych|ymi|\p{Ll}łe|[nw]ym|skim|ckim|skich|ckich|dzkich)$/u.test(word.toLowerCase());
}

// Polish plural forms that are never a person's name: instrumental (`Alejami Jerozolimskimi`),
// an adjective's genitive or a locative (`Kolejowych`, `na Mazurach`), a past verb (`Przeszli`).
const PL_INSTRUMENTAL_PLURAL = /\p{Ll}{2}(?:ami|imi|ymi)$/u;
const PL_PLURAL_OBLIQUE = /\p{Ll}{3}(?:ych|ach)$/u;
const PL_PLURAL_PAST = /\p{Ll}{3}(?:li|ły)$/u;

/** Within a capitalised run [a, b), where a person's name starts, or -1 when there is none. */
// (Also Sikh middle names: `Jaskirat Singh Sidhu`.)
const NAME_PARTICLE_GIVEN = /^(Al|El|La|Le|Abu|Ben|Bin|Van|De|Da|Di|Du|Del|Dos|Mac|Ter|Singh|Kaur)$/;

// Honorifics written before a full name (`Dr Tedros Adhanom Ghebreyesus`).
const NAME_HONORIFIC = /^(Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Rev)$/;

function nameStartInRun(tokens: Token[], a: number, b: number, sentenceStart: boolean, lang: Language): number {
  // The last known given name that still has a word after it, taking a block of consecutive given
  // names whole (`Jose Manuel Barroso`): `Stanisława Łyżwińskiego Aneta Krawczyk` → `Aneta Krawczyk`.
  let found = -1;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (givenNameLemma(t.text) && !isNonNameCap(t.text) && k + 1 < b) {
      const prevWord = k - 1 >= a && tokens[k - 1].word ? k - 1 : -1;
      if (found >= 0 && prevWord >= 0 && (prevWord === found || givenNameLemma(tokens[prevWord].text))) continue;
      found = k;
    }
  }
  // An inflected given name followed by two more words is a genitive complement before a name
  // (`trener Lecha Niels Frederiksen`); the name follows it.
  if (found >= 0 && b - found >= 3 && givenNameLemma(tokens[found].text)!.lemma !== tokens[found].text && tokens[found + 1]?.word && tokens[found + 2]?.word &&
    !givenNameLemma(tokens[found + 1].text) && !tokens[found + 1].acronym && !isPlaceName(tokens[found + 1].text)) return found + 1;
  // (`Majed Al Ansari`, `Daniel La Spata`: a name particle that is also a given name, right after an
  // unknown capitalised word, continues the name that word opens.)
  if (found > a && NAME_PARTICLE_GIVEN.test(tokens[found].text) && tokens[found - 1].word && tokens[found - 1].cap && !tokens[found - 1].acronym && b - found === 2 &&
    !isNonNameCap(tokens[found - 1].text) && !isPlaceName(tokens[found - 1].text) && !orgOf(tokens[found - 1]) && !roleOf(tokens[found - 1]) && !natOf(tokens[found - 1])) return found - 1;
  // (`trener Lecha Poznań`, `piłkarze Wisły Kraków`: an inflected given name before a city left in the
  // nominative names a club; the two parts of a person's name inflect together.)
  if (found >= 0 && b - found === 2 && givenNameLemma(tokens[found].text)!.lemma !== tokens[found].text && isPlaceName(tokens[found + 1].text)) return -1;
  if (found >= 0) return found;
  // No known given name: the last two name words, if they look like a name.
  const words: number[] = [];
  for (let k = a; k < b; k++) if (tokens[k].word) words.push(k);
  if (words.length >= 2) {
    const k1 = words[words.length - 2];
    const k2 = words[words.length - 1];
    // `Moore Street`, `Abbey Road`: a street is a place, not a person.
    // (…but `The Wall Street Journal` is a newspaper.)
    if ((STREET_WORD.test(tokens[k2].text) || STREET_WORD.test(tokens[k1].text)) && !OUTLET_WORD.test(tokens[k2].text)) return -1;
    const bad = (k: number) => {
      const t = tokens[k];
      // (Nor a Polish instrumental plural: `Alejami Jerozolimskimi`.)
      return t.acronym || isPlaceName(t.text) || isNonNameCap(t.text) || !!orgOf(t) || !!roleOf(t) ||
        natOf(t) || groupOf(t) || !!speechVerb(t.text) || PL_INSTRUMENTAL_PLURAL.test(t.text);
    };
    // (`Związku Zawodowego Pielęgniarek`: an adjective's genitive — `-owego`, `-skiego`, `-nej` — opens no
    // name; a given name never ends so.)
    // (A middle initial is no bad word: `Dean A. Blumberg`.)
    if ((!bad(k1) || isParticle(tokens[k1]) || (isInitial(tokens, k1) && words.length >= 3)) && !bad(k2) && !(sentenceStart && k1 === a && looksAdjectivalCap(tokens[k1].text, lang)) &&
      !/\p{Ll}(?:owego|nego|skiego|ckiego|dzkiego|owej|nej|skiej|ckiej|kiej|giej|czej|ów)$/u.test(tokens[k1].text) && !looksAdjectivalCap(tokens[k2].text.replace(/(ski|cki|ska|cka|dzki|dzka)$/, 'X'), lang) &&
      // (`Przeszli Alejami Jerozolimskimi`: a plural past verb opening the sentence is no given name.)
      !(sentenceStart && k1 === a && PL_PLURAL_PAST.test(tokens[k1].text)) &&
      // (`mówił w Małopolsce Kołodziejczak`: right after Polish `w`, `we` or `na` a word that is no given
      // name is a place in the locative, and the name starts after it.)
      !(k1 === a && /^(?:w|we|na)$/.test(tokens[a - 1]?.text ?? ''))) {
      // An initial before (`George W. Bush`) stays inside the name.
      let s = k1;
      // `Abdulaziz bin Salman`: a particle takes the word before it into the name.
      // (Also a capitalised one: `Majed Al Ansari`, `Daniel La Spata`.)
      // (Also an Irish one: `Ruairí Ó Murchú`, `Aengus Ó Snodaigh`, `Máiría Nic Giolla`.)
      if ((isParticle(tokens[k1]) || NAME_PARTICLE_GIVEN.test(tokens[k1].text) || /^(Ó|Ní|Nic|Mac|Ua|Uí)$/.test(tokens[k1].text)) && words.length >= 3 && !bad(words[words.length - 3]) && !isNonNameCap(tokens[words[words.length - 3]].text)) s = words[words.length - 3];
      // `Ismail Ould Cheikh Ahmed`, `Mohammed Bin Salman`: a capitalised particle before the last two
      // words takes the given name before it into the name.
      else if (words.length >= 4 && /^(Ould|Bin|Ibn|Ben|Abu|Abd|Al|El)$/.test(tokens[words[words.length - 3]].text) && !bad(words[words.length - 4]) && !isNonNameCap(tokens[words[words.length - 4]].text)) s = words[words.length - 4];
      // (`Ould Cheikh Ahmed said`: the particle opens the name when nothing precedes it.)
      else if (words.length >= 3 && /^(Ould|Bin|Ibn|Abu|Abd)$/.test(tokens[words[words.length - 3]].text)) s = words[words.length - 3];
      // `Network Rail Wales`, `Nguyen Van Thieu`: three or more name-like words with no known given name
      // are one name, not a word and a two-word name.
      // (Only opening the sentence as its subject: elsewhere a run often ends in a titled name.)
      // (Never a possessive: `Ethiopia's Tigist Assefa said`.)
      else if (sentenceStart && words[0] === a && words.length >= 3 && words.every((k) => !bad(k) && !/['’]s$/u.test(tokens[k].text)) && !looksAdjectivalCap(tokens[words[0]].text, lang) && !PL_PLURAL_PAST.test(tokens[words[0]].text) && tokens[b]?.word && !tokens[b].cap) s = words[0];
      // (`WHO director general Dr Tedros Adhanom Ghebreyesus`: three name-like words after an honorific are
      // one name.)
      else if (words.length === 3 && words[0] === a && NAME_HONORIFIC.test((tokens[a - 1]?.text === '.' ? tokens[a - 2]?.text : tokens[a - 1]?.text) ?? '') && words.every((k) => !bad(k) && !/['’]s$/u.test(tokens[k].text))) s = words[0];
      else if (words.length === 4 && NAME_HONORIFIC.test(tokens[words[0]].text) && words.slice(1).every((k) => !bad(k) && !/['’]s$/u.test(tokens[k].text))) s = words[1];
      // (`The President of the Republic, Nana Addo Dankwa Akufo-Addo, on Saturday …`: a run of name-like
      // words set off by commas is one name.)
      else if (tokens[a - 1]?.text === ',' && tokens[b]?.text === ',' && words[0] === a && words.length >= 3 && words.length <= 5 && words.every((k) => !bad(k) && !/['’]s$/u.test(tokens[k].text) && !/\p{Ll}(?:skiej|ckiej|owej|nej|ego|ych|ich)$/u.test(tokens[k].text))) s = words[0];
      if (s - 2 >= a && isInitial(tokens, s - 2)) s -= 2;
      // `S. Ratnajeevan H. Hoole`: a middle initial keeps the given name before it, and that one's initial.
      if (isInitial(tokens, s) && s - 1 >= a && tokens[s - 1].word && !bad(s - 1)) {
        s -= 1;
        if (s - 2 >= a && isInitial(tokens, s - 2)) s -= 2;
      }
      return s;
    }
  }
  return -1;
}

function roleGender(head: ReturnType<typeof roleHead>, premods: Token[]): Gender | null {
  if (head?.gender) return head.gender;
  for (const p of premods) {
    if (/(?:ska|cka|dzka|na|wa|ła|a)$/u.test(p.lower) && p.lower !== 'pani' && ADJ_PREMOD.test(p.lower)) return 'f';
    if (p.lower === 'pani' || p.lower === 'była' || p.lower === 'obecna') return 'f';
  }
  return null;
}

/**
 * A lower-case word at which no mention finder of findMentions can start: no member word (`jeden z`),
 * premodifier, country adjective, English nationality, title, institution or group noun, nor pronoun —
 * and, in English, no lower-case institution noun within four words (`the weather service`).
 */
function opensNoMention(tokens: Token[], i: number, lang: Language): boolean {
  const t = tokens[i];
  if (ONE_OF_WORDS.has(t.lower) || ONE_OF_OBLIQUE.has(t.lower) || premodOf(t) || ctryOf(t) || roleOf(t) || orgOf(t) || groupOf(t) || pronoun(t.text, lang)) return false;
  if (lang !== 'en') return true;
  if (natOf(t)) return false;
  for (let q = i + 1; q <= i + 4 && q < tokens.length; q++) if (tokens[q].word && !tokens[q].cap && orgOf(tokens[q])) return false;
  return true;
}

/** Social platforms: where something is posted (`na Facebooku`), or the company when it speaks. */
export const PLATFORMS = 'Facebook|Twitter|Instagram|YouTube|TikTok|Telegram|WhatsApp';
const PLATFORM_COMPANY = new RegExp(`^(?:${PLATFORMS})$`);

/** A verb of saying at token `k`, perhaps after `, which`/`, który` or one adverb. */
function platformSpeaks(tokens: Token[], k: number, lang: Language): boolean {
  if (tokens[k]?.text === ',' && /^(which|who|który|która)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  if (/^(also|later|previously|earlier|has|had|then|też|także|również)$/.test(tokens[k]?.lower ?? '')) k++;
  return !!tokens[k]?.word && speechVerb(tokens[k].text, lang) !== null;
}

/** A capitalised word that is no acronym, given name, title or place. */
function plainCapWord(x: Token | undefined): boolean {
  return !!x?.word && x.cap && !x.acronym && !givenNameLemma(x.text) && !roleOf(x) && !isPlaceName(x.text);
}

/**
 * End of `Nebraska Game and Parks`, `Texas Parks and Wildlife Department` at token `i` (a place, up to
 * three plain capitalised words, `and`, up to three more), or -1. A company form closing it (`Canada
 * Mortgage and Housing Corp.`) leaves it to the company finder.
 */
function stateAgencyEnd(tokens: Token[], i: number): number {
  if (!isPlaceName(tokens[i].text) || givenNameLemma(tokens[i].text)) return -1;
  let a = i + 1;
  while (a < tokens.length && a - i <= 3 && plainCapWord(tokens[a])) a++;
  if (a === i + 1 || tokens[a]?.text !== 'and' || !plainCapWord(tokens[a + 1])) return -1;
  let e = a + 1;
  while (e < tokens.length && e - a <= 3 && plainCapWord(tokens[e])) e++;
  return /^(?:Corp|Inc|Co|Ltd|Plc|LLC)$/.test(tokens[e - 1].text) ? -1 : e;
}

// Polish honorific abbreviations that may open a name (`ks. dr Marcin Iżycki`, `prof. Anna Nowak`).
const HONORIFIC_ABBR_PL = /^(?:ks|dr|prof|mgr|inż|hab|abp|bp|kard|mec|lek|o)$/;

/**
 * Finds possible speaker mentions in a sentence's tokens: people (with role appositions), roles,
 * institutions, pronouns and group nouns. Mentions do not overlap; they are in text order.
 */
export function findMentions(tokens: Token[], lang: Language): Mention[] {
  const out: Mention[] = [];
  // (Polish `Co ciekawe, …` opens no company: `Co` is `what`.)
  if (lang === 'pl') for (const t of tokens) if (t.text === 'Co') t.orgC = null;
  let i = 0;
  const n = tokens.length;
  while (i < n) {
    const t = tokens[i];
    if (!t.word) {
      i++;
      continue;
    }
    // (`Jak podaje e-petrol.pl, …`, `money.pl ustalił`: a lower-case web address standing alone — not
    // inside a URL or an e-mail address — is the outlet or institution that runs it.)
    if (!t.cap && isDomainDot(tokens, i + 1)) {
      const web = bareWebName(tokens, i);
      if (web) {
        out.push(web);
        i = web.t1;
        continue;
      }
    }
    // (Everything up to the mention scan below starts at a capitalised word: a lower-case one skips it.)
    if (t.cap) {
      // A capitalised sentence-initial preposition (`Według Wojewódzkiego Inspektoratu …`) starts no
      // name: without this the capitalised run swallowed it and a person was guessed from its tail.
      if (lang === 'pl' && CAP_PREPOSITIONS.has(t.text) && tokens[i + 1]?.cap) {
        i++;
        continue;
      }
      // (`poinformował PAP Dział Prasowy Prokuratury Krajowej`: after a Polish verb of telling, an acronym
      // before an institution named by its own head noun is whom it was told to.)
      if (lang === 'pl' && t.acronym && TELL_DATIVE_PL.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.word && tokens[i + 1].cap && !tokens[i + 1].acronym && orgOf(tokens[i + 1])) {
        i++;
        continue;
      }
      // (`Embattled Shell said`, `Beleaguered Boeing`: an English participle opening the sentence before a
      // name describes it; it is no part of the name — save the words companies are named with.)
      // (…nor before a lower-case noun: `Embattled miner Mineral Resources has …`.)
      if (lang === 'en' && (i === 0 || !tokens[i - 1].word) && /^\p{Lu}\p{Ll}{3,}ed$/u.test(t.text) && tokens[i + 1]?.word && !tokens[i + 1].cap && tokens[i + 2]?.word && tokens[i + 2].cap &&
        !/(?:ed|s)$/.test(tokens[i + 1].lower) && !givenNameLemma(t.text) && !speechVerb(t.text, lang)) {
        i++;
        continue;
      }
      if (lang === 'en' && (i === 0 || !tokens[i - 1].word) && /^\p{Lu}\p{Ll}{3,}ed$/u.test(t.text) && tokens[i + 1]?.word && tokens[i + 1].cap && tokens[i + 1].start === t.end + 1 &&
        !/^(?:United|Limited|Allied|Associated|Consolidated|Integrated|Federated|Incorporated|Advanced|Applied|Diversified|Unified|Certified|Licensed|Chartered|Registered)$/.test(t.text) && !givenNameLemma(t.text)) {
        i++;
        continue;
      }
      // (A title-case headline's `Towards`, `And`, `Of` open no name; nor does a time adverb opening the
      // sentence without its comma: `Earlier Bank of America said …`.)
      if (lang === 'en' && tokens[i + 1]?.cap && (/^(?:Towards|Toward|And|Or|Of|Into|Over|Against|Amid|With|From)$/.test(t.text) ||
        ((i === 0 || !tokens[i - 1].word) && /^(?:Yesterday|Today|Tomorrow|Tonight|Earlier|Later|Recently|Previously|Separately|Currently|Now)$/.test(t.text)))) {
        i++;
        continue;
      }
      // (`The American said`, `the Australian, who …, added`: an English nationality adjective after `the`
      // and before a verb or a comma is a noun — an epithet for a person, like `the Spaniard`.)
      if (lang === 'en' && /^the$/i.test(tokens[i - 1]?.text ?? '') && natOf(t) && demonymAsNoun(tokens, i)) {
        out.push({ kind: 'person', start: t.start, end: t.end, t0: i, t1: i + 1, name: [t.text], gender: null, afterPreposition: PREPOSITIONS.has(tokens[i - 2]?.lower ?? ''), sentenceInitial: false });
        i++;
        continue;
      }
      // (`THE OUTGOING State Solicitor for Limerick …`: a lead's opening words set in capitals are no acronym.)
      if (lang === 'en' && /^(?:THE|AN?)$/.test(t.text) && (i === 0 || !tokens[i - 1].word)) {
        i++;
        while (i < n && tokens[i].word && /^\p{Lu}{4,}$/u.test(tokens[i].text) && !orgOf(tokens[i]) && tokens[i + 1]?.word) i++;
        continue;
      }
      // (`relikwie św. Maksymiliana Marii Kolbego`, `bł. Jerzego Popiełuszki`: a saint's or the blessed's
      // name is a dedication, no one in the story who could speak.)
      if (lang === 'pl' && tokens[i - 1]?.text === '.' && /^(?:św|bł)$/.test(tokens[i - 2]?.lower ?? '')) {
        i = Math.max(i + 1, capRun(tokens, i));
        continue;
      }
      // (`Nordstrom Inc (JWN.N)`, `(NYSE: JWN)`: a stock ticker in brackets names no one; the company
      // before it does.)
      if (t.acronym && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === '.' && tokens[i + 1].start === t.end && /^\p{Lu}{1,2}$/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === ')') {
        i += 4;
        continue;
      }
      if (/^(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|GPW|WSE)$/.test(t.text) && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ':' && tokens[i + 2]?.acronym && tokens[i + 3]?.text === ')') {
        i += 4;
        continue;
      }
      // `U.S.`, `U.K.`, `E.U.`: letters with dots written together (not before a name, as `J.K. Rowling`)
      // are a country or a body, never a person's initials.
      // `złoto MŚ`, `w LM`: acronyms of sports events name no one who could speak.
      if (t.acronym && EVENT_ACRONYM.test(t.text)) {
        i++;
        continue;
      }
      const da = dottedAcronymEnd(tokens, i);
      if (da > i) {
        // (`the U.S. Environmental Protection Agency`: the acronym opens the institution's name after it.)
        const next = orgAt(tokens, da, lang);
        if (next && next.kind === 'org' && next.t0 === da && next.org && !next.org.name.startsWith('The ')) {
          const acr = tokens.slice(i, da).map((x) => x.text).join('');
          next.t0 = i;
          next.start = tokens[i].start;
          next.org = { ...next.org, name: `${acr} ${next.org.name}` };
          next.afterPreposition = PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
          next.sentenceInitial = i === 0 || (i === 1 && !tokens[0].word);
          out.push(next);
          i = next.t1;
          continue;
        }
        // (`The I.C.O. said`, `the F.B.I.`: three letters or more, no country's, name a body that speaks.)
        const letters = tokens.slice(i, da).filter((x) => x.text !== '.').map((x) => x.text).join('');
        if (letters.length >= 3 && !/^(?:USA|USSR|UAE)$/.test(letters)) {
          const acr = tokens.slice(i, da).map((x) => x.text).join('');
          out.push(mention(tokens, 'org', i, da, {
            org: { name: acr, head: null, ministry: false, gender: null }, gender: null,
            afterPreposition: PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'the' && PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')),
            sentenceInitial: i === 0 || (i === 1 && !tokens[0].word),
          }));
        }
        i = da;
        continue;
      }
      // (`The Jefferson County sheriff's office said`: a capitalised `The` before a place and a lower-case
      // institution noun is no part of a name.)
      if (lang === 'en' && t.text === 'The' && tokens[i + 1]?.cap && tokens[i + 1].word && premodifiedOrgAt(tokens, i + 1)) {
        i++;
        continue;
      }
      // (`…, The New York Times reported`: inside an English sentence a capitalised `The` opens the
      // name of a publication or a body.)
      if (lang === 'en' && t.text === 'The' && i > 0 && (tokens[i - 1].word || tokens[i - 1].text === ',') && tokens[i + 1]?.word && tokens[i + 1].cap) {
        let e = i + 1;
        while (e < n && e - i <= 5 && tokens[e].word && tokens[e].cap && !roleOf(tokens[e])) e++;
        if (e > i + 1 && !(tokens[e]?.word && (tokens[e].cap || /^(of|for|and)$/.test(tokens[e].lower))) && tokens[e]?.text !== '&') {
          const pub = mention(tokens, 'org', i + 1, e, { org: { name: tokens.slice(i + 1, e).map((x) => x.text).join(' '), head: orgOf(tokens[e - 1])?.lemma ?? null, ministry: false, gender: null } });
          // (`a report by The Hollywood Reporter` names the source; only whom something was told is an object.)
          pub.afterPreposition = /^(told|tells|tell|telling)$/.test(tokens[i - 1].lower);
          pub.sentenceInitial = false;
          out.push(pub);
          i = e;
          continue;
        }
      }
      // (`Facebook said`, `YouTube, which said …`, `Twitter poinformował`: a platform's name, otherwise no
      // name — `na Facebooku`, `on Twitter` —, is the company when it speaks.)
      if (PLATFORM_COMPANY.test(t.text) && !PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && platformSpeaks(tokens, i + 1, lang)) {
        const co = mention(tokens, 'org', i, i + 1, { org: { name: t.text, head: null, ministry: false, gender: null } });
        co.sentenceInitial = i === 0;
        out.push(co);
        i++;
        continue;
      }
      // (`stated Nebraska Game and Parks`, `Texas Parks and Wildlife said`: a place, then capitalised words
      // joined by `and`, none a given name or a title, name a state's agency.)
      const ae = lang === 'en' ? stateAgencyEnd(tokens, i) : -1;
      if (ae > 0) {
        const agency = mention(tokens, 'org', i, ae, { org: { name: tokens.slice(i, ae).map((x) => x.text).join(' '), head: orgOf(tokens[ae - 1])?.lemma ?? null, ministry: false, gender: null } });
        agency.afterPreposition = PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
        agency.sentenceInitial = i === 0;
        out.push(agency);
        i = ae;
        continue;
      }
      // (`Christopher & Banks`, `Marks & Spencer`: capitals joined by `&` name a company.)
      if (lang === 'en' && tokens[i + 1]?.text === '&' && tokens[i + 2]?.word && tokens[i + 2].cap && !roleOf(t)) {
        let e = i + 3;
        while (e < n && e - i <= 5 && tokens[e].word && tokens[e].cap && !roleOf(tokens[e])) e++;
        const amp = mention(tokens, 'org', i, e, { org: { name: tokens.slice(i, e).map((x) => x.text).join(' '), head: null, ministry: false, gender: null } });
        amp.afterPreposition = PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
        amp.sentenceInitial = i === 0;
        out.push(amp);
        i = e;
        continue;
      }
    }
    // (Most words are lower-case words of no lexicon class: none of the finders below starts there.)
    if (!t.cap && opensNoMention(tokens, i, lang)) {
      i++;
      continue;
    }
    const m = adjectivalNameAt(tokens, i, lang) ?? oneOfAt(tokens, i) ?? placeSpeakerAt(tokens, i) ?? residentAt(tokens, i, lang) ?? roleAt(tokens, i, lang) ?? orgAt(tokens, i, lang) ?? personAt(tokens, i, lang) ?? simpleAt(tokens, i, lang);
    // (`miała związek z cyberatakiem`: the idiom `związek z` — a connection with — names no union.)
    if (m && m.kind === 'org' && lang === 'pl' && m.t1 === m.t0 + 1 && /^związ(?:ek|ku)$/.test(tokens[m.t0].text) && /^(z|ze)$/.test(tokens[m.t1]?.lower ?? '')) {
      i = m.t1;
      continue;
    }
    // (`(Thomas Mukoya/Reuters)`, `REUTERS/Thomas Mukoya`: a photographer's credit names no one in the story.)
    // (…nor `Fot. Marcin Glapiak`, `Marcin Glapiak / Redakcja`.)
    if (m && m.kind === 'person' && (creditAt(tokens, m.t0) || (tokens[m.t1]?.text === '/' && /^(Redakcja|PAP|Reuters|AP|AFP|EPA|Getty|Shutterstock|Forum)$/.test(tokens[m.t1 + 1]?.text ?? '')))) {
      i = m.t1;
      continue;
    }
    if (m && (m.kind === 'person' || m.kind === 'org') && ((tokens[m.t1]?.text === '/' && tokens[m.t1].start === tokens[m.t1 - 1].end && tokens[m.t1 + 1]?.cap) || (tokens[m.t0 - 1]?.text === '/' && tokens[m.t0 - 1].end === tokens[m.t0].start && tokens[m.t0 - 2]?.cap))) {
      i = m.t1;
      continue;
    }
    // (`dyrektorka lubelskiego VI L.O.`: initials alone are an abbreviation — here `liceum
    // ogólnokształcące` —, no one's name; a title before them stays a title.)
    // (`Prezes SM VII Dwór`: nor is a word after a Roman numeral, part of a numbered name — an estate, a
    // school, a housing cooperative.)
    const initialsOnly = !!m && m.kind === 'person' && !!m.name?.length && m.name.every((w) => /^\p{Lu}\.$/u.test(w));
    const afterNumeral = !!m && m.kind === 'person' && m.name?.length === 1 && m.t1 - m.t0 >= 2 && /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/.test(tokens[m.t1 - 2]?.text ?? '');
    if (m && (initialsOnly || afterNumeral)) {
      if (m.role) {
        const role = m.role;
        Object.assign(m, { kind: 'role', name: undefined, given: undefined, gender: role.gender ?? null });
      } else {
        i = m.t1;
        continue;
      }
    }
    // (`Brian Solomon, 10th District, said`: a numbered district or ward is no one who speaks.)
    if (m && (m.kind === 'person' || m.kind === 'org') && lang === 'en' && /^\d+(?:st|nd|rd|th)$/.test(tokens[m.t0 - 1]?.text ?? '')) {
      i = m.t1;
      continue;
    }
    // (`Unifor Local 103`, `UAW Local 600`: a union local with its number is an institution.)
    if (m && lang === 'en' && (m.kind === 'person' || m.kind === 'org') && tokens[m.t1 - 1]?.text === 'Local' && /^\d{1,5}$/.test(tokens[m.t1]?.text ?? '')) {
      const local = mention(tokens, 'org', m.t0, m.t1 + 1, { org: { name: tokens.slice(m.t0, m.t1 + 1).map((x) => x.text).join(' '), head: 'union', ministry: false, gender: null } });
      Object.assign(m, local, { name: undefined, given: undefined, role: undefined });
    }
    // (`portal Remiza.com informował`: a capitalised word with its domain is a web outlet.)
    // (`Mobiles.co.uk`, `Amazon.com Inc.`: every part of the address, and a company word after it.)
    // (`Portal Bankier.pl podaje`: a capitalised kind of outlet opening the sentence is no part of the name.)
    if (m && (m.kind === 'person' || m.kind === 'org') && m.t1 - m.t0 === 2 && isDomainDot(tokens, m.t1) && OUTLET_HEAD.test(tokens[m.t0].lower)) {
      Object.assign(m, mention(tokens, m.kind, m.t0 + 1, m.t1, {}), { afterPreposition: m.afterPreposition, sentenceInitial: false });
    }
    if (m && (m.kind === 'person' || m.kind === 'org') && m.t1 - m.t0 === 1 && isDomainDot(tokens, m.t1)) {
      let e = m.t1 + 2;
      while (isDomainDot(tokens, e)) e += 2;
      if (lang === 'en' && /^(Inc|Corp|Co|Ltd|Plc|LLC)$/.test(tokens[e]?.text ?? '')) {
        e++;
        if (tokens[e]?.text === '.' && tokens[e].start === tokens[e - 1].end) e++;
      }
      const name = tokens.slice(m.t0, e).map((x, q) => (q > 0 && x.start > tokens[m.t0 + q - 1].end ? ' ' : '') + x.text).join('');
      const web = mention(tokens, 'org', m.t0, e, { org: { name, head: null, ministry: false, gender: null } });
      Object.assign(m, web, { name: undefined, given: undefined, role: undefined });
    }
    if (m && m.kind === 'person' && tokens[m.t0 - 1]?.text === '.' && /^(ul|al|pl|os)$/i.test(tokens[m.t0 - 2]?.text ?? '')) {
      i = m.t1; // a street name (`ul. Szyb Zachodni`)
      continue;
    }
    if (m) {
      // (`Kandydaturę Olgierda Geblewicza zgłosił …`: a sentence-initial noun in the accusative or
      // instrumental before a given name is no part of the name.)
      if (lang === 'pl' && m.kind === 'person' && !m.role && m.t0 === 0 && m.name && m.name.length >= 3 && /\p{Ll}[ęą]$/u.test(m.name[0]) && !givenNameLemma(m.name[0]) && givenNameLemma(m.name[1])) {
        const g = givenNameLemma(m.name[1])!;
        m.name = m.name.slice(1);
        m.t0 = 1;
        m.start = tokens[1].start;
        m.given = g;
        m.gender = g.gender;
      }
      // `Ford Motor`, `Scandinavian Airlines`, `Rio Tinto Group`: a name closed by a company word is a
      // company, whatever given name it opens with.
      // (A sentence-initial first word left out of the name comes back: `Skyline Airways said`.)
      if (lang === 'en' && m.kind === 'person' && !m.role && m.name?.length === 1 && COMPANY_WORD.test(m.name[0]) && m.t0 === 1 && tokens[0].word && tokens[0].cap && !isNonNameCap(tokens[0].text)) {
        m.name = [tokens[0].text, m.name[0]];
        m.t0 = 0;
        m.start = tokens[0].start;
      }
      // (`General Motors announced …`: a rank word before a company word is the company's name.)
      if (lang === 'en' && m.kind === 'person' && m.role && m.name?.length === 1 && COMPANY_WORD.test(m.name[0]) && m.t1 - m.t0 === 2 && tokens[m.t0].cap) {
        m.name = [tokens[m.t0].text, m.name[0]];
        m.role = undefined;
      }
      // (`the United States`, `the United Kingdom`: a country, whose `States` the name run left out as a verb form.)
      if (lang === 'en' && m.kind === 'person' && !m.role && m.name?.length === 1 && m.name[0] === 'United' && /^(States|Kingdom)$/.test(tokens[m.t1]?.text ?? '')) {
        m.t1++;
        m.end = tokens[m.t1 - 1].end;
        m.name = ['United', tokens[m.t1 - 1].text];
      }
      // (`The Times`, `the Boston Globe`, `The Wall Street Journal`: a newspaper's name is an outlet, not a person.)
      const outlet = lang === 'en' && m.kind === 'person' && !m.role && !m.given && !!m.name && OUTLET_WORD.test(m.name[m.name.length - 1]) && (m.name.length >= 2 || /^the$/i.test(tokens[m.t0 - 1]?.text ?? '') ||
        // (`The Washington Post`, `the Kyiv Independent`: a place the name run left out before the outlet word.)
        (!!tokens[m.t0 - 1]?.word && tokens[m.t0 - 1].cap && /^the$/i.test(tokens[m.t0 - 2]?.text ?? '')));
      const company = lang === 'en' && m.kind === 'person' && !m.role && !!m.name && m.name.length >= 2 && COMPANY_WORD.test(m.name[m.name.length - 1]);
      const country = !!m.name && m.name.length === 2 && m.name[0] === 'United' && /^(States|Kingdom)$/.test(m.name[1]);
      if (lang === 'en' && m.kind === 'person' && !m.role && m.name && (company || country || outlet)) {
        m.kind = 'org';
        // (`Human Rights Watch`: a capitalised word the name run left out right before it is part of the name.)
        while (m.t0 > 0 && tokens[m.t0 - 1].word && tokens[m.t0 - 1].cap && !tokens[m.t0 - 1].acronym && tokens[m.t0 - 1].end + 1 === tokens[m.t0].start &&
          !/^(?:The|A|An|And|But|Or|In|On|At|For|Of|By|With|From)$/.test(tokens[m.t0 - 1].text) && !roleOf(tokens[m.t0 - 1]) && !out.some((x) => x.t1 > m.t0 - 1)) {
          m.t0--;
          m.start = tokens[m.t0].start;
          m.name = [tokens[m.t0].text, ...m.name];
        }
        m.org = { name: m.name.join(' '), head: null, ministry: false, gender: null };
        m.name = undefined;
        m.given = undefined;
        m.gender = null;
      }
      // (`Shopify Inc. says`: a company word's abbreviation dot belongs to the name; so does the
      // bracketed acronym after it — `Canada Mortgage and Housing Corp. (CMHC) said`.)
      // (Not before a possessive: `Southwest Airlines Co.'s Chief Financial Officer` is the officer.)
      if (lang === 'en' && m.kind === 'org' && tokens[m.t1]?.text === '.' && tokens[m.t1].start === tokens[m.t1 - 1].end && (COMPANY_ABBR.test(tokens[m.t1 - 1].text) || tokens[m.t1 - 1].text === 'Plc') && !/^['’]/.test(tokens[m.t1 + 1]?.text ?? '')) {
        m.t1++;
        m.end = tokens[m.t1 - 1].end;
        if (m.org && !m.org.name.endsWith('.')) m.org = { ...m.org, name: m.org.name + '.' };
        // (`Loblaw Cos. Ltd. said`: a second legal form after the first.)
        if (SECOND_LEGAL_FORM.test(tokens[m.t1]?.text ?? '') && tokens[m.t1].start === tokens[m.t1 - 1].end + 1) {
          const dot = tokens[m.t1 + 1]?.text === '.' && tokens[m.t1 + 1].start === tokens[m.t1].end;
          if (m.org) m.org = { ...m.org, name: `${m.org.name} ${tokens[m.t1].text}${dot ? '.' : ''}` };
          m.t1 += dot ? 2 : 1;
          m.end = tokens[m.t1 - 1].end;
        }
      }
      if (lang === 'en' && m.kind === 'org' && tokens[m.t1]?.text === '(' && tokens[m.t1 + 1]?.acronym && tokens[m.t1 + 2]?.text === ')' && speechVerb(tokens[m.t1 + 3]?.text ?? '', 'en') !== null) {
        m.t1 += 3;
        m.end = tokens[m.t1 - 1].end;
      }
      // (`And Target Corp. said`: a sentence-opening conjunction is no part of an institution's name.)
      if (lang === 'en' && m.kind === 'org' && m.org && m.t1 - m.t0 >= 3 && /^(And|But|Or|Yet|So|Also|Then|Meanwhile)$/.test(tokens[m.t0].text) && m.org.name.startsWith(tokens[m.t0].text + ' ')) {
        m.org = { ...m.org, name: m.org.name.slice(tokens[m.t0].text.length + 1) };
        m.t0++;
        m.start = tokens[m.t0].start;
      }
      const before = tokens[m.t0 - 1];
      // (Polish `mimo to`, `przez to` close their phrase with the pronoun: `Mimo to prezes …` has a subject.)
      const plTo = lang === 'pl' && before?.lower === 'to' && /^(mimo|przez)$/.test(tokens[m.t0 - 2]?.lower ?? '');
      m.afterPreposition = !!before && ((PREPOSITIONS.has(before.lower) && !plTo) || /^(panią|panu|pana|paniom|ulicy|ulica)$/.test(before.lower));
      // (`Zaalarmowane przez rodziców Dolnośląskie Kuratorium Oświaty przyznaje, że …`: a capitalised
      // institution right before a verb of saying is its subject, not part of the phrase before it.)
      const subjectOfVerb = lang === 'pl' && m.kind === 'org' && tokens[m.t0].cap && !!tokens[m.t1]?.word && !tokens[m.t1].cap && !!speechVerb(tokens[m.t1].text, lang);
      if (!m.afterPreposition && m.kind !== 'pronoun' && !subjectOfVerb) m.afterPreposition = insidePrepPhrase(tokens, m);
      // (`Zespołu ds. Ochrony i Rozwoju`: `ds.` — `do spraw` — governs the name after it.)
      if (!m.afterPreposition && lang === 'pl' && before?.text === '.' && tokens[m.t0 - 2]?.lower === 'ds') m.afterPreposition = true;
      // (`Luciano, of Holmfirth, Huddersfield, said`, `… in Passage West, Cork, said`: an English place set off
      // after a place in a prepositional phrase is its county or town — still inside the phrase, no subject.)
      const placeBefore = out[out.length - 1];
      if (!m.afterPreposition && lang === 'en' && m.t1 - m.t0 === 1 && before?.text === ',' && tokens[m.t1]?.text === ',' && placeBefore?.afterPreposition &&
        placeBefore.t1 === m.t0 - 1 && placeBefore.t1 - placeBefore.t0 <= 2 && /^(of|in|from|near)$/.test(tokens[placeBefore.t0 - 1]?.lower ?? '')) m.afterPreposition = true;
      // (`skończyła piąta, sekundę za zwyciężczynią Marileidy Paulino.`: a name closing the clause after a
      // preposition and a noun in the instrumental is that noun's apposition, once a verb has come before —
      // a foreign name shows no case of its own.)
      if (!m.afterPreposition && lang === 'pl' && m.kind === 'person' && before?.word && !before.cap && /\p{Ll}{3}(?:ą|em|iem)$/u.test(before.lower) && !roleOf(before) &&
        /^(?:z|ze|za|przed|nad|pod|między|pomiędzy)$/.test(tokens[m.t0 - 2]?.lower ?? '') && (m.t1 >= tokens.length || /^[.,;!?]$/.test(tokens[m.t1].text)) &&
        tokens.slice(0, m.t0 - 2).some((x) => x.word && !x.cap && PAST_VERB.test(x.lower)) && !tokens.slice(0, m.t0 - 2).some((x) => x.word && !x.cap && !!speechVerb(x.text, lang))) m.afterPreposition = true;
      // (`W przypadku Głuchołaz`, `na terenie Gdańska`, `z okolic Tarnopola`: a complex preposition governs the name.)
      if (!m.afterPreposition && lang === 'pl' && before && /^(przypadku|terenie|rejonie|okolicach|okolicy|okolic|rejonu|terenu|pobliża|imieniu|sprawie|ramach|pobliżu|wyniku|trakcie)$/.test(before.lower) && /^(w|we|na|z|ze|po|spod|od|do)$/i.test(tokens[m.t0 - 2]?.text ?? '')) m.afterPreposition = true;
      // (`a penalty given to Haas driver Nico Hulkenberg`: one or two capitalised qualifiers of an English
      // title, left out of the mention, sit inside the preposition's phrase too.)
      // (Not a day before the subject: `on Monday Director-General Dr Tedros … said`.)
      if (!m.afterPreposition && lang === 'en' && m.kind === 'person' && !!m.role && before?.cap && before.word && !/['’]s$/.test(before.text) && !isNonNameCap(before.text) &&
        !(tokens[m.t1]?.word && speechVerb(tokens[m.t1].text, lang)) &&
        // (…nor before a stray comma and the verb: `Port of Tauranga chief executive Leonard Sampson, told …`.)
        !(tokens[m.t1]?.text === ',' && tokens[m.t1 + 1]?.word && speechVerb(tokens[m.t1 + 1].text, lang) && m.t0 <= 4)) {
        let q = m.t0 - 1;
        while (q > m.t0 - 3 && tokens[q]?.cap && tokens[q].word && !isNonNameCap(tokens[q].text)) q--;
        if (PREPOSITIONS.has(tokens[q]?.lower ?? '') || (tokens[q]?.lower === 'the' && PREPOSITIONS.has(tokens[q - 1]?.lower ?? ''))) m.afterPreposition = true;
      }
      // `LONDON (Reuters) -`: the agency in a dateline's brackets is no subject.
      if (!m.afterPreposition && before?.text === '(' && tokens[m.t1]?.text === ')' && m.t0 <= 4 && tokens[m.t0 - 2]?.word && tokens[m.t0 - 2].text.length >= 3 && tokens[m.t0 - 2].text === tokens[m.t0 - 2].text.toUpperCase() && /^[-–—_]+$/.test(tokens[m.t1 + 1]?.text ?? '')) m.afterPreposition = true;
      // `Kevin Morton told The Daily Telegraph`: whom something was told is an object, never a subject.
      if (!m.afterPreposition && lang === 'en' && (m.kind === 'person' || m.kind === 'org') && (/^(told|tells|tell|telling)$/.test(before?.lower ?? '') || (/^(the|a|an)$/.test(before?.lower ?? '') && /^(told|tells|tell|telling)$/.test(tokens[m.t0 - 2]?.lower ?? '')))) m.afterPreposition = true;
      // `powiedział telewizji Polsat News`, `przed kamerami Canal+ Sport`: the outlet a statement was
      // given to is an object, never the speaker.
      if (!m.afterPreposition && (m.kind === 'person' || m.kind === 'org') && !m.given && !m.role && before && !before.cap && MEDIUM_NOUN.test(before.lower)) m.afterPreposition = true;
      // (`powiedział w sobotę agencji PAP`: an outlet named with its kind in an oblique case is whom it was
      // said to, or whose it is — never the subject.)
      if (!m.afterPreposition && lang === 'pl' && m.kind === 'org' && m.org?.head && OUTLET_HEAD.test(m.org.head) && m.org.name !== m.org.head && tokens[m.t0].lower !== m.org.head && !tokens[m.t0].cap) m.afterPreposition = true;
      // (`Canal+ Sport`: the part after a `+` continues the name before it.)
      const prevM = out[out.length - 1];
      if (before?.text === '+' && prevM && prevM.t1 === m.t0 - 1) m.afterPreposition = prevM.afterPreposition;
      m.sentenceInitial = m.t0 === 0 || (m.t0 === 1 && !tokens[0].word);
      // (`Sprawę skomentowała …`: a lone capitalised word in the accusative opening a Polish sentence
      // before its verb is the object put first, no name.)
      // (Nor a past verb opening it: `Rozmawiał z nimi …`.)
      if (lang === 'pl' && m.kind === 'person' && m.sentenceInitial && m.t1 === m.t0 + 1 && !m.given && !m.role && !givenNameLemma(tokens[m.t0].text) &&
        /\p{Ll}(?:ę|[aiy]ł|[aiy]ła|ęła|ął)$/u.test(tokens[m.t0].text) && tokens[m.t1]?.word && !tokens[m.t1].cap) {
        i = m.t1;
        continue;
      }
      out.push(m);
      i = m.t1;
    } else i++;
  }
  if (lang === 'en') acronymDefinitions(tokens, out);
  // (`The injured party stated that …`: a party to a case is a person, no political party.)
  if (lang === 'en') {
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      if (m.kind === 'org' && m.org?.head === 'party' && m.t1 - m.t0 === 1 && /^(injured|aggrieved|guilty|innocent|opposing|third)$/.test(tokens[m.t0 - 1]?.lower ?? '')) out.splice(k--, 1);
    }
  }
  // (`The Giro d'Italia race director says …`, `the Trump administration`: an English capitalised word after
  // `the` and before lower-case words qualifies what follows; it names no person.)
  if (lang === 'en') {
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      if (m.kind !== 'person' || m.given || m.role || (m.name?.length ?? 0) > 2 || tokens[m.t0 - 1]?.lower !== 'the') continue;
      let q = m.t1;
      if (tokens[q]?.word && /^(?:d|de|di|du|del|la|le)['’]\p{L}/u.test(tokens[q].text)) q++;
      const nx = tokens[q];
      if (nx?.word && !nx.cap && !speechVerb(nx.text, lang) && !/^(?:is|was|has|had|will|would|and|or|who|which|of|to|in|on|at|for)$/.test(nx.lower) && (roleOf(nx) || orgOf(nx) || groupOf(nx) || (tokens[q + 1]?.word && (roleOf(tokens[q + 1]) || orgOf(tokens[q + 1]) || groupOf(tokens[q + 1]))))) out.splice(k--, 1);
    }
  }
  // (`– … – powiedział PAP.`: a news agency right after a man's or a group's verb of telling is whom it
  // was told; the agency, a feminine or neuter noun, would take `powiedziała`, `poinformowało`.)
  if (lang === 'pl') {
    for (const m of out) {
      const v = tokens[m.t0 - 1];
      if (m.kind === 'org' && m.t1 - m.t0 === 1 && /^(?:PAP|IAR|KAI|ISBnews)$/.test(tokens[m.t0].text) && v?.word && TELL_DATIVE_PL.test(v.lower) && /\p{Ll}(?:ł|li)$/u.test(v.lower)) m.afterPreposition = true;
      // (`w komunikacie przesłanym Polskiej Agencji Prasowej`, `w odpowiedzi udzielonej Onetowi`: after a
      // participle of sending or giving, the one it went to.)
      if ((m.kind === 'org' || m.kind === 'person') && v?.word && SENT_TO_PL.test(v.lower)) m.afterPreposition = true;
    }
  }
  // (`Lech Poznań`, `Arka Gdynia`, `Górnik Zabrze`: a word before a club's city in the nominative names the
  // club, not a person with that surname.)
  if (lang === 'pl') {
    for (const m of out) {
      if (m.kind !== 'person' || m.role || m.name?.length !== 2 || !CLUB_CITY_PL.test(m.name[1]) || tokens[m.t1]?.cap) continue;
      m.kind = 'org';
      m.org = { name: m.name.join(' '), head: null, ministry: false, gender: null };
      m.name = undefined;
      m.given = undefined;
      m.gender = null;
    }
  }
  // (`Grupa Azoty` is a company, but a bare `grupa` — `Grupa mieszkańców protestowała`, `jak podała grupa` —
  // is people, as the group noun after it says, or nothing.)
  if (lang === 'pl') {
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      if (m.kind !== 'org' || m.t1 - m.t0 !== 1 || m.org?.head !== 'grupa') continue;
      const g = out[k + 1];
      if (g && g.kind === 'group' && g.t0 === m.t1) {
        g.t0 = m.t0;
        g.start = m.start;
      }
      out.splice(k--, 1);
    }
  }
  // `gliwicka policja`, `krakowski sąd`, `powiatowa straż`: a Polish adjective of place right before a
  // lower-case institution noun in the nominative says which one, and belongs to its name.
  if (lang === 'pl') {
    for (const m of out) {
      const a = tokens[m.t0 - 1];
      const h = tokens[m.t0];
      if (m.kind !== 'org' || !m.org?.head || m.afterPreposition || !a?.word || a.end + 1 !== h.start || h.cap || h.lower !== m.org.head || m.org.name !== h.text) continue;
      const fem = /a$/.test(h.lower);
      const neut = /[oe]$/.test(h.lower);
      const adj = fem ? /\p{L}{3}(?:ska|cka|dzka)$|^(?:powiatowa|gminna|miejscowa|lokalna)$/u : neut ? /\p{L}{3}(?:skie|ckie|dzkie)$|^(?:powiatowe|gminne|miejscowe|lokalne)$/u : /\p{L}{3}(?:ski|cki|dzki)$|^(?:powiatowy|gminny|miejscowy|lokalny)$/u;
      if (!adj.test(a.lower) || a.cap || PREPOSITIONS.has(tokens[m.t0 - 2]?.lower ?? '')) continue;
      m.t0--;
      m.start = a.start;
      m.org = { ...m.org, name: a.text + ' ' + h.text };
    }
  }
  // `o gazociągu Nord Stream 2`, `Boeing 737 MAX`: capitals right before a model number name a thing, no person.
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    const nx = tokens[m.t1];
    if (m.kind === 'person' && !m.role && !m.given && nx && /^\d{1,4}$/.test(nx.text) && nx.start === tokens[m.t1 - 1].end + 1 && !(tokens[m.t1 + 1]?.word && /^(lat|latach|years?|roku|procent|percent|proc)$/i.test(tokens[m.t1 + 1].lower))) {
      out.splice(k--, 1);
    }
  }
  // `director of IIT, Kanpur, Indranil Manna`: a lone capitalised word set off by commas between a title
  // and the full name it introduces is the place of the title's institution, no person.
  for (let k = 1; k + 1 < out.length; k++) {
    const [p, m, n] = [out[k - 1], out[k], out[k + 1]];
    if (m.kind === 'person' && m.t1 === m.t0 + 1 && !m.role && !m.given && p.kind === 'role' && p.t1 === m.t0 - 1 && tokens[m.t0 - 1].text === ',' &&
      tokens[m.t1]?.text === ',' && n.kind === 'person' && n.t0 === m.t1 + 1 && (n.name?.length ?? 0) >= 2) {
      out.splice(k, 1);
      k--;
    }
  }
  // (`NSZZ „Solidarność”`, `Sekcji … NSZZ „Solidarność”`: a quoted name right after an institution's is
  // the end of that name.)
  if (lang === 'pl') {
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k];
      const b = out[k + 1];
      if (!((a.kind === 'org' && a.org && a.org.name !== a.org.head) || a.kind === 'group') || b.kind !== 'org' || !b.org) continue;
      const open = tokens[a.t1];
      const close = tokens[b.t1];
      if (b.t0 !== a.t1 + 1 || !open || !close || !/^[„"“]$/.test(open.text) || !/^[”"]$/.test(close.text) || open.start !== tokens[a.t1 - 1].end + 1) continue;
      a.t1 = b.t1 + 1;
      a.end = close.end;
      if (a.org) a.org = { ...a.org, name: `${a.org.name} ${open.text}${b.org.name}${close.text}` };
      out.splice(k + 1, 1);
    }
  }
  // (`London's Metropolitan Police said`: a place in the possessive before an institution's capitalised
  // name is no part of the name.)
  if (lang === 'en') {
    for (const m of out) {
      const first = tokens[m.t0];
      if (m.kind !== 'org' || !m.org || m.t1 - m.t0 < 3 || !/^\p{Lu}\p{L}+['’]s$/u.test(first.text) || !isPlaceName(first.text.slice(0, -2)) || !tokens[m.t0 + 1].cap) continue;
      m.t0++;
      m.start = tokens[m.t0].start;
      m.org = { ...m.org, name: m.org.name.slice(m.org.name.indexOf(' ') + 1) };
    }
  }
  // (`w turnieju rangi ATP Challenger Tour`: capitalised words with no given name right after an acronym
  // that stands alone go on with its name — a tour, a brand, a venue — and name no one.)
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1];
    const b = out[k];
    if (a.kind !== 'org' || !a.org || a.t1 - a.t0 !== 1 || !tokens[a.t0].acronym || b.kind !== 'person' || b.role || b.given || b.t0 !== a.t1 || tokens[b.t0].start !== tokens[a.t0].end + 1) continue;
    // (Two words at least, no place and no possessive: `Według GUS Władysławowo jest …`, `CBS New York's Ali
    // Bauman` keep their own mentions.)
    if (!b.name || b.name.length < 2 || givenNameLemma(b.name[0]) || b.name.some((w) => /\./.test(w)) || isPlaceName(b.name[0]) || /['’]s$/.test(tokens[b.t1 - 1].text) || ['\'', '’'].includes(tokens[b.t1]?.text ?? '')) continue;
    a.t1 = b.t1;
    a.end = b.end;
    a.org = { ...a.org, name: `${a.org.name} ${tokens.slice(b.t0, b.t1).map((x) => x.text).join(' ')}` };
    out.splice(k, 1);
    k--;
  }
  // (`The City Council's lawyer` opening a sentence: the institution in the possessive found as a name of
  // its own owns the title after it, as `the Residents Association's lawyer` does — two lawyers.)
  if (lang === 'en') {
    for (let k = 1; k < out.length; k++) {
      const a = out[k - 1];
      const b = out[k];
      if (a.kind !== 'org' || b.kind !== 'role' || !b.role || b.role.keys.length || b.t0 !== a.t1 || !/['’]s$/.test(tokens[a.t1 - 1].text)) continue;
      const keys = tokens.slice(a.t0, a.t1).filter((x) => x.word && x.cap && !/^(The|A|An)$/.test(x.text)).map((x) => complementKey(x.text.replace(/['’]s$/, '')));
      if (keys.length) b.role = { ...b.role, keys };
    }
  }
  bindAppositions(tokens, out, lang);
  // `z kancelarii Graś i Wspólnicy`: a name coordinated with one inside a prepositional phrase is inside it too.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1];
    const b = out[k];
    if (a.afterPreposition && !b.afterPreposition && b.t0 === a.t1 + 1 && /^(i|oraz|and|&)$/i.test(tokens[a.t1].text)) b.afterPreposition = true;
    // (`z biura prasowego PKP Intercity poinformowała`: a lone capitalised word right after an institution's
    // acronym inside a prepositional phrase continues its name there.)
    if (a.afterPreposition && a.kind === 'org' && a.t1 - a.t0 >= 2 && /^(z|ze|od|w|we|przy|dla|from|at|of)$/i.test(tokens[a.t0 - 1]?.text ?? '') && tokens[a.t1 - 1].acronym && !b.afterPreposition && b.kind === 'person' && b.t0 === a.t1 && b.t1 === b.t0 + 1 && !b.given && !b.role && tokens[b.t0].start === tokens[a.t1 - 1].end + 1) b.afterPreposition = true;
    // (`compliance with the bloc's General Data Protection Regulation (GDPR)`: the acronym in brackets
    // after a name stands where the name stands.)
    if (a.afterPreposition && !b.afterPreposition && b.t1 - b.t0 === 1 && b.t0 === a.t1 + 1 && tokens[a.t1].text === '(' && tokens[b.t1]?.text === ')' && tokens[b.t0].acronym) b.afterPreposition = true;
  }
  // `16 Dywizja Zmechanizowana`, `12 Brygada`: a unit's number is part of its name.
  for (const m of out) {
    const n = tokens[m.t0 - 1];
    if (m.kind === 'org' && m.org && /^(dywizja|brygada|pułk|batalion)$/.test(m.org.head ?? '') && n && /^\d{1,3}$/.test(n.text) && (m.t0 < 2 || !/^[\d.,]$/.test(tokens[m.t0 - 2].text))) {
      m.t0 -= 1;
      m.start = n.start;
      m.org = { ...m.org, name: `${n.text} ${m.org.name}` };
    }
  }
  // `wicepremier i minister cyfryzacji Krzysztof Gawkowski`: a title joined by `i` to the titled name
  // is that person's second title.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    // (…or by a comma, in Polish: `Wicepremier, szef MON Władysław Kosiniak-Kamysz`.)
    if (a.kind === 'role' && a.role && b.kind === 'person' && b.role && !b.rank && b.t0 === a.t1 + 1 && (/^(i|oraz|and)$/i.test(tokens[a.t1].text) ||
      (lang === 'pl' && tokens[a.t1].text === ',' && !a.afterPreposition && (a.t0 === 0 || !tokens[a.t0 - 1].word)))) b.rank = a.role;
  }
  // `Mr Lamb`, `Mrs. Lamb`: an English courtesy title gives the person's sex.
  if (lang === 'en') {
    for (const m of out) {
      if (m.kind !== 'person') continue;
      const p = tokens[m.t0 - 1]?.text === '.' ? m.t0 - 2 : m.t0 - 1;
      const w = tokens[p]?.text ?? '';
      if (w === 'Mr') m.titleGender = 'm';
      else if (w === 'Mrs' || w === 'Ms' || w === 'Miss') m.titleGender = 'f';
      if (m.titleGender) m.gender = m.titleGender;
    }
  }
  // (`obtained by FOX Business Network's Hillary Vaughn, the FAA said …`: a name after a possessive that is
  // inside a prepositional phrase is inside it too.)
  if (lang === 'en') {
    for (let k = 1; k < out.length; k++) {
      const a = out[k - 1];
      if (a.afterPreposition && a.t1 === out[k].t0 && /['’]s$/.test(tokens[a.t1 - 1]?.text ?? '')) out[k].afterPreposition = true;
    }
  }
  // (`following the collapse of luxury store chain Neiman Marcus and apparel retailer J. Crew Group Inc.`:
  // a name right after a title or institution noun inside a prepositional phrase, or coordinated with
  // it by `and`/`or`, is inside the phrase too — unless a verb of saying follows it: `… told reporters
  // and Smith said …`.)
  if (lang === 'en') {
    for (let k = 1; k < out.length; k++) {
      const a = out[k - 1];
      const b = out[k];
      if (!a.afterPreposition || b.afterPreposition || a.kind === 'pronoun' || b.kind === 'pronoun') continue;
      let q = a.t1;
      if (/^(?:and|or)$/.test(tokens[q]?.lower ?? '')) q++;
      while (q < b.t0 && (tokens[q].text === '.' || (tokens[q].text.length === 1 && tokens[q].cap))) q++;
      if (q !== b.t0 || (a.kind !== 'org' && a.kind !== 'role' && q === a.t1)) continue;
      const next = tokens[b.t1];
      if (next?.word && (speechVerb(next.text, lang) || /^(has|have|had|was|were|is|are|will|would)$/.test(next.lower))) continue;
      // (…nor a titled person set off by a stray comma before the verb: `Port of Tauranga chief executive
      // Leonard Sampson, told the meeting …`.)
      if (next?.text === ',' && b.kind === 'person' && !!b.role && !!b.given && tokens[b.t1 + 1]?.word && speechVerb(tokens[b.t1 + 1].text, lang)) continue;
      b.afterPreposition = true;
    }
  }
  // (`w rozmowie z agencją prasową Ukrinform rzecznik …`: a name right after a kind of outlet that follows a
  // preposition is inside that prepositional phrase too.)
  if (lang === 'pl') {
    for (const m of out) {
      if (m.afterPreposition || (m.kind !== 'person' && m.kind !== 'org')) continue;
      let q = m.t0 - 1;
      while (q > m.t0 - 3 && q >= 0 && tokens[q].word && !tokens[q].cap && PL_ADJ_LIKE.test(tokens[q].lower) && !PL_OUTLET_NOUN.test(tokens[q].lower)) q--;
      if (q >= 1 && tokens[q].word && !tokens[q].cap && PL_OUTLET_NOUN.test(tokens[q].lower) && PREPOSITIONS.has(tokens[q - 1].lower)) m.afterPreposition = true;
      // (…and so is the name of a place after its kind: `w porcie Canaveral`, `przy ulicy Długiej`.)
      const p = m.t0 - 1;
      if (p >= 1 && !m.role && tokens[p].word && !tokens[p].cap && PL_PLACE_NOUN_LOC.test(tokens[p].lower) && PREPOSITIONS.has(tokens[p - 1].lower)) m.afterPreposition = true;
    }
  }
  // (`Times editor James Harding`, `Guardian columnist Owen Jones`: one capitalised word before a title
  // and a named person is the title's employer, not another person.)
  if (lang === 'en') {
    for (let k = 0; k + 1 < out.length; k++) {
      const m = out[k];
      const x = tokens[m.t1];
      const nx = out[k + 1];
      // (…also when the title with its lower-case premodifiers opens the next person's mention: `Met
      // assistant commissioner Matt Twist`.)
      const titleOpensNext = nx.t0 === m.t1 && nx.kind === 'person' && !!nx.role && !!nx.given && !!x?.word && !x.cap;
      if (m.kind === 'person' && !m.given && m.t1 - m.t0 === 1 && !tokens[m.t0].acronym && x?.word && !x.cap && (titleOpensNext || (roleHead(x.lower) && nx.t0 === m.t1 + 1 && nx.kind === 'person' && !!nx.given))) {
        out[k] = { ...m, kind: 'org', name: undefined, org: { name: tokens[m.t0].text, head: null, ministry: false, gender: null }, gender: null };
      }
    }
  }
  // (`Wirtualne Media poinformowały`: a capitalised group noun after a capitalised adjective is a name —
  // an outlet's or a body's —, not the press or people in general.)
  if (lang === 'pl') {
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      const a = tokens[m.t0 - 1];
      if (m.kind !== 'group' || m.t1 - m.t0 !== 1 || !tokens[m.t0].cap || !a?.word || !a.cap || a.acronym || !/\p{Ll}(?:e|a|y|i)$/u.test(a.text) || (k > 0 && out[k - 1].t1 > m.t0 - 1)) continue;
      const name = `${a.text} ${tokens[m.t0].text}`;
      out[k] = { ...m, kind: 'org', t0: m.t0 - 1, start: a.start, org: { name, head: null, ministry: false, gender: null }, gender: null, sentenceInitial: m.t0 - 1 === 0 };
    }
  }
  // (`when regulator Ofgem re-adjusts`, `carmaker Toyota said`: a lower-case kind of institution right
  // before one capitalised name that is no given name makes that name the institution, of that kind.)
  if (lang === 'en') {
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      // (…or one acronym: `the train drivers’ union ASLEF`.)
      const acronym = m.kind === 'org' && m.t1 - m.t0 === 1 && tokens[m.t0].acronym;
      // (…or a name of two or three words none of which is a given name: `miner Mineral Resources`.)
      const words = m.name?.length ?? 0;
      if (!acronym && (m.kind !== 'person' || words < 1 || words > 3 || m.given || m.role || m.t1 - m.t0 !== words || (words > 1 && m.name!.some((w) => givenNameLemma(w))))) continue;
      const prev = tokens[m.t0 - 1];
      const h = prev?.word && !prev.cap ? orgOf(prev) : null;
      if (!h || !KIND_BEFORE_NAME.test(h.lemma) || givenNameGender(tokens[m.t0].text)) continue;
      // (The kind noun, with what premodifies it — `U.S. investment bank Jefferson` —, is no mention of its own any more.)
      const before = k > 0 && out[k - 1].t1 === m.t0 && out[k - 1].kind !== 'person' ? out[k - 1] : null;
      const t0 = before ? before.t0 : m.t0 - 1;
      out[k] = { ...m, kind: 'org', name: undefined, t0, start: tokens[t0].start, afterPreposition: before?.afterPreposition ?? m.afterPreposition, org: { name: acronym ? tokens[m.t0].text : m.name!.join(' '), head: h.lemma, ministry: false, gender: null }, gender: null };
      if (before) {
        out.splice(k - 1, 1);
        k--;
      }
    }
  }
  // `Mr Falconio's father Luciano`, `Smith’s sister Anne`: a relative named by a given name alone after
  // a possessive surname bears that surname (the way the article's readers, and annotators, name them).
  if (lang === 'en') {
    for (const m of out) {
      if (m.kind !== 'person' || m.name?.length !== 1 || tokens[m.t1 - 1].acronym) continue;
      const kin = m.t1 - 2;
      const owner = tokens[kin - 1];
      if (!tokens[kin] || !KIN_NOUN.test(tokens[kin].lower) || !owner?.cap || !/\p{Ll}['’]s$/u.test(owner.text)) continue;
      const surname = owner.text.slice(0, -2);
      if (givenNameGender(surname) || tokens[kin - 2]?.text === 'the') continue;
      m.name = [m.name[0], surname];
      m.kin = true;
    }
  }
  // `dyr. Caritasu Polska ks. dr Marcin Iżycki`, `rzecznik diecezji ks. Jan Nowak`: a Polish title (and the
  // institution after its abbreviation's dot) before a name opened by honorific abbreviations is that
  // person's title.
  if (lang === 'pl') {
    for (let k = 0; k + 1 < out.length; k++) {
      const r = out[k];
      // (…also a title whose complement was read as a name: `przewodniczący Rady KEP ds. Duszpasterstwa Młodzieży
      // bp Grzegorz Suchodolski`, the complement in the genitive.)
      const titleRead = r.kind === 'person' && !!r.role && !!r.name && !r.given && r.name.every((w) => /\p{Ll}(?:a|y|i|ów|ego|ej|ich|ych)$/u.test(w));
      if ((r.kind !== 'role' && !titleRead) || !r.role || (r.name && !titleRead)) continue;
      let j = k + 1;
      if (out[j]?.kind === 'org' && tokens[r.t1]?.text === '.' && out[j].t0 === r.t1 + 1) j++;
      const p = out[j];
      if (!p || p.kind !== 'person' || p.t0 !== (j === k + 1 ? r.t1 : out[k + 1].t1) || !HONORIFIC_ABBR_PL.test(tokens[p.t0].lower) || !(tokens[p.t0 + 1]?.text === '.' || (tokens[p.t0 + 1]?.cap && tokens[p.t0 + 1].word))) continue;
      out[j] = { ...p, t0: r.t0, start: r.start, afterPreposition: r.afterPreposition, sentenceInitial: r.sentenceInitial, role: r.role, gender: p.gender ?? r.gender };
      out.splice(k, j - k);
    }
  }
  // (`ówczesny biskup krakowski stał u początków parafii`: a title's holder at some past time, unnamed,
  // is no one the story's present titles refer to.)
  // (`Minister for the Marine Noel Dempsey`: the capitalised words of an English title's complement run on
  // into the name; the name starts at its given name.)
  if (lang === 'en') for (const m of out) if (m.kind === 'person' && m.role && m.name && m.name.length >= 3 && /\b(?:for|of)(?: the)?$/i.test(m.role.text)) splitComplementFromName(m);
  if (lang === 'pl') placedInstitutions(tokens, out);
  return out.filter((m) => !(m.kind === 'role' && !m.name && /^(?:ówczesn\p{Ll}+|then)$/u.test(tokens[m.t0].lower)));
}

/** True when a photo or author credit (`Fot.`, `Foto:`, `Photo:`, `Autor:`) stands right before token k. */
function creditAt(tokens: Token[], k: number): boolean {
  const CREDIT = /^(fot|foto|photo|zdjęcie|zdj|autor|credit)$/i;
  const p = tokens[k - 1]?.text ?? '';
  return CREDIT.test(p) || (/^[.:]$/.test(p) && CREDIT.test(tokens[k - 2]?.text ?? ''));
}

const DETERMINERS = new Set(['the', 'a', 'an']);

/** True when token k is the dot inside a web address (`tvn24.pl`, `money.pl`, `bbc.co.uk`). */
/**
 * The name right after a Polish kind of outlet (`portal Business Korea`, `agencji Reuters`): up to four
 * capitalised words, no person's name, title or verb among them. Null when none follows. (A quoted
 * title after the kind — `portalu "Expressu Lokalnego"` — is read with its quotation marks elsewhere.)
 */
function outletNameAfter(tokens: Token[], k: number, kind: string): { name: string; end: number } | null {
  let e = k;
  while (e < tokens.length && e - k < 4 && tokens[e].word && (tokens[e].cap || tokens[e].acronym || (/^\p{N}/u.test(tokens[e].text) && e > k)) && (e === k || tokens[e].start === tokens[e - 1].end + 1)) {
    // (`dziennik Jana Kowalskiego` is someone's diary.)
    if (givenNameLemma(tokens[e].text) || roleOf(tokens[e]) || speechVerb(tokens[e].text)) break;
    e++;
  }
  if (e === k || (!tokens[k].cap && !tokens[k].acronym)) return null;
  // (`portal Rynekzdrowia.pl`: one word with its domain is the outlet's web name, domain and all.)
  if (isDomainDot(tokens, e)) {
    if (e !== k + 1) return null;
    while (isDomainDot(tokens, e)) e += 2;
    return { name: tokens.slice(k, e).map((x) => x.text).join(''), end: e };
  }
  const name = tokens.slice(k, e).map((x) => x.text).join(' ');
  // (`radio Zet` is called Radio Zet; a newspaper is called by its own name alone.)
  return { name: /^(radio|telewizja)$/.test(kind) ? kind[0].toUpperCase() + kind.slice(1) + ' ' + name : name, end: e };
}

/** The web address starting at token `i` (`e-petrol.pl`, `www.gov.pl`) as an institution's mention; null inside a URL or an e-mail address. */
function bareWebName(tokens: Token[], i: number): Mention | null {
  const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
  // (`m.in.` is an abbreviation, not a web address: a name has two letters at least.)
  if (tokens[i].text.length < 2) return null;
  if (glued(tokens[i - 1], tokens[i]) && /^[@/.:]$/.test(tokens[i - 1].text)) return null;
  const e = domainEnd(tokens, i + 1);
  if (glued(tokens[e - 1], tokens[e]) && /^[/@]$/.test(tokens[e].text)) return null;
  const name = tokens.slice(i, e).map((x) => x.text).join('');
  return mention(tokens, 'org', i, e, {
    org: { name, head: null, ministry: false, gender: null },
    afterPreposition: PREPOSITIONS.has(tokens[i - 1]?.lower ?? ''),
    sentenceInitial: i === 0 || (i === 1 && !tokens[0].word),
  });
}

/** Past a web domain's dots and labels from token `k` on (`.com.pl`): the index after them, `k` when none. */
function domainEnd(tokens: Token[], k: number): number {
  while (isDomainDot(tokens, k)) k += 2;
  return k;
}

export function isDomainDot(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.text !== '.' || k === 0 || tokens[k - 1].end !== t.start || tokens[k + 1]?.start !== t.end) return false;
  // (`stargard.naszemiasto.pl`: a subdomain's dot too, two labels before the top-level one.)
  return isTld(tokens[k + 1]) || (!!tokens[k + 1].word && !tokens[k + 1].cap && tokens[k + 2]?.text === '.' && tokens[k + 2].start === tokens[k + 1].end && tokens[k + 3]?.start === tokens[k + 2].end && isTld(tokens[k + 3]));
}

// (Module-level helpers rather than closures in hot functions: under tsx every named closure costs a `__name` call.)
function isTld(x: Token | undefined): boolean {
  return !!x && /^(pl|com|eu|net|org|info|tv|uk|de|ca|au|ie|nz|in|za|us|io|co)$/.test(x.lower);
}

/** After `ds.` or `do spraw` before a capital (`Biuro … ds. Ochrony Dzieci`): where the name goes on, else 0. */
function dsAt(tokens: Token[], k: number): number {
  if (tokens[k]?.lower === 'ds' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.cap && tokens[k + 2].word) return k + 2;
  if (tokens[k]?.lower === 'do' && tokens[k + 1]?.lower === 'spraw' && tokens[k + 2]?.cap && tokens[k + 2].word) return k + 2;
  return 0;
}
// Church ranks that stand before a name as a title does (`kardynał Kazimierz Nycz`, `ks. Jan Nowak`).
const CLERGY_HEADS = new Set(['kardynał', 'biskup', 'arcybiskup', 'ksiądz', 'prymas', 'patriarcha', 'ojciec']);
const RANK_HEADS = new Set(['profesor', 'professor', 'generał', 'general', 'pułkownik', 'colonel', 'major', 'kapitan', 'captain', 'admirał', 'admiral', 'prokurator', 'mecenas', 'sierżant', 'aspirant', 'podkomisarz', 'nadkomisarz', 'podinspektor', 'nadinspektor', 'porucznik', 'podporucznik', 'podpułkownik', 'kapral', 'chorąży', 'brygadier', 'ogniomistrz']);

/** `NEW YORK (AP) —`, `LONDON —`, `STOCKHOLM, Sweden_`: capitals opening a sentence before a dash, a bracketed agency or a country and a dash. */
function isDateline(tokens: Token[], a: number, b: number): boolean {
  if (!tokens.slice(a, b).every((x) => x.word && x.text.length >= 3 && x.text === x.text.toUpperCase())) return false;
  let q = b;
  if (tokens[q]?.text === '(') {
    while (q < tokens.length && q - b <= 4 && tokens[q].text !== ')') q++;
    q++;
  } else if (tokens[q]?.text === ',' && tokens[q + 1]?.cap) q += 2;
  const x = tokens[q];
  return !!x && (/^[-–—_]+$/.test(x.text) || x.text === '--' || (q > b && x.text === '_'));
}
const OUTLET_WORD = /^(Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Gazette|Chronicle|Mail|Mirror|Express|Independent|Observer|Globe|Courier|Examiner|Inquirer|Standard|Dispatch|Sentinel|Advertiser|Bulletin)$/;
const COMPANY_WORD = /^(Press|Publishing|Publications|Newspapers|Motor|Motors|Airlines|Airways|Group|Corp|Corporation|Inc|Ltd|Plc|PLC|Cos|International|Watch|Holdings|Industries|Technologies|Systems|Pharmaceuticals|Electronics|Electric|Chemicals|Petroleum|Telecom|Communications|Entertainment|Pictures|Records|Foods|Brands|Insurance|Securities|Financial|Bancorp|Enterprises|Logistics|Airline|Automotive|Semiconductor|Therapeutics|Biosciences|Networks|Stores|Store|Mills|Motors|County|Counties|Province|Township|Borough|Municipality|Prefecture|District)$/;
const CAP_PREPOSITIONS = new Set(['Według', 'Wg', 'Zdaniem', 'W', 'We', 'Z', 'Ze', 'Na', 'Po', 'Od', 'Do', 'Dla', 'Przez', 'Przy', 'Pod', 'Nad', 'Jak', 'Wobec', 'Mimo', 'Dzięki']);

/**
 * Whether a mention continues a prepositional phrase that began a few tokens before it, so it is
 * no subject: `in the Polish parliament`, `na lotnisku Hostomel`, `dla agencji RIA Nowosti`,
 * `ze Szkoły Głównej Handlowej`, `na platformie X`. A name with a known given name is exempt
 * (`w rozmowie z PAP Jan Kowalski` keeps its subject).
 */
// Common nouns that take a proper-name apposition (`na lotnisku Hostomel`, `the city of X`): a
// capitalised word after `PREP + such noun` names the place/outlet, not a speaker. Other nouns
// (`po spotkaniu Stoltenberg powiedział`) end an adverbial before the subject.
// Oblique forms of nouns for a medium or an interview, before the outlet's name.
const MEDIUM_NOUN = /^(telewizji|radiu|radia|rozgłośni|portalowi|portalu|serwisowi|serwisu|dziennikowi|dziennika|gazecie|gazety|tygodnikowi|tygodnika|agencji|stacji|kamerami|kamerą|mikrofonem|antenie|anteny|łamach|wywiadzie|rozmowie)$/;
const NAMING_NOUN = /^(anten|kancelari|fundacj|stowarzyszeni|instytut|uczelni|teatr|muzeum|ośrod|wydawnictw|sklep|restauracj|lotnisk|agencj|platform|portal|gaze[tc]|dziennik|tygodnik|stacj|telewizj|radi[ou]|rozgłośni|miast|wsi|wieś|gmin|powie?c?i?a?t|ulic|szpital|firm|spółc?k|parti|klub|hotel|program|serwis|stadion|rzek|rzec|jezior|region|prowincj|obwod|obwód|okręg|dzielnic|osiedl|festiwal|airport|agency|platform|city|town|village|county|province|newspaper|channel|network|station|hospital|company|party|club|hotel|programme|website|stadium|river|district|state|island|port)/;

function insidePrepPhrase(tokens: Token[], m: Mention): boolean {
  if ((m.kind === 'person' && m.given) || m.kind === 'role' || m.role || m.kind === 'group') return false;
  if (roleOf(tokens[m.t0])) return false;
  let k = m.t0 - 1;
  let lowerNouns = 0;
  let steps = 0;
  while (k >= 0 && steps < 4) {
    const t = tokens[k];
    if (!t.word) return false;
    // (`ocenił w rozmowie z PAP Zysk`: after an outlet's acronym in `w rozmowie z …`/`w wywiadzie dla …`
    // the name is the one who spoke to it.)
    // (`mówił w środę w Małopolsce Kołodziejczak.`: after a place in the locative, a name that ends the
    // clause is the subject put last, as Polish does after a verb of saying.)
    if (/^(?:w|we)$/.test(t.lower) && steps === 1 && /\p{Ll}(?:e|u|i)$/u.test(tokens[k + 1].text) && (m.t1 >= tokens.length || /^[.,;!?]$/.test(tokens[m.t1].text)) &&
      !/\p{Ll}(?:ów|ach|ami|om|ego|emu|ej)$/u.test(tokens[m.t1 - 1].text)) return false;
    // (`mówiła w TOK FM Draginja Nadaždin.`: after a verb of saying, a station's acronyms end the place
    // phrase; the capitalised words after them that close the clause are the subject.)
    if (PREPOSITIONS.has(t.lower) && m.kind === 'person' && steps > 0 && tokens.slice(k + 1, m.t0).every((x) => x.acronym) && !tokens[m.t0].acronym &&
      // (Not a station's own second word: `w TVP Info Mroczek`.)
      !/^(?:Info|News|Biznes|Sport|Sports|Plus|Max|Extra|Live|Online|Polonia|Kultura|Historia|Kids|Fakty|Seriale|Premium|Go|Rock|Classic|Radio|Polska|World|Nauka|Dokument)$/.test(tokens[m.t0].text) &&
      !!tokens[k - 1]?.word && !!speechVerb(tokens[k - 1].text) && (m.t1 >= tokens.length || /^[.,;!?]$/.test(tokens[m.t1].text))) return false;
    // (`– … – zwrócił się do Polaków Zełenski.`: after a verb of saying and its prepositional object, a
    // name in the nominative that closes the clause is the subject put last.)
    const vb = tokens[k - 1]?.lower === 'się' ? k - 2 : k - 1;
    if (PREPOSITIONS.has(t.lower) && m.kind === 'person' && steps > 0 && !!tokens[vb]?.word && !tokens[vb].cap && !!speechVerb(tokens[vb].text, 'pl') &&
      (m.t1 >= tokens.length || /^[.,;!?]$/.test(tokens[m.t1].text)) && /\p{Ll}(?:ski|cki|dzki|ska|cka|dzka|[bcdfghjklłmnprstwzż])$/u.test(tokens[m.t1 - 1].text)) return false;
    if (PREPOSITIONS.has(t.lower)) return steps > 0 && !(tokens[k + 1].acronym && /^(rozmowie|wywiadzie)$/.test(tokens[k - 1]?.lower ?? ''));
    if (DETERMINERS.has(t.lower)) {
      k--;
      steps++;
      continue;
    }
    if (t.cap) {
      // A capitalised word of the same proper name (`Szkoły Głównej`, `RIA`), but not a given name.
      if (givenNameLemma(t.text) && !t.acronym) return false;
      k--;
      steps++;
      continue;
    }
    // (An oblique adjective or a genitive plural right after the preposition: `w olsztyńskim Gutkowie`,
    // `do druhów OSP`.)
    if (lowerNouns === 0 && steps === 0 && /\p{L}{3}(?:ym|im|ej|ich|ych|ów)$/u.test(t.lower) && PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return true;
    // (`w odpowiedzi na pytania portalu`: a lower-case institution in the genitive after a preposition's noun.)
    // (Only an inflected institution noun: `po wyroku obrona oceniała` has its subject in the nominative.)
    if (lowerNouns === 0 && steps === 0 && m.kind === 'org' && m.t1 - m.t0 === 1 && !tokens[m.t0].cap && !!m.org?.head && tokens[m.t0].lower !== m.org.head && PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') &&
      !speechVerb(t.text) && !PAST_VERB.test(t.lower) && !COMPLEMENT_STOP.has(t.lower) && /\p{L}{3}(?:a|ia|y|i|e|u|ów|ach|om)$/u.test(t.lower) && /\p{Ll}(?:u|i|y|ów)$/u.test(tokens[m.t0].lower) &&
      // (…but the owner of a document is its source: `W komunikacie spółki czytamy, że …`.)
      !/^(?:komunikacie|oświadczeniu|raporcie|piśmie|informacji|stanowisku|wpisie|opinii|analizie|dokumencie|liście|odpowiedzi|ocenie|zdaniem|imieniu)$/.test(t.lower)) return true;
    // One lower-case head noun between the preposition and the name (`lotnisku`, `agencji`).
    if (lowerNouns > 0 || !NAMING_NOUN.test(t.lower) || speechVerb(t.text) || PAST_VERB.test(t.lower) || COMPLEMENT_STOP.has(t.lower)) return false;
    lowerNouns++;
    k--;
    steps++;
  }
  return false;
}

/** `jeden z uczestników demonstracji`, `one of the protesters`: an unnamed member of a group speaks. */
const ONE_OF_WORDS = new Set(['jeden', 'jedna', 'jedno', 'one', 'kolejny', 'kolejna', 'inny', 'inna', 'drugi', 'druga']);
// (…and their oblique forms, after `od`, `według` and the like: `usłyszeliśmy od jednej z pacjentek`.)
const ONE_OF_OBLIQUE = new Map<string, string>([
  ['jednej', 'jedna'], ['jednego', 'jeden'], ['jednemu', 'jeden'], ['jedną', 'jedna'], ['jednym', 'jeden'],
  ['kolejnej', 'kolejna'], ['kolejnego', 'kolejny'], ['innej', 'inna'], ['innego', 'inny'], ['drugiej', 'druga'], ['drugiego', 'drugi'],
]);

/** True for a `one of` word in any case (`jeden`, `jednej`, `one`, `kolejnego`). */
/**
 * The institution a Polish group's mention ends with (`wielu klientów Santander Bank Polska`,
 * `przedstawiciele Banku Millennium`): the group speaks, but the institution is named too; else null.
 */
export function institutionInGroup(tokens: Token[], m: Mention): Mention | null {
  if (m.kind !== 'group') return null;
  let k = m.t0 + 1;
  while (k < m.t1 && !(tokens[k].word && tokens[k].cap)) k++;
  if (k >= m.t1) return null;
  const o = orgAt(tokens, k, 'pl');
  return o && o.kind === 'org' && o.t1 <= m.t1 ? { ...o, afterPreposition: false, sentenceInitial: false } : null;
}

export function isOneOfWord(lower: string): boolean {
  return ONE_OF_WORDS.has(lower) || ONE_OF_OBLIQUE.has(lower);
}

/** The nominative of a Polish `one of` word (`jednej` → `jedna`), the word itself otherwise. */
export function oneOfNominative(word: string): string {
  const lc = word.toLowerCase();
  const n = ONE_OF_OBLIQUE.get(lc);
  return n ? (word[0] === word[0].toUpperCase() ? n[0].toUpperCase() + n.slice(1) : n) : word;
}
function oneOfAt(tokens: Token[], i: number): Mention | null {
  // (`kolejny z protestujących`, `inna z mieszkanek`: another member likewise.)
  if (!ONE_OF_WORDS.has(tokens[i].lower) && !ONE_OF_OBLIQUE.has(tokens[i].lower)) return null;
  let k = i + 1;
  if (!/^(z|ze|of)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  // (`one of its organisers`, `jedna z jego organizatorek`: a possessive before the group noun.)
  if (/^(the|these|those|its|their|his|her|jego|jej|ich|naszych|waszych|swoich)$/.test(tokens[k]?.lower ?? '')) k++;
  // (…and the feminine genitive plurals with no ending: `jedna z kobiet`, `z dziewczyn`, `z osób`; `z ludzi`, `z dzieci`;
  // and those in `-y` after a soft stem: `jeden z wolontariuszy`, `z lekarzy`, `z działaczy`, `z mężczyzn`.)
  if (!tokens[k]?.word || tokens[k].cap || !/(?:ów|ych|ich|ek|s|et|yn|ób|dzi|ieci|(?:sz|rz|cz|ż)y|yzn)$/u.test(tokens[k].lower)) return null;
  let end = k + 1;
  // One more genitive or adjective (`uczestników demonstracji`, `mieszkańców wsi`).
  if (tokens[end]?.word && !tokens[end].cap && !speechVerb(tokens[end].text) && /(?:ów|ych|ich|i|y|a|u)$/u.test(tokens[end].lower) && !COMPLEMENT_STOP.has(tokens[end].lower) && !PREPOSITIONS.has(tokens[end].lower)) end++;
  // (`Jeden z polityków PiS`, `one of the Labour MPs`: a party or institution acronym qualifies the group.)
  else if (tokens[end]?.acronym && tokens[end].word && !speechVerb(tokens[end].text)) end++;
  const nom = ONE_OF_OBLIQUE.get(tokens[i].lower) ?? tokens[i].lower;
  return mention(tokens, 'group', i, end, { gender: /^(jedna|kolejna|inna|druga)$/.test(nom) ? 'f' : /^(jeden|kolejny|inny|drugi)$/.test(nom) ? 'm' : null, oblique: nom !== tokens[i].lower });
}

const NOT_INSTITUTION_ACRONYM = /^(AI|IT|CEO|CFO|COO|CTO|GDP|TV|PR|HR|DNA|GPS|VAT|COVID|OK|SUV|USB|PC|ID|VIP|FAQ)$/;
const EVENT_ACRONYM = /^(MŚ|ME|IO|ZIO|PŚ|MP|LM|LE|LK|MŚJ|MEJ)$/;

/** The end of a dotted acronym (`U.S.`, `U.K.`) starting at `i` that no name follows, else `i`. */
function dottedAcronymEnd(tokens: Token[], i: number): number {
  let k = i;
  while (tokens[k]?.text.length === 1 && tokens[k].cap && tokens[k].word && tokens[k + 1]?.text === '.' && tokens[k + 1].start === tokens[k].end && (k === i || tokens[k].start === tokens[k - 1].end)) k += 2;
  if (k - i < 4) return i;
  // (A country's or a body's letters are never initials, whatever follows: `U.S. Environmental …`.)
  let letters = '';
  for (let q = i; q < k; q += 2) letters += tokens[q].text;
  if (/^(US|UK|UN|EU|UAE|DC|USSR)$/.test(letters)) return k;
  const next = tokens[k];
  return next && next.word && next.cap && next.start === tokens[k - 1].end + 1 && !isNonNameCap(next.text) && !roleOf(next) && !orgOf(next) ? i : k;
}

function mention(tokens: Token[], kind: MentionKind, t0: number, t1: number, extra: Partial<Mention>): Mention {
  return { kind, start: tokens[t0].start, end: tokens[t1 - 1].end, t0, t1, gender: null, afterPreposition: false, sentenceInitial: false, ...extra };
}

/** Premodifiers before a role or institution: `były`, `ukraińska`, `Russian`, `NATO` (English). */
function premodifierEnd(tokens: Token[], i: number, lang: Language): number {
  let j = i;
  // `the Sinn Féin president`, `the Labour leader`: after `the`, capitalised words before a
  // lower-case title qualify the title (a party, a country); they are no person's name.
  // (Also after `a`/`an` and lower-case premodifiers: `a senior Hamas official`, `a White House aide`.)
  const det = lang === 'en' ? tokens[i - 1]?.lower : undefined;
  if ((det === 'the' || det === 'a' || det === 'an') && tokens[i].word && (tokens[i].cap || premodOf(tokens[i]))) {
    let s = i;
    while (s < tokens.length && s - i < 2 && tokens[s].word && !tokens[s].cap && premodOf(tokens[s]) && !roleOf(tokens[s])) s++;
    if (tokens[s]?.cap && tokens[s].word && !givenNameLemma(tokens[s].text)) {
      let k = s;
      // (Up to a long institution: `an East Contra Costa Fire Protection District spokesperson`.)
      while (k < tokens.length && k - s < 6 && tokens[k].word && tokens[k].cap && !roleOf(tokens[k])) k++;
      if (k > s && tokens[k]?.word && !tokens[k].cap && roleOf(tokens[k]) && !orgOf(tokens[k])) return k;
    }
  }
  while (j < tokens.length && j - i < 3) {
    const t = tokens[j];
    if (!t.word) {
      if (t.text === '.' && tokens[j - 1]?.lower === 'b') {
        j++;
        continue;
      }
      break;
    }
    if (premodOf(t) && !roleOf(t)) j++;
    else if (ctryOf(t)) j++;
    else if (lang === 'en' && (natOf(t) || (t.acronym && roleOf(tokens[j + 1])))) j++;
    // (`Labour chairman of the Commons business committee`, `Republican Senator`: a party before a title.)
    else if (lang === 'en' && PARTY_ADJ.test(t.text) && tokens[j + 1]?.word && (roleOf(tokens[j + 1]) || premodOf(tokens[j + 1]))) j++;
    else if (lang === 'en' && t.cap && /['’]s$/.test(t.text) && roleOf(tokens[j + 1]) ) j++; // Ukraine's foreign minister
    else if (lang === 'en' && t.cap && /['’]s$/.test(t.text) && ROLE_PREMODIFIERS.has(tokens[j + 1]?.lower ?? '')) j++;
    else break;
  }
  return j;
}

// Role heads whose capitalised complement is a place, never a surname (`mieszkanka Żabna`).
const PLACE_COMPLEMENT_HEADS = new Set(['mieszkaniec', 'resident']);

// `Mr Constable said`, `Mrs Judge told …`: after a courtesy title a lone capitalised word is the
// surname, even when it is also a title word (titles of address themselves excepted: `Mr President`).
function surnameAfterCourtesy(tokens: Token[], i: number, lang: Language): boolean {
  if (lang !== 'en' || !tokens[i]?.cap || !tokens[i].word) return false;
  const c = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  if (!/^(?:Mr|Mrs|Ms|Miss|Mx)$/.test(tokens[c]?.text ?? '')) return false;
  const nx = tokens[i + 1];
  if (nx?.word && nx.cap) return false;
  return !/^(?:President|Speaker|Chairman|Chairwoman|Chair|Secretary|Justice|Deputy|Prime|Mayor|Commissioner|Minister|Ambassador)$/.test(tokens[i].text);
}

const VOIVODESHIP_ADJ = /^(?:Dolnośląsk|Górnośląsk|Śląsk|Mazowieck|Małopolsk|Wielkopolsk|Zachodniopomorsk|Pomorsk|Lubusk|Opolsk|Łódzk|Świętokrzysk|Podkarpack|Lubelsk|Podlask|Warmińsko-[Mm]azursk|Kujawsko-[Pp]omorsk)(?:i|a|ie|iego|iej|im|ą|iemu)$/u;

function roleAt(tokens: Token[], i: number, lang: Language): Mention | null {
  if (surnameAfterCourtesy(tokens, i, lang)) return null;
  const j = premodifierEnd(tokens, i, lang);
  let h = j;
  // English title-case multiword heads: `Foreign Minister`, `Secretary General`, `Prime Minister`.
  const head = roleOf(tokens[h]);
  if (!head) return null;
  // (`the Premier League Finals`: a competition, no prime minister.)
  if (lang === 'en' && tokens[h].text === 'Premier' && /^(?:League|Division|Cup)$/.test(tokens[h + 1]?.text ?? '')) return null;
  // (`the source of the outbreak` is no person; `a diplomatic source told …` is.)
  if (head.lemma === 'source' && (tokens[h + 1]?.lower === 'of' || tokens[h + 1]?.lower === 'for')) return null;
  // (`Major freight carrier Union Pacific said`: `major` before a lower-case word is an adjective, no rank.)
  if (head.lemma === 'major' && tokens[h + 1]?.word && !tokens[h + 1].cap) return null;
  // (`the general election`, `a general strike`: `general` qualifying a noun is no rank.)
  if (head.lemma === 'general' && !tokens[h].cap && /^(elections?|assembly|strike|public|meeting|practitioners?|hospital|interest|rule|population|consensus)$/.test(tokens[h + 1]?.lower ?? '')) return null;
  if (/^(gen|prof|płk|gov|sen|rep|col|capt|adm|sgt|lt|mjr|kpt|mec|atty)$/.test(tokens[h].lower)) {
    if (tokens[h + 1]?.text === '.' && tokens[h + 1].start === tokens[h].end) h++;
  }
  // A second head right after (`Secretary General`, `sekretarz generalny` is an adjective): take the last.
  // English heads chain: `deputy prime minister`, `vice president`, `Secretary General`.
  while (lang === 'en' && tokens[h + 1]?.word) {
    if (roleOf(tokens[h + 1])) h++;
    else if (premodOf(tokens[h + 1]) && roleOf(tokens[h + 2]) && tokens[h + 2].word) h += 2;
    else break;
  }
  const premods = tokens.slice(i, j);
  const keys: string[] = premods.filter((p) => p.word && !premodOf(p)).map((p) => complementKey(p.text.replace(/['’]s$/, '')));
  let k = h + 1;
  let lower = 0;
  let nameStart = -1;
  let nameEnd = -1;
  // Set when a capitalised complement goes on after `i` (`Prawa i Sprawiedliwości`).
  let coordinatedName = false;
  let viaAnd = -1;
  // `an official familiar with the talks`, `a source close to the minister`, `a person briefed on the
  // matter`: an English postmodifier that says how the source knows is part of the title.
  let postmod = -1;
  if (lang === 'en' && /^(familiar|close|briefed)$/.test(tokens[k]?.lower ?? '') && /^(with|to|on)$/.test(tokens[k + 1]?.lower ?? '')) {
    let e = k + 2;
    while (e < tokens.length && e - k <= 7 && tokens[e].word && !speechVerb(tokens[e].text) && !/^(who|which|that|said|says|told|and|but)$/.test(tokens[e].lower)) e++;
    if (e > k + 2) postmod = e;
  }
  while (postmod < 0 && k < tokens.length && k - h <= 12) {
    const t = tokens[k];
    // `synoptyk tvnmeteo.pl Arleta Unton-Pyziołek`: a web address in the title's complement.
    if (isDomainDot(tokens, k)) {
      k += 2;
      continue;
    }
    if (t.text === '.' && /^(ds|gen|prof|płk|b|st|mjr|kpt|dr|bryg|nadbryg|asp|sierż|sztab|kom|podkom|nadkom|insp|podinsp|nadinsp|mł|post|kpr|szer|por|ppor|kmdr|adw|mec|hab|inż|lek|ks|bp|abp|prok|sędz|sed)$/.test(tokens[k - 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (!t.word) {
      if (t.text === "'" || t.text === '’') {
        k++;
        continue;
      }
      break;
    }
    if (t.cap || isParticle(t)) {
      const runEnd = capRun(tokens, k);
      if (runEnd === k) break;
      let ns = nameStartInRun(tokens, k, runEnd, false, lang);
      // (`Deputy Parliament Speaker Elias Bou Saab`: in English a title inside the run is the last word
      // of the title; up to three name words after it are the name.)
      if (lang === 'en') {
        let lastRole = -1;
        for (let q = k; q < runEnd - 1; q++) if (tokens[q].word && roleOf(tokens[q]) && !orgOf(tokens[q])) lastRole = q;
        if (lastRole >= 0 && runEnd - lastRole - 1 <= 3 && ns > lastRole + 1 &&
          tokens.slice(lastRole + 1, runEnd).every((x) => x.word && !x.acronym && !orgOf(x) && !roleOf(x) && !isPlaceName(x.text) && !isNonNameCap(x.text) && !natOf(x))) ns = lastRole + 1;
      }
      // `Deputy Prime Minister Vu Duc Dam`: three unknown name words right after the title are one
      // name (Vietnamese, Chinese, Korean names), not a genitive and a two-word name.
      // (Also after a portfolio word: `Minister of Health Nguyen Thanh Long`.)
      if (ns === runEnd - 2 && runEnd - k === 4 && lang === 'en' && /^(health|defen[cs]e|finance|justice|interior|education|agriculture|trade|industry|foreign|labou?r|transport|energy|culture)$/i.test(tokens[k].text) &&
        [k + 1, k + 2, k + 3].every((q) => tokens[q].word && !tokens[q].acronym && !isPlaceName(tokens[q].text) && !isNonNameCap(tokens[q].text) && !orgOf(tokens[q]) && !roleOf(tokens[q]) && !natOf(tokens[q]))) ns = k + 1;
      if (ns === runEnd - 2 && k === h + 1 && runEnd - k === 3 && lang === 'en' && [k, k + 1, k + 2].every((q) => tokens[q].word && !tokens[q].acronym && !isPlaceName(tokens[q].text) && !isNonNameCap(tokens[q].text) && !orgOf(tokens[q]) && !roleOf(tokens[q]) && !natOf(tokens[q]))) ns = k;
      // English `leader Jordan Bardella`, `minister Israel Katz`: right after the title a place-like
      // word followed by one surname is a given name (English puts the country before the title).
      if (ns < 0 && lang === 'en' && k === h + 1 && runEnd - k === 2 && tokens[k + 1].word && isPlaceName(t.text) && !t.acronym && !orgOf(t) &&
        !isPlaceName(tokens[k + 1].text) && !tokens[k + 1].acronym && !orgOf(tokens[k + 1]) && !roleOf(tokens[k + 1]) && !isNonNameCap(tokens[k + 1].text) && !natOf(tokens[k + 1])) ns = k;
      // A single capitalised word right after the head is a surname (`premier Tusk`) unless it is a
      // place or an institution; after a lower-case complement it is a genitive (`rządu Olmerta`).
      let single = -1;
      // (After a connector — `director of Copernicus` — the word names an institution.)
      // (…or after the `and` of a coordinated complement: `chairman for England and Wales`.)
      const afterConnector = k > h + 1 && ((COMPLEMENT_CONNECTORS.has(tokens[k - 1].lower) && tokens[k - 1].text !== '.') || (lang === 'en' && viaAnd === k));
      // English puts the holder before `of`: `manager of the A.G. Edwards branch` names no person.
      // (So does `superintendent of South Portland schools`: capitals before a lower-case noun.)
      if (lang === 'en' && afterConnector && (tokens[k - 1].lower === 'the' || (tokens[runEnd]?.word && !tokens[runEnd].cap && !speechVerb(tokens[runEnd].text) && !/^(is|was|has|had|will|would|and|or|who|which|on|in|at|to|for|with)$/.test(tokens[runEnd].lower))) && !(ns >= 0 && givenNameLemma(tokens[ns].text))) {
        // (`head of the Commission Nurzhan Shaildabekova told …`: an institution's one-word name, then
        // two name words before a verb of saying or a comma, is the title and the holder's name.)
        const named = runEnd - k === 3 && !!orgOf(t) && [k + 1, k + 2].every((q) => tokens[q].word && !tokens[q].acronym && !orgOf(tokens[q]) && !roleOf(tokens[q]) && !isPlaceName(tokens[q].text) && !isNonNameCap(tokens[q].text) && !natOf(tokens[q])) &&
          (tokens[runEnd]?.text === ',' || (!!tokens[runEnd]?.word && !!speechVerb(tokens[runEnd].text, 'en')));
        ns = named ? k + 1 : -1;
      }
      // (`Minister for Disaster Management and Relief Md Mohibur Rahman`: a capitalised portfolio
      // joined by `and` to another goes on; the name comes after both.)
      // (`a spokesperson for the Ministry of National Defense said`: after an institution's `of` the
      // capitals finish its name — no holder's name unless a given name opens them.)
      if (lang === 'en' && afterConnector && ns >= 0 && tokens[k - 1].lower === 'of' && !!tokens[k - 2]?.cap && !!orgOf(tokens[k - 2]) && !givenNameLemma(tokens[ns].text)) ns = -1;
      const enCoordinated = lang === 'en' && afterConnector && /^(?:and|&)$/.test(tokens[runEnd]?.text ?? '') && !!tokens[runEnd + 1]?.word && tokens[runEnd + 1].cap && !givenNameLemma(tokens[runEnd + 1].text);
      if (enCoordinated) ns = -1;
      // (`a spokesman for Nicola Sturgeon`, `a lawyer for Mr Smith`: English names the holder before the
      // title, so a name straight after `for`/`of`/`to` is whom the title serves — the speaker is unnamed.)
      if (lang === 'en' && ns === k && k === h + 2 && /^(for|of|to)$/.test(tokens[k - 1].lower)) ns = -1;
      // (…and the portfolio after that `and` holds no name unless a given name opens one: `the Minister of
      // Foreign Affairs and International Cooperation stressed …`.)
      if (lang === 'en' && viaAnd === k && k > h + 1 && ns >= 0 && !tokens.slice(k, runEnd).some((x) => givenNameLemma(x.text))) ns = -1;
      // (`wójt gminy Nowa Wieś Wielka`, `burmistrz miasta Nowe Miasto Lubawskie`: after a Polish word for a
      // kind of place the capitals are that place's name, whatever their case.)
      if (lang === 'pl' && /^(gminy|gmina|miasta|powiatu|wsi|sołectwa|parafii|dzielnicy|osiedla|województwa)$/.test(tokens[k - 1]?.lower ?? '') && !(ns >= 0 && givenNameLemma(tokens[ns].text))) ns = -1;
      // (`Główny Inspektor Sanitarny`: a capitalised adjective completes the title; it is no surname.)
      // (…unless a public figure bears it: `ministra Leszczyna`.)
      // (…nor is a voivodeship's adjective: `Wojewoda Dolnośląski`, `Marszałek Województwa Małopolskiego`.)
      const adjectival = lang === 'pl' && (/\p{Ll}(?:czny|czna|alny|alna|yjny|yjna|owy|owa|ny|na|ne|wy|we)$/u.test(t.text) || VOIVODESHIP_ADJ.test(t.text)) && !figuresFor(t.text, null, null).length;
      // (`szef SOR-u`: an inflected acronym; `prezes Prawa i Sprawiedliwości`: a coordinated name — both
      // institutions the title belongs to, no surnames.)
      const institutionWord = lang === 'pl' && (/^\p{Lu}{2,}-\p{Ll}{1,3}$/u.test(t.text) || (tokens[runEnd]?.lower === 'i' && tokens[runEnd + 1]?.cap && tokens[runEnd + 1].word && !givenNameLemma(tokens[runEnd + 1].text)));
      // (…also opening a longer run: `szef CERT-u Orange` is the head of an institution, not a person
      // called CERT-u Orange.)
      if (lang === 'pl' && ns >= 0 && /^\p{Lu}{2,}-\p{Ll}{1,3}$/u.test(tokens[ns].text)) ns = -1;
      // (`wicedyrektorka Przedszkola Samorządowego`: a genitive adjective closing the run after a
      // nominative title makes it the complement.)
      if (lang === 'pl' && ns >= 0 && tokens[h].lower === head.lemma && /\p{Ll}(?:ego|iego|owej|nej|skiej|ckiej)$/u.test(tokens[runEnd - 1].text) && !tokens.slice(k, runEnd).some((x) => givenNameLemma(x.text))) ns = -1;
      // (`burmistrz Głuchołaz`, `wójt Gliwic`: after a local office a town's genitive plural in -ic/-yc/-az,
      // an ending no Polish surname has, is the place governed.)
      const townGenitive = lang === 'pl' && /^(burmistrz|wójt|prezydent|starosta|sołtys|włodarz)/.test(head.lemma) && /\p{Ll}(?:ic|yc|az)$/u.test(t.text);
      if (ns < 0 && runEnd - k === 1 && lower === 0 && !afterConnector && !adjectival && !institutionWord && !townGenitive && !PLACE_COMPLEMENT_HEADS.has(head.lemma) && !t.acronym && !isPlaceName(t.text) && !orgOf(t) && !isNonNameCap(t.text) && !roleOf(t) && !speechVerb(t.text) && !groupOf(t) &&
        // (`the Chief Minister's residence`: a title in the possessive is no one's name.)
        !(lang === 'en' && /\p{L}{3}['’]s$/u.test(t.text) && roleHead(t.text.slice(0, -2)))) {
        single = k;
        // `Kapitan Lecha`, `trener Wisły`: after a nominative title a lone inflected given name is the
        // team/place it leads (a person's name after a nominative title is nominative too).
        const gl = lang === 'pl' ? givenNameLemma(t.text) : null;
        if (gl && gl.lemma !== t.text && tokens[h].lower === head.lemma) single = -1;
        // (`bramkarza Motoru`, `prezesa Ruchu`: a genitive in -u names a club or a body; no Polish
        // surname ends so in any case.)
        if (lang === 'pl' && !gl && /\p{Ll}{3}u$/u.test(t.text)) single = -1;
        // (`żużlowiec Stali`, `piłkarz Legii`, `działacz Solidarności`: after a descriptive title a word in
        // a feminine genitive — `-ii`, `-li`, `-ni`, `-ci`, `-zi`, `-si` — names the club or body.)
        // (After any title `-ii` and `-li`, which no Polish surname ends in: `menedżer Stali`, `prezes Cracovii`.)
        if (lang === 'pl' && !gl && (isEpithetHead(head.lemma) ? /\p{Ll}(?:ii|[lnczs]i)$/u : /\p{Ll}(?:ii|li)$/u).test(t.text)) single = -1;
        // (`selekcjoner Biało-Czerwonych`: a plural genitive names a team, never a surname.)
        if (lang === 'pl' && !gl && /\p{Ll}(?:ych|ich)$/u.test(t.text)) single = -1;
        // (`ekspert Canal+`: a brand glued to a sign is no surname.)
        if (tokens[k + 1] && tokens[k + 1].start === t.end && /^[+&]$/.test(tokens[k + 1].text)) single = -1;
      }
      // `prezes NBP Glapiński`, `Minister Spraw Zagranicznych Sikorski`: after an acronym or a
      // capitalised genitive adjective of the complement, the last word alone is the surname.
      const last = runEnd - 1;
      const lt = tokens[last];
      if (lang === 'pl' && runEnd - k >= 2 && lower === 0 && (ns < 0 || (ns === last - 1 && /\p{Ll}(?:ych|ich)$/u.test(tokens[ns].text))) && single < 0 && lt.word && !lt.acronym &&
        (tokens[last - 1].acronym || /\p{Ll}(?:ych|ich)$/u.test(tokens[last - 1].text)) && !isPlaceName(lt.text) && !orgOf(lt) && !roleOf(lt) && !isNonNameCap(lt.text) && !natOf(lt) && !groupOf(lt) &&
        !speechVerb(lt.text) && !looksAdjectivalCap(lt.text.replace(/(ski|cki|ska|cka|dzki|dzka)$/, 'X')) && !givenNameLemma(lt.text) && tokens.slice(k, last).every((x) => !x.word || x.acronym || x.cap)) {
        ns = last;
      }
      const start = ns >= 0 ? ns : single;
      for (let q = k; q < (start >= 0 ? start : runEnd); q++) if (tokens[q].word) keys.push(complementKey(tokens[q].text));
      // `przewodnicząca Komisji Europejskiej` is also `szefowa KE`: the initials of a multiword
      // institution name are a key too.
      const capWords = tokens.slice(k, start >= 0 ? start : runEnd).filter((x) => x.word && x.cap && !x.acronym);
      if (capWords.length >= 2) keys.push(capWords.map((x) => x.text[0]).join('').toUpperCase());
      if (start >= 0) {
        nameStart = start;
        nameEnd = runEnd;
        k = runEnd;
        break;
      }
      coordinatedName = (institutionWord && tokens[runEnd]?.lower === 'i') || enCoordinated;
      k = runEnd;
      continue;
    }
    if (coordinatedName && lang === 'en' && (t.lower === 'and' || t.text === '&')) {
      coordinatedName = false;
      viaAnd = k + 1;
      k++;
      continue;
    }
    if (COMPLEMENT_CONNECTORS.has(t.lower)) {
      // `i` joins only complement words (`europejskiej i euroatlantyckiej`), never two phrases.
      if (t.lower === 'i' && !(tokens[k + 1]?.word && !tokens[k + 1].cap) && !coordinatedName) break;
      // (…in a case form: `Czytelniczka i dość dosadnie tłumaczy` joins no adverb.)
      if (t.lower === 'i' && !coordinatedName && !/\p{L}(?:ej|ego|ych|ich|ów|[aiuy])$/u.test(tokens[k + 1].lower)) break;
      coordinatedName = false;
      k++;
      continue;
    }
    // `dyrektorka szpitala w Koninie (woj. wielkopolskie) Krystyna Brzezińska`: a seat and a bracketed
    // region between the title and a nominative full name.
    if (lang === 'pl' && (t.lower === 'w' || t.lower === 'we') && k > h + 1 && tokens[k + 1]?.word && tokens[k + 1].cap && !givenNameLemma(tokens[k + 1].text) && tokens[k + 2]?.text === '(') {
      let close = k + 3;
      while (close < tokens.length && close - k <= 10 && tokens[close].text !== ')') close++;
      const g = tokens[close + 1];
      if (tokens[close]?.text === ')' && g?.word && g.cap && givenNameLemma(g.text)?.lemma === g.text && tokens[close + 2]?.word && tokens[close + 2].cap) {
        keys.push(complementKey(tokens[k + 1].text));
        k = close + 1;
        continue;
      }
    }
    // `rzecznik Prokuratury Okręgowej w Warszawie Mirosława Chyr`: the seat of an office stays in its title.
    // (Also a seat the gazetteer lacks, when a person's given name follows it: `… w Ostrołęce Elżbieta …`.)
    if (lang === 'pl' && (t.lower === 'w' || t.lower === 'we') && k > h + 1 && tokens[k - 1].cap && tokens[k + 1]?.word && tokens[k + 1].cap &&
      (isPlaceName(tokens[k + 1].text) || (!givenNameLemma(tokens[k + 1].text) && tokens[k + 2]?.word && tokens[k + 2].cap && givenNameLemma(tokens[k + 2].text)?.lemma === tokens[k + 2].text && tokens[k + 3]?.word && tokens[k + 3].cap))) {
      k++;
      continue;
    }
    // (`mama jednego z uczniów`: a partitive `jednego z` + plural genitive completes the title.)
    if (lang === 'pl' && (t.lower === 'z' || t.lower === 'ze') && /^jedn(?:ego|ej|emu|ym)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.word && !tokens[k + 1].cap && !pronoun(tokens[k + 1].text) && /(?:ów|ych|ich|i|y)$/u.test(tokens[k + 1].lower)) {
      keys.push(complementKey(tokens[k + 1].text));
      k += 2;
      continue;
    }
    if (COMPLEMENT_STOP.has(t.lower) || PREPOSITIONS.has(t.lower) || speechVerb(t.text) || pronoun(t.text) || /ąc$/.test(t.lower) || PAST_VERB.test(t.lower) || /^\p{N}/u.test(t.text)) break;
    // (`State Solicitor for Limerick fired …`: an English past tense after the complement ends the title.)
    if (lang === 'en' && !t.cap && tokens[k - 1]?.cap && /\p{L}{2}ed$/u.test(t.lower)) break;
    // (`właściciel browaru natychmiast wycofał …`: an adverb ends the title.)
    if (lang === 'pl' && !t.cap && /^(?:natychmiast|wówczas|wtedy|również|także|też|jednak|już|jeszcze|ponownie|wcześniej|później|dziś|dzisiaj|wczoraj|jutro|zawsze|nigdy|często|rzadko|wreszcie|ostatecznie|zaraz|teraz|obecnie|niedawno|dotąd|wciąż|nadal|stale|zresztą|bowiem|więc|zatem|natomiast|zaś)$/.test(t.lower)) break;
    // (`Na polecenie prokuratora zatrzymano …`: an impersonal verb ends the title.)
    if (lang === 'pl' && !t.cap && /\p{L}{3}(?:ono|ano|ęto|uto)$/u.test(t.lower)) break;
    // (`Właściciel banera domaga się …`: a reflexive verb ends the title.)
    if (lang === 'pl' && !t.cap && tokens[k + 1]?.lower === 'się') break;
    // (`Według rzecznika policji sprawcy zostali zatrzymani`: a noun right before a plural past verb is its subject.)
    if (lang === 'pl' && !t.cap && k > h + 1 && tokens[k + 1]?.word && PAST_VERB.test(tokens[k + 1].lower) && /(?:li|ły)$/.test(tokens[k + 1].lower)) break;
    // (…and so does a verb in the present tense: `Zdaniem ministra zdrowia kolejki maleją`.)
    if (lang === 'pl' && !t.cap && k > h + 1 && /\p{L}{2}(?:uje|ują|ają|eją|ieją)$/u.test(t.lower)) break;
    // (`Zdaniem ministra nowe przepisy …`: after a title in an oblique case no genitive complement ends in `-e`.)
    if (lang === 'pl' && head.gender !== 'f' && nominativeAfterGenitive(tokens[h], head.lemma, t)) break;
    // (`Według rzeczniczki sekcja zwłok …`: a feminine noun in the nominative — `-cja`, `-sja` — is
    // the subject of what follows, never a genitive complement.)
    if (lang === 'pl' && !t.cap && /\p{L}{2}(?:cja|sja|zja|ria|gia)$/u.test(t.lower)) break;
    // (`Zdaniem prezesa zarządu usunięcie drzew jest konieczne`: nor is a verbal noun in `-nie`/`-cie`,
    // whose genitive ends in `-nia`/`-cia`.)
    if (lang === 'pl' && !t.cap && k > h + 1 && /\p{L}{3}(?:nie|cie)$/u.test(t.lower) && !/(?:nie|cie)$/u.test(tokens[k - 1].lower)) break;
    // (`Zdaniem gospodarza gminy dodatkowymi zaletami inwestycji są …`: nor a plural instrumental, the
    // predicate of what follows.)
    if (lang === 'pl' && !t.cap && k > h + 1 && /\p{L}{3}(?:ymi|imi|ami)$/u.test(t.lower)) break;
    // (`– mówił metropolita dziennikarzom`: a plural dative is whom the title's holder spoke to.)
    if (lang === 'pl' && !t.cap && k === h + 1 && /\p{L}{3}om$/u.test(t.lower)) break;
    // `zastępczyni prezydenta miasta`: a deputy's title is completed by the office in the genitive.
    // (`rzecznik prasowy komendanta głównego PSP`, `doradca premiera`: a title in an oblique case is
    // the complement — whose spokesman — not a second title.)
    const rt = roleOf(t);
    if (rt && !premodOf(t) && !(head.lemma === 'zastępca' && k === h + 1) && !(rt.lemma === 'dyżurny' && k === h + 1) && !(lang === 'pl' && rt.lemma !== t.lower && !rt.lemma.startsWith(t.lower))) break;
    if (lower >= 4) break;
    // (`Przewodniczący komisji cytowany przez tvn24.pl`, `pytany o …`: a passive participle ends the title.)
    if (lang === 'pl' && /^(przez|o|w|na|jako)$/.test(tokens[k + 1]?.lower ?? '') && /\p{L}{3}(?:any|ana|ani|ony|ona|eni)$/u.test(t.lower)) break;
    // (English puts a title's lower-case complement after `of`/`for` only: `official initially said`.)
    if (lang === 'en') {
      let connected = false;
      for (let q = h + 1; q < k && !connected; q++) connected = COMPLEMENT_CONNECTORS.has(tokens[q].lower);
      if (!connected) break;
    }
    // (A rank abbreviation before the name — `st. bryg.` — is no complement word.)
    if (tokens[k + 1]?.text !== '.') lower++;
    keys.push(complementKey(t.text));
    k++;
  }
  if (postmod > 0) k = postmod;
  // Trim trailing connectors.
  let end = nameStart >= 0 ? nameEnd : k;
  while (end > h + 1 && (COMPLEMENT_CONNECTORS.has(tokens[end - 1].lower) || !tokens[end - 1].word) && !(tokens[end - 1].text === '.' && nameStart < 0 && /^(ds)$/.test(tokens[end - 2]?.lower ?? ''))) end--;
  const roleEnd = nameStart >= 0 ? nameStart : end;
  const roleText = tokens.slice(i, roleEnd).map((x) => x.text).join(' ').replace(/ \./g, '.');
  // Heads of government are `szef rządu` too (`Szef hiszpańskiego rządu` = `premier Hiszpanii`).
  if (/^(premier|kanclerz|prime|chancellor)$/.test(head.lemma) || (head.lemma === 'minister' && tokens[h - 1]?.lower === 'prime')) keys.push('government');
  if (/^(prezydent|president|król|king|królowa|queen)$/.test(head.lemma)) keys.push('state');
  // (`The First Minister` of Scotland or Wales is no prime minister.)
  if (lang === 'en' && head.lemma === 'minister' && (tokens[h - 1]?.lower === 'first' || tokens[i - 1]?.lower === 'first')) keys.push('first');
  const role: RoleDesc = { head: head.lemma, generic: head.generic, keys: [...new Set(keys)], text: roleText, gender: roleGender(head, premods) };
  // (`cytuje polskiego kierowcę Aldona Marciniak`: a Polish title in a plainly oblique case — `-ę`, `-ą`,
  // `-em`, `-owi`, `-ego`, `-emu` — and a full name in the nominative after it are two people: the title
  // is an object, the name the subject.)
  if (nameStart >= 0 && lang === 'pl' && tokens[h].lower !== head.lemma && /\p{Ll}(?:ę|ą|em|owi|ego|emu)$/u.test(tokens[h].lower) &&
    givenNameLemma(tokens[nameStart].text)?.lemma === tokens[nameStart].text && nameEnd - nameStart >= 2) {
    const role: RoleDesc = { head: head.lemma, generic: head.generic, keys: [...new Set(keys)], text: tokens.slice(i, nameStart).map((x) => x.text).join(' ').replace(/ \./g, '.'), gender: roleGender(head, premods) };
    return mention(tokens, 'role', i, nameStart, { role, gender: role.gender });
  }
  // (`Rzecznik Andrzeja Dudy powiedział`, `Gość Kacpra Wróblewskiego zdradził`: a title in the nominative
  // right before a man's name in the genitive is that man's spokesman or guest, not the man himself.)
  const gn = nameStart >= 0 && lang === 'pl' && nameStart === h + 1 && nameEnd - nameStart === 2 ? givenNameLemma(tokens[nameStart].text) : null;
  if (gn && gn.gender === 'm' && tokens[h].lower === head.lemma && gn.lemma !== tokens[nameStart].text && /\p{Ll}a$/u.test(tokens[nameStart].text) && !/a$/.test(gn.lemma) &&
    /\p{Ll}(?:ego|a|y|i)$/u.test(tokens[nameStart + 1].text) && !/^(?:prezydent|premier|minister|burmistrz|wójt|starosta|marszałek|wojewoda|prezes|dyrektor|przewodniczący|sędzia|prokurator|poseł|senator|radny|ambasador|generał|komendant|profesor)$/.test(head.lemma)) {
    const full: RoleDesc = { ...role, text: tokens.slice(i, nameEnd).map((x) => x.text).join(' ') };
    return mention(tokens, 'role', i, nameEnd, { role: full, gender: full.gender });
  }
  if (nameStart >= 0) {
    const p = personFromRun(tokens, nameStart, nameEnd, lang);
    // (`wójta Roberta Wielgopolana`: after a man's title in the genitive a given name in -a that is a
    // woman's name in the nominative is a man's name in the genitive.)
    const gw = p.name?.[0] ?? '';
    const obliqueMan = tokens[h].lower === head.lemma + 'a' || tokens[h].lower === head.lemma + 'owi' || tokens[h].lower === head.lemma + 'em';
    if (lang === 'pl' && obliqueMan && p.given?.gender === 'f' && /\p{Ll}a$/u.test(gw) && givenNameGender(gw.slice(0, -1)) === 'm') {
      p.given = { lemma: gw.slice(0, -1), gender: 'm' };
      p.gender = 'm';
    }
    p.t0 = i;
    p.start = tokens[i].start;
    p.role = role;
    // (`Rzecznik Prokuratury Okręgowej prok. Krzysztof Ciechanowski`: a title abbreviation right before
    // the name is a second title, so that a later `Prokurator dodał` finds him.)
    const rk = tokens[nameStart - 1]?.text === '.' ? nameStart - 2 : nameStart - 1;
    const rh = rk > h ? roleOf(tokens[rk]) ?? (rk === nameStart - 2 && tokens[rk].lower === 'prok' ? roleHead('prokurator') : null) : null;
    if (rh && rh.lemma !== head.lemma) p.rank = { head: rh.lemma, generic: rh.generic, keys: [], text: tokens[rk].text + (rk === nameStart - 2 ? '.' : ''), gender: rh.gender };
    if (!p.gender && role.gender) p.gender = role.gender;
    return p;
  }
  return mention(tokens, 'role', i, Math.max(end, h + 1), { role, gender: role.gender });
}

const CROSS_GENDER_CHECK = (w: string): boolean => givenNameLemma(w) !== null && sureGivenNameGender(w) === null;

function personFromRun(tokens: Token[], a: number, b: number, lang: Language): Mention {
  // Initials keep their dot (`George W. Bush`).
  // (So does an abbreviated `Saint`: `Mike St. Clair`.)
  const words = tokens.slice(a, b).filter((t, k) => t.word && !(a + k > a && nicknameAt(tokens, a + k - 1))).map((t, k, arr) => ((t.text.length === 1 && t.cap) || t.text === 'St') && tokens[tokens.indexOf(arr[k]) + 1]?.text === '.' ? t.text + '.' : t.text);
  // `Theresa May’s government`: the possessive ending is no part of the surname.
  if (words.length > 1 && /\p{L}{2}['’]s$/u.test(words[words.length - 1])) words[words.length - 1] = words[words.length - 1].slice(0, -2);
  // (English names are not inflected: `Ole Gunnar Solskjaer` is no case form of Polish `Ola`.)
  let given = givenNameLemma(words[0]);
  if (given && lang === 'en' && given.lemma !== words[0]) given = null;
  // (`odejścia Daniela Obajtka`: a woman's name in -a before a man's surname in the genitive is a man's.)
  const masc = given && lang === 'pl' && words.length === 2 ? manInGenitive(words[0], words[1]) : null;
  if (masc) given = { lemma: masc, gender: 'm' };
  let gender: Gender | null = given && words.length > 1 && !CROSS_GENDER_CHECK(words[0]) ? given.gender : null;
  const last = words[words.length - 1];
  if (!gender && /(?:ska|cka|dzka)$/u.test(last)) gender = 'f';
  if (!gender && /(?:ski|cki|dzki)$/u.test(last)) gender = 'm';
  // `Lord Hanson`, `Baroness Hoey`: a peer's title with the surname alone is the name the peer goes by.
  if (lang === 'en' && words.length === 1 && !given && /^(Lord|Baroness|Lady)$/.test(tokens[a - 1]?.text ?? '') && tokens[a - 1].end + 1 === tokens[a].start) {
    return mention(tokens, 'person', a - 1, b, { name: [tokens[a - 1].text, words[0]], gender: tokens[a - 1].text === 'Lord' ? 'm' : 'f' });
  }
  // `Archbishop Justin`, `Bishop Martin`: a cleric named by the given name alone after the title goes by both.
  if (lang === 'en' && words.length === 1 && given && /^(Archbishop|Bishop|Cardinal|Father|Sister|Brother)$/.test(tokens[a - 1]?.text ?? '') && tokens[a - 1].end + 1 === tokens[a].start &&
    !(tokens[b]?.word && tokens[b].cap)) {
    const title = tokens[a - 1].text;
    const head = /bishop$/i.test(title) ? title.toLowerCase() : title === 'Cardinal' ? 'cardinal' : 'priest';
    return mention(tokens, 'person', a - 1, b, { name: [title, words[0]], given, gender: title === 'Sister' ? 'f' : 'm', role: { head, generic: false, keys: [], text: title, gender: null } });
  }
  // `Lord Justice Fulford`, `Mrs Justice Cockerill`: an English judge's style with the surname is the
  // name the judge goes by in reports.
  if (lang === 'en' && words.length === 1 && !given && tokens[a - 1]?.text === 'Justice' && /^(Lord|Lady|Mr|Mrs|Ms)$/.test(tokens[a - 2]?.text ?? '') &&
    tokens[a - 2].end + 1 === tokens[a - 1].start && tokens[a - 1].end + 1 === tokens[a].start) {
    return mention(tokens, 'person', a - 2, b, { name: [tokens[a - 2].text, 'Justice', words[0]], gender: /^(Lord|Mr)$/.test(tokens[a - 2].text) ? 'm' : 'f', role: { head: 'judge', generic: false, keys: [], text: 'Justice', gender: null } });
  }
  // `pani Anna`, `pana Tomasza`: a given name alone after the honorific is how the article names
  // someone (in the nominative, with the honorific's gender).
  if (lang === 'pl' && words.length === 1 && given && /^(pan|pani|pana|panią|panu|panem)$/i.test(tokens[a - 1]?.text ?? '')) {
    return mention(tokens, 'person', a, b, { name: [given.lemma], given, gender: /^pani/i.test(tokens[a - 1].text) ? 'f' : 'm' });
  }
  // (`Ferdinand R. Marcos, Jr.`: a generational suffix set off by a comma ends the name.)
  if (words.length > 1 && tokens[b]?.text === ',' && /^(?:Jr|Sr)$/.test(tokens[b + 1]?.text ?? '')) {
    const dot = tokens[b + 2]?.text === '.' && tokens[b + 2].start === tokens[b + 1].end;
    return mention(tokens, 'person', a, b + (dot ? 3 : 2), { name: [...words, tokens[b + 1].text + (dot ? '.' : '')], given: given ?? undefined, gender, suffixComma: true });
  }
  return mention(tokens, 'person', a, b, { name: words, given: given && words.length > 1 ? given : undefined, gender });
}

/** A country or city acting as a speaker right before a speech verb (`Israel says …`, `Rosja zapowiedziała …`). */
/**
 * `Chiquita Banks of Atlanta said …`: in English news two capitalised words, `of` and a place, then a
 * comma or a verb of saying, are a person and where the person lives, whatever the words could also mean.
 */
function residentAt(tokens: Token[], i: number, lang: Language): Mention | null {
  if (lang !== 'en') return null;
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a.cap || a.acronym || !b?.word || !b.cap || b.acronym || tokens[i + 2]?.lower !== 'of' || b.start !== a.end + 1) return null;
  if (roleOf(a) || orgOf(a) || isPlaceName(a.text) || isNonNameCap(a.text) || premodOf(a) || natOf(a) || roleOf(b) || isPlaceName(b.text)) return null;
  const place = tokens[i + 3];
  if (!place?.word || !place.cap || !isPlaceName(place.text) && !/^\p{Lu}\p{Ll}+$/u.test(place.text)) return null;
  let k = i + 4;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.cap && tokens[k + 1].word) k += 2;
  const after = tokens[k];
  if (!after || !(after.text === ',' || (after.word && speechVerb(after.text, 'en')))) return null;
  return personFromRun(tokens, i, i + 2, lang);
}

function placeSpeakerAt(tokens: Token[], i: number): Mention | null {
  const t = tokens[i];
  if (!t.cap) return null;
  // (`South Korea said`, `North Korea says`: a compass word before the country.)
  if (/^(South|North)$/.test(t.text) && tokens[i + 1]?.cap && isPlaceName(tokens[i + 1].text) && tokens[i + 2]?.word && speechVerb(tokens[i + 2].text)) {
    const prev = tokens[i - 1];
    if (prev && prev.word && !/^(a|i|ale|oraz|and|but|while)$/.test(prev.lower)) return null;
    return mention(tokens, 'org', i, i + 2, { org: { name: `${t.text} ${tokens[i + 1].text}`, head: null, ministry: false, gender: null } });
  }
  if (!t.cap || !isPlaceName(t.text) || !tokens[i + 1]?.word || !speechVerb(tokens[i + 1].text)) return null;
  // Only at a clause start (`Na temat śmierci Amerykanki wypowiedział się …` is a genitive).
  const prev = tokens[i - 1];
  if (prev && prev.word && !/^(a|i|ale|oraz|and|but|while)$/.test(prev.lower)) return null;
  return mention(tokens, 'org', i, i + 1, { org: { name: t.text, head: null, ministry: false, gender: null } });
}

/**
 * An English institution named by a lower-case head with premodifiers: `the weather service`,
 * `China's foreign ministry`, `the Hamas-run health ministry`.
 */
function sentenceInitialQualifier(tokens: Token[], i: number, j: number): boolean {
  if (j !== i + 1 || tokens[i].text.length < 4 || isPlaceName(tokens[i].text) || tokens[i].acronym) return false;
  for (let q = j; q < tokens.length && q - j < 3; q++) {
    const x = tokens[q];
    if (!x.word || x.cap) return false;
    if (orgOf(x)) return q > j && !!tokens[q + 1]?.word && speechVerb(tokens[q + 1].text, 'en') !== null;
  }
  return false;
}

// A place's own word in an owner's name (`Jefferson County`, `Kansas City`).
const PLACE_WORD = /^(County|City|State|Borough|Township|Parish)$/;
// English words that close a competition's name (`Challenge Cup`, `Premier League Finals`, `Cox Plate`).
const EVENT_END_EN = /^(?:Cup|Final|Finals|League|Championship|Championships|Open|Games|Olympics|Trophy|Series|Tour|Classic|Stakes|Plate|Shield|Prix)$/;
// English words that close a street's name (`Albert Street`, `Split Crow Road`).
const STREET_END = /^(Street|Road|Avenue|Lane|Drive|Boulevard|Crescent|Terrace|Highway|Parade|Gardens)$/;

function premodifiedOrgAt(tokens: Token[], i: number): Mention | null {
  // Cheap exit first (asked for nearly every English word): a lower-case institution noun must
  // follow within four tokens.
  let any = false;
  for (let q = i + 1; q <= i + 4 && q < tokens.length; q++) {
    const x = tokens[q];
    if (x.word && !x.cap && orgOf(x)) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  let j = i;
  // Up to two capitalised owners or qualifiers first: `China's`, `Hamas-run`, `EU's Copernicus`.
  // (…a place's own word included: `Jefferson County sheriff's office`, `Kansas City police department`.)
  while (j < tokens.length && j - i < 2 && tokens[j].cap && tokens[j].word && !isNonNameCap(tokens[j].text) && (!givenNameLemma(tokens[j].text) || (j === i && PLACE_WORD.test(tokens[j + 1]?.text ?? ''))) && !roleOf(tokens[j]) && (!orgOf(tokens[j]) || (j > i && PLACE_WORD.test(tokens[j].text))) && !speechVerb(tokens[j].text)) j++;
  if (j > i && !(/['’]s$/.test(tokens[i].text) || /-\p{Ll}+$/u.test(tokens[i].text)) && !tokens[j - 1].text.match(/['’]s$/) && j - i < 2 && !tokens[i].acronym) {
    // A bare capitalised word before lower-case words is an owner only as a possessive or compound.
    // (Sentence-initial, it may be an adjective written with a capital: `Civil defence authorities said`,
    // when a verb of saying follows the institution noun at once.)
    if ((i === 0 || tokens[i - 1].text === '.') && !sentenceInitialQualifier(tokens, i, j)) return null;
  }
  let k = j;
  // (Not verbs or counts: `affected three hospital units` names no institution.)
  // (Up to three: `the county public health department`.)
  while (k < tokens.length && k - j < 3 && tokens[k].word && !tokens[k].cap && !orgOf(tokens[k]) && !COMPLEMENT_STOP.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower) && !speechVerb(tokens[k].text) && !/^\p{N}/u.test(tokens[k].text) &&
    // (Nor a clause: `after he fronted court` — a pronoun is no premodifier.)
    !/^(one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both|other|more|most|no|its|their|his|her|our|this|these|those|where|when|while|who|which|whose|that|and|or|but|if|as|because|so|than|then|also|he|she|it|they|we|i|you|him|them|us|me)$/.test(tokens[k].lower) && !(k === i && /ed$/.test(tokens[k].lower))) k++;
  const h = tokens[k];
  // (A nationality adjective alone qualifies the institution too: `the Israeli military`, `the South
  // Korean military`.)
  const natOnly = (j === i + 1 && natOf(tokens[i])) || (j === i + 2 && /^(South|North|East|West)$/.test(tokens[i].text) && natOf(tokens[i + 1]));
  if (k === i || k === j && !/['’]s$/.test(tokens[j - 1]?.text ?? '') && !natOnly || !h || !h.word || h.cap) return null;
  const head = orgOf(h);
  if (!head || head.lemma === 'police') return null;
  let name = tokens.slice(i, k + 1).map((x) => x.text).join(' ');
  // `TASS news agency`, `the Xinhua news agency`: a media descriptor after one proper name is no part of it.
  if (j === i + 1 && /^(?:(?:state\s+)?news|press|wire)$/.test(tokens.slice(j, k).map((x) => x.lower).join(' ')) && /^(agency|service)$/.test(h.lower)) {
    // (…but a nationality is no name: `Italian news agency ANSA`, `German press agency (dpa)` are ANSA and
    // dpa; with no name after it the descriptor is the whole phrase.)
    if (natOnly) {
      const n = tokens[k + 1]?.text === '(' && tokens[k + 3]?.text === ')' ? k + 2 : k + 1;
      const nt = tokens[n];
      if (nt?.word && (nt.acronym || /^\p{Lu}{2,}$/u.test(nt.text) || /^\p{Ll}{2,4}$/u.test(nt.text) && n === k + 2)) {
        return mention(tokens, 'org', i, n === k + 2 ? k + 4 : k + 2, { org: { name: nt.text, head: head.lemma, ministry: false, gender: head.gender } });
      }
    } else name = tokens[i].text;
  }
  const end = portfolioEnd(tokens, k);
  if (end > k + 1) name = tokens.slice(i, end).map((x) => x.text).join(' ');
  return mention(tokens, 'org', i, end, { org: { name, head: head.lemma, ministry: head.ministry, gender: head.gender } });
}

/**
 * End of an English ministry's lower-case portfolio after `of` (`ministry of tourism and
 * antiquities`, `department of health`) for the head noun at `h`; `h + 1` when there is none.
 */
function portfolioEnd(tokens: Token[], h: number): number {
  const of = h + 1;
  if (!/^(ministry|department)$/.test(tokens[h]?.lower ?? '') || tokens[of]?.lower !== 'of' || !tokens[of + 1]?.word || tokens[of + 1].cap) return h + 1;
  let e = of + 1;
  while (e < tokens.length && e - of <= 5 && tokens[e].word && !tokens[e].cap && !speechVerb(tokens[e].text) && !/^(the|a|an|on|in|at|to|for|with|by|from|that|which|who)$/.test(tokens[e].lower)) e++;
  return e > of + 1 && tokens[e - 1].lower !== 'and' ? e : h + 1;
}

/** `Commission on Human Rights`, `Council on Foreign Relations`: an English `on` complement of an
 * institution's name (not a day: `the Commission on Tuesday`). */
/**
 * Where an institution's capitalised name goes on after token `at`, else 0: `Royal Society for the
 * Protection of Birds`, `Department of the Interior's Bureau of Ocean Energy Management` (an
 * institution's own institution), `Stowarzyszenie na rzecz Zwierząt`, and the enumerated portfolios
 * of a Polish ministry, `Ministerstwo Rodziny, Pracy i Polityki Społecznej`.
 */
function nameGoesOnAt(tokens: Token[], at: number, lang: Language, head: number): number {
  const t = tokens[at];
  if (!t) return 0;
  if (lang === 'en') {
    if ((t.lower === 'of' || t.lower === 'for') && tokens[at + 1]?.lower === 'the' && capNameAt(tokens, at + 2) && !isPlaceName(tokens[at + 2].text)) return at + 2;
    if (at > head && /\p{L}['’]s$/u.test(tokens[at - 1].text) && capNameAt(tokens, at)) {
      const e = capRunOrAcronyms(tokens, at);
      for (let q = at; q < e; q++) if (orgOf(tokens[q]) && !roleOf(tokens[q])) return at;
    }
    return 0;
  }
  if (t.lower === 'na' && tokens[at + 1]?.lower === 'rzecz' && capNameAt(tokens, at + 2)) return at + 2;
  // (Each portfolio a capitalised genitive, no institution of its own, the last after `i`.)
  if (t.text === ',' && orgOf(tokens[head])?.ministry && tokens[at + 1]?.word && tokens[at + 1].cap) {
    let k = at + 1;
    while (k < tokens.length && k - at <= 3 && tokens[k].word && tokens[k].cap && !orgOf(tokens[k]) && !givenNameLemma(tokens[k].text)) k++;
    if (k > at + 1 && tokens[k]?.lower === 'i' && tokens[k + 1]?.word && tokens[k + 1].cap && !orgOf(tokens[k + 1])) return at + 1;
  }
  return 0;
}

/** A capitalised word at `k` that is no given name and no non-name capital. */
function capNameAt(tokens: Token[], k: number): boolean {
  return !!tokens[k]?.word && tokens[k].cap && !givenNameLemma(tokens[k].text) && !isNonNameCap(tokens[k].text);
}

function onComplement(tokens: Token[], at: number, lang: Language): boolean {
  const nx = tokens[at + 1];
  return lang === 'en' && tokens[at].lower === 'on' && !!nx?.word && nx.cap && !isNonNameCap(nx.text) && !isPlaceName(nx.text) && !givenNameLemma(nx.text);
}

// A Polish title in an oblique case inside an institution's capitalised name is its complement
// (`Rada Ministrów`, `Kancelaria Prezydenta`), not a person's title opening after it.
function obliqueTitleComplement(t: Token, lang: Language): boolean {
  const r = lang === 'pl' ? roleOf(t) : null;
  return !!r && t.lower !== r.lemma && !r.lemma.startsWith(t.lower);
}

// Polish cities whose name closes a sports club's (`Lech Poznań`, `Arka Gdynia`, `Górnik Zabrze`).
const CLUB_CITY_PL = /^(?:Poznań|Warszawa|Kraków|Gdynia|Gdańsk|Wrocław|Łódź|Szczecin|Białystok|Lublin|Katowice|Zabrze|Chorzów|Gliwice|Płock|Kielce|Radom|Rzeszów|Olsztyn|Bydgoszcz|Toruń|Opole|Częstochowa|Sosnowiec|Lubin|Legnica|Łęczna|Mielec|Tarnów|Leszno|Grudziądz|Rybnik|Nieciecza|Puławy|Stalowa|Tychy|Jastrzębie|Bełchatów|Zgorzelec|Kędzierzyn-Koźle|Sopot|Bielsko-Biała|Gorzów|Ostrowiec|Stargard|Chojnice)$/u;
const SENT_TO_PL = /^(?:prze|wy|na|do)?(?:słan|syłan)(?:y|a|e|ym|ej|ego|ych|ą|emu|ymi)$|^(?:przekazan|udzielon|dostarczon|przedstawion)(?:ym|ej|ego|ych|ą|emu|ymi)$/u;
const TELL_DATIVE_PL = /^(?:powiedzia|przekaza|poinformowa|informowa|mówi|zdradzi|wyjaśni|potwierdzi|oświadczy|zapowiedzia|tłumaczy|wyzna|przyzna|zapewni|opowiada|opowiedzia)\p{Ll}*$/u;

function orgAt(tokens: Token[], i: number, lang: Language): Mention | null {
  const t = tokens[i];
  // (`Mr Mansfield QC said`, `Jane Smith MP`: a post-nominal after a name is part of the person, no body.)
  if (lang === 'en' && t && /^(?:QC|KC|SC|MP|MSP|MEP|MLA|TD|AM|OBE|MBE|CBE)$/.test(t.text) && tokens[i - 1]?.word && tokens[i - 1].cap && !tokens[i - 1].acronym && tokens[i - 1].end + 1 === t.start) return null;
  // `Prawo i Sprawiedliwość`, `Prawa i Sprawiedliwości`: the party, in any case (its words are no names).
  if (lang === 'pl' && t && /^Praw(?:o|a|u|em|ie)$/.test(t.text) && tokens[i + 1]?.text === 'i' && /^Sprawiedliwoś/.test(tokens[i + 2]?.text ?? '')) {
    return mention(tokens, 'org', i, i + 3, { org: { name: 'Prawo i Sprawiedliwość', head: 'partia', ministry: false, gender: 'n' } });
  }
  if (lang === 'en') {
    const pm = premodifiedOrgAt(tokens, i);
    if (pm) return pm;
  }
  // Lower-case country adjectives before an institution (`polskie MSZ`, `białoruskiego MSZ`).
  let j = i;
  while (j < tokens.length && j - i < 2 && tokens[j].word && !tokens[j].cap && ctryOf(tokens[j])) j++;
  const h = tokens[j];
  if (!h || !h.word) return null;
  const head = orgOf(h);
  // (`asp. sztab. Grzegorz Stasiak`: `sztab.` after a rank is `sztabowy`, no staff.)
  if (lang === 'pl' && h.lower === 'sztab' && tokens[j + 1]?.text === '.' && tokens[j + 1].start === h.end && tokens[j - 1]?.text === '.') return null;
  // A sentence-initial preposition (`Według Naczelnej Rady…`) is no part of the name that follows.
  if (lang === 'pl' && h.cap && j === i && isNonNameCap(h.text) && !orgOf(h) && !h.acronym) return null;
  // (`Radio 357`, `Radiem 357`: a station's number is part of its name.)
  if (h.cap && head && /^(?:radio|telewizja)$/.test(head.lemma) && /^\d{1,4}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1].start === h.end + 1) {
    return mention(tokens, 'org', i, j + 2, { org: { name: `${head.lemma === 'radio' ? 'Radio' : 'Telewizja'} ${tokens[j + 1].text}`, head: head.lemma, ministry: false, gender: head.gender } });
  }
  // (`Hanna Lachowska Inspektor Biura …`: a run opened by a given name and a surname is a person.)
  // (…unless the run ends in an institution word and holds no title: `Louis County Police Department`.)
  let runAll = h.cap && j === i ? capRunOrAcronyms(tokens, j) : j;
  // (`Irish Farmers’ Association`, `National Union of Teachers’ …`: a plural possessive inside the name.)
  while (lang === 'en' && runAll > j && /^['’]$/.test(tokens[runAll]?.text ?? '') && tokens[runAll].start === tokens[runAll - 1].end && /s$/.test(tokens[runAll - 1].text) &&
    tokens[runAll + 1]?.word && tokens[runAll + 1].cap && orgOf(tokens[runAll + 1])) runAll = capRunOrAcronyms(tokens, runAll + 1);
  const headLast = runAll - j >= 3 && !!orgOf(tokens[runAll - 1]) && !tokens.slice(j, runAll).some((x) => roleOf(x));
  if (h.cap && j === i && (headLast || !(givenNameLemma(h.text) && tokens[j + 1]?.cap && tokens[j + 1].word && !orgOf(tokens[j + 1])))) {
    // A capitalised run that contains an institution word is one institution:
    // `Światowa Organizacja Zdrowia`, `State Department`, `Misja USA przy NATO`.
    let end = runAll;
    let hasHead = false;
    for (let q = j; q < end; q++) if (orgOf(tokens[q]) && !(q === j && q + 1 === end && roleOf(tokens[q]))) hasHead = true;
    // (`The European Space Agency’s director general`: an institution in the possessive, its head word
    // carrying the `’s`, is the owner of what follows.)
    const possessiveHead = lang === 'en' && !hasHead && end - j >= 2 && /\p{L}{2}['’]s$/u.test(tokens[end - 1].text) && !!orgHead(tokens[end - 1].text.slice(0, -2));
    if (possessiveHead) hasHead = true;
    // (`Detroit Police Chief James White`: a title closing the run is no part of the institution.)
    while (hasHead && end - 1 > j && tokens[end - 1].word && roleOf(tokens[end - 1]) && !orgOf(tokens[end - 1]) && !obliqueTitleComplement(tokens[end - 1], lang)) end--;
    // (`Harbourside Police Acting Inspector Tom Aylett`: a title inside the run after the institution
    // word starts a person; the institution ends before it and its premodifiers.)
    if (hasHead) {
      let firstHead = j;
      while (firstHead < end && !orgOf(tokens[firstHead])) firstHead++;
      for (let q = firstHead + 1; q < end; q++) {
        if (tokens[q].word && roleOf(tokens[q]) && !orgOf(tokens[q]) && !obliqueTitleComplement(tokens[q], lang)) {
          let cut = q;
          while (cut - 1 > firstHead && ROLE_PREMODIFIERS.has(tokens[cut - 1].lower)) cut--;
          end = cut;
          break;
        }
      }
    }
    if (hasHead && !(end - j === 1 && h.acronym)) {
      while (end < tokens.length && ((tokens[end].lower === 'przy' || tokens[end].lower === 'of' || tokens[end].lower === 'for' || onComplement(tokens, end, lang)) && tokens[end + 1]?.cap || dsAt(tokens, end) > 0 || nameGoesOnAt(tokens, end, lang, j))) {
        const from = dsAt(tokens, end) || nameGoesOnAt(tokens, end, lang, j) || end + 1;
        end = capRunOrAcronyms(tokens, from);
        // (`Department of Fire and Emergency Services Commissioner Darren Klemm`: a title in the
        // complement starts a person, as it does in the run before `of`.)
        for (let q = from + 1; q < end; q++) {
          if (tokens[q].word && tokens[q].cap && roleOf(tokens[q]) && !orgOf(tokens[q])) {
            end = q;
            break;
          }
        }
      }
      let oh: ReturnType<typeof orgHead> = null;
      let ohAt = -1;
      for (let q = j; q < end && !oh; q++) {
        oh = orgOf(tokens[q]);
        ohAt = q;
      }
      if (!oh && possessiveHead) oh = orgHead(tokens[end - 1].text.slice(0, -2));
      // `Straż pożarna`, `Policja drogowa`: a capitalised head alone takes its lower-case adjectives.
      if (lang === 'pl' && end === j + 1 && orgOf(h)) {
        // (Not a modal: `Firma powinna …` is a firm that should.)
        while (end < tokens.length && end - j <= 2 && tokens[end].word && !tokens[end].cap && /\p{L}(?:na|ny|ne|ska|ski|skie|cka|cki|wa|wy|we)$/u.test(tokens[end].lower) && !speechVerb(tokens[end].text) && !/^(?:powinna|powinny|powinne|winna|winny|gotowa|gotowy|gotowe|pewna|pewny|pewne|zdolna|zdolny|skłonna|skłonny|świadoma|świadomy)$/.test(tokens[end].lower)) end++;
        // (Opening the sentence, a common institution noun is capitalised only as the first word: `Zarząd
        // spółki potwierdził` is `zarząd spółki`.)
        if (end === j + 1 && j === 0 && h.text !== h.lower && h.text.slice(1) === h.lower.slice(1)) {
          const ce = plComplementEnd(tokens, j, lang);
          if (ce > end && tokens.slice(end, ce).every((x) => !x.cap)) {
            // (`Szkoły wyższe twierdzą`: a plural head, shown by its plural adjective, stays plural.)
            const words = tokens.slice(end, ce).map((x) => x.text);
            const nm = [pluralAgreement([h.text, ...words], 0) ? h.lower : orgOf(h)!.lemma, ...words].join(' ');
            return mention(tokens, 'org', i, ce, { org: { name: nm, head: orgOf(h)!.lemma, ministry: orgOf(h)!.ministry, gender: orgOf(h)!.gender } });
          }
        }
      }
      // A sentence-initial article is no part of the name (`The British Medical Association`).
      // (`ds.` keeps its dot: `Biuro … ds. Ochrony Dzieci`.)
      let name = tokens.slice(j, end).map((x) => x.text).join(' ').replace(/ \. /g, '. ').replace(/ , /g, ', ').replace(/s ([’']) /g, 's$1 ').replace(/^The (?=\S)/, '');
      if (possessiveHead && end === runAll) name = name.slice(0, -2);
      // The name's head part declines, what follows `ds.` stays as written.
      const ds = lang === 'pl' ? tokens.slice(j, end).findIndex((x, q) => dsAt(tokens, j + q) > 0) : -1;
      // `St. Louis County Police Department`: an abbreviated `Saint` before the run belongs to it.
      let from = i;
      if (lang === 'en' && tokens[i - 1]?.text === '.' && /^(St|Ft|Mt)$/.test(tokens[i - 2]?.text ?? '') && tokens[i - 2].end === tokens[i - 1].start) {
        from = i - 2;
        name = `${tokens[i - 2].text}. ${name}`;
      }
      if (lang === 'pl' && oh && end - j <= 6 && tokens.slice(j, end).every((x) => x.word)) {
        name = orgNominativePl(tokens.slice(j, end).map((x) => x.text), ohAt - j, oh.lemma, oh.gender) ?? name;
      } else if (lang === 'pl' && oh && ohAt === j && tokens[j + 2]?.text === ',' && end - j <= 9) {
        // (`Ministerstwa Rodziny, Pracy i …`: the head and its first complement decline; the rest stays.)
        const headPart = orgNominativePl([tokens[j].text, tokens[j + 1].text], 0, oh.lemma, oh.gender);
        if (headPart) name = headPart + name.slice(name.indexOf(','));
      } else if (ds > 0 && oh && ohAt - j < ds && ds <= 6) {
        const headPart = orgNominativePl(tokens.slice(j, j + ds).map((x) => x.text), ohAt - j, oh.lemma, oh.gender);
        if (headPart) name = `${headPart} ${name.slice(name.indexOf(' ds.') + 1)}`;
      }
      // `Prokuratura Rejonowa w Kętrzynie`, `Sąd Okręgowy w Olsztynie`: the seat is part of the name.
      const seat = tokens[end + 1];
      if (lang === 'pl' && oh && (tokens[end]?.lower === 'w' || tokens[end]?.lower === 'we') && seat?.word && seat.cap && !seat.acronym && !givenNameLemma(seat.text) && !isNonNameCap(seat.text) && !orgOf(seat) && !roleOf(seat) && end - j >= 2 &&
        !(tokens[end + 2]?.word && tokens[end + 2].cap && tokens[end + 2].start === seat.end + 1) &&
        // (`Według danych Państwowej Straży Pożarnej w Polsce jest …`: a country followed by the clause's own
        // verb is where the clause happens, not the seat of a national body.)
        !(countryKey(seat.text) && tokens[end + 2]?.word && !tokens[end + 2].cap && !speechVerb(tokens[end + 2].text, 'pl'))) {
        name = `${name} ${tokens[end].lower} ${seat.text}`;
        end += 2;
      }
      // (`Sąd Rejonowy dla Wrocławia-Śródmieścia`: a court's district after `dla` is part of its name, as written.)
      else if (lang === 'pl' && oh?.lemma === 'sąd' && tokens[end]?.lower === 'dla' && seat?.word && seat.cap && !givenNameLemma(seat.text)) {
        const de = capRunOrAcronyms(tokens, end + 1);
        name = `${name} dla ${tokens.slice(end + 1, de).map((x) => x.text).join(' ')}`;
        end = de;
      }
      return mention(tokens, 'org', from, end, { org: { name, head: oh?.lemma ?? null, ministry: oh?.ministry ?? false, gender: oh?.gender ?? null } });
    }
  }
  // `737 MAX`, `A320 NEO`: capitals right after a model number name a product, not an institution.
  if (h.acronym && j === i && /^\p{N}/u.test(tokens[i - 1]?.text ?? '')) return null;
  // `British Steel said`, `American Airlines has …`: a nationality adjective opening a short capitalised
  // name right before a verb is part of the company's name.
  if (lang === 'en' && t.cap && natOf(t) && j === i) {
    let e = i + 1;
    while (e < tokens.length && e - i <= 2 && tokens[e].word && tokens[e].cap && !tokens[e].acronym && !roleOf(tokens[e]) && !givenNameLemma(tokens[e].text) && !isPlaceName(tokens[e].text) && !natOf(tokens[e])) e++;
    const v = tokens[e];
    // (…or any past-tense verb: `Irish Rail attributed the delays to …`.)
    if (e > i + 1 && v?.word && !v.cap && (speechVerb(v.text, 'en') || /^(has|have|had|is|was|will|would|plans|announced|\p{Ll}{3,}ed)$/u.test(v.lower))) {
      return mention(tokens, 'org', i, e, { org: { name: tokens.slice(i, e).map((x) => x.text).join(' '), head: null, ministry: false, gender: null } });
    }
  }
  // (`My AI`, `IT is best …` shouted, `the CEO`: common-noun acronyms are no institutions.)
  if (h.acronym && j === i && lang === 'en' && NOT_INSTITUTION_ACRONYM.test(h.text) && !tokens[j + 1]?.acronym) return null;
  if (h.acronym) {
    let end = j + 1;
    // `TNS OBOP`, `Misja USA przy NATO` style continuations.
    while (tokens[end]?.acronym) end++;
    // `NHS England`, `BBC Scotland`: an English acronym with a place qualifier is one institution.
    if (lang === 'en' && tokens[end]?.cap && tokens[end].word && isPlaceName(tokens[end].text) && !tokens[end].acronym) end++;
    // `BM Reflex`, `NBC News`: an acronym with one capitalised word that is no name, place, title or
    // institution is one brand (not after a title: `prezes NBP Glapiński`).
    const nx = tokens[end];
    // (`w TVP Info Mroczek`, `PAP Biznes`: a media brand's word after its acronym belongs to it whatever follows.)
    // (`danych GUS-u Władysławowo jest …`: an inflected acronym ends its name.)
    const inflected = acronymBase(tokens[j].text) !== tokens[j].text;
    if (!inflected && end === j + 1 && nx?.word && nx.start === tokens[j].end + 1 && /^(?:Info|News|Biznes|Business|Sport|Online|Extra|Plus|Radio|World|Fakty|Wiadomości)$/.test(nx.text)) end++;
    else if (!inflected && end === j + 1 && nx?.word && nx.cap && !nx.acronym && nx.start === tokens[j].end + 1 && !(tokens[end + 1]?.word && tokens[end + 1].cap) && !givenNameLemma(nx.text) && !isPlaceName(nx.text) &&
      !isNonNameCap(nx.text) && !roleOf(nx) && !orgOf(nx) && !natOf(nx) && !ctryOf(nx) && !groupOf(nx) && !speechVerb(nx.text) && !figuresFor(nx.text, null, null).length &&
      !/(?:ski|cki|dzki|ska|cka|dzka|wicz|icz|czyk|ak|ek|uk|owski|ewski)$/.test(nx.lower) && !(tokens[j - 1]?.word && roleOf(tokens[j - 1])) &&
      // (`powiedział PAP Jasina.`: after a Polish verb of telling the acronym is whom it was said to;
      // `jak podaje OSP Klimontów` names one body.)
      !(lang === 'pl' && TELL_DATIVE_PL.test(tokens[j - 1]?.lower ?? '') && /^[.,;]$/.test(tokens[end + 1]?.text ?? ''))) end++;
    // (`GUS-u`: an inflected acronym is named without its case ending.)
    const name = tokens.slice(j, end).map((x) => acronymBase(x.text)).join(' ');
    if (isPlaceName(name) && j === i) return null;
    // (`NEW YORK (AP) —`, `STOCKHOLM, Sweden —`: a dateline's city in capitals is no institution.)
    if (j === i && i <= 1 && isDateline(tokens, j, end)) return null;
    return mention(tokens, 'org', i, end, { org: { name, head: null, ministry: isMinistryAcronym(h.text), gender: isMinistryAcronym(h.text) ? 'n' : null } });
  }
  // `Wody Polskie`, `Lasów Państwowych`, `Koleje Mazowieckie`: a noun and a state or region adjective.
  const stAdj = tokens[j + 1];
  if (lang === 'pl' && !head && h.cap && j === i && !h.acronym && stAdj?.word && stAdj.cap && stAdj.start === h.end + 1 && !givenNameLemma(h.text) && !roleOf(h) && !isNonNameCap(h.text) &&
    stateNamePl(h.text, stAdj.text) && !(tokens[j + 2]?.word && tokens[j + 2].cap)) {
    return mention(tokens, 'org', i, j + 2, { org: { name: stateNameNominativePl(h.text, stAdj.text), head: null, ministry: false, gender: null } });
  }
  if (!head) return null;
  if (h.cap) {
    // A capitalised institution: the whole capitalised run, across `przy`/`ds.`/`do spraw`/`of`.
    let end = capRunOrAcronyms(tokens, j);
    while (end < tokens.length && ((tokens[end].lower === 'przy' || tokens[end].lower === 'of' || tokens[end].lower === 'for' || onComplement(tokens, end, lang)) && (tokens[end + 1]?.cap) || dsAt(tokens, end) > 0)) {
      end = capRunOrAcronyms(tokens, dsAt(tokens, end) || end + 1);
    }
    // `Straż pożarna`, `Policja drogowa`: a capitalised head alone takes its lower-case adjectives.
    if (lang === 'pl' && end === j + 1) {
      while (end < tokens.length && end - j <= 2 && tokens[end].word && !tokens[end].cap && /\p{L}(?:na|ny|ne|ska|ski|skie|cka|cki|wa|wy|we)$/u.test(tokens[end].lower) && !speechVerb(tokens[end].text)) end++;
    }
    let name = tokens.slice(j, end).map((x) => x.text).join(' ');
    if (lang === 'pl' && end - j <= 6 && tokens.slice(j, end).every((x) => x.word)) {
      name = orgNominativePl(tokens.slice(j, end).map((x) => x.text), 0, head.lemma, head.gender) ?? name;
    }
    return mention(tokens, 'org', i, end, { org: { name, head: head.lemma, ministry: head.ministry, gender: head.gender } });
  }
  // Lower-case institution noun with up to 2 complement words (`biuro prasowe`, `ministerstwa finansów`).
  // (`a group of protesters`: a quantity of people, not an institution.)
  if (lang === 'en' && (h.lower === 'group' || h.lower === 'groups') && tokens[j + 1]?.lower === 'of') return null;
  let end = plComplementEnd(tokens, j, lang);
  if (lang === 'en' && end === j + 1) end = portfolioEnd(tokens, j);
  // `portal e-petrol`, `serwis money.pl`: a lower-case brand or web name right after the head is its name.
  // (…also a plain lower-case web name with its domain: `portal rmf24.pl`.)
  if (end === j + 1 && tokens[end]?.word && !tokens[end].cap && (/^\p{L}[\p{L}\d]*-[\p{L}\d-]+$/u.test(tokens[end].text) || (isDomainDot(tokens, end + 1) && NAMING_NOUN.test(h.lower)))) end++;
  // (…with its domain: `portal e-petrol.pl`, `serwis money.pl`.)
  // (…every part of it: `portal businessinsider.com.pl`.)
  if (end === j + 2 && tokens[j + 1].word) end = domainEnd(tokens, end);
  // `portal Business Korea informował`, `według agencji Reuters`: a Polish kind of outlet followed by a
  // capitalised name is that outlet; the name stays as written.
  const outletName = lang === 'pl' && end === j + 1 && OUTLET_HEAD.test(head.lemma) ? outletNameAfter(tokens, j + 1, head.lemma) : null;
  if (outletName) return mention(tokens, 'org', i, outletName.end, { org: { name: outletName.name, head: head.lemma, ministry: false, gender: null } });
  // Named in the nominative: `według ministerstwa finansów` → `ministerstwo finansów` (English as written).
  let name = lang === 'en' ? h.text : head.lemma;
  for (let q = j + 1; q < end; q++) name += (tokens[q].start === tokens[q - 1].end && q > j + 1 ? '' : ' ') + tokens[q].text;
  // (`według sądu okręgowego` → `sąd okręgowy`: the adjectives agreeing with an inflected head too.)
  if (lang === 'pl' && end > j + 1 && tokens.slice(j, end).every((x) => x.word && !x.cap)) {
    const words = tokens.slice(j, end).map((x) => x.text);
    // (`służby lotniskowe` stay plural, as written.)
    name = head.gender !== 'n' && pluralAgreement(words, 0) ? words.join(' ') : orgNominativePl(words, 0, head.lemma, head.gender) ?? name;
  }
  // (`małopolskiej policji`, `warszawska prokuratura`, `stołecznej policji`: a regional or city adjective
  // before a lower-case institution says which one, and belongs to its name.)
  const adj = tokens[j - 1];
  if (lang === 'pl' && j === i && adj?.word && (!adj.cap || (adj.text.slice(1) === adj.lower.slice(1) && (j === 1 || !tokens[j - 2]?.word))) && REGION_ADJ_PL.test(adj.lower) && !ctryOf(adj) && tokens.slice(j, end).every((x) => x.word && !x.cap)) {
    // (A head already in the nominative keeps its adjective as written: `Warszawska prokuratura poinformowała`.)
    const withAdj = h.lower === head.lemma ? `${adj.lower} ${name}` : orgNominativePl([adj.lower, ...tokens.slice(j, end).map((x) => x.text)], 1, head.lemma, head.gender);
    if (withAdj) return mention(tokens, 'org', j - 1, end, { org: { name: withAdj, head: head.lemma, ministry: head.ministry, gender: head.gender } });
  }
  return mention(tokens, 'org', i, end, { org: { name, head: head.lemma, ministry: head.ministry, gender: head.gender } });
}


// Polish adjectives in an oblique case (`miejskiej`, `okręgowym`), and the feminine ones (`drogowej`).
const PL_OBLIQUE_ADJ = /\p{L}{3}(?:ej|ym|im)$/u;
const PL_FEM_OBLIQUE_ADJ = /\p{L}{3}ej$/u;
const PL_ADJ_END = /\p{L}{2}(?:ego|ej|ych|ich|ym|im|ny|na|ne|wy|wa|we|ski|ska|skie|cki|cka|ckie)$/u;

/** End of a Polish lower-case institution noun's complement words (`ministerstwa finansów`, `biuro prasowe`), at most two. */
/** English auxiliaries and adverbs between a subject and its verb of saying (`… also said`, `… has said`). */
export const BEFORE_VERB_EN = /^(has|have|had|also|later|then|previously|earlier|further|again|once|recently|separately|since|simply|only|already|still|now)$/i;

/**
 * A Polish head in the genitive singular (`ministra`, `resortu`: `-a`/`-u`, not its lemma) followed by a
 * lower-case word in `-e`, which no genitive complement has (`Zdaniem ministra nowe przepisy …`).
 */
function nominativeAfterGenitive(head: Token, lemma: string, w: Token): boolean {
  return !w.cap && /\p{L}{2}e$/u.test(w.lower) && /[au]$/.test(head.lower) && lemma !== head.lower && !lemma.startsWith(head.lower);
}

function plComplementEnd(tokens: Token[], j: number, lang: Language): number {
  // (In a relative clause the word after it is the verb: `dowody, które sąd bierze pod uwagę`.)
  let end = j + 1;
  const inRelative = /^(który|która|które|którego|której|których|którym|co)$/.test(tokens[j - 1]?.lower ?? '');
  // (English puts an institution's complement before it or after `of`: `police custody` is custody.)
  while (!inRelative && lang !== 'en' && end < tokens.length && end - j <= 2 && tokens[end].word && !COMPLEMENT_STOP.has(tokens[end].lower) && !PREPOSITIONS.has(tokens[end].lower) && !speechVerb(tokens[end].text) && !PAST_VERB.test(tokens[end].lower) && !/ąc(?:[aeyą]|ej|ego|ych|ym)?$/.test(tokens[end].lower) && !pronoun(tokens[end].text) && !/^\p{N}/u.test(tokens[end].text)) {
    if (tokens[end].cap && !tokens[end].acronym && !isPlaceName(tokens[end].text) && !orgOf(tokens[end])) break;
    // (`ustaleń policji kierowca jechał`: a title or a group after the institution is the next phrase's subject.)
    if (!tokens[end].cap && end > j && (roleOf(tokens[end]) || groupOf(tokens[end]))) break;
    // (…and so is a person noun in `-ista`/`-ysta`, whose genitive is in `-isty`: `policji motocyklista stracił`.)
    if (!tokens[end].cap && /\p{L}{3}(?:ista|ysta)$/u.test(tokens[end].lower)) break;
    // (A noun right before a plural past verb is its subject: `Według banku przestępcy dokonali wypłat`.)
    if (!tokens[end].cap && tokens[end + 1]?.word && PAST_VERB.test(tokens[end + 1].lower) && /(?:li|ły)$/.test(tokens[end + 1].lower)) break;
    // (No genitive ends in `-e`: `według resortu nowe przepisy …` ends at `resortu`.)
    // (Only after a masculine head in the genitive: `Biuro prasowe policji` is a name in the nominative,
    // `Szkoły wyższe` a plural.)
    if (end === j + 1 && tokens[end + 1]?.word && !tokens[end + 1].cap && orgOf(tokens[j])?.gender === 'm' && nominativeAfterGenitive(tokens[j], orgOf(tokens[j])!.lemma, tokens[end])) break;
    // Complements are genitives or adjectives (`finansów`, `prasowe`, `kancelarii`), not `deficyt`.
    // (…or adjectives in an oblique case: `straży miejskiej`, `policji drogowej`.)
    if (!tokens[end].cap && !/(?:[aeiouyąęó]|ów|ych|ich)$/u.test(tokens[end].lower) && !PL_OBLIQUE_ADJ.test(tokens[end].lower)) break;
    // (An adjective before a noun that is no institution belongs to that noun's phrase, which the
    // institution's name leaves out: `resortu polskiej dyplomacji` stays `resort`.)
    if (!tokens[end].cap && PL_OBLIQUE_ADJ.test(tokens[end].lower) && !!tokens[end + 1]?.word && !tokens[end + 1].cap && /\p{L}(?:i|y)$/u.test(tokens[end + 1].lower) && !orgOf(tokens[end + 1]) && !PL_ADJ_END.test(tokens[end + 1].lower)) break;
    // (…and after such an adjective only another agreeing one: `policji drogowej kierowca` ends before the noun.)
    // (…or an institution in the genitive: `komendy powiatowej policji`.)
    if (end > j + 1 && PL_FEM_OBLIQUE_ADJ.test(tokens[end - 1].lower) && !PL_FEM_OBLIQUE_ADJ.test(tokens[end].lower) && !orgOf(tokens[end])) break;
    // (Two nouns in a row take no third: `ministerstwa zdrowia szczepionki` ends before the subject.)
    if (end > j + 1 && !tokens[end].cap && !PL_ADJ_END.test(tokens[end - 1].lower) && !PL_ADJ_END.test(tokens[end].lower) && !orgOf(tokens[end])) break;
    // (…nor a conjunction or particle: `straż i policja`.)
    if (/^(i|a|oraz|lub|albo|czy|ale|że|bo|to|się|nie|jest|są|już|też)$/.test(tokens[end].lower)) break;
    // … nor a present- or future-tense verb (`urząd analizuje dane`, `firma zamknie oddział`, `z informacji policji wynika`).
    // (Nor any other word in `-ą`, which no genitive has: `rządu stanowią`.)
    if (!tokens[end].cap && (/\p{L}{2}(?:uje|ują|ają|eją|nie|mie)$/u.test(tokens[end].lower) || /\p{L}{3}ą$/u.test(tokens[end].lower) || /^wynika(?:ło|ją|ły)?$/.test(tokens[end].lower))) break;
    // (…nor a reflexive or impersonal verb — `banera domaga się`, `policja udostępniono` — nor a common
    // present-tense one: `pod nadzorem prokuratury prowadzi CBA`.)
    if (!tokens[end].cap && (tokens[end + 1]?.lower === 'się' || /\p{L}{3}(?:ono|ano|ęto|uto)$/u.test(tokens[end].lower) ||
      /^(prowadzi|robi|chodzi|wynosi|dotyczy|należy|może|musi|ma|trwa|zajmuje|ustala|bada|wyjaśnia|czeka|sprawdza|planuje|zapowiada|ogłasza|szacuje|przypomina|prosi|apeluje|ostrzega)$/.test(tokens[end].lower) ||
      // (…nor a common future one, which a heading opens with: `Bank złoży zawiadomienie do prokuratury`.)
      /^(?:(?:z|po|prze|przed|do|na|wy|za|od|u)łoży|obniży|podwyższy|zwiększy|zmniejszy|wprowadzi|zwróci|(?:za|wy)płaci|otworzy|[su]tworzy|uruchomi|przeznaczy|zatrudni|zwolni|kupi|sprzeda|wyda|zgłosi|ogłosi|przekaże|pokaże)$/.test(tokens[end].lower))) break;
    end++;
  }
  return end;
}

/** Capitalised run of an institution name, across `i`/`and` between capitals, stopping before a person's given name. */
// English abbreviated ranks and titles written before a name (`Lt. Courtney White`, `Ald. Brian Solomon`).
const RANK_ABBR_EN = /^(Lt|Sgt|Capt|Det|Col|Cpl|Insp|Supt|Cmdr|Maj|Ald|Cllr|Ofc|Dep|Sen|Rep|Gov)$/;

/** An institution word one or two capitalised words after token `e` (no title between). */
function institutionWordSoon(tokens: Token[], e: number): boolean {
  return [e + 1, e + 2].some((q) => tokens[q]?.word && tokens[q].cap && orgOf(tokens[q]) && tokens.slice(e + 1, q).every((x) => x.word && x.cap && !roleOf(x)));
}

function capRunOrAcronyms(tokens: Token[], j: number): number {
  let e = j;
  for (;;) {
    while (e < tokens.length && tokens[e].word && (tokens[e].cap || tokens[e].acronym)) {
      // (…unless an institution word closes the name right after it: `Great Barrier Reef Marine Park Authority`.)
      if (e > j && givenNameLemma(tokens[e].text) && tokens[e + 1]?.cap && !tokens[e + 1].acronym && !institutionWordSoon(tokens, e)) return e;
      // (`Arlington Police Lt. Courtney White`: a rank's abbreviation ends the institution before the name.)
      if (e > j && RANK_ABBR_EN.test(tokens[e].text) && tokens[e + 1]?.text === '.' && tokens[e + 1].start === tokens[e].end && tokens[e + 2]?.cap) return e;
      // (A title-case headline: `Dutch Police Say Suspect …` — the verb ends the institution.)
      if (e > j && /^(Say|Says|Said|Tells|Told|Warns|Warned|Confirms|Confirmed|Reports|Reported|Announces|Announced)$/.test(tokens[e].text)) return e;
      // (…and so do its capitalised prepositions and conjunctions: `… Budget Heads Towards Senate And Hobbs`.)
      if (e > j && /^(?:And|Or|Towards|Toward|Into|Over|Against|Amid|With|From)$/.test(tokens[e].text)) return e;
      e++;
    }
    // (Not the pronoun: `the Board of Trustees and I`.)
    // (A title-case `And` joins nothing: `… Heads Towards Senate And Hobbs` is no institution.)
    if ((tokens[e]?.lower === 'i' || tokens[e]?.text === 'and' || tokens[e]?.text === '&') && tokens[e + 1]?.cap && tokens[e + 1].text !== 'I' && !givenNameLemma(tokens[e + 1].text)) {
      e++;
      continue;
    }
    return e;
  }
}

/**
 * English `May said`, `May had told MPs`: a month that is also a surname names the person when a
 * verb of saying follows it (a month is never the subject of `said`).
 */
function monthAsSurname(tokens: Token[], i: number, lang: Language): boolean {
  if (lang !== 'en' || !/^(May|June|March)$/.test(tokens[i].text)) return false;
  // (`on Wednesday 15 March explained …`: after a day's number or a weekday it is the date's month.)
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i - 1]?.text ?? '') || /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|of|in|since|until|by|early|late|mid|last|next|this)$/i.test(tokens[i - 1]?.text ?? '')) return false;
  let k = i + 1;
  if (/^(had|has|have|also|then|later|earlier|previously|once)$/.test(tokens[k]?.lower ?? '')) k++;
  const v = tokens[k];
  return !!v && v.word && !v.cap && speechVerb(v.text, 'en') !== null && /(?:ed|said|told|wrote|says|tells|insists|argues|warns)$/.test(v.lower);
}

const STREET_WORD = /^(Street|Road|Avenue|Square|Lane|Drive|Boulevard|Highway|Bridge|Parkway|Terrace|Station|Junction|Interchange|Quay|Wharf|Pier)$/;

// English plural nouns of people by their endings (`developers`, `scientists`, `physicians`, `residents`).
export const EN_PEOPLE_PLURAL = /^\p{Ll}{2,}(?:ers|ors|ists|ians|ants|ents|ees|eers|men|women|people|folk|staff)$/u;

// Capitalised sentence openers that qualify no noun (`But farmers say`, `While commissioners said`).
export const EN_FUNCTION_OPENER = /^(But|And|While|When|If|As|So|Yet|Or|Now|Then|Also|Some|Many|Most|All|Other|Several|Few|The|These|Those|Our|Their|His|Her|Its|Both|Because|Although|Though|After|Before|Since|Meanwhile|However|Even|Only|Still|More)$/;

/**
 * Where a lower-case English plural noun phrase of people that starts at `k` ends — one or two
 * words ending in such a plural (`wind developers`, `scientists`), right before a verb of saying —
 * else 0.
 */
export function englishPluralPeopleEnd(tokens: Token[], k: number): number {
  for (let e = k; e < tokens.length && e - k < 2; e++) {
    const x = tokens[e];
    if (!x.word || x.cap) return 0;
    if (EN_PEOPLE_PLURAL.test(x.text) && !speechVerb(x.text, 'en')) return tokens[e + 1]?.word && speechVerb(tokens[e + 1].text, 'en') ? e + 1 : 0;
  }
  return 0;
}

// Polish nouns of a settlement, district or street, whose capitalised complement is a place's name.
const SETTLEMENT_NOUN = /^(?:miejscowoś(?:ć|ci)|wie[śs]|wsi|gmin(?:a|y|ie|ę)|miast(?:o|a)|mieście|osied(?:le|la|lu)|powia(?:t|tu|cie)|dzielnic(?:a|y)|sołectw(?:o|a|ie)|ulic(?:a|y|ę)|al(?:ei|eja)|placu?)$/;

const PL_ADJ_NOM = /\p{Ll}(?:ski|cki|owy|ny|ska|cka|owa|na|skie|ckie|owe|ne)$/u;

/**
 * `Polski Alarm Smogowy`, `Krakowski Alarm Smogowy`, `Polski Czerwony Krzyż`: three or four capitalised
 * Polish words with no given name, opening with an adjective in the nominative and holding another, name
 * an institution — a person's name has no agreeing adjective inside it.
 */
function adjectivalNameAt(tokens: Token[], i: number, lang: Language): Mention | null {
  if (lang !== 'pl' || !tokens[i].cap || !PL_ADJ_NOM.test(tokens[i].text)) return null;
  // (Inside a longer capitalised run it is the run's business: `Jan Polski Alarm` starts with the name.)
  if (tokens[i - 1]?.word && tokens[i - 1].cap && tokens[i - 1].end + 1 === tokens[i].start) return null;
  let e = i;
  while (e < tokens.length && e - i < 5 && tokens[e].word && tokens[e].cap && !tokens[e].acronym && (e === i || tokens[e].start === tokens[e - 1].end + 1)) e++;
  if (e - i < 3 || e - i > 4) return null;
  const ws = tokens.slice(i, e);
  if (!ws.every((x, q) => !givenNameLemma(x.text) && !roleOf(x) && (q === 0 || !isPlaceName(x.text)) && !orgOf(x)) || !ws.slice(1).some((x) => PL_ADJ_NOM.test(x.text)) || ws.every((x) => PL_ADJ_NOM.test(x.text))) return null;
  const m = mention(tokens, 'org', i, e, { org: { name: ws.map((x) => x.text).join(' '), head: null, ministry: false, gender: null } });
  return m;
}

function personAt(tokens: Token[], i: number, lang: Language): Mention | null {
  const t = tokens[i];
  // (A name starts with a capital; asked for every word, so this comes first.)
  if (!t.cap) return null;
  // (`O zajściu opowiedziała …`: the Polish preposition opening a sentence, unlike the initial `O.`.)
  if (lang === 'pl' && t.text === 'O' && tokens[i + 1]?.text !== '.') return null;
  // Polish emphatic `Sam Lewandowski` (`himself`) is no given name `Sam`.
  if (lang === 'pl' && /^Sam[aio]?$/.test(t.text) && tokens[i + 1]?.word) return null;
  // (`Scotland's First Minister Nicola Sturgeon`: a lone possessive before a title qualifies the title.)
  if (lang === 'en' && /\p{L}['’]s$/u.test(t.text) && tokens[i + 1]?.word && tokens[i + 1].cap && (roleOf(tokens[i + 1]) || premodOf(tokens[i + 1]) || /^(First|Prime|Chief|Foreign|Home|Health)$/.test(tokens[i + 1].text))) return null;
  // (`w Polskim Radiu24`, `TVN24`: a word with digits in it is a brand, no one's name — an organisation
  // when it speaks: `Care4Calais said …`.)
  if (/\p{L}\d/u.test(t.text)) {
    const vk = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    const sv = tokens[vk]?.word ? speechVerb(tokens[vk].text, lang) : null;
    return sv && !sv.weak ? mention(tokens, 'org', i, i + 1, { org: { name: t.text, head: null, ministry: false, gender: null } }) : null;
  }
  // `Chuck Grassley (R-Iowa)`, `Nancy Pelosi, D-Calif.,`: a party and state label, no one's name.
  if (lang === 'en' && /^[RDI]-\p{Lu}/u.test(t.text)) return null;
  // (`their Challenge Cup showdown`, `Premier League Finals win`: a capitalised run ending in a word for a
  // competition names the competition, no one.)
  if (lang === 'en') {
    let e = i + 1;
    while (e < tokens.length && e - i <= 4 && tokens[e].word && tokens[e].cap) e++;
    if (e > i + 1 && EVENT_END_EN.test(tokens[e - 1].text)) return null;
  }
  if (lang === 'en' && EVENT_END_EN.test(t.text) && ((!!tokens[i - 1]?.word && tokens[i - 1].cap) || /^(?:Cup|Final|Finals|League|Championships?|Games|Olympics|Trophy|Series|Tour|Stakes|Plate|Shield|Prix)$/.test(t.text))) return null;
  // (`driving along Albert Street`, `of Split Crow Road`: after a preposition a street's name is a place,
  // no one's; `Nathan Lane said` is a name.)
  if (lang === 'en' && /^(in|on|at|along|of|near|from|off|into|down|up|via|onto|across|outside)$/.test(tokens[i - 1]?.lower ?? '')) {
    const e = tokens[i + 1]?.cap && tokens[i + 1].word && !STREET_END.test(tokens[i + 1].text) ? i + 2 : i + 1;
    if (tokens[e]?.word && STREET_END.test(tokens[e].text) && !tokens[e + 1]?.cap) return null;
  }
  // `In-between Tyla said`: a capitalised compound with a lower-case second part opens no name.
  if (/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(t.text) && !(i > 0 && tokens[i - 1].cap && tokens[i - 1].word)) return null;
  // (`The London-based budget airline's CEO`, `a Texas-based company`: nor, anywhere, an adjective made
  // with a participle.)
  if (/^\p{Lu}[\p{L}.]*-(?:based|born|led|run|owned|listed|headquartered|focused|funded|backed|controlled|made|style)$/u.test(t.text)) return null;
  // (`Prosimy, nie róbcie …`, `Proszę państwa`: a Polish first-person verb opening a sentence is no name.)
  if (lang === 'pl' && (i === 0 || !tokens[i - 1].word) && /^\p{Lu}\p{Ll}{2,}(?:imy|emy|amy|ymy|ę)$/u.test(t.text) && !givenNameLemma(t.text) && !tokens[i + 1]?.cap) return null;
  // (`Nagrywająca kobieta`: a capitalised participle is no name.)
  if (lang === 'pl' && /\p{Ll}(?:ąca|ący|ące|ąc)$/u.test(t.text)) return null;
  // (`Parlamentarnego Zespołu`, `Polskiej Produkcji Rolnej`: after a capitalised adjective in the
  // genitive the words name an institution, not a person.)
  const prevCap = tokens[i - 1];
  if (lang === 'pl' && prevCap?.word && prevCap.cap && prevCap.end + 1 === t.start && /\p{Ll}(?:nego|skiego|ckiego|owego|nej|skiej|ckiej|owej|nych|skich|ckich|owych)$/u.test(prevCap.text) && !givenNameLemma(t.text)) return null;
  const runEnd = capRun(tokens, i);
  if (runEnd <= i) return null;
  // (`to curb perilous Channel crossings`, `the Rwanda deportations`: one capitalised word right before a
  // lower-case plural noun of an action or a kind qualifies it; it names no one.)
  const nounAfter = tokens[runEnd];
  if (lang === 'en' && runEnd === i + 1 && !givenNameLemma(t.text) && nounAfter?.word && !nounAfter.cap && /\p{Ll}{3}(?:ings|ions|ments|ances|ences|ities|ures)$/u.test(nounAfter.text) && !speechVerb(nounAfter.text, 'en')) return null;
  // (`The Houston, Texas-based company`: a town before its state's `-based` is a place.)
  if (tokens[runEnd]?.text === ',' && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[runEnd + 1]?.text ?? '')) return null;
  // (`na stolicę Piotrową`: a lone capitalised possessive adjective after a common noun is no surname.)
  if (lang === 'pl' && runEnd === i + 1 && /\p{Ll}(?:ową|owej|owego|owym|owemu)$/u.test(t.text) && prevCap?.word && !prevCap.cap && !roleOf(prevCap) && !/^pa[nń]/.test(prevCap.lower)) return null;
  // (`w miejscowości Kasinka Mała`, `w gminie Mszana Dolna`: capitals after a noun of a settlement or
  // district name a place, unless a given name is among them: `wójta gminy Lipno Łukasza Litka`.)
  if (lang === 'pl' && SETTLEMENT_NOUN.test(tokens[i - 1]?.lower ?? '') && !tokens.slice(i, runEnd).some((x) => x.word && givenNameLemma(x.text))) return null;
  // `Kanata South councillor Allan Hubley said`: capitals right before a lower-case title and a name
  // qualify the title (a ward, a town); they are nobody's name.
  const after = tokens[runEnd];
  // (…also with a comma before the name: `said Parklane parent, Jennifer Agle`.)
  const nameAt = tokens[runEnd + 1]?.text === ',' ? runEnd + 2 : runEnd + 1;
  if (lang === 'en' && after?.word && !after.cap && roleOf(after) && tokens[nameAt]?.cap && tokens[nameAt].word && !tokens.slice(i, runEnd).some((x) => givenNameLemma(x.text))) return null;
  // (Right after a quotation — `“…,” Khurram Dastgir Khan told reporters` — a run opens the
  // attribution as it would open a sentence.)
  const afterQuote = i >= 2 && /^[”"»]$/u.test(tokens[i - 1].text) && /^[,?!]$/u.test(tokens[i - 2].text);
  const sentenceStart = i === 0 || (i === 1 && !tokens[0].word) || afterQuote;
  // (`The Tampa Bay Buccaneers`, `the Boston Red Sox`: after `the`, a run ending in a capitalised plural
  // with no given name in it names a team or a band, no person.)
  const ta = t.text === 'The' ? i + 1 : i;
  if (lang === 'en' && tokens[ta - 1]?.lower === 'the' && runEnd - ta >= 2 && tokens[runEnd - 1].word && /^\p{Lu}\p{Ll}+[^su]s$|^Sox$/u.test(tokens[runEnd - 1].text) &&
    tokens.slice(ta, runEnd).every((x) => x.word && !/['’]s$/.test(x.text) && !givenNameLemma(x.text) && !roleOf(x) && !orgOf(x) && !isNonNameCap(x.text))) {
    return mention(tokens, 'org', ta, runEnd, { org: { name: tokens.slice(ta, runEnd).map((x) => x.text).join(' '), head: null, ministry: false, gender: null } });
  }
  const ns = nameStartInRun(tokens, i, runEnd, sentenceStart, lang);
  if (ns >= 0) {
    // `Detective Inspector Sarah Booth`: a title inside the run is read from its own token on, so
    // the person keeps the role.
    for (let q = i + 1; q < ns; q++) if (tokens[q].word && roleOf(tokens[q])) return null;
    if (dottedAcronymEnd(tokens, ns) > ns) return null;
    // Tokens before the name inside the run are left alone (they were no role or institution).
    const p = personFromRun(tokens, ns, runEnd, lang);
    return p;
  }
  if (runEnd - i === 1 || (runEnd - i === 2 && isInitial(tokens, i))) {
    if (surnameAfterCourtesy(tokens, i, lang) && runEnd - i === 1) return personFromRun(tokens, i, runEnd, lang);
    if (t.acronym || isPlaceName(t.text) || (isNonNameCap(t.text) && !monthAsSurname(tokens, i, lang)) || roleOf(t) || orgOf(t) || speechVerb(t.text) || groupOf(t) || natOf(t)) return null;
    // (`Rady Ochrony Pamięci Walk i Męczeństwa`: a Polish abstract noun — `-stwa`, `-ości`, `-enia` — in
    // an institution's name is no surname.)
    if (lang === 'pl' && /\p{Ll}{2}(?:stwa|stwo|ości|ość|enia|enie|ania|anie)$/u.test(t.text) && !givenNameLemma(t.text)) return null;
    // (`wymienia się także Bełchatów`: a lone Polish word in -ów is a town — `Rzeszów`, `Tarnów` — no surname.)
    if (lang === 'pl' && /^\p{Lu}\p{Ll}{3,}ów$/u.test(t.text)) return null;
    // (`Offshore wind developers said …`: a capitalised sentence-initial word before lower-case words
    // ending in a plural noun of people and a verb of saying qualifies that noun; it is no name.)
    // (A known group noun right after it takes the word in itself: `Antitrust lawyers say`.)
    if (lang === 'en' && (i === 0 || !tokens[i - 1].word) && !givenNameLemma(t.text) && englishPluralPeopleEnd(tokens, i + 1) > 0) return null;
    // (`Educators say …`: a capitalised plural noun of people opening the sentence before its verb.)
    if (lang === 'en' && (i === 0 || !tokens[i - 1].word) && !givenNameLemma(t.text) && EN_PEOPLE_PLURAL.test(t.lower) && !speechVerb(t.text, 'en') && tokens[i + 1]?.word && speechVerb(tokens[i + 1].text, 'en')?.gender === 'pl') return null;
    // (`Nepal's main Communist parties`, `Labour members`: a party adjective before a lower-case noun of people.)
    const nx = tokens[i + 1];
    if (lang === 'en' && PARTY_ADJ.test(t.text) && nx?.word && !nx.cap && (groupOf(nx) || orgOf(nx) || roleOf(nx) || /^(parties|members|voters|supporters|politicians|lawmakers|activists|governments?)$/.test(nx.lower))) return null;
    // (`w Żywcu`: a lone capitalised word after Polish `w` is a place in the locative.)
    if (lang === 'pl' && /^(?:w|we)$/.test(tokens[i - 1]?.lower ?? '') && !givenNameLemma(t.text)) return null;
    // (`Kolejowych`, `na Mazurach`: a Polish plural adjective's genitive or a plural locative is no name.)
    if (lang === 'pl' && (PL_PLURAL_OBLIQUE.test(t.text) || PL_INSTRUMENTAL_PLURAL.test(t.text)) && !givenNameLemma(t.text)) return null;
    // (`Burning along Orwood Road, …`: an English participle opening the sentence before a preposition.)
    if (lang === 'en' && i === 0 && /\p{Ll}ing$/u.test(t.text) && !givenNameLemma(t.text) && /^(?:along|across|through|around|near|over|under|into|in|on|at|to|from|with|for|up|down|out|off|the|a|an|his|her|their|its|our)$/.test(tokens[i + 1]?.text ?? '')) return null;
    // (A generational suffix set off by a comma is the end of the name before it: `Ferdinand R. Marcos, Jr.`)
    if (/^(?:Jr|Sr)$/.test(t.text) && tokens[i - 1]?.text === ',') return null;
    // (Nor a street word or a word of a capitalised run that names a street: `Moore Street`, `E Street Radio`.)
    if (STREET_WORD.test(t.text) || (i > 0 && STREET_WORD.test(tokens[i - 1].text) && tokens[i - 1].cap)) return null;
    if (pronoun(t.text)) return null;
    // `Aneta K.`: a given name with an initial for a surname.
    return personFromRun(tokens, i, runEnd, lang);
  }
  return runBeforeSaying(tokens, i, runEnd, lang);
}

/**
 * English `Focus Ireland said`, `Human Rights Watch warned`: a short capitalised run that holds no
 * person's name, opens a clause and is the subject of a verb of saying is an institution.
 */
function runBeforeSaying(tokens: Token[], i: number, runEnd: number, lang: Language): Mention | null {
  if (lang !== 'en' || runEnd - i < 2 || runEnd - i > 4) return null;
  // (`Britain’s TalkTalk said`: the possessive place is no part of the name.)
  if (tokens.slice(i, runEnd).some((x) => /['’]s$/.test(x.text))) return null;
  // (`Air France had said`, `… has also warned`: auxiliaries and `also` before the verb.)
  let vk = runEnd;
  // (`Wal-Mart Canada, a unit of Wal-Mart Stores Inc., said …`: an apposition set off by commas.)
  if (tokens[vk]?.text === ',' && /^(a|an|the|its)$/i.test(tokens[vk + 1]?.text ?? '')) {
    let c = vk + 2;
    // (An abbreviation's dot before the closing comma — `Inc.,` — ends nothing.)
    while (c < tokens.length && c - vk <= 15 && tokens[c].text !== ',' && (!/^[.;:!?]$/.test(tokens[c].text) || (tokens[c].text === '.' && tokens[c + 1]?.text === ','))) c++;
    if (tokens[c]?.text === ',') vk = c + 1;
  }
  // (`The airline that cut flights, Air France, said …`: a name set off by commas before the verb.)
  else if (tokens[vk]?.text === ',' && tokens[i - 1]?.text === ',') vk++;
  while (vk - runEnd < 2 && /^(had|has|have|also)$/.test(tokens[vk]?.text ?? '')) vk++;
  const v = tokens[vk];
  if (!v?.word || v.cap || speechVerb(v.text, 'en') === null || !/(?:ed|said|told|wrote|says|tells|insists|argues|warns|adds|states)$/.test(v.lower)) return null;
  const prev = tokens[i - 1];
  // (…or after the lower-case noun of its kind: `The airline Air France said`, `flag carrier Air France said`.)
  if (prev && prev.word && !/^(and|but|while|as|because|after|when|where|since)$/.test(prev.lower) && !(!prev.cap && (orgOf(prev) || /^(carrier|airline|charity|broadcaster|operator|retailer|insurer|lender|regulator|watchdog|firm|giant|maker|group)$/.test(prev.lower)))) return null;
  for (let q = i; q < runEnd; q++) {
    const x = tokens[q];
    if (!x.word || !x.cap || roleOf(x) || isNonNameCap(x.text) || pronoun(x.text) || speechVerb(x.text) || givenNameLemma(x.text)) return null;
  }
  return mention(tokens, 'org', i, runEnd, { org: { name: tokens.slice(i, runEnd).map((x) => x.text).join(' '), head: null, ministry: false, gender: null } });
}

const GEN_SG_ADJ_PL = /\p{Ll}{3}(?:skiej|ckiej|nej|owej|wej|iej|skiego|ckiego|nego|owego|wego)$/u;
const GEN_SG_NOUN_PL = /\p{Ll}{3}(?:ania|enia|ęcia|ości|cji|zji|sji|u|y)$/u;
const NOT_GEN_SG_PL = /^(?:temu|znowu|dopiero|wczoraj|dzisiaj|zawsze|jeszcze|tylko|więcej|mniej|niemu|czemu|komu|tamtemu|tu|sporu)$/;

/** The end of a Polish group's genitive complement from token `k` (`opracowania`, `nadmorskiej miejscowości`, `szkoły podstawowej`); `k` when there is none. */
function genitiveComplementEnd(tokens: Token[], k: number): number {
  if (lowerGluedAt(tokens, k) && GEN_SG_ADJ_PL.test(tokens[k].lower) && genitiveNounAt(tokens, k + 1)) return k + 2;
  if (!genitiveNounAt(tokens, k)) return k;
  return lowerGluedAt(tokens, k + 1) && GEN_SG_ADJ_PL.test(tokens[k + 1].lower) && !speechVerb(tokens[k + 1].text, 'pl') ? k + 2 : k + 1;
}

/** A lower-case word at `q` glued by one space to the token before. */
function lowerGluedAt(tokens: Token[], q: number): boolean {
  return !!tokens[q]?.word && !tokens[q].cap && tokens[q].start === tokens[q - 1].end + 1;
}

/** A Polish noun in the genitive singular at `q` that may complete a group (see genitiveComplementEnd). */
function genitiveNounAt(tokens: Token[], q: number): boolean {
  // (Not an institution — `analitycy portalu` are the portal's, found as its own mention — nor an event,
  // which only the nouns of taking part take: `Eksperci konferencji mówią` is `Eksperci`.)
  return lowerGluedAt(tokens, q) && GEN_SG_NOUN_PL.test(tokens[q].lower) && !/(?:ły|li)$/u.test(tokens[q].lower) && !NOT_GEN_SG_PL.test(tokens[q].lower) && !speechVerb(tokens[q].text, 'pl') && !roleOf(tokens[q]) &&
    !orgOf(tokens[q]) && !PL_EVENT_GEN.test(tokens[q].lower) && !PL_INSTITUTION_GEN.test(tokens[q].lower);
}

/** True when the capitalised run at `k` names an institution (holds an institution word or an acronym). */
function orgAhead(tokens: Token[], k: number): boolean {
  const e = capRunOrAcronyms(tokens, k);
  for (let q = k; q < e; q++) if (orgOf(tokens[q]) || tokens[q].acronym) return true;
  return false;
}

function simpleAt(tokens: Token[], i: number, lang: Language): Mention | null {
  const t = tokens[i];
  // (`Minette Batters, president of the NFU, said …`: a capitalised plural noun of people after a
  // capitalised word that opens the sentence, set off by a title's apposition, is a surname.)
  if (lang === 'en' && i === 1 && t.cap && !t.acronym && tokens[0].word && tokens[0].cap && !tokens[0].acronym && !EN_FUNCTION_OPENER.test(tokens[0].text) && !isNonNameCap(tokens[0].text) &&
    tokens[i + 1]?.text === ',' && (!!roleOf(tokens[i + 2]) || (/^(the|a|an)$/i.test(tokens[i + 2]?.text ?? '') && !!roleOf(tokens[i + 3]))) && groupOf(t)) {
    return mention(tokens, 'person', 0, 2, { name: [tokens[0].text, t.text], sentenceInitial: true });
  }
  if (groupOf(t)) {
    // `przedstawicieli Rady Bezpieczeństwa ONZ`: the group's institution belongs to the mention.
    let end = i + 1;
    // (Not a nominative name after it — `przez rodziców Dolnośląskie Kuratorium Oświaty przyznaje` —:
    // the institution of a group stands in the genitive.)
    // (Nor a person's full name in the nominative: `zwracając się do uczniów Mariusz Banach, kurator`.)
    const fullName = lang === 'pl' && givenNameLemma(tokens[end]?.text ?? '')?.lemma === tokens[end]?.text && !!tokens[end + 1]?.cap && !!tokens[end + 1].word && !tokens[end + 1].acronym;
    if (tokens[end]?.cap && tokens[end].word && !fullName && !(lang === 'pl' && /\p{Ll}(?:skie|ckie|dzkie|ski|cki|ne|ny|we|wy)$/u.test(tokens[end].text))) end = capRunOrAcronyms(tokens, end);
    // `Synoptycy z IMGW`, `experts at Oxford University`: where the group comes from belongs to it.
    // (Also `officials with the Oklahoma City Police Department`, `officials in Philadelphia`,
    // `leaders across the West Midlands`.)
    else if (/^(z|ze|from|at|with|of|in|across)$/.test(tokens[end]?.lower ?? '')) {
      const k = lang === 'en' && tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const p = tokens[end].lower;
      // (`in`/`across` only before a place, or a capitalised run right before the verb of saying.)
      const re = capRunOrAcronyms(tokens, k);
      const ok = p === 'with' || p === 'of' ? orgAhead(tokens, k) : p === 'in' || p === 'across' ? lang === 'en' && (isPlaceName(tokens[k]?.text ?? '') || (re > k && !!tokens[re]?.word && !!speechVerb(tokens[re].text, lang))) : true;
      // (`Leaders from both parties said`, `residents of the town say`: a short lower-case complement right
      // before the verb of saying says which ones.)
      let lw = lang === 'en' && /^(from|of|at|in)$/.test(p) ? end + 1 : -1;
      while (lw > 0 && lw - end <= 4 && tokens[lw]?.word && !tokens[lw].cap && !speechVerb(tokens[lw].text, lang) && !/^(who|which|that|and|or|but|were|are|was|is)$/.test(tokens[lw].lower) && !BEFORE_VERB_EN.test(tokens[lw].text)) lw++;
      // (…up to an adverb or auxiliary before the verb: `critics of the policy also said`, `… have said`.)
      let lv = lw;
      while (lv > 0 && lv - lw < 2 && tokens[lv]?.word && BEFORE_VERB_EN.test(tokens[lv].text)) lv++;
      if (lw > end + 1 && tokens[lv]?.word && !!speechVerb(tokens[lv].text, lang) && !/^(the|a|an|both|all)$/.test(tokens[lw - 1].lower)) end = lw;
      else if (tokens[k]?.word && (tokens[k].cap || tokens[k].acronym) && !givenNameLemma(tokens[k].text) && ok) {
        end = capRunOrAcronyms(tokens, k);
        // (…with the institution's seat: `Policjanci z Komendy Wojewódzkiej Policji w Bydgoszczy`.)
        if (lang === 'pl' && /^(w|we)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.word && tokens[end + 1].cap && !givenNameLemma(tokens[end + 1].text) && end - k >= 2) end = capRunOrAcronyms(tokens, end + 1);
        // (`Officials at the Japanese space agency said`: lower-case words ending in an institution noun.)
        const inst = [end, end + 1].find((q) => tokens[q]?.word && !tokens[q].cap && !!orgOf(tokens[q]) && tokens.slice(end, q).every((x) => x.word && !x.cap));
        if (inst !== undefined) end = inst + 1;
      }
    }
    // `rodzice uczniów`: another group in the genitive says whose.
    else if (lang === 'pl' && tokens[end]?.word && !tokens[end].cap && groupOf(tokens[end]) && groupLemma(tokens[end].text) !== tokens[end].lower) {
      end++;
      // (`Przedstawiciele władz miasta`: and that group's institution.)
      if (tokens[end]?.word && !tokens[end].cap && PL_INSTITUTION_GEN.test(tokens[end].lower)) end++;
    }
    // (`Władze portu Kraków Balice`, `władze miasta`: the institution in the genitive, with its name.)
    else if (lang === 'pl' && tokens[end]?.word && !tokens[end].cap && (PL_INSTITUTION_GEN.test(tokens[end].lower) || (PL_EVENT_GEN.test(tokens[end].lower) && PL_EVENT_GROUP.test(t.lower)))) {
      end++;
      // (`członkowie grupy inicjatywnej`: with the adjective that says which.)
      if (tokens[end]?.word && !tokens[end].cap && /\p{Ll}{3}(?:nej|skiej|ckiej|owej|nego|skiego|owego)$/u.test(tokens[end].lower) && tokens[end].start === tokens[end - 1].end + 1) end++;
      else if (tokens[end]?.word && tokens[end].cap && !givenNameLemma(tokens[end].text)) end = capRunOrAcronyms(tokens, end);
    }
    // (`Związki zawodowe`, `ratownicy medyczni`: a plural adjective after the noun says which ones.)
    else if (lang === 'pl' && tokens[end]?.word && !tokens[end].cap && /\p{L}{3}(?:owe|ne|skie|ckie|owi|ni|scy|ccy)$/u.test(tokens[end].text) && !/^(powinni|winni|gotowi|gotowe|skłonni|skłonne|zdolni|zdolne|pewni|pewne|świadomi|świadome)$/.test(tokens[end].lower) && !/(?:eni|ani|one|ane)$/u.test(tokens[end].lower) && !speechVerb(tokens[end].text)) end++;
    // (`Najbliżsi poszkodowanego tłumaczą`, `rodzina zmarłego`: a noun made of an adjective, in the
    // genitive, right before the verb says whose.)
    else if (lang === 'pl' && tokens[end]?.word && !tokens[end].cap && /\p{Ll}{4}(?:ego)$/u.test(tokens[end].text) && (!tokens[end + 1]?.word || !!speechVerb(tokens[end + 1].text, lang))) end++;
    // (`producenci soków`, `właściciele sklepów`: a genitive plural noun says which ones.)
    else if (lang === 'pl' && tokens[end]?.word && !tokens[end].cap && /\p{Ll}{3}ów$/u.test(tokens[end].text) && !roleOf(tokens[end]) && tokens[end].start === tokens[end - 1].end + 1) end++;
    // (`Autorzy opracowania wskazują`, `mieszkańcy nadmorskiej miejscowości`, `uczniowie szkoły podstawowej`:
    // a lower-case noun in the genitive singular, with an adjective before or after it, says which ones.)
    else if (lang === 'pl') end = genitiveComplementEnd(tokens, end);
    // (`Parents from both schools say …`: a short lower-case phrase of where they come from, right
    // before the verb, belongs to the group.)
    if (lang === 'en' && end === i + 1 && /^(from|of|at|in)$/.test(tokens[end]?.lower ?? '')) {
      let k = end + 1;
      while (k < tokens.length && k - end <= 3 && tokens[k].word && !tokens[k].cap && !speechVerb(tokens[k].text, lang)) k++;
      if (k > end + 1 && tokens[k]?.word && speechVerb(tokens[k].text, lang)) end = k;
    }
    let oblique = lang === 'pl' && groupLemma(t.text).toLowerCase() !== t.lower;
    // (`Większość analityków uważa`, `Część ekspertów twierdzi`: a quantity of a group in the genitive
    // is the subject, named with its quantity.)
    // (…in any genitive plural of people: `Część lekarzy`, `Wielu nauczycieli`, `Połowa pielęgniarek`.)
    if (oblique && i > 0 && /(?:ów|[ln]i|[lrcższ]y|ek)$/u.test(t.lower) && /^(większość|część|wielu|kilku|kilkunastu|kilkudziesięciu|niewielu|połowa|mniejszość|grupa|żaden|żadna|jeden|jedna|ponad|niemal|prawie)$/i.test(tokens[i - 1].text) &&
      (tokens[i - 1].lower !== 'ponad' && tokens[i - 1].lower !== 'niemal' && tokens[i - 1].lower !== 'prawie')) {
      // (The quantity agrees with its verb in the past: `Większość analityków uznała`, `Wielu ekspertów
      // uznało`; in the present any form does: `uważa`.)
      const q = tokens[i - 1].lower;
      const gender = /^(większość|część|połowa|mniejszość|grupa|żadna|jedna)$/.test(q) ? 'f' : /^(żaden|jeden)$/.test(q) ? 'm' : 'n';
      return mention(tokens, 'group', i - 1, end, { gender, oblique: false });
    }
    // (`Antitrust lawyers say`, `County leaders say`: a capitalised qualifier opening the sentence, which
    // no name took, belongs to the group.)
    const q0 = lang === 'en' && i === 1 && tokens[0].word && tokens[0].cap && !tokens[0].acronym && !givenNameLemma(tokens[0].text) && !EN_FUNCTION_OPENER.test(tokens[0].text) && englishPluralPeopleEnd(tokens, 1) === 2 ? 0 : i;
    return mention(tokens, 'group', q0, end, { gender: 'pl', oblique });
  }
  const p = pronoun(t.text, lang);
  if (!p) return null;
  // English `it`/`they` are too often not people; only he/she/they as subjects.
  // (`it` is a subject only right before a speech verb: `It said …` names an institution.)
  // (…or after an adverb: `It also said that …`, `It later added …`.)
  const vAt = /^(also|later|further|then|previously|earlier|again)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if ((p.use !== 'subject' || t.lower !== 'it' || (tokens[vAt]?.word && speechVerb(tokens[vAt].text, lang) !== null))) return mention(tokens, 'pronoun', i, i + 1, { gender: p.gender === 'any' ? null : p.gender, pronounUse: p.use });
  return null;
}

/**
 * Role appositions: `Des Clark, prezes OFLC,` / `Horst Seehofer - niemiecki minister rolnictwa,` /
 * `przewodnicząca KRRiTV – Elżbieta Kruk` / `Jigal Palmor rzecznik ministerstwa` bind role and
 * person into one mention; `rzecznik rodziców Terri Schiavo, Paul O'Donnell,` rebinds the role to
 * the name after the comma (the first name was the role's genitive complement).
 */
/**
 * `the Public and Commercial Services (PCS) union`, `Rail, Maritime and Transport (RMT) union`: capitalised
 * words whose initials spell the acronym in brackets, then an institution noun, name one institution,
 * as written. Replaces the mentions inside it.
 */
function acronymDefinitions(tokens: Token[], out: Mention[]): void {
  for (let k = 2; k + 2 < tokens.length; k++) {
    if (tokens[k].text !== '(' || !tokens[k + 1].acronym || tokens[k + 2].text !== ')') continue;
    const letters = tokens[k + 1].text.replace(/[^A-Z]/g, '');
    if (letters.length < 2 || letters.length > 6) continue;
    // Back from the bracket: capitalised words, joined by `and`, `of`, `for`, `&` or commas.
    let b = k;
    let initials = '';
    while (b > 0 && initials.length < letters.length) {
      const x = tokens[b - 1];
      if (x.word && x.cap && !x.acronym) initials = x.text[0] + initials;
      else if (!(/^(and|of|for|the|&|,)$/.test(x.lower) && b < k)) break;
      b--;
    }
    if (initials !== letters || !tokens[b].cap) continue;
    // (With the institution noun after the brackets the noun belongs to the name; `World Health
    // Organization (WHO)` is read as before.)
    const noun = tokens[k + 3];
    const withNoun = !!noun?.word && !noun.cap && !!orgOf(noun);
    // (Without it, a run of three or more capitalised words the acronym spells is one name, never a
    // person's: `the bloc's General Data Protection Regulation (GDPR)` is no General.)
    if (!withNoun && (k - b < 3 || !out.some((m) => m.kind === 'person' && m.t0 >= b && m.t1 <= k))) continue;
    const e = withNoun ? k + 4 : k;
    const start = tokens[b].start;
    const end = tokens[e - 1].end;
    const name = tokens.slice(b, e).map((x, q) => (q > 0 && x.start === tokens[b + q - 1].end ? '' : ' ') + x.text).join('').trim();
    const keep = out.filter((m) => m.end <= start || m.start >= end);
    const at = keep.findIndex((m) => m.start >= end);
    const m = mention(tokens, 'org', b, e, { org: { name, head: null, ministry: false, gender: null } });
    m.afterPreposition = PREPOSITIONS.has(tokens[b - 1]?.lower ?? '') || (tokens[b - 1]?.lower === 'the' && PREPOSITIONS.has(tokens[b - 2]?.lower ?? ''));
    // (…also past an owner in the possessive: `with the bloc's General Data Protection Regulation (GDPR)`.)
    if (!m.afterPreposition && /\p{L}['’]s$/u.test(tokens[b - 1]?.text ?? '')) {
      const p = tokens[b - 2]?.lower === 'the' ? b - 3 : b - 2;
      m.afterPreposition = PREPOSITIONS.has(tokens[p]?.lower ?? '');
    }
    keep.splice(at < 0 ? keep.length : at, 0, m);
    out.splice(0, out.length, ...keep);
    k = e;
  }
}

function bindAppositions(tokens: Token[], ms: Mention[], lang: Language): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    const between = tokens.slice(a.t1, b.t0);
    const sep = between.map((t) => t.text).join('');
    const punctOnly = between.every((t) => !t.word);
    // `Friederike Otto, a climate scientist at …`, `Chris Murphy, the Connecticut Democrat who …`
    // (…also across a dotted acronym: `Christina Figueres, the former U.N. official who …`.)
    const dotted = between.filter((t, q) => t.text === '.' && q > 0 && between[q - 1].text.length === 1 && between[q - 1].cap).length;
    const detApposition = a.kind === 'person' && b.kind === 'role' && between[0]?.text === ',' && between.length - dotted * 2 <= 4 && between.length >= 2 &&
      DETERMINERS.has(between[1].lower) && between.slice(2).every((t, q) => (t.word && !COMPLEMENT_STOP.has(t.lower) && (!PREPOSITIONS.has(t.lower) || (t.cap && t.text.length === 1)) && !givenNameLemma(t.text)) || (t.text === '.' && between[q + 1].text.length === 1 && between[q + 1].cap)) &&
      // (`… in Khan Younis, the spokesman said`: a title right before its verb is that verb's subject.)
      !(tokens[b.t1]?.word && speechVerb(tokens[b.t1].text) !== null);
    if (detApposition) {
      if (!a.role) a.role = b.role;
      if (!a.gender) a.gender = b.gender;
      (b as Mention & { boundTo?: Mention }).boundTo = a;
      continue;
    }
    // `Dr Britta Schaffelke is a reef researcher with …`, `Anna Nowak jest rzeczniczką …`: a title as the
    // predicate of `is` describes the person named as its subject.
    if (a.kind === 'person' && !a.role && b.kind === 'role' && b.role && between.length >= 1 && between.length <= 4 && /^(?:is|was|jest|był|była)$/.test(between[0].lower) &&
      between.slice(1).every((t) => t.word && !t.cap && (DETERMINERS.has(t.lower) || !COMPLEMENT_STOP.has(t.lower)) && !PREPOSITIONS.has(t.lower) && !speechVerb(t.text))) {
      a.role = b.role;
      if (!a.gender) a.gender = b.gender;
      (b as Mention & { boundTo?: Mention }).boundTo = a;
      continue;
    }
    if (!punctOnly || !/^(?:|,|[-–—])$/.test(sep)) continue;
    // (`Mariusz Olejniczak, burmistrz Słubic,`: after a full name and its comma, a title with one unknown
    // capitalised word is that person's title, the word its place or body — no second person's name.)
    if (lang === 'pl' && sep === ',' && a.kind === 'person' && !a.role && (a.name?.length ?? 0) >= 2 && !!a.given && b.kind === 'person' && !!b.role && b.name?.length === 1 && !b.given &&
      b.t1 - b.t0 >= 2 && tokens[b.t1 - 1].text === b.name[0] && !/^(?:\p{Lu}\p{Ll}+(?:ski|cki|dzki|ska|cka|dzka))$/u.test(b.name[0]) && (!tokens[b.t1] || /^[.,;:!?]$/.test(tokens[b.t1].text))) {
      a.role = { ...b.role, keys: [...b.role.keys, complementKey(b.name[0])], text: tokens.slice(b.t0, b.t1).map((x) => x.text).join(' ') };
      if (!a.gender) a.gender = b.gender;
      (b as Mention & { boundTo?: Mention }).boundTo = a;
      continue;
    }
    // `Foxcroft residents`, `County leaders`: a capitalised word right before a group noun qualifies it.
    // (Not a Polish sentence-initial past verb before its subject: `Przyjechała straż`.)
    if (!(lang === 'pl' && a.sentenceInitial && /\p{Ll}(?:ł|ła|ło|li|ły)$/u.test(tokens[a.t0].text)) && sep === '' && a.kind === 'person' && !a.role && ((b.kind === 'group' && !/^(jeden|jedna|jedno|one|kolejny|kolejna|inny|inna|drugi|druga)$/i.test(tokens[b.t0].text)) || (b.kind === 'org' && b.org && b.org.name.toLowerCase() === b.org.head && !tokens[b.t0].cap && lang === 'en')) && (a.name?.length ?? 0) <= 2 && !a.given) {
      if (b.org) b.org = { ...b.org, name: tokens.slice(a.t0, b.t1).map((x) => x.text).join(' ') };
      b.t0 = a.t0;
      b.start = a.start;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
      continue;
    }
    // `CDC officials`, `ECB officials`, `NASA scientists`: an institution right before a group noun
    // says whose people speak; the group is the speaker.
    // (English only, and not `one of …`: Polish names the owner after the group — `według Radia Wrocław
    // jeden z ambulansów` is the radio, then the content's subject.)
    if (lang === 'en' && sep === '' && a.kind === 'org' && b.kind === 'group' && a.org && !a.afterPreposition && tokens[a.t1 - 1]?.cap && !tokens[b.t0].cap && tokens[b.t0].lower !== 'one') {
      b.t0 = a.t0;
      b.start = a.start;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
      continue;
    }
    // `the former Nurnberg coach`: a name between a determiner and a title qualifies the title.
    if (sep === '' && a.kind === 'person' && !a.role && b.kind === 'role' && b.role && (a.name?.length ?? 0) === 1 && /^(the|a|an|former|ex|then|new|interim)$/.test(tokens[a.t0 - 1]?.lower ?? '')) {
      b.role = { ...b.role, keys: [...b.role.keys, complementKey(a.name![0])] };
      b.t0 = a.t0;
      b.start = a.start;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
      continue;
    }
    // `opposition group leaders`, `union officials`: an English lower-case institution noun right before a
    // title says whose title it is.
    if (lang === 'en' && sep === '' && a.kind === 'org' && a.org && b.kind === 'role' && b.role && !a.afterPreposition && tokens.slice(a.t0, a.t1).every((x) => x.word && !x.cap)) {
      const words = tokens.slice(a.t0, a.t1);
      b.role = { ...b.role, text: `${words.map((x) => x.text).join(' ')} ${b.role.text}`, keys: [...b.role.keys, ...words.map((x) => complementKey(x.text))] };
      b.t0 = a.t0;
      b.start = a.start;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
      continue;
    }
    const after = tokens[b.t1];
    const closes = !after || !after.word || speechVerb(after.text) !== null;
    // (An academic or military rank before the name is no office: `prof. Adam Wilk, rektor …` takes the
    // office after the comma.)
    const rankOnly = !!a.role && RANK_HEADS.has(a.role.head) && b.kind === 'role' && !!b.role && !RANK_HEADS.has(b.role.head) && sep === ',';
    // (`Prokurator Przemysław Nowak – rzecznik PK – wskazał`: an office set off after a titled name is
    // the person's second title.)
    const secondTitle = !rankOnly && !!a.role && b.kind === 'role' && !!b.role && a.role.head !== b.role.head && /^[,–—-]$/.test(sep) && closes && a.t1 - a.t0 === (a.name?.length ?? 0) + 1;
    // (`Decyzja dyrektorki`: a lone capitalised word opening a heading is no name a title could follow.)
    const loneOpener = sep === '' && a.sentenceInitial && (a.name?.length ?? 0) === 1 && !givenNameLemma(a.name![0]);
    // (`w bazylice Świętego Piotra papież powiedział`: a name in the genitive is no one a title after it describes.)
    // (`ocenił wpis Błaszczaka wicepremier`: nor is a lone surname in -a right after a lower-case noun,
    // its genitive complement, before a title in the nominative.)
    const prevWord = tokens[a.t0 - 1];
    const obliqueName = sep === '' && lang === 'pl' && (!!a.name?.some((w) => /\p{Ll}(?:ego|emu)$/u.test(w)) ||
      ((a.name?.length ?? 0) === 1 && !a.role && /\p{Ll}a$/u.test(a.name![0]) && !!prevWord?.word && !prevWord.cap && !speechVerb(prevWord.text) && !/(?:ł|ła|ło|li|ły)$/u.test(prevWord.lower) &&
        !PREPOSITIONS.has(prevWord.lower) && !roleOf(prevWord) && b.kind === 'role' && !!b.role && tokens[b.t0].lower === b.role.head) ||
      // (`Mówiąc o Błaszczaku wicepremier stwierdził`, `po przegranej z Arką trener przyznał`: nor one in a
      // case ending after a preposition.)
      ((a.name?.length ?? 0) === 1 && !a.role && !!prevWord?.word && PREPOSITIONS.has(prevWord.lower) && /\p{Ll}(?:u|owi|em|iem|ie|ą|im|ym)$/u.test(a.name![0]) && b.kind === 'role' && !!b.role && tokens[b.t0].lower === b.role.head));
    if (a.kind === 'person' && (!a.role || rankOnly || secondTitle) && b.kind === 'role' && (sep !== '' || closes) && !loneOpener && !obliqueName) {
      if (a.role && !a.rank) a.rank = a.role;
      a.role = b.role;
      if (!a.gender) a.gender = b.gender;
      (b as Mention & { boundTo?: Mention }).boundTo = a;
    } else if (a.kind === 'role' && b.kind === 'person' && !b.role && !(sep !== '' && lang === 'pl' && /^(?:na|w|we|z|ze|do|od|dla|o|po|przy|za|przez|u|pod|nad|przed)$/.test(tokens[a.t0 - 1]?.lower ?? '')) &&
      // (Not a title in a plainly oblique case before a name in the nominative: `cytuje polskiego kierowcę
      // Aldona Marciniak` — see roleAt.)
      !(lang === 'pl' && sep === '' && !!a.role && /\p{Ll}(?:ę|ą|em|owi|ego|emu)$/u.test(tokens[a.t1 - 1].lower) && tokens[a.t1 - 1].lower !== a.role.head && !!b.given && b.name?.[0] === b.given.lemma) && (sep !== ',' || (lang === 'pl' && !!b.given && (b.name?.length ?? 0) >= 2 && ((closes && (!after || /^[.!?]$/.test(after.text))) ||
      // (`Podkreślał to trener reprezentacji Polski, Thomas Thurnbichler zaraz po konkursie`: a full name
      // after the title's comma and before a lower-case word — no list — is the title holder.)
      (!!after?.word && !after.cap && !/^(i|oraz|lub|albo|czy|a)$/.test(after.lower) && b.given.lemma === b.name![0]))))) {
      // (`przekazał … rzecznik Komisji Europejskiej, Maciej Berestecki.`: a full name closing the
      // sentence after the title's comma is the title holder.)
      b.role = a.role;
      if (!b.gender) b.gender = a.gender;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
    } else if (lang === 'pl' && a.kind === 'role' && a.role && b.kind === 'person' && !!b.role && RANK_HEADS.has(b.role.head) && !RANK_HEADS.has(a.role.head) && sep === ',' && (!after || /^[.!?]$/.test(after.text)) &&
      /\p{Ll}(?:em|iem)$/u.test(tokens[a.t0].text) && !!b.name?.length && b.name.every((w) => /\p{Ll}(?:em|iem|im|ym)$/u.test(w))) {
      // (`rozmawiał z członkiem KRRiT, prof. Tadeuszem Kowalskim.`: a title, then after its comma the
      // holder with an academic rank, both in the instrumental, closing the sentence.)
      b.rank = b.role;
      b.role = a.role;
      if (!b.gender) b.gender = a.gender;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
    } else if (lang === 'pl' && a.kind === 'role' && a.role && b.kind === 'person' && !!b.role && (RANK_HEADS.has(b.role.head) || CLERGY_HEADS.has(b.role.head)) && !RANK_HEADS.has(a.role.head) && sep === ',' &&
      (!after || /^[.!?]$/.test(after.text)) && !!b.given && b.name?.[0] === b.given.lemma && !/\p{Ll}(?:ę|ą|em|owi|ego|emu)$/u.test(tokens[a.t0].text)) {
      // (`docenił metropolita warszawski, kardynał Kazimierz Nycz.`: the same in the nominative, with a
      // church rank before the name.)
      b.rank = b.role;
      b.role = a.role;
      if (!b.gender) b.gender = a.gender;
      (a as Mention & { boundTo?: Mention }).boundTo = b;
    } else if (a.kind === 'person' && a.role && b.kind === 'person' && !b.role && sep === ',' && (after?.text === ',' || closes) && a.role.keys.length > 0) {
      // rzecznik rodziców Terri Schiavo, Paul O'Donnell,
      const nameStartTok = a.t1 - (a.name?.length ?? 0);
      // (Not after an honorific: `the Acting Director General for Health Dr Patrick Amoth, Kiambu County
      // reported …` names the director; the place after the comma opens the reported clause.)
      const honorific = /^(dr|prof|mr|mrs|ms|sir|dame|rev|cllr|sen|rep|gen|col|capt|lt|insp|det|supt|sgt)$/i.test(tokens[nameStartTok - 1]?.text === '.' ? tokens[nameStartTok - 2]?.text ?? '' : tokens[nameStartTok - 1]?.text ?? '');
      if (nameStartTok > a.t0 && !honorific) {
        b.role = a.role;
        b.t0 = a.t0;
        b.start = a.start;
        a.role = undefined;
        (a as Mention & { boundTo?: Mention }).boundTo = b;
      }
    }
  }
  // `Eugeniuszem Kłopotkiem z PSL`: party affiliation, so that `poseł PSL` finds him later.
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.kind !== 'person' || b.kind !== 'org' || b.t0 !== a.t1 + 1 || !/^(z|ze|from|of)$/.test(tokens[a.t1].lower) || !tokens[b.t0].acronym) continue;
    const aff: RoleDesc = { head: 'członek', generic: true, keys: [tokens[b.t0].text.toUpperCase()], text: tokens[b.t0].text, gender: null };
    if (!a.role) a.role = aff;
    else a.role = { ...a.role, keys: [...new Set([...a.role.keys, ...aff.keys])] };
  }
  // Drop role mentions that were bound to a person.
  for (let k = ms.length - 1; k >= 0; k--) if ((ms[k] as Mention & { boundTo?: Mention }).boundTo) ms.splice(k, 1);
  ms.sort((x, y) => x.start - y.start);
}
