import type { Language } from '../sources';
import type { Sentence } from '../text/types';
import type { Claim } from './types';
import { joinInterruptedQuotes } from './interrupted-quotes';
import { nominativeAdjective, titleNominativePl } from './org-names-pl';
import { findQuotePairs, outermostPairs, type QuotePair } from '../text/quote-marks';
import { COMPANY_ABBR, SECOND_LEGAL_FORM } from '../text/sentences';
import { BEFORE_VERB_EN, EN_FUNCTION_OPENER, EN_PEOPLE_PLURAL, PLATFORMS, PREPOSITIONS, englishPluralPeopleEnd, findMentions, institutionInGroup, isDomainDot, isOneOfWord, oneOfNominative, tokenize, type Mention, type RoleDesc, type Token } from './mentions';
import { englishSpeechBase, polishSpeechVerbForms, speechVerb, type SpeechVerbForm, type VerbGender } from './speech-verbs';
import { EntityTable, entityName, figureOf, genderCompatible, makeSpeaker, officeOf, roleScore, type Entity } from './speakers';
import { figureRoles } from './public-figures';
import { nationalityBefore } from './nationality';
import { givenNameLemma } from './given-names';
import { OUTLET_HEAD, REGION_ADJ_PL, complementKey, demonymGender, isEpithetHead, groupLemma, isGroupNoun, isPlaceName, orgHead, roleHead, roleNominative, isNonNameCap, isNationalityAdjective, demonymCountry, demonymNominative, type Gender } from './roles';

/**
 * Quote and reported-speech detection (issue 3, "who said what"). Each sentence is tokenised and
 * its possible speaker mentions found; the article's entity table is built from all mentions; then
 * attribution frames are matched sentence by sentence:
 * - `quote.headline-colon`: `Jens Stoltenberg: Rosja nie może…`
 * - `quote.direct.dash`: `- Otóż są one … - podkreślił szef NATO.` (also several sentences)
 * - `quote.direct.after-dash-verb` / `quote.dash-tail`: `"…" - powiedział X`, `NATO jest gotowe … - poinformował X`
 * - `quote.direct.after-verb`: `"…" powiedział Seehofer`, `"…," said Smith`, `"…," Smith said`
 * - `quote.direct.before-colon`: `X powiedział: "…"`, `X komentuje: – …`
 * - `quote.direct.block`: `Policjanci przypominają:` closing a paragraph, then a paragraph with no marks
 * - `quote.partial.reported`: a quotation filling most of a reported clause
 * - `quote.reported.ze` / `.that` / `.bare` / `.colon`: `X podkreślił, że …`, `X said (that) …`
 * - `quote.reported.jak`: `Jak podaje polskie MSZ, …`; `quote.reported.wedlug` / `.zdaniem` / `.according-to`
 * - `quote.reported.owned`: `odrzuciła argumenty prezydenta, że …` (the claim's owner in the genitive)
 * - `quote.reported.opinion-of`: `… to realny scenariusz. To opinia profesora X.`, `… That is the view of the IMF.`
 * - `quote.direct.context`: a long quotation whose speaker is known only from the context.
 */

const RELATIVE_WORD = /^(który|która|które|którego|której|których|którym|którymi|którą|which|whom)$/;

/** True when the token opens or sits in a relative clause (`spotkanie, na które Nawrocki zaprosił`): its subject is not what the text goes on about. */
function inRelativeClause(tokens: Token[], t0: number): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - 6; k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (RELATIVE_WORD.test(t.lower)) return true;
  }
  return false;
}

/**
 * The end of a Polish group noun's complement starting at token `k`: one or two lower-case genitive
 * words (`szpitali powiatowych`, `mieszkańców wsi`), or `z`/`ze` and an institution's capitalised name
 * (`z Krakowskiego Szpitala Specjalistycznego im. Jana Pawła II`); `k` when there is none.
 */
function groupComplementEnd(t: Token[], k: number): number {
  let e = k;
  // (A word in -li or -ły may be a verb — `protestowali` — unless a genitive adjective follows it: `szpitali powiatowych`.)
  while (e < k + 2 && t[e]?.word && !t[e].cap && /\p{Ll}{2}(?:ów|ych|ich|i|y|ek|ej)$/u.test(t[e].lower) && !/(?:ją|ą)$/u.test(t[e].lower) && !COMPLEMENT_STOP_PL.test(t[e].lower) &&
    !(/(?:ły|li)$/u.test(t[e].lower) && !/\p{Ll}(?:ych|ich)$/u.test(t[e + 1]?.lower ?? ''))) e++;
  if (e > k) return e;
  if ((t[k]?.lower === 'z' || t[k]?.lower === 'ze') && t[k + 1]?.word && t[k + 1].cap) {
    e = k + 1;
    while (e < t.length && e - k <= 10 && ((t[e].word && (t[e].cap || t[e].lower === 'im')) || (t[e].text === '.' && t[e - 1]?.lower === 'im'))) e++;
    return e;
  }
  return k;
}

const COMPLEMENT_STOP_PL = /^(?:którzy|które|który|która|więcej|mniej|dzisiaj|wczoraj|jutro|teraz|także|również|nadal|ponownie|wszyscy|niektórzy)$/;

const DEMONSTRATIVE_SUBJECT: Record<string, 'm' | 'f'> = { Ten: 'm', Ta: 'f' };
const SUBJECT_ADVERB_PL = /^(?:od|natychmiast|jednak|zaś|również|także|też|szybko|wkrótce|wówczas|wtedy|następnie|jeszcze|już)$/;

/** A Polish past-tense verb form of the gender (`wziął`, `zapowiedziała`). */
function isPastOf(t: Token | undefined, g: 'm' | 'f'): boolean {
  return !!t?.word && !t.cap && (g === 'm' ? /\p{Ll}ł$/u : /\p{Ll}ła$/u).test(t.lower);
}

/** True when the token sits in the question after an opening `Zapytany, czy …,` / `Asked whether …,`: what was asked about, not who answers. */
function inAskedClause(tokens: Token[], t0: number): boolean {
  if (!ASKED_PARTICIPLE.test(tokens[0]?.text ?? '') || tokens[1]?.text !== ',') return false;
  for (let k = 2; k < t0; k++) if (tokens[k].text === ',') return false;
  return t0 > 1;
}

const ASKED_PARTICIPLE = /^(?:(?:za|do)?pyt(?:ywan|an)(?:y|a|i)|asked)$/i;

interface SentInfo {
  lang: Language;
  s: Sentence;
  idx: number;
  tokens: Token[];
  mentions: Mention[];
  pairs: Array<QuotePair & { fullClose?: number }>;
  /** True when the whole unit lies inside a quotation left open to its paragraph's end (wire style). */
  insideOpenQuote?: boolean;
}

interface Frame {
  rule: string;
  direct: boolean;
  first: number;
  last: number;
  claimStart: number;
  claimEnd: number;
  quoteStart: number;
  quoteEnd: number;
  verb: SpeechVerbForm | null;
  verbPos: number;
  /** Sentence holding the speaker mention. */
  mSent: number;
  speaker: Mention | null;
  /** How to find the speaker when there is no mention. */
  fallback: 'context' | 'next-or-context' | 'none';
  fallbackName: string | null;
  /** Unowned data (`Według szacunku, …`): the institution just named owns it, when there is one. */
  ownerFromContext?: boolean;
  /** The speaker owns a claim someone else reports (`X rejected Ofgem's warning that …`): no one spoke here. */
  owned?: boolean;
  /** Said in a relative clause (`police who have confirmed they …`): a statement of its own inside another's. */
  relative?: boolean;
  /** The stem of that source noun (`rapor`): an earlier sentence naming the same document finds its owner. */
  sourceStem?: string;
  /** A dash line opened after a colon (`dodaje: - To kwestia …`): it runs on over its paragraph. */
  colonDash?: boolean;
  /** A dash tail after a single word (`Wstyd! - powiedział.`): kept only when earlier sentences of the paragraph extend it. */
  shortTail?: boolean;
  /** An impersonal tail (`– podano w komunikacie.`): it covers its own sentence only. */
  impersonalTail?: boolean;
  /** Source written in quotation marks (`według „Newsweeka”`). */
  quotedSource: { start: number; end: number; text: string } | null;
  priority: number;
  /** A participle clause (`…, adding that …`): its speaker is the one who just spoke in the sentence. */
  participle?: boolean;
  /** The content ends where the opening participle clause does (`Noting that …, Judge X …`). */
  endsAtClause?: boolean;
  /** A quoted subheading inside the body (`"Inne państwa nas gonią"`): the section below says whose words they are. */
  heading?: boolean;
  /** For a quoted subheading: the later quotation that repeats its words (its speaker is the subheading's). */
  echo?: Frame;
  /** A speech verb with a subject but no content (`wypowiedział się także George W. Bush`): no claim, but a speaker. */
  silent?: boolean;
  /** The reader's tail (`– czytamy na Onecie`): it names where the words were read, not who said them. */
  readerTail?: boolean;
}

const DASH = /^[-–—]$/;
const OPEN_QUOTES = '„"“«»‚‘\'”″';
const CLOSE_QUOTES = '”"“»«’‘\'″';
const CLAUSE_WORDS = new Set([
  'że', 'iż', 'który', 'która', 'które', 'którzy', 'których', 'którym', 'a', 'ale', 'lecz', 'jednak', 'gdy', 'kiedy',
  'bo', 'ponieważ', 'aby', 'żeby', 'jeśli', 'jeżeli', 'choć', 'chociaż', 'gdzie', 'co', 'czy', 'that', 'which', 'who',
  'while', 'because', 'but', 'although', 'when', 'if', 'whereas', 'and', 'where',
]);
const CONTENT_INTRO = new Set(['że', 'iż', 'jakoby', 'that']);
const SOURCE_NOUNS = new Set([
  'szacunków', 'danych', 'badań', 'informacji', 'informacjami', 'danymi', 'ustaleniami', 'szacunkami', 'wyliczeniami', 'doniesieniami', 'komunikatem', 'raportem', 'źródeł', 'źródła', 'raportu', 'raportów', 'sondażu', 'sondaży',
  'ustaleń', 'wyliczeń', 'opinii', 'relacji', 'doniesień', 'komunikatu', 'statystyk', 'obliczeń', 'analiz', 'analizy',
  'oświadczenia', 'szacunku', 'ekspertów', 'specjalistów', 'naukowców', 'analityków', 'mediów', 'gazety', 'agencji',
  'prognoz', 'prognozy', 'prognozą', 'prognozami', 'wyliczenia', 'badania', 'wyników', 'sources', 'officials', 'estimates', 'data', 'reports', 'figures', 'experts', 'analysts',
  'summary', 'survey', 'poll', 'statement', 'study', 'report', 'analysis', 'document', 'filing', 'tally', 'count',
  'calculations', 'records', 'census', 'projections', 'findings', 'pomiarów', 'measurements',
]);
// Adjectives that describe someone not met before (`starszy mężczyzna`, `inna kobieta`).
const PL_FRESH_DESCRIPTION = /^(?:starszy|starsza|młody|młoda|młodszy|młodsza|jakiś|jakaś|inny|inna|kolejny|kolejna|następny|następna|pewien|pewna|nieznany|nieznana|drugi|druga)$/;
// A photo caption inside the text.
const PHOTO_CAPTION = /\bpictured\b|\((?:Photo|Picture|Image|Fot|Foto|Zdjęcie)(?:\.|:)|\bPhotos?:\s|\bFot\.\s|\bfot\.\s/u;
// Of those, the words that say only that the person is new, not what they are like (`inna`, `kolejny`).
const PL_ONLY_NEW = /^(?:inn|kolejn|następn|drug|jakiś|jakaś|pew)/;
// Nouns that say only that someone is a person (`mężczyzna`, `kobieta`).
const PLAIN_PERSON_HEAD = /^(?:mężczyzna|kobieta|chłopak|chłopiec|dziewczyna|dziewczynka|człowiek|osoba|pan|pani|mieszkaniec|mieszkanka|man|woman|boy|girl|teenager|victim|survivor|widow|mother|father|wife|husband|daughter|son|sister|brother)$/;
// Titles an institution gives one person at a time (`prezes NBP`, `szef MSZ`), unlike `poseł PiS`.
const SOLE_OFFICE_HEAD = /^(prezes|przewodniczący|premier|prezydent|szef|minister|marszałek|dyrektor|komendant|prokurator generalny|rektor|burmistrz|wójt|starosta|wojewoda|governor|president|chairman|chair|director|secretary|minister)$/;
// Nouns after `według` that name a work, a plan or a rule, not what someone says.
const NOT_A_SOURCE_PL = /^(?:scenariusza|scenariuszy|powieści|projektu|projektów|pomysłu|reżyserii|planu|planów|harmonogramu|receptury|przepisu|wzoru|regulaminu|libretta|kolejności|cennika|rozkładu|schematu|metody|metodologii|kryteriów|klucza|zasad|zasady|tradycji|zwyczaju|obyczaju|uznania|potrzeb|alfabetu)$/;
// Source nouns that name no one when nothing follows (`według prognoz`, `wg wyników`).
const SOURCE_NEEDS_OWNER = new Set(['pomiarów', 'measurements', 'prognoz', 'wyników', 'danych', 'informacji', 'data', 'figures', 'estimates', 'analiz', 'analizy', 'obliczeń', 'wyliczeń', 'statystyk', 'ustaleń', 'badań', 'raportu', 'raportów', 'sondażu', 'sondaży', 'szacunków', 'szacunku', 'komunikatu', 'oświadczenia', 'relacji', 'doniesień', 'opinii', 'reports', 'raportem', 'komunikatem', 'danymi', 'ustaleniami', 'wyliczeniami', 'szacunkami', 'informacjami']);
const TITLE_INTRO = /(?:^|\s)(pt\.?|pod\s+tytułem|tytułem|tytule|programie|program|programu|artykule|artykułu|artykuł|książce|książki|filmie|filmu|gazecie|dzienniku|tygodniku|akcji|akcja|operacji|kryptonimem|hasłem|pod\s+nazwą|nazwą|titled|called|named|dubbed|so-called|tzw\.?|show)\s*$/iu;
const FIRST_PERSON = /(?:^|[^\p{L}])(jestem|jesteśmy|będziemy|byliśmy|mamy|możemy|musimy|chcemy|uważam|sądzę|myślę|wiem|nasz\p{L}*|moim|mój|moja|moje|my|nam|nas|mnie|ja|we|our|us|I|my|me)(?:[^\p{L}]|$)|\p{L}(?:śmy|łem|łam)(?:[^\p{L}]|$)/u;

const WORD_RUN = /[\p{L}\p{N}]+/gu;
// Title and name abbreviations whose dot does not end an attribution (`kpt. Marek Dziura`, `ds. CPK`).
// Honorifics and titles written in full before an English name (`Sir Keir Starmer`, `Judge McCartan`).
const HONORIFIC_EN = /^(miss|mx|sir|dame|lord|lady|judge|magistrate|justice|professor|reverend|rev|father|sister|cardinal|bishop|archbishop|rabbi|imam|coach|mayor|sheriff|chancellor|president|senator|governor|councillor|cllr|constable|inspector|detective|sergeant|superintendent|captain|colonel|general|major|lieutenant|commander|admiral|commissioner)$/;
const TITLE_ABBR = /^(coun|cnr|cr|clr|ald|prok|kpt|płk|ppłk|mjr|gen|prof|dr|hab|mec|adw|ks|bp|abp|kard|st|ds|red|inż|mgr|lek|dyr|insp|nadinsp|podinsp|nadkom|kom|podkom|asp|sierż|sztab|szt|mł|post|szer|kpr|por|ppor|podpor|plut|chor|bryg|nadbryg|dh|sekc|ogn|kmdr|adm|mr|mrs|ms|sen|rep|gov|lt|col|capt|sgt|supt|det|cllr|atty|asst|jr|sr|co|inc|corp|ltd|u\.s)$/;

/**
 * Whether `s` has at least `n` letter/digit runs. Every caller compares a word count with a
 * small threshold, so counting stops there (and `test` builds no match arrays).
 */
function hasWords(s: string, n: number): boolean {
  WORD_RUN.lastIndex = 0;
  let k = 0;
  while (k < n && WORD_RUN.test(s)) k++;
  return k >= n;
}

function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:\-–—]/u.test(text[a])) a++;
  while (b > a && /[\s,;:.\-–—]/u.test(text[b - 1])) b--;
  return [a, b];
}

/** A quotation's inner span without its marks and outer spaces. */
function innerSpan(text: string, p: QuotePair): [number, number] {
  let a = p.open + 1;
  // (`““It appears …`: a mark typed twice is one.)
  if (text[a] === text[p.open] && p.openChar !== "'") a++;
  // (A closing pair of single marks, `’’`, is two characters wide; `close` is its second.)
  let b = p.closeChar.length === 2 ? p.close - 1 : p.close;
  while (a < b && /\s/u.test(text[a])) a++;
  while (b > a && /[\s,;]/u.test(text[b - 1])) b--;
  // A quoted passage often ends with its sentence's full stop inside the marks: keep it, but a
  // comma before the closing mark (`"…," he said`) is punctuation of the frame.
  return [a, b];
}

const THAT_ONLY_LEMMA = /^(accept|indicate|hint|signal|project|highlight|imply|expect|welcome)$/;

/** `that` after a few adverbs and a time phrase after the verb at `i` (`strongly last month that`, `on Monday that`). */
function thatAfterAdverbials(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const x = tokens[k];
    if (x.lower === 'that') return k > i + 1;
    if (!x.word || !(/\p{Ll}{3}ly$/u.test(x.lower) || /^(last|this|next|on|in|earlier|later|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|again|also)$/.test(x.lower))) return false;
  }
  return false;
}

/** `expects the economy will contract`: a short subject, then a modal, after the verb at `i`. */
function modalClauseAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const x = tokens[k];
    if (!x.word) return false;
    if (/^(will|would|could|might|may|should|won't|wouldn't)$/.test(x.lower)) return k > i + 1 && !/^(to)$/.test(tokens[i + 1].lower);
    if (x.lower === 'to' || x.lower === 'that') return false;
  }
  return false;
}

/** A capitalised word, a subject pronoun, or a title or institution noun at `k` (a subject's last word). */
function subjectWordBefore(tokens: Token[], k: number): boolean {
  const x = tokens[k];
  return !!x && (x.cap || /^(he|she|it|they)$/i.test(x.text) || (x.word && (!!roleHead(x.lower) || !!orgHead(x.lower))));
}

const EN_NOUN_DETERMINER = /^(?:the|a|an|no|any|some|his|her|their|its|our|my|your|these|those|such|many|few|several|of)$/;
const EN_NOUN_ADJECTIVE = /^(?:real|growing|mounting|widespread|serious|genuine|renewed|further|similar|unfounded|baseless|false|initial|earlier|previous|repeated|public|early)$/;

function isSpeechToken(tokens: Token[], i: number, lang: Language, inPair: (pos: number) => boolean): SpeechVerbForm | null {
  const t = tokens[i];
  if (!t.word) return null;
  // The lexicon lookup first: it rules out almost every token without scanning the quote pairs.
  // Asked for the same token by several frame rules: the answer is kept on the token.
  let v = t.svLang === lang ? t.svC : undefined;
  if (v === undefined) {
    v = speechVerb(t.text, lang) ?? (lang === 'en' ? contextVerb(tokens, i) : contextVerbPl(tokens, i));
    t.svC = v;
    t.svLang = lang;
  }
  if (!v || inPair(t.start)) return null;
  // (`…, pointing out that …` speaks; `pointing a gun at …` does not.)
  if (lang === 'en' && t.lower === 'pointing' && tokens[i + 1]?.lower !== 'out') return null;
  // (`He went on to say that …`, `continued to say`: an infinitive that carries the subject's statement.)
  if (lang === 'en' && tokens[i - 1]?.lower === 'to' && ((tokens[i - 2]?.lower === 'on' && /^(went|go|goes|going|gone)$/.test(tokens[i - 3]?.lower ?? '')) || /^(continued|continues|proceeded)$/.test(tokens[i - 2]?.lower ?? ''))) return { ...v, gender: 'any', tense: 'past' };
  // (`Corbyn will say: …`, `She would tell voters …`: a base form after a modal agrees with any subject, and its subject is before the modal.)
  if (lang === 'en' && /^(will|would|could|should|might|may|must|can|shall)$/.test(tokens[i - 1]?.lower ?? '') && v.tense === 'present' && v.gender === 'pl') return { ...v, gender: 'any', tense: 'future', weak: false };
  // (`He did say the company is …`: an emphatic `did` before the base form.)
  if (lang === 'en' && /^(did|does)$/.test(tokens[i - 1]?.lower ?? '') && v.tense === 'present' && v.gender === 'pl') return { ...v, gender: 'any', tense: tokens[i - 1].lower === 'did' ? 'past' : 'present', weak: false };
  // (`its alleged meddling`, `the alleged victim`: a participle after a determiner is an adjective.)
  if (lang === 'en' && /^(alleged|reported|stated|claimed|announced|confirmed|suspected|purported|concluded)$/i.test(t.text) && /^(the|a|an|its|his|her|their|our|my|this|that|these|those|of)$/i.test(tokens[i - 1]?.text ?? '')) return null;
  // (…also after an adverb of time: `the recently concluded UN climate summit`.)
  if (lang === 'en' && /\p{Ll}ed$/u.test(t.text) && /^(recently|newly|just)$/i.test(tokens[i - 1]?.text ?? '') && /^(the|a|an|its|his|her|their|this|that)$/i.test(tokens[i - 2]?.text ?? '')) return null;
  // (`Ksiądz będzie odpowiadał za to, że …`: answering for something is being responsible for it.)
  if (lang === 'pl' && /^odp(?:owiadać|owiedzieć)$/.test(v.lemma) && tokens[i + 1]?.lower === 'za') return null;
  // (`The hearing was told there was …`, `the court has been told …`: evidence given at a hearing.)
  if (lang === 'en' && t.lower === 'told' && /^(was|were|been)$/.test(tokens[i - 1]?.lower ?? '') && HEARING_BODY.test((tokens[i - 1].lower === 'been' ? tokens[i - 3] : tokens[i - 2])?.text ?? '') && tokens[i + 1]?.word && !/^(to|by|of|about)$/.test(tokens[i + 1].lower)) return HEARING_VERB;
  // (A passive says nothing of the subject's: `families who have been denied asylum`, `was told to leave`.)
  if (lang === 'en' && /^(been|being|was|were|is|are|be)$/i.test(tokens[i - 1]?.text ?? '') && /(?:ed|told|said|written)$/i.test(t.text)) return null;
  // (`accepted`, `indicated`, `projected`: verbs of saying only right before `that`.)
  // (Their present forms are nouns too — `previous projects that can cover the costs` — and count only after a name or pronoun.)
  // (…also past an adverb and a time: `Mori hinted strongly last month that …`; `expects` also before a
  // clause with a modal: `The fund now expects the economy will contract …`, and so do indicating,
  // signalling and hinting: `the Government has indicated it will delay …`.)
  // (A forecast is an institution's or a person's own, not a relative clause's hope: `investors who had expected that …`.)
  if (lang === 'en' && v.lemma === 'expect' && [1, 2].some((d) => /^(who|which|that|had|have|been)$/.test(tokens[i - d]?.lower ?? ''))) return null;
  if (lang === 'en' && THAT_ONLY_LEMMA.test(v.lemma) && (!(tokens[i + 1]?.lower === 'that' || thatAfterAdverbials(tokens, i) || (/^(expect|indicate|signal|hint)$/.test(v.lemma) && (modalClauseAfter(tokens, i) || (v.lemma !== 'expect' && /^(it|he|she|they|we)$/.test(tokens[i + 1]?.lower ?? '') && /^(is|are|was|were|has|have|had)$/.test(tokens[i + 2]?.lower ?? ''))))) ||
    // (…or after a title or an institution noun: `The coach indicates that …`.)
    // (…past an adverb: `The IMF now expects the economy will contract …`.)
    (!/(?:ed|ing)$/.test(t.lower) && !subjectWordBefore(tokens, /^(now|also|still|currently|already|further|broadly)$/i.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1)))) return null;
  // (`There were no real fears that …`, `growing concerns that …`: a plural noun after a determiner or a
  // common adjective is no verb.)
  if (lang === 'en' && v.tense === 'present' && /\p{Ll}s$/u.test(t.text) && (EN_NOUN_DETERMINER.test(tokens[i - 1]?.lower ?? '') ||
    (EN_NOUN_ADJECTIVE.test(tokens[i - 1]?.lower ?? '') && (EN_NOUN_DETERMINER.test(tokens[i - 2]?.lower ?? '') || !tokens[i - 2]?.word)))) return null;
  if (v.weak) {
    // (An adverb may stand between: `The Wall Street Journal first reported …`, `The agency also reports …`.)
    // (…and an auxiliary or an adverb of frequency: `Bamber has always claimed he was innocent`.)
    let pk = i - 1;
    while (lang === 'en' && pk > i - 4 && pk > 0 && /^(first|also|later|previously|earlier|initially|originally|has|have|had|always|repeatedly|consistently|long|publicly|privately|since|now|often)$/i.test(tokens[pk]?.text ?? '') && !!tokens[pk - 1]?.word) pk--;
    const prev = tokens[pk];
    // (`the United States`, `Fox Reports`: a capitalised weak form after a capitalised word is a name's part.)
    if (lang === 'en' && t.cap && prev?.cap && prev.word && /\p{Ll}s$/u.test(t.text) && t.text !== 'Says') return null;
    // `Smith claims …` but not `the claims …`: a weak form needs a name or pronoun right before it.
    // (Or an institution or title noun: `The agency reported that …`, `the spokesman reported …`.)
    // (…or any noun right before it when `that` follows: `The report states that …`, `Parents from both
    // schools say that …`.)
    const thatNext = lang === 'en' && tokens[i + 1]?.lower === 'that' && !!prev?.word && !/^(the|a|an|these|those|this|its|his|her|their|our|my|of|in|on|at|for|with|to|and|or|by)$/i.test(prev.text) && !/\p{Ll}ly$/u.test(prev.text);
    // (…or a plural noun of people: `The migrants say they …`, `residents say`.)
    // (…in the past tense too, which marks no number: `…, inspectors reported.`)
    const peoplePlural = lang === 'en' && !!prev?.word && !prev.cap && EN_PEOPLE_PLURAL.test(prev.text) && (v.gender === 'pl' || v.tense === 'past');
    // (…or a two-word title ending in `general`: `The agency’s director general believes …`.)
    const generalTitle = lang === 'en' && prev?.lower === 'general' && !!roleHead(tokens[i - 2]?.lower ?? '');
    // (…or a group with its complement: `The mayors of Canada’s largest cities say …`, `Critics of the policy believe …`.)
    const groupOf = lang === 'en' && v.gender === 'pl' && !!prev?.word && !prev.cap && groupWithComplementBefore(tokens, i);
    if (!prev || !(prev.cap || thatNext || peoplePlural || generalTitle || groupOf || /^(he|she|they|it)$/i.test(prev.text) || CLOSE_QUOTES.includes(prev.text) || prev.text === ',' || isGroupNoun(prev.text) || (prev.word && (orgHead(prev.text) || roleHead(prev.text))))) return null;
    // (After a comma only as an inverted tail or before its clause: `…, shared governance, …` is a list.)
    const next = tokens[i + 1];
    // (…but an inverted tail may name a bare group, perhaps with one adjective: `…, say researchers.`,
    // `…, warn local officials.`)
    if (prev.text === ',' && next?.word && !next.cap && !/^(that|the|a|an|he|she|they|it|his|her|their)$/i.test(next.text) && !(lang === 'en' && invertedGroup(tokens, i + 1))) return null;
  }
  // Capitalised mid-sentence forms (`Mówi`, `Dodał`) are fine; `Said` as a surname is not an issue in practice.
  return v;
}

/** A group noun and its `of`/`at`/`from` complement right before token `i` (`critics of the policy`). */
function groupWithComplementBefore(t: Token[], i: number): boolean {
  for (let k = i - 1; k > 0 && i - k <= 8; k--) {
    const x = t[k];
    if (!x.word && x.text !== '’' && x.text !== "'") return false;
    if (/^(of|at|from|in|for|across|around)$/.test(x.lower)) return k < i - 1 && !!t[k - 1]?.word && (!t[k - 1].cap || k - 1 === 0) && (isGroupNoun(t[k - 1].text) || EN_PEOPLE_PLURAL.test(t[k - 1].text.toLowerCase()));
  }
  return false;
}

/** A Polish ` – mówi Jan Kowalski – ` inside a quotation (`open`…`close`): its verb, form and named speaker. */
function dashAttributionInside(info: SentInfo, open: number, close: number): { verb: number; form: SpeechVerbForm; speaker: Mention } | null {
  const t = info.tokens;
  for (let k = 0; k + 3 < t.length; k++) {
    if (t[k].start <= open || t[k].start >= close || !DASH.test(t[k].text) || t[k].start === t[k - 1]?.end) continue;
    const form = speechVerb(t[k + 1].text, 'pl');
    if (!form || form.needsContent) continue;
    const m = info.mentions.find((x) => x.t0 === k + 2 && (x.kind === 'person' || x.kind === 'role' || x.kind === 'org'));
    if (!m || !DASH.test(t[m.t1]?.text ?? '') || t[m.t1].start >= close) continue;
    return { verb: k + 1, form, speaker: m };
  }
  return null;
}

/** A bare plural of people (`researchers`, `local officials`) at `k` that ends its clause. */
function invertedGroup(t: Token[], k: number): boolean {
  const people = (x: Token | undefined): boolean => !!x?.word && !x.cap && (isGroupNoun(x.text) || EN_PEOPLE_PLURAL.test(x.text));
  const n = people(t[k]) ? k + 1 : t[k]?.word && !t[k].cap && /\p{Ll}{3}$/u.test(t[k].text) && people(t[k + 1]) ? k + 2 : -1;
  return n > 0 && (!t[n] || /^[.,;!?]$/.test(t[n].text));
}

// English verbs that report only after certain subjects: `the BBC understands` (a newsroom's
// sourcing formula), `a court heard` / `the inquest heard` (evidence given in court).
const SOURCING_VERB: SpeechVerbForm = { lemma: 'understand', lang: 'en', reflexive: false, needsContent: false, person: 3, gender: 'any', tense: 'present', weak: false };
const HEARING_VERB: SpeechVerbForm = { lemma: 'hear', lang: 'en', reflexive: false, needsContent: false, person: 3, gender: 'any', tense: 'past', weak: false };
const FINDING_VERB: SpeechVerbForm = { lemma: 'find', lang: 'en', reflexive: false, needsContent: true, person: 3, gender: 'any', tense: 'past', weak: false };
const CONTINUE_VERB: SpeechVerbForm = { lemma: 'continue', lang: 'en', reflexive: false, needsContent: false, person: 3, gender: 'any', tense: 'past', weak: false };
const HEARING_BODY = /^(court|courts|inquest|jury|tribunal|hearing|trial|committee|inquiry)$/i;

// An institution's records, which speak for it (`Records show …`), unlike bare figures or results.
const RECORDS_NOUN = /^(records|documents|filings|transcripts|minutes)$/i;

const BELIEF_ADJ = /^(confident|optimistic|hopeful|convinced|adamant)$/;
const BELIEF_VERB: SpeechVerbForm = { lemma: 'be confident', lang: 'en', reflexive: false, needsContent: true, person: 3, gender: 'any', tense: 'present', weak: false };
const MAKE_CLEAR_VERB: SpeechVerbForm = { lemma: 'make clear', lang: 'en', reflexive: false, needsContent: true, person: 3, gender: 'any', tense: 'past', weak: false };

const READ_VERB: SpeechVerbForm = { lemma: 'read', lang: 'en', reflexive: false, needsContent: false, person: 3, gender: 'any', tense: 'past', weak: false };

const POST_VERB: SpeechVerbForm = { lemma: 'post', lang: 'en', reflexive: false, needsContent: false, person: 3, gender: 'any', tense: 'past', weak: false };

/** A named person of gender `g` mentioned outside quotations after sentence `from` and before frame `f`'s quotation. */
function personNamedBetween(infos: SentInfo[], from: number, f: Frame, g: VerbGender): boolean {
  for (let i = from + 1; i <= f.first && i < infos.length; i++) {
    const si = infos[i];
    if (i < f.first && (si.pairs.length || DASH_OPEN.test(si.s.text))) continue;
    if (si.mentions.some((m) => m.kind === 'person' && (m.name?.length ?? 0) >= 2 && m.start < f.quoteStart && genderCompatible(m.gender, g))) return true;
  }
  return false;
}

/**
 * The start of words opened by a dash inside a sentence — after a colon (`… do powołania zawodników: - To
 * była …`) or after a lower-case word before a capital that starts no name (`… słabo dopasowanym - Tyle
 * jeździć …`) — in sentence `i` before `end` or in one of the few sentences before it in its paragraph,
 * with only plain sentences between.
 */
function colonDashOpener(infos: SentInfo[], i: number, frames: Frame[], consumed: Set<number>, end: number): { start: number; sentence: number } | null {
  for (let back = 0; back <= 8; back++) {
    const p = infos[i - back];
    if (!p || p.s.paragraph !== infos[i].s.paragraph || p.s.kind !== 'sentence' || p.pairs.length) return null;
    if (back > 0 && (consumed.has(i - back) || frames.some((f) => f.first <= i - back && f.last >= i - back) || DASH_OPEN.test(p.s.text))) return null;
    const t = p.tokens;
    for (let k = t.length - 3; k >= 1; k--) {
      if (back === 0 && t[k + 2].start >= end) continue;
      if (!DASH.test(t[k + 1].text) || !(t[k + 1].start > t[k].end && t[k + 2].start > t[k + 1].end)) continue;
      if (t[k].text === ':') return { start: t[k + 2].start, sentence: i - back };
      // (Without a colon the words must sound spoken — a question, an exclamation, the first person — and
      // the capital may open no name but a lone word the mention finder took for one: `Tyle jeździć …?`.)
      const w = t[k + 2];
      if (p.lang === 'pl' && t[k].word && !t[k].cap && w.word && w.cap && !w.acronym && !givenNameLemma(w.text) &&
        !p.mentions.some((m) => m.t0 === k + 2 && m.kind !== 'pronoun' && !(m.kind === 'person' && m.t1 === k + 3 && !m.role)) &&
        hasWords(p.s.text.slice(w.start - p.s.start), 3)) {
        const words = infos.slice(i - back, i + 1).map((x) => x.s.text).join(' ').slice(w.start - p.s.start);
        if (/[?!]/.test(words) || FIRST_PERSON.test(words)) return { start: w.start, sentence: i - back };
      }
    }
  }
  return null;
}

function contextVerb(tokens: Token[], i: number): SpeechVerbForm | null {
  const w = tokens[i].lower;
  // `…, the Dallas Police Department posted on Twitter.`: posting on a social network is saying.
  if (w === 'posted' || w === 'posts') {
    return tokens[i + 1]?.lower === 'on' && /^(twitter|facebook|x|instagram|telegram|linkedin|threads|bluesky|social|its|his|her|their)$/i.test(tokens[i + 2]?.text ?? '') ? { ...POST_VERB, tense: w === 'posts' ? 'present' : 'past' } : null;
  }
  if (w === 'understands') {
    const prev = tokens[i - 1];
    return prev && prev.word && (prev.acronym || (prev.cap && i >= 2 && /^(the|,)$/i.test(tokens[i - 2].text)) || orgHead(prev.text)) ? SOURCING_VERB : null;
  }
  // (`The association is demanding that the EU … tear up the deal`: a demand with its `that` clause.)
  if ((w === 'demanding' || w === 'demanded' || w === 'demands') && tokens[i + 1]?.lower === 'that') {
    return { lemma: 'demand', lang: 'en', reflexive: false, needsContent: true, person: 3, gender: 'any', tense: w === 'demanded' ? 'past' : 'present', weak: false };
  }
  // `He did stress that …`, `does insist …`: the emphatic auxiliary before the base form.
  if (/^(did|does)$/.test(tokens[i - 1]?.lower ?? '')) {
    const f = englishSpeechBase(w);
    if (f) return { ...f, tense: tokens[i - 1].lower === 'did' ? 'past' : 'present' };
  }
  // `A Reuters survey showed …`, `The study found that …`: a finding after its source noun.
  // (Not inside someone's words: `Google said its data shows that …` is Google's claim.)
  // `Mr Burnham made clear that …`, `made it clear that …`: making clear is saying.
  // `Craig Tiley is confident the season's first grand slam won't be …`, `remains hopeful that …`: being
  // confident of something is holding it true, as a belief is.
  // (…also after `has been`: `Boris Johnson has been adamant he will not seek …`.)
  if (BELIEF_ADJ.test(w) && /^(is|was|are|were|remains|remained|appeared|seemed|been)$/.test(tokens[i - 1]?.lower ?? '')) return BELIEF_VERB;
  // (`UK officials have made it clear progress needs to be made`: the `that` left out before a clause.)
  if (w === 'clear' && tokens[i - 1]?.lower === 'it' && /^(made|make|makes|making)$/.test(tokens[i - 2]?.lower ?? '') && /^(he|she|they|it|we|i|there|the|this|progress|talks|no)$/i.test(tokens[i + 1]?.text ?? '') && tokens.slice(i + 2, i + 6).some((x) => /^(is|are|was|were|will|would|must|needs|need|has|have|had|can|could|should)$/.test(x.lower))) return MAKE_CLEAR_VERB;
  if (w === 'clear' && tokens[i + 1]?.lower === 'that' && (/^(made|make|makes|making)$/.test(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'it' && /^(made|make|makes|making)$/.test(tokens[i - 2]?.lower ?? '')))) return MAKE_CLEAR_VERB;
  if (/^(showed|shows|show|found|finds)$/.test(w)) {
    // (…and a body that judges or investigates, with its clause: `the FTC found that …`, `the jury found that …`.)
    // (…researchers and bodies of research too — `Economists from the LSE Centre for Economic Performance found
    // that …`, `the Office for National Statistics (ONS) found that …`.)
    const before = tokens[i - 1]?.text === ')' && tokens[i - 2]?.acronym && tokens[i - 3]?.text === '(' ? tokens[i - 2] : tokens[i - 1];
    if (w === 'found' && tokens[i + 1]?.lower === 'that' && (before?.acronym || FINDING_BODY.test(before?.text ?? '') || RESEARCH_BODY.test(before?.text ?? ''))) return FINDING_VERB;
    const fn = findingNounBefore(tokens, i);
    if (fn < 0) return null;
    // (The plural `show` only after records or documents — `Records show …` — or with its `that`:
    // `The latest figures show that …`; bare `figures show` is data.)
    if (w === 'show' && !RECORDS_NOUN.test(tokens[fn].text) && tokens[i + 1]?.lower !== 'that') return null;
    for (let k = fn - 1; k >= 0 && fn - k <= 3; k--) if (tokens[k].word && speechVerb(tokens[k].text, 'en')) return null;
    return FINDING_VERB;
  }
  // (`"…," the statement read.`: a document's text quoted before it.)
  if ((w === 'read' || w === 'reads') && DOCUMENT_NOUN.test(tokens[i - 1]?.lower ?? '') && (!tokens[i + 1] || /^[.!?]$/.test(tokens[i + 1].text))) return { ...READ_VERB, tense: w === 'reads' ? 'present' : 'past' };
  // `A statement released by the ministry read: "…"`, `the letter reads "…"`: a document's text, quoted.
  if ((w === 'read' || w === 'reads') && (OPEN_QUOTES.includes(tokens[i + 1]?.text ?? '') || (/^[:,]$/.test(tokens[i + 1]?.text ?? '') && OPEN_QUOTES.includes(tokens[i + 2]?.text ?? '')))) {
    for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
      if (!tokens[k].word) return null;
      if (DOCUMENT_NOUN.test(tokens[k].lower)) return { ...READ_VERB, tense: w === 'reads' ? 'present' : 'past' };
      if (speechVerb(tokens[k].text, 'en')) return null;
    }
    return null;
  }
  // `…, Moore continued.`: going on speaking, only at the end of a clause.
  // (…or inverted after its statement's comma: `…, continued Mr Cremin, adding that …`.)
  if (w === 'continued' || w === 'continues') {
    const inverted = tokens[i - 1]?.text === ',' && !!tokens[i + 1]?.word && tokens[i + 1].cap && !TIME_WORD.test(tokens[i + 1].lower);
    return (/^[.,;]$/.test(tokens[i + 1]?.text ?? '') && tokens[i - 1]?.word && tokens[i - 2]?.text !== 'to') || inverted ? CONTINUE_VERB : null;
  }
  // (`“I apologise to our Magpie Army …,” McRae began.`: beginning to speak, right after a closing quotation
  // mark and a name, closing the sentence.)
  if ((w === 'began' || w === 'begins') && /^[.,;]$/.test(tokens[i + 1]?.text ?? '') && !!tokens[i - 1]?.word && tokens[i - 1].cap) {
    let k = i - 1;
    while (k > 0 && i - k <= 3 && tokens[k - 1].word && tokens[k - 1].cap) k--;
    if (CLOSE_QUOTES.includes(tokens[k - 1]?.text ?? '')) return { ...CONTINUE_VERB, lemma: 'begin', tense: w === 'begins' ? 'present' : 'past' };
  }
  if (w === 'heard') {
    const prev = /^(has|had|was|have)$/i.test(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : tokens[i - 1];
    if (/^(was|have)$/i.test(tokens[i - 1]?.text ?? '')) return null;
    if (prev && HEARING_BODY.test(prev.text)) return HEARING_VERB;
    // (`An inquest into his death heard …`, `the tribunal in Leeds heard …`: the body's own phrase between.)
    for (let k = i - 2; k >= 0 && i - k <= 7; k--) {
      if (!tokens[k].word && tokens[k].text !== "'" && tokens[k].text !== '’') return null;
      if (HEARING_BODY.test(tokens[k].text)) return /^(into|in|at|of|on)$/i.test(tokens[k + 1]?.text ?? '') ? HEARING_VERB : null;
    }
    return null;
  }
  return null;
}

// `Thurnbichler nie ma wątpliwości, że …`: being in no doubt is a statement of the subject's.
// (…and leaving none: `nie pozostawił wątpliwości, że …`.)
const NO_DOUBT_GENDER: Record<string, VerbGender> = { ma: 'any', mają: 'pl', miał: 'm', miała: 'f', mieli: 'pl', miały: 'pl',
  pozostawił: 'm', pozostawiła: 'f', pozostawili: 'pl', pozostawiły: 'pl', pozostawia: 'any', pozostawiają: 'pl', zostawił: 'm', zostawiła: 'f', zostawili: 'pl' };

// `nie ukrywał, że …`, `nie kryje, że …`: not hiding something is saying it.
const NOT_HIDING: Record<string, VerbGender> = { ukrywał: 'm', ukrywała: 'f', ukrywali: 'pl', ukrywały: 'pl', ukrywa: 'any', ukrywają: 'pl', krył: 'm', kryła: 'f', kryli: 'pl', kryje: 'any', kryją: 'pl' };

const BE_GENDER: Record<string, VerbGender> = { jest: 'any', są: 'pl', był: 'm', była: 'f', było: 'n', byli: 'pl', były: 'pl' };

const PHRASE_VERB_GENDER: Record<string, VerbGender> = {
  ma: 'any', mają: 'pl', miał: 'm', miała: 'f', mieli: 'pl', miały: 'pl',
  da: 'any', daje: 'any', dają: 'pl', dał: 'm', dała: 'f', dali: 'pl', dały: 'pl', dawał: 'm', dawała: 'f', dawali: 'pl', dawały: 'pl',
};

// Polish documents in the accusative or nominative that a participle of saying may describe.
const PL_DOCUMENT_NOUN = /^(wyrok|komunikat|oświadczenie|pismo|raport|stanowisko|list|apel|uchwałę|uchwała|decyzję|decyzja|opinię|opinia|wpis|post|dokument|orzeczenie|postanowienie|informację|informacja|analizę|analiza)$/;

const REPORTIVE_MODAL: Record<string, VerbGender> = { ma: 'any', mają: 'pl', miał: 'm', miała: 'f', mieli: 'pl', miały: 'pl', miało: 'n' };
let speechInfinitiveSet: Set<string> | null = null;
/** Infinitives of the Polish verbs of saying (`mówić`, `powiedzieć`, `pisać`). */
function speechInfinitives(): Set<string> {
  return (speechInfinitiveSet ??= new Set([...polishSpeechVerbForms().values()].filter((f) => !f.weak).map((f) => f.lemma)));
}

function contextVerbPl(tokens: Token[], i: number): SpeechVerbForm | null {
  const hide = NOT_HIDING[tokens[i].lower];
  // (…also with an adverb before the comma: `nie ukrywa jednak, że …`.)
  const hc = hide ? (/^(jednak|też|także|również|przy tym)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1) : -1;
  // (…or as a dash tail: `- Istniałoby ryzyko utraty dotacji - nie ukrywa zastępca prezydenta.`)
  if (hide && tokens[i - 1]?.lower === 'nie' && ((tokens[hc]?.text === ',' && CONTENT_INTRO.has(tokens[hc + 1]?.lower ?? '')) || /^[-–—]$/.test(tokens[i - 2]?.text ?? ''))) {
    return { lemma: 'nie ukrywać', lang: 'pl', reflexive: false, needsContent: tokens[hc]?.text === ',', person: 3, gender: hide, tense: hide === 'any' || tokens[i].lower.endsWith('ją') ? 'present' : 'past', weak: false };
  }
  // (`Dziewczyna ma pisać: "…"`, `Prezydent miał powiedzieć, że …`: a reportive `ma`/`miał` before the
  // infinitive of a verb of saying reports what someone said.)
  const modal = REPORTIVE_MODAL[tokens[i - 1]?.lower ?? ''];
  if (modal && tokens[i].lower.endsWith('ć') && speechInfinitives().has(tokens[i].lower)) {
    return { lemma: tokens[i].lower, lang: 'pl', reflexive: false, needsContent: true, person: 3, gender: modal, tense: /^ma(?:ją)?$/.test(tokens[i - 1].lower) ? 'present' : 'past', weak: false };
  }
  // `ma nadzieję, że …`, `dawał do zrozumienia, że …`: phrases that report what someone says or means.
  const phraseGender = PHRASE_VERB_GENDER[tokens[i].lower];
  if (phraseGender && ((/^(ma|mają|miał|miała|mieli|miały)$/.test(tokens[i].lower) && tokens[i + 1]?.lower === 'nadzieję') ||
    (/^(da|dał|dała|dali|dały|daje|dają|dawał|dawała|dawali|dawały)$/.test(tokens[i].lower) && tokens[i + 1]?.lower === 'do' && tokens[i + 2]?.lower === 'zrozumienia'))) {
    const past = /[łi]$|ły$/.test(tokens[i].lower) && !/^(mają|dają)$/.test(tokens[i].lower);
    return { lemma: tokens[i + 1].lower === 'nadzieję' ? 'mieć nadzieję' : 'dać do zrozumienia', lang: 'pl', reflexive: false, needsContent: true, person: 3, gender: phraseGender, tense: past ? 'past' : 'present', weak: false };
  }
  // `Prokuratura jest zdania, że …`, `był zdania, że …`: being of an opinion is stating it.
  const beGender = tokens[i].lower === 'zdania' && tokens[i + 1]?.text === ',' && CONTENT_INTRO.has(tokens[i + 2]?.lower ?? '') ? BE_GENDER[tokens[i - 1]?.lower ?? ''] : undefined;
  if (beGender) return { lemma: 'być zdania', lang: 'pl', reflexive: false, needsContent: true, person: 3, gender: beGender, tense: /^(jest|są)$/.test(tokens[i - 1].lower) ? 'present' : 'past', weak: false };
  // `wydał w środę wyrok stwierdzający, że …`, `komunikat informujący, że …`: a document described by the
  // participle of a verb of saying (its third person plural with `-cy`) states what follows, for whoever
  // issued it.
  // (The cheap tests first: this runs for every token that is no verb of saying.)
  const dp = tokens[i + 1]?.text === ',' && CONTENT_INTRO.has(tokens[i + 2]?.lower ?? '') && PL_DOCUMENT_NOUN.test(tokens[i - 1]?.lower ?? '') ? /^(\p{Ll}{4,}ją)c(?:y|a|e|ego|ej|ym|ą)$/u.exec(tokens[i].lower) : null;
  if (dp) {
    const f = speechVerb(dp[1], 'pl');
    if (f) return { ...f, gender: 'any', tense: 'present', needsContent: true, weak: false };
  }
  if (tokens[i].lower !== 'wątpliwości' || tokens[i - 2]?.lower !== 'nie') return null;
  const g = NO_DOUBT_GENDER[tokens[i - 1]?.lower ?? ''];
  return g ? { lemma: /ostaw/.test(tokens[i - 1].lower) ? 'nie pozostawić wątpliwości' : 'nie mieć wątpliwości', lang: 'pl', reflexive: false, needsContent: true, person: 3, gender: g, tense: g === 'any' ? 'present' : 'past', weak: false } : null;
}

/** Whether `pos` lies strictly inside one of `pairs` (between its marks). */
function strictlyInside(pairs: QuotePair[], pos: number): boolean {
  return pairs.some((p) => pos > p.open && pos < p.close);
}

/** `Axios, which broke the news, said …`, `Axios, a news site, said …`: mention `m` before a relative clause or apposition set off by commas, then a verb of saying. */
function setOffBeforeVerb(info: SentInfo, m: Mention): boolean {
  if (info.lang !== 'en' || info.tokens[m.t1]?.text !== ',' || !/^(who|which|a|an|the)$/i.test(info.tokens[m.t1 + 1]?.text ?? '')) return false;
  for (let q = m.t1 + 2; q < info.tokens.length && q - m.t1 <= 25; q++) if (info.tokens[q].text === ',') return !!info.tokens[q + 1]?.word && speechVerb(info.tokens[q + 1].text, info.lang) !== null;
  return false;
}

/** Splits the article into per-sentence token/mention info and builds the entity table. */
function analyse(text: string, sentences: Sentence[], lang: Language, extraMentionText: Array<[number, number]>): { infos: SentInfo[]; table: EntityTable; allPairs: QuotePair[] } {
  const allPairs = outermostPairs(findQuotePairs(text)).filter((p) => p.close - p.open <= 6000);
  const table = new EntityTable(lang);
  // Names in metadata (the title) are observed first so that `Kaczyński` in the body resolves.
  for (const [a, b] of extraMentionText) {
    const toks = tokenize(text.slice(a, b), a);
    for (const m of findMentions(toks, lang)) table.observe(m, -10, false);
  }
  const infos: SentInfo[] = [];
  let pi = 0;
  // Capitalised words seen inside sentences: a sentence-initial one that also stands mid-sentence
  // (`Sainsbury's is closing …` … `within Sainsbury's`) is a name, not just a capitalised opener.
  const tokenLists = sentences.map((s) => tokenize(s.text, s.start));
  // (Built on first need: few sentences open with a lone capitalised word.)
  let midCapsSet: Set<string> | null = null;
  const midCaps = (word: string): boolean => {
    if (!midCapsSet) {
      midCapsSet = new Set<string>();
      for (const tl of tokenLists) for (let k = 1; k < tl.length; k++) if (tl[k].cap && tl[k].word && tl[k - 1].text !== '.') midCapsSet.add(tl[k].text);
      if (extraMentionText.length) for (const x of tokenize(text.slice(extraMentionText[0][0], extraMentionText[0][1]), 0)) if (x.cap && x.word) midCapsSet.add(x.text);
    }
    return midCapsSet.has(word);
  };
  // Surnames the article writes after a known given name (built on first need).
  let surnameSet: Set<string> | null = null;
  const fullNameSurname = (word: string): boolean => {
    if (!surnameSet) {
      surnameSet = new Set<string>();
      for (const tl of tokenLists) {
        for (let k = 0; k + 1 < tl.length; k++) if (tl[k].cap && tl[k].word && tl[k + 1].cap && tl[k + 1].word && tl[k + 1].start === tl[k].end + 1 && givenNameLemma(tl[k].text)) surnameSet.add(tl[k + 1].text);
      }
    }
    return surnameSet.has(word);
  };
  // Every capitalised word of the text (built on first need).
  let capsSet: Set<string> | null = null;
  const capsHas = (word: string): boolean => {
    if (!capsSet) {
      capsSet = new Set<string>();
      for (const tl of tokenLists) for (const x of tl) if (x.cap && x.word) capsSet.add(x.text);
    }
    return capsSet.has(word);
  };
  if (lang === 'en') {
    const lower = new Set<string>();
    for (const tl of tokenLists) for (const x of tl) if (x.word && !x.cap && x.text.length > 2) lower.add(x.lower);
    table.lowerWords = lower;
  }
  // (`Szef PKP Intercity wyjaśnił`: a word after an acronym that the article writes after that acronym
  // again elsewhere is part of an institution's name — `PKP Intercity` — not the title holder's surname.)
  let bigrams: Map<string, number> | null = null;
  const bigramCount = (a: string, b: string): number => {
    if (!bigrams) {
      bigrams = new Map();
      for (const tl of tokenLists) for (let k = 0; k + 1 < tl.length; k++) if (tl[k].acronym && tl[k + 1].cap && tl[k + 1].word) {
        const key = tl[k].text + ' ' + tl[k + 1].text;
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      }
    }
    return bigrams.get(a + ' ' + b) ?? 0;
  };
  sentences.forEach((s, idx) => {
    while (pi < allPairs.length && allPairs[pi].close < s.start) pi++;
    const pairs: SentInfo['pairs'] = [];
    let insideOpenQuote = false;
    for (let k = pi; k < allPairs.length && allPairs[k].open < s.end; k++) {
      // (A pair that lost its opening mark opens at the line break just before the sentence.)
      const opensHere = allPairs[k].open >= s.start || (allPairs[k].openChar === '' && allPairs[k].open + 1 === s.start);
      if (opensHere && (allPairs[k].close < s.end || (allPairs[k].closeChar === '' && allPairs[k].close <= s.end))) pairs.push(allPairs[k]);
      // (`Mr Davies said: “What Mr Gove said was … . I was seething …` to the paragraph's end: the
      // sentence that opens such a quotation holds it up to its own end.)
      else if (allPairs[k].open >= s.start && allPairs[k].closeChar === '' && allPairs[k].close > s.end) {
        let e = s.end;
        while (e > allPairs[k].open + 1 && /\s/u.test(text[e - 1])) e--;
        pairs.push({ ...allPairs[k], close: e, fullClose: allPairs[k].close });
      }
      // (`“I’ve had one or two conversations. I think I’ve said before that …` to the paragraph's end:
      // the second sentence is the speaker's own words, not the article's report of them.)
      else if (allPairs[k].closeChar === '' && allPairs[k].open < s.start && allPairs[k].close >= s.end - 1) insideOpenQuote = true;
    }
    const tokens = tokenLists[idx];
    // Names in page furniture (`READ: Brewster: '…'`) are no one the article is talking about.
    const mentions = isFurniture(s.text) ? [] : findMentions(tokens, lang);
    // (Nor, as subjects, the people a photo caption shows: `Lisa Hunter and Robyn Koch pictured in
    // Heuston Station (Photo: …)`.)
    const caption = PHOTO_CAPTION.test(s.text);
    // `Po spotkaniu Rosa tłumaczył, że …` after `Kacper Rosa`: a word the gazetteer knows as a place,
    // right before a verb of saying, is the surname of a person the article names in full.
    for (let k = 0; k + 1 < tokens.length; k++) {
      const x = tokens[k];
      if (!x.word || !x.cap || x.acronym || !tokens[k + 1].word || !speechVerb(tokens[k + 1].text, lang) || !isPlaceName(x.text) || !fullNameSurname(x.text)) continue;
      if (mentions.some((m) => m.t0 <= k && m.t1 > k)) continue;
      const at = mentions.findIndex((m) => m.t0 > k);
      mentions.splice(at < 0 ? mentions.length : at, 0, { kind: 'person', start: x.start, end: x.end, t0: k, t1: k + 1, name: [x.text], gender: null, afterPreposition: false, sentenceInitial: false });
    }
    if (lang === 'pl') {
      for (const m of mentions) {
        const acr = tokens[m.t1 - 2];
        if (m.kind !== 'person' || !m.role || m.name?.length !== 1 || m.given || !acr?.acronym || bigramCount(acr.text, m.name[0]) < 2) continue;
        m.kind = 'role';
        m.role = { ...m.role, keys: [...m.role.keys, complementKey(m.name[0])], text: s.text.slice(m.start - s.start, m.end - s.start) };
        m.name = undefined;
        m.gender = m.role.gender;
      }
    }
    for (const m of mentions) {
      // `szkoleniowiec Górnika` where the text also says `Górnik wygrał`: the word after the title is
      // the genitive of a name the article uses (a team, a town), not the title holder's surname.
      // (…and so is a plural genitive in `-ów`, which no surname takes: `prezes Targów w Krakowie`.)
      if (lang === 'pl' && m.kind === 'person' && m.role && m.name?.length === 1 && !m.given && ((/\p{Ll}(?:a|u|y)$/u.test(m.name[0]) && capsHas(m.name[0].slice(0, -1))) || (/\p{Ll}{2}ów$/u.test(m.name[0]) && !tokens[m.t0].cap))) {
        const w = m.name[0];
        m.kind = 'role';
        m.role = { ...m.role, keys: [...m.role.keys, complementKey(w)], text: `${m.role.text} ${w}` };
        m.name = undefined;
        m.gender = m.role.gender;
      }
      // (So is one that opens a sentence as the subject of a plain verb: `Samsung has launched …`.)
      if (m.sentenceInitial && m.kind === 'person' && m.name?.length === 1 && !m.role && !isNonNameCap(m.name[0]) && !givenNameLemma(m.name[0]) &&
        (midCaps(m.name[0]) || (lang === 'en' && /^(has|have|had|is|was|will|would|announced|reported|confirmed|launched|plans|expects|posted|unveiled|recalled)$/.test(tokens[m.t1]?.lower ?? '')))) m.sentenceInitial = false;
      // `Paul Manafort’s lawyer`: a possessive name determines a noun; it is no subject.
      const ch = text.charCodeAt(m.end);
      if ((m.kind === 'person' || m.kind === 'org') && (ch === 39 || ch === 0x2019 || text.charCodeAt(m.end - 1) === 115) && POSSESSIVE_AFTER.test(/['’]s$/u.test(text.slice(m.start, m.end)) ? "'s" + text.slice(m.end, m.end + 16) : text.slice(m.end, m.end + 16))) m.afterPreposition = true;
      // `A group of astronomers say …`: the group after `group of`/`team of` is the subject.
      if (m.kind === 'group' && m.afterPreposition && /^(of)$/i.test(tokens[m.t0 - 1]?.text ?? '') && /^(group|team|panel|number|coalition|couple)$/i.test(tokens[m.t0 - 2]?.text ?? '')) m.afterPreposition = false;
      // `… after police said …`: a conjunction, not a preposition, when a speech verb follows the noun.
      else if (m.afterPreposition && lang === 'en' && /^(after|before|since|until)$/i.test(tokens[m.t0 - 1]?.text ?? '') && tokens[m.t1]?.word && speechVerb(tokens[m.t1].text, lang)) m.afterPreposition = false;
      const subjectLike = !m.afterPreposition && !strictlyInside(pairs, m.start) && (m.kind === 'person' || m.kind === 'org') && !inRelativeClause(tokens, m.t0) && !inAskedClause(tokens, m.t0) && !caption;
      const seen = table.observe(m, idx, subjectLike && nominativeLike(m, lang), m.kind === 'person' && !strictlyInside(pairs, m.start));
      if (seen && !seen.nationality && m.kind === 'person' && m.given) seen.nationality = nationalityBefore(tokens, m, lang) ?? undefined;
      // (`wielu klientów Santander Bank Polska … Jak poinformował bank, …`: the institution inside a group's
      // mention is named for later references too.)
      if (lang === 'pl' && m.kind === 'group' && m.t1 - m.t0 >= 2) {
        const inst = institutionInGroup(tokens, m);
        if (inst) table.observe(inst, idx, false);
      }
      // (`pan Filip`, `pani Renata`: someone the article calls only by a given name after `pan`/`pani`
      // keeps it, the way Polish news names a person it will not name in full.)
      if (seen && lang === 'pl' && m.kind === 'person' && m.name?.length === 1 && !seen.courtesy && /^(pan|pana|panu|panem|panie|pani|panią)$/.test(tokens[m.t0 - 1]?.lower ?? '')) {
        seen.courtesy = /^pani/.test(tokens[m.t0 - 1].lower) ? 'pani' : 'pan';
      }
      // (`Pracowity początek roku mają ratownicy TOPR … Jak informują ratownicy`: a group named in full,
      // speaking or not, is what its bare head noun means afterwards.)
      if (m.kind === 'group' && m.t1 - m.t0 > 1 && !strictlyInside(pairs, m.start) && tokens.slice(m.t0 + 1, m.t1).every((x) => x.word && (x.cap || x.acronym))) {
        const words = text.slice(m.start, m.end).split(' ');
        const lemma = groupLemma(words[0]);
        if (lemma.length > 3 && !/^(jeden|jedna|jedno|one|kolejny|kolejna|inny|inna|drugi|druga)$/i.test(words[0])) table.nameGroup(lemma.toLowerCase(), [lemma, ...words.slice(1)].join(' '), m.start);
      }
      // (…also with a lower-case genitive complement or `z` and an institution's name: `Dyrektorzy szpitali
      // powiatowych protestowali …` … `Dyrektorzy zwracają uwagę`, `100 pielęgniarek z Krakowskiego Szpitala …`
      // … `Pielęgniarki zapowiedziały`.)
      // (…and a plural title: `dyrektorzy szpitali powiatowych`.)
      const pluralTitle = m.kind === 'role' && /\p{Ll}(?:owie|rzy|cy|ści|dzy)$/u.test(tokens[m.t0].lower);
      if (lang === 'pl' && (m.kind === 'group' || pluralTitle) && !strictlyInside(pairs, m.start) && !isOneOfWord(tokens[m.t0].lower)) {
        const cg = groupComplementEnd(tokens, m.t0 + 1);
        // (…up to a quoted name closing the mention: `związkowcy z … NSZZ „Solidarność”`.)
        const ce = cg < m.t1 && /^[„"“]$/.test(tokens[cg]?.text ?? '') ? m.t1 : cg;
        const lemma = groupLemma(tokens[m.t0].text).toLowerCase();
        // (Not a head in an oblique case, whose adjectives are declined with it: `rybaków przybrzeżnych`.)
        if (ce > m.t0 + 1 && ce >= m.t1 && lemma.length > 3 && !(lemma !== tokens[m.t0].lower && /\p{Ll}(?:ych|ich|ym|im|ymi|imi)$/u.test(tokens[m.t0 + 1]?.text ?? ''))) table.nameGroup(lemma, lemma + text.slice(tokens[m.t0].end, tokens[ce - 1].end), m.start);
      }
      // (`W procesie apelacyjnym burmistrz domaga się uniewinnienia. Przyznaje się do winy …`: a title in
      // the nominative as a clause's subject names the known person who holds it; later subject-less
      // verbs refer to that person.)
      if (lang === 'pl' && m.kind === 'role' && m.role && !m.afterPreposition && !strictlyInside(pairs, m.start) && tokens[m.t0].lower === m.role.head && tokens[m.t1]?.word && !tokens[m.t1].cap && !inRelativeClause(tokens, m.t0)) {
        const e = table.matchRole(m.role, m.role.gender, m.start);
        if (e && e.surnames.length && e.roles.some((r) => r.head === m.role!.head)) table.subject(e, m.start, idx);
      }
      // (English too, for a definite title opening its clause before a verb: `Earlier the Prime Minister
      // fuelled speculation …` names David Cameron, met just before, whom a later `he declared` means.)
      if (lang === 'en' && m.kind === 'role' && m.role && !m.afterPreposition && !strictlyInside(pairs, m.start) && tokens[m.t0 - 1]?.lower === 'the' && (m.t0 === 1 || (m.t0 === 2 && tokens[0].word && !tokens[0].cap) || (m.t0 <= 3 && /^(earlier|later|meanwhile|then|now|but|and|yesterday|today)$/i.test(tokens[0].text))) &&
        tokens[m.t1]?.word && !tokens[m.t1].cap && /\p{Ll}{2}(?:ed|s)$|^(?:was|is|has|had|said|told|made|gave|took)$/u.test(tokens[m.t1].lower)) {
        const e = table.matchRole(m.role, m.role.gender, m.start);
        if (e && e.type === 'person' && e.surnames.length && (e.seenAt ?? []).some((p) => p < m.start)) table.subject(e, m.start, idx);
      }
    }
    // (Likewise a later sentence of a paragraph that opens a quotation it never closes: `“The senior
    // lads … . I think hearing it from a current player helps …` — a wire-style continued quotation.)
    // (…and the paragraph's first sentence too when nothing in the whole paragraph closes it: `“The
    // fourth official kindly said that the ref thought …` is the speaker's account, no report.)
    if (!insideOpenQuote) {
      const first = idx === 0 || sentences[idx - 1].paragraph !== s.paragraph;
      if (!first || !pairs.length) {
        let head = idx;
        while (head > 0 && sentences[head - 1].paragraph === s.paragraph) head--;
        let last = idx;
        if (first) while (last + 1 < sentences.length && sentences[last + 1].paragraph === s.paragraph) last++;
        let a = sentences[head].start;
        while (a < sentences[head].end && /\s/u.test(text[a])) a++;
        if ('"“„«'.includes(text[a] ?? '') && !allPairs.some((p) => p.open === a) && !/["”»]/u.test(text.slice(a + 1, sentences[last].end))) insideOpenQuote = true;
      }
    }
    // (`… zlecił wyjaśnienie sprawy ministrowi Krzysztofowi Paszykowi. Ten od razu wziął się do pracy …`:
    // a Polish `Ten`/`Ta` opening a sentence before its verb is the person named last in the sentence
    // before, whatever their case — the latter, not that sentence's subject.)
    const demo = lang === 'pl' && idx > 0 ? DEMONSTRATIVE_SUBJECT[tokens[0]?.text ?? ''] : undefined;
    if (demo && (isPastOf(tokens[1], demo) || (SUBJECT_ADVERB_PL.test(tokens[1]?.lower ?? '') && (isPastOf(tokens[2], demo) || isPastOf(tokens[3], demo))))) {
      const prev = infos[idx - 1];
      const last = prev && prev.s.paragraph === s.paragraph ? [...prev.mentions].reverse().find((m) => m.kind === 'person' && (m.name?.length ?? 0) >= 2) : undefined;
      const e = last ? table.match({ ...last, afterPreposition: false }, false) : null;
      if (e && e.type === 'person' && (!e.gender || e.gender === demo)) table.subject(e, tokens[0].start, idx);
    }
    infos.push({ lang, s, idx, tokens, mentions, pairs, insideOpenQuote });
  });
  // Second look with the whole table: genders and whether a lone capitalised word names someone known.
  for (const info of infos) {
    if (lang === 'pl') splitOutletName(info, table);
    info.mentions = info.mentions.filter((m) => {
      if (m.kind !== 'person' && m.kind !== 'org') return true;
      const e = table.match(m, false);
      // …unless it is the subject of a speech verb right after it (`Nvidia said Wednesday that …`).
      // (Polish sentence adverbs — `Dodatkowo`, `Wcześniej`, `Następnie` — are no subjects.)
      // (English: also before any past-tense verb — `Badenoch attacked her opponents, … accusing …`.)
      const nx = info.tokens[m.t1];
      const beforeVerb = nx?.word && ((speechVerb(nx.text, lang) !== null && !(lang === 'pl' && /(?:o|e|ej)$/.test(info.tokens[m.t0].text))) ||
        (lang === 'en' && !nx.cap && /^(?:\p{Ll}{3,}ed|went|took|made|gave|came|won|lost|met|led|wrote|spoke|held|sent|became|began|left|struck|hit)$/u.test(nx.text)));
      // (…or after a relative clause or an apposition set off by commas: `Axios, which broke the news,
      // said …`, `Axios, a news site, said …`.)
      if (m.kind === 'person' && m.sentenceInitial && (m.name?.length ?? 0) === 1 && !m.role && (!e || e.type === 'unknown') && !beforeVerb && !setOffBeforeVerb(info, m)) return false;
      // (`W ocenie Zyska …` beside `powiedział PAP Zysk`: a `-ska` form next to the bare stem is the
      // genitive of a man's surname, not a woman's.)
      if (lang === 'pl' && e && e.gender === 'f' && m.kind === 'person' && !m.gender && !m.given && m.name?.length === 1 && /\p{Ll}sk$/u.test(m.name[0]) && !e.given) e.gender = 'm';
      // (`Według Siemoniaka` beside a heading's `Siemoniak o …`: an oblique `-a` form whose bare stem the
      // article also writes with a capital is a man's surname; the stem is its nominative.)
      if (lang === 'pl' && e && m.kind === 'person' && !e.given && !e.gender && !e.nominatives.length && m.name?.length === 1 && /\p{Ll}{3}a$/u.test(m.name[0]) && capsHas(m.name[0].slice(0, -1))) {
        e.gender = 'm';
        e.nominatives = [m.name[0].slice(0, -1)];
      }
      if (e && e.gender && m.kind === 'person') m.gender = e.gender;
      return true;
    });
  }
  return { infos, table, allPairs };
}

/** Whether a person mention can be a grammatical subject (its last word is not visibly oblique). */
function nominativeLike(m: Mention, lang: Language | undefined): boolean {
  if (m.kind === 'group') return !m.oblique;
  if (m.kind !== 'person' || !m.name) return true;
  // (English names do not decline: `Spokesperson Luyanda Mfeka said`, `Joshua said`.)
  if (lang === 'en') return true;
  const last = m.name[m.name.length - 1];
  const g = m.given?.gender ?? null;
  if (m.given) return m.name[0] === m.given.lemma; // `Janusza Kaczmarka` is oblique, `Theresa May` is not
  if (g === 'm' && /(a|owi|em|iem|u|ego|emu|im)$/u.test(last)) return false;
  if (g === 'f' && /(y|i|ę|ą|ej|ie)$/u.test(last)) return false;
  if (!g && /(owi|iem|ego|emu)$/u.test(last)) return false;
  // (`komisji Gospodarki Morskiej`: a feminine adjective in an oblique case is no one's name.)
  if (!g && /\p{Ll}(?:skiej|ckiej|dzkiej|owej|nej)$/u.test(last)) return false;
  // (`bazylice Świętego Piotra`: an adjective in the genitive or dative opening the name.)
  if (!g && m.name.length > 1 && /\p{Ll}{2}(?:ego|emu)$/u.test(m.name[0])) return false;
  // (`wyprzedził Halvora Egnera Graneruda`: an unknown foreign name declined word by word like a man's.)
  // (Not a woman's: `główna ekonomistka … Ernestyna Bartnicka`.)
  if (!g && m.gender !== 'f' && m.role?.gender !== 'f' && m.name.length > 1 && m.name.every((w) => /\p{Ll}[bcdfghjklłmnprstwz]a$/u.test(w)) &&
    !/(?:ska|cka|dzka|owa|ewa|ina|yna)$/u.test(m.name[m.name.length - 1])) return false;
  return true;
}

function inPairAt(info: SentInfo, pos: number): boolean {
  return info.pairs.some((p) => pos >= p.open && pos <= p.close);
}

function makeInPair(pairs: QuotePair[]): (pos: number) => boolean {
  return (pos: number) => pairs.some((p) => pos >= p.open && pos <= p.close);
}

/**
 * `Do sprawy odniósł się też premier Donald Tusk: „…”`, `Prime Minister Donald Tusk also weighed in:
 * "…"`: a clause before a colon, with no verb of saying, whose only mention is one person named in the
 * nominative (not after a preposition, no pronoun, subject institution or second name beside) introduces the
 * quotation as that person's words.
 */
function soleNamedSubject(info: SentInfo, colon: number, inPair: (pos: number) => boolean): Mention | null {
  const cs = clauseStartLeft(info, colon);
  let found: Mention | null = null;
  for (const m of info.mentions) {
    if (m.t0 < cs || m.t1 > colon || inPair(m.start)) continue;
    // (An institution or group after a preposition is no rival: `dziękował … za organizację imprezy:`.)
    if (m.afterPreposition && m.kind !== 'person' && m.kind !== 'role') continue;
    if (found || m.kind !== 'person' || !m.name || m.name.length < 2 || m.afterPreposition || !nominativeLike(m, info.lang)) return null;
    found = m;
  }
  return found;
}

/**
 * `American CEO Doug Parker and President Robert Isom said …`, `Jan Kowalski i Anna Nowak podkreślili
 * …`, `… – said Jane Smith and John Brown`: a second person named in full, coordinated with the
 * subject next to the verb of saying, speaks with it. The verb must allow a plural subject (a Polish
 * plural; no English `says`/`is`).
 */
function coordinatedPerson(info: SentInfo | undefined, f: Frame, table: EntityTable): { m: Mention; name: string; conj: string; before: boolean } | null {
  const m = f.speaker;
  if (!info || !m || !f.verb) return null;
  if (f.verb.lang === 'pl' ? f.verb.gender !== 'pl' : f.verb.gender === 'pl' ? false : /(?<!s)s$|^(?:is|has|was)$/i.test(info.tokens.find((x) => x.start === f.verbPos)?.text ?? '')) return null;
  const t = info.tokens;
  const v = t.findIndex((x) => x.start === f.verbPos);
  if (v < 0) return null;
  for (const p of info.mentions) {
    if (p === m || p.kind !== 'person' || (p.name?.length ?? 0) < 2 || p.afterPreposition) continue;
    const before = p.t1 + 1 === m.t0;
    if (!before && p.t0 !== m.t1 + 1) continue;
    const conj = t[before ? p.t1 : m.t1];
    if (!conj || !/^(?:and|i|oraz)$/.test(conj.lower)) continue;
    const [first, last] = before ? [p, m] : [m, p];
    // (Right before the verb — an adverb may stand between — or right after it.)
    const adjacent = (v >= last.t1 && v - last.t1 <= 1) || first.t0 === v + 1;
    if (!adjacent) return null;
    const e = table.match(p, false);
    const name = e ? entityName(e) : p.name!.join(' ');
    return { m: p, name, conj: conj.lower === 'oraz' ? 'i' : conj.lower, before };
  }
  return null;
}

/**
 * Whether a Polish title at token `t0` stands where a subject does: opening its clause, or right after a
 * past verb (`zgłosił się 28-letni mieszkaniec`), adjectives and ages between — not after a noun, whose
 * genitive it would be (`Do zatrzymania mężczyzny`).
 */
function subjectSlotPl(t: Token[], t0: number): boolean {
  let k = t0 - 1;
  while (k >= 0 && t[k].word && !t[k].cap && (PL_ADJ_FORM.test(t[k].lower) || /^\d+-\p{Ll}+$/u.test(t[k].lower))) k--;
  if (k < 0 || !t[k].word) return true;
  return t[k].lower === 'się' || /\p{Ll}(?:ł|ła|ło|li|ły)$/u.test(t[k].lower);
}

const PL_ADJ_FORM = /\p{Ll}(?:y|i|a|e)$/u;

/** Index of the first token of the clause that ends just before token `v`. */
function clauseStartLeft(info: SentInfo, v: number): number {
  const t = info.tokens;
  for (let k = v - 1; k >= 0; k--) {
    const x = t[k];
    // `Mitch McConnell (R-Ky.) accused …`: a parenthesis is passed over whole.
    if (x.text === ')') {
      const o = parenOpenBefore(t, k);
      if (o >= 0) {
        k = o;
        continue;
      }
    }
    if (x.text === '.' || x.text === ';' || x.text === ':' || x.text === '?' || x.text === '!') {
      if (x.text === '.' && k > 0 && (/^(ds|gen|prof|b|dr|św|płk|mjr|st|ok|tzw|jr|sr)$/i.test(t[k - 1].text) || (TITLE_ABBR.test(t[k - 1].lower) && t[k + 1]?.cap))) continue;
      if (x.text === '.' && k > 0 && t[k - 1].text.length === 1 && t[k - 1].cap) continue; // initial
      // (`Minister Harsh Vardhan Dec. 3 said`: an abbreviated month before its day.)
      if (monthAbbrDotBeforeDay(t, k)) continue;
      // (`a 10.2% stake`: a decimal point.)
      if (x.text === '.' && k > 0 && /^\d+$/.test(t[k - 1].text) && t[k - 1].end === x.start && /^\d/.test(t[k + 1]?.text ?? '') && t[k + 1].start === x.end) continue;
      // (`Shopify Inc. said`: an abbreviation's dot before a lower-case word ends no clause.)
      if (x.text === '.' && k > 0 && t[k - 1].word && t[k - 1].end === x.start && t[k + 1]?.word && t[k + 1].text === t[k + 1].lower && /^\p{Ll}/u.test(t[k + 1].text)) continue;
      // (`Loblaw Cos. Ltd. said`: nor a company abbreviation's dot before a second legal form.)
      if (x.text === '.' && k > 0 && COMPANY_ABBR.test(t[k - 1].text) && SECOND_LEGAL_FORM.test(t[k + 1]?.text ?? '')) continue;
      // (`cytowany przez tvn24.pl przekazał`: the dot of a web address.)
      if (isDomainDot(t, k)) continue;
      // (`at Coutts, Alta., told court …`: an abbreviation's dot before a comma.)
      if (x.text === '.' && k > 0 && t[k - 1].word && t[k - 1].end === x.start && t[k - 1].text.length <= 5 && t[k + 1]?.text === ',') continue;
      return k + 1;
    }
    // (…but `, a obecnie europoseł,` goes on with an apposition: `Jacek Protas, były marszałek województwa, a
    // obecnie europoseł, dodał, że …`.)
    if (x.lower === 'a' && info.lang === 'pl' && t[k - 1]?.text === ',' && /^(obecnie|teraz|dziś|dzisiaj|zarazem|jednocześnie|wcześniej|niegdyś)$/.test(t[k + 1]?.lower ?? '') && !!t[k + 2] && !!roleHead(t[k + 2].text)) continue;
    if (CLAUSE_WORDS.has(x.lower) && !(x.lower === 'a' && info.lang === 'en') && k > 0 && (t[k - 1].text === ',' || (t[k - 2]?.text === ',' && /^(na|w|o|z|do|po|przez|za|dla|od)$/.test(t[k - 1].lower)))) return k + 1;
    if (CONTENT_INTRO.has(x.lower)) return k + 1;
    // `… escalated Monday after police said …`: an English subordinator opens the verb's clause.
    // (Not `once again`, `once more`: an adverb; nor `has since said`, `had since …`.)
    if (info.lang === 'en' && k > 0 && /^(after|before|since|until|because|although|whereas|once)$/.test(x.lower) && !(x.lower === 'once' && /^(again|more)$/.test(t[k + 1]?.lower ?? '')) &&
      !(x.lower === 'since' && /^(has|have|had)$/.test(t[k - 1].lower) && /\p{Ll}{2}(?:ed|en|id|ld|ut|wn)$/u.test(t[k + 1]?.lower ?? ''))) return k + 1;
    if (CLOSE_QUOTES.includes(x.text) || OPEN_QUOTES.includes(x.text)) {
      // A closing quotation mark ends the quoted part: the clause starts after it.
      const p = info.pairs.find((q) => q.close === x.start || q.open === x.start);
      // (`Councillor Allan Hubley, under fire for a letter calling others “reckless”, says he …`: a partial
      // quotation inside an apposition set off after the sentence's opening name is passed over whole.)
      if (p && p.close === x.start && info.lang === 'en' && t[v - 1]?.text === ',') {
        const o = t.findIndex((y) => y.start === p.open);
        const c = o > 1 && t[o - 1].word && !t[o - 1].cap ? t.findIndex((y, q) => q < o && y.text === ',' && info.mentions.some((m) => m.t1 === q && m.t0 <= 1 && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role'))) : -1;
        if (c > 0 && !t.slice(c + 1, o).some((y) => y.text === ',')) {
          k = o;
          continue;
        }
      }
      if (p && !isShortName(info, p.open)) return k + 1;
    }
    if (DASH.test(x.text) && (k === 0 || /[.!?"”»]/.test(t[k - 1].text))) return k + 1;
    // (`Shafaq News / Bank of America on Friday reported …`: an outlet's credit before a slash opening
    // the sentence.)
    if (x.text === '/' && k > 0 && k <= 4 && t.slice(0, k).every((y) => y.word && y.cap)) return k + 1;
  }
  return 0;
}

/** The `(` that opens the short parenthesis closed at token `close`, or -1. */
function parenOpenBefore(t: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
    if (t[k].text === '(') return k;
    if (t[k].text === ')' || /^[!?;]$/.test(t[k].text)) return -1;
  }
  return -1;
}

const KIND_RANK: Record<Mention['kind'], number> = { person: 0, role: 1, org: 2, group: 3, pronoun: 4 };

function genderOk(m: Mention, g: VerbGender | null): boolean {
  if (!g || g === 'any') return true;
  // (`jeden z rolników`, `jedna z mieszkanek`: one member of a group agrees with a singular verb.)
  if (g === 'pl') return (m.kind === 'group' && m.gender !== 'm' && m.gender !== 'f') || m.kind === 'org' || (m.kind === 'pronoun' && m.gender === 'pl') || m.kind === 'role';
  if (m.kind === 'group') return m.gender === g;
  if (m.kind === 'pronoun') return m.gender === g;
  if (!m.gender) return true;
  // (`poinformował … prokurator Katarzyna Calów-Jaszewska`: a masculine title before a woman's name may
  // carry the verb's agreement.)
  if (m.gender === 'f' && g === 'm' && m.kind === 'person' && m.role && /^(?:\S+\s+)?(prokurator|minister|dyrektor|prezes|sędzia|burmistrz|wojewoda|starosta|wójt|marszałek|poseł|senator|profesor|prof\.|dr|doktor|komisarz|inspektor|kierownik|radca|adwokat|mecenas|kurator|rektor|dziekan)\b/iu.test(m.role.text)) return true;
  return m.gender === g;
}

/** The `by` agent of a passive verb of naming, describing or criticising in the sentence, or null. */
function passiveAgent(info: SentInfo, inPair: (pos: number) => boolean): Mention | null {
  if (info.lang !== 'en') return null;
  const t = info.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k].lower !== 'by' || inPair(t[k].start)) continue;
    const m = info.mentions.find((x) => x.t0 > k && x.t0 <= k + 3 && t.slice(k + 1, x.t0).every((y) => /^(the|a|an)$/i.test(y.text) || (y.word && y.cap)));
    if (!m || m.kind === 'pronoun') continue;
    for (let q = k - 1; q >= 1 && k - q <= 14; q--) {
      if (/^(named|called|described|dubbed|labelled|labeled|branded|criticised|criticized|condemned|slammed|praised|accused)$/i.test(t[q].text) && /^(was|were|been|being|is|are)$/i.test(t[q - 1].text)) return { ...m, afterPreposition: false };
    }
  }
  return null;
}

/** A possessive mention (`Trump’s`) as the person or body itself: the `’s` left out of its name and span. */
function possessorMention(m: Mention): Mention {
  // (`the GDL union's announcement`: the mention may end before the possessive, at `GDL`.)
  if (!/['’]s$/u.test(m.org?.name ?? m.name?.[m.name.length - 1] ?? '')) return { ...m, afterPreposition: false };
  const strip = (w: string) => w.replace(/['’]s$/u, '');
  return { ...m, afterPreposition: false, end: m.end - 2, name: m.name ? [...m.name.slice(0, -1), strip(m.name[m.name.length - 1])] : m.name, org: m.org ? { ...m.org, name: strip(m.org.name) } : m.org };
}

/** `Jan Kowalski i Anna Nowak`: a person named in full, coordinated with a second one right after (a plural subject). */
function firstOfPair(info: SentInfo, m: Mention): boolean {
  if (m.kind !== 'person' || (m.name?.length ?? 0) < 2) return false;
  const c = info.tokens[m.t1];
  return !!c && /^(?:and|i|oraz)$/.test(c.lower) && info.mentions.some((p) => p.t0 === m.t1 + 1 && p.kind === 'person' && (p.name?.length ?? 0) >= 2);
}

const HEARD_FROM = /^(?:usłyszeliśmy|usłyszałem|usłyszałam|słyszymy|słyszeliśmy|dowiedzieliśmy|dowiedziałem|dowiedziałam|dowiadujemy)$/;

function pick(cands: Mention[], nearestTo: number): Mention | null {
  if (!cands.length) return null;
  cands.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || Math.abs(a.start - nearestTo) - Math.abs(b.start - nearestTo));
  return cands[0];
}

// (`rekonstrukcja rządu`: a lower-case institution noun in the genitive in -u is no subject…)
// (…inside a clause embedded before the verb: `kierownictwo resortu poinformowało` still speaks.)
// (…nor a capitalised name opened by an adjective in an oblique case: `W programie Polskiego Radia
// wyjaśniła`, `Krajowej Administracji Skarbowej`.)
function genitiveOrgInClause(tk: Token[], m: Mention): boolean {
  if (m.kind === 'org' && m.t1 - m.t0 >= 2 && /^\p{Lu}\p{Ll}{3,}(?:ego|emu|iej|ej)$/u.test(tk[m.t0].text)) return true;
  return m.kind === 'org' && m.t1 - m.t0 === 1 && !tk[m.t0].cap && /\p{Ll}{3}u$/u.test(tk[m.t0].text) &&
    tk.slice(Math.max(0, m.t0 - 8), m.t0).some((x) => /^(że|iż|czy)$/.test(x.lower));
}

/** `A statement issued by UNIFIL said`: the institution or person after `by`/`on behalf of` ending right before verb `v`, when a document noun and its participle open the phrase. */
function documentAuthorBefore(info: SentInfo, v: number): Mention | null {
  const t = info.tokens;
  // (…also with its acronym in brackets: `on behalf of the United Nations Interim Force In Lebanon (UNIFIL) indicated`.)
  const end = t[v - 1]?.text === ')' && t[v - 3]?.text === '(' ? v - 3 : v;
  const m = info.mentions.find((x) => (x.t1 === end || x.t1 === v) && x.afterPreposition && (x.kind === 'org' || x.kind === 'person' || x.kind === 'role'));
  if (!m) return null;
  let p = m.t0 - 1;
  if (/^(the|a|an)$/i.test(t[p]?.text ?? '')) p--;
  if (t[p]?.lower === 'of' && t[p - 1]?.lower === 'behalf' && t[p - 2]?.lower === 'on') p -= 2;
  else if (t[p]?.lower !== 'by') return null;
  return p >= 2 && DOC_PARTICIPLE.test(t[p - 1].text) && DOCUMENT_NOUN.test(t[p - 2].lower) ? { ...m, afterPreposition: false } : null;
}

/** The subject of speech verb token `v`: in its clause before it, else right after it. */
function subjectOf(info: SentInfo, v: number, verb: SpeechVerbForm, stopAt: number | null): Mention | null {
  const inPair = makeInPair(info.pairs);
  // `odpowiedział on`, `Podkreśliła ona`: a subject pronoun right after the verb.
  // (In English a pronoun after the verb starts the reported clause: `Prosecutors said she …`.)
  const after = verb.lang === 'pl' ? info.mentions.find((m) => m.t0 === v + 1 && m.kind === 'pronoun' && m.pronounUse === 'subject' && genderOk(m, verb.gender)) : undefined;
  if (after) return after;
  // `…, he said`: a subject pronoun right before the verb is its subject whatever else the clause holds.
  // (…also over an adverb or auxiliary: `…, he also announced that …`.)
  const vg0 = verb.lang === 'en' ? verbGroupStart(info.tokens, v) : v;
  const before = info.mentions.find((m) => (m.t1 === v || m.t1 === vg0) && m.kind === 'pronoun' && m.pronounUse === 'subject' && genderOk(m, verb.gender));
  if (before && !inPairAt(info, before.start)) return before;
  const tk = info.tokens;
  // (`A statement issued by UNIFIL said …`, `A report published on behalf of the commission found …`: the
  // author of a document a participle describes right before the verb speaks through it.)
  const author = verb.lang === 'en' ? documentAuthorBefore(info, v) : null;
  if (author) return author;
  // (`Zapytany, czy do rodziny należy też Paulo Sousa, bez wahania odparł: …`, `Asked whether Smith would
  // stay, he said …`: after a participle of being asked, the question's clause up to its comma holds no
  // subject; with no one else before the verb, the person asked is left to the context.)
  if (ASKED_PARTICIPLE.test(tk[0]?.text ?? '') && tk[1]?.text === ',') {
    let c = v - 1;
    while (c > 1 && tk[c].text !== ',') c--;
    const rest = info.mentions.filter((m) => m.t0 > c && m.t1 <= v && !m.afterPreposition && !inPair(m.start));
    if (c > 1 && !rest.length) return null;
    // (…and when no comma closes the question, it runs up to the verb: `Pytany, czy funkcjonariusze
    // sprawdzali trop … odpowiada: …`.)
    if (c <= 1 && /^(czy|o|whether|if|about)$/i.test(tk[2]?.text ?? '')) return null;
  }
  // (`One of the charities that brought the appeal, Care4Calais, said …`, `The airline, Air France, said
  // …`: a name set off by commas right before the verb names the subject described before it.)
  if (verb.lang === 'en') {
    const vg = verbGroupStart(tk, v);
    const ap = tk[vg - 1]?.text === ',' ? info.mentions.find((m) => m.t1 === vg - 1 && m.t0 > 1 && tk[m.t0 - 1].text === ',' && !inPair(m.start) &&
      ((m.kind === 'org' && !!m.org && m.org.name !== m.org.head) || (m.kind === 'person' && (m.name?.length ?? 0) >= 1 && !m.role))) : undefined;
    // (`The principal at Star the Sea school in Passage West, Cork, said …`: a name after a place set off
    // by commas is where that place is, not the subject.)
    const afterPlace = !!ap && placeBefore(tk, ap.t0 - 2);
    if (ap && !afterPlace) {
      // (Only after a noun phrase opening the clause — not a clause of its own: `Prices rose, Smith, …`.)
      let c = ap.t0 - 2;
      while (c >= 0 && tk[c].word) c--;
      if (c < 0 && /^(one|the|a|an)$/i.test(tk[0].text)) return ap;
    }
  }
  // (`The 49-year-old former Genk, Club Brugge and Monaco boss denied …`: the clubs listed before a title
  // right before the verb are the title's; the title is the subject.)
  if (verb.lang === 'en') {
    const vg = verbGroupStart(tk, v);
    const role = info.mentions.find((m) => m.kind === 'role' && m.t1 === vg && !m.afterPreposition && !inPair(m.start));
    if (role && role.t0 >= 3 && /^(the|a|an)$/i.test(tk[0].text) && tk.slice(1, role.t0).every((x) => x.cap || x.text === ',' || /^(and|former|ex|new|current|then|interim|caretaker|\d+-year-old)$/i.test(x.text) || /-year-old$/i.test(x.text)) &&
      tk.slice(1, role.t0).some((x) => x.text === ',' || x.lower === 'and')) return role;
  }
  // (`A 20-year-old man who police say broke into …`: in a relative clause of saying, the subject after
  // `who` speaks, not the man the clause describes.)
  if (verb.lang === 'en' && /^(who|which|whom)$/.test(tk[v - 2]?.text ?? '')) {
    const rs = info.mentions.find((m) => m.t0 === v - 1 && m.t1 === v && m.kind !== 'pronoun');
    if (rs) return rs;
  }
  // (`handed the CCTV to police who have confirmed they …`: the subject of `who` is the noun before it.)
  if (verb.lang === 'en') {
    const w = relativeWho(tk, v);
    if (w > 0) {
      const ante = info.mentions.find((m) => (m.t1 === w || (m.t1 === w - 1 && tk[w - 1].text === ',')) && m.kind !== 'pronoun');
      if (ante) return ante;
    }
  }
  // (`Citing Australia's Privacy Act, the statement added: …`: a document right before the verb is its
  // subject; the names before it are no speakers.)
  if (verb.lang === 'en') {
    let d = v - 1;
    if (/^(also|then|further|later)$/i.test(tk[d]?.text ?? '')) d--;
    if (DOCUMENT_NOUN.test(tk[d]?.lower ?? '') && !tk[d].cap && /^(the|a|an|this|that|its|their|his|her)$/i.test(tk[d - 1]?.text ?? '') && !info.mentions.some((m) => m.t1 === d + 1)) return null;
  }
  // `She had said other parties oppose the Brexit plans and added that …`, `Powiedział, że …, i dodał,
  // że …`: a coordinated speech verb shares the subject of the speech verb before it (the nouns of
  // the first verb's content are no subjects).
  // (Not after another verb: `gdyby Bóg zszedł i powiedział` has its own subject.)
  // (…past an English auxiliary or adverb: `has vowed not to … and has insisted the polls …`.)
  const cv = verb.lang === 'en' && v >= 3 && /^(has|have|had|was|were|is|are|also|then|later)$/i.test(tk[v - 1].text) && /^(and|but)$/i.test(tk[v - 2].lower) ? v - 1 : v;
  const verbBefore = tk[cv - 2] && tk[cv - 2].word && !isSpeechToken(tk, cv - 2, verb.lang, inPair) && (verb.lang === 'pl' ? /(?:ł|ła|ło|li|ły)$/u.test(tk[cv - 2].lower) : /ed$/.test(tk[cv - 2].lower));
  if (cv >= 2 && !verbBefore && /^(and|but|i|oraz|a)$/.test(tk[cv - 1].lower) && !(tk[cv - 1].lower === 'a' && verb.lang === 'en')) {
    for (let k = cv - 2; k >= 0 && v - k <= 60; k--) {
      if (inPair(tk[k].start)) continue;
      // (`…, gdy Anna Nowak wróci i powie, że …`: a subordinate clause has its own subject.)
      // (…but not an English one with no subject of its own: `if elected as UK Prime Minister`, `when asked`.)
      if (/^(gdy|kiedy|jeśli|jeżeli|jeśliby|gdyby|aż|zanim|dopóki|bo|ponieważ|który|która|które|którzy|when|if|unless|until|because|while|who|which|whom|once|whether)$/.test(tk[k].lower) &&
        !(verb.lang === 'en' && /^(if|when|while|once|unless|until)$/.test(tk[k].lower) && /\p{Ll}(?:ed|ing)$/u.test(tk[k + 1]?.text ?? ''))) break;
      const f = isSpeechToken(tk, k, verb.lang, inPair);
      if (!f) continue;
      if (f.gender && verb.gender && f.gender !== verb.gender && f.gender !== 'any' && verb.gender !== 'any') break;
      const s = subjectOf(info, k, f, k);
      if (s) return s;
      break;
    }
  }
  // (`Leavitt provided few clues …, but said …`: English `but`/`and` before the verb shares the subject
  // of the sentence's first clause.)
  if (verb.lang === 'en' && cv >= 2 && /^(and|but)$/.test(tk[cv - 1].lower)) {
    // (…a group too, with a verb of being: `Airline executives and analysts were upbeat on …, but noted …`.)
    const first = info.mentions.find((m) => m.t1 < cv - 1 && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role' || m.kind === 'group' || (m.kind === 'pronoun' && m.pronounUse === 'subject')) && !m.afterPreposition && !inPair(m.start) && clauseStartLeft(info, m.t0 + 1) === 0 && tk.slice(m.t1, v - 1).some((x) => x.word && /^(?:\p{Ll}{3,}ed|had|has|was|were|made|gave|took|met|won|lost|held|sent|spent|got|did|went)$/u.test(x.text)));
    if (first && first.t0 <= 1) return first;
  }
  // (`… moments after Mr Sunak ended months of speculation … and confirmed it would …`: `and` joins the
  // verb to the last past verb before it, whose subject stands right before that verb.)
  if (verb.lang === 'en' && cv >= 3 && tk[cv - 1].lower === 'and') {
    for (let k = cv - 2; k > 0 && cv - k <= 25 && !/^[.;:!?]$/.test(tk[k].text); k--) {
      if (!(/^\p{Ll}{3,}ed$/u.test(tk[k].text) || /^(made|gave|took|met|won|lost|held|sent|spent|got|did|went|told|said|left|came|began|spoke)$/.test(tk[k].text))) continue;
      const sj = info.mentions.find((m) => m.t1 === k && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role') && !inPair(m.start));
      if (sj) return sj;
      break;
    }
  }
  // (`Brown and West say …`, `mówią Jan Nowak i Anna Wilk`: two people joined by `and` before the verb
  // speak together; the first named stands for both.)
  if (verb.gender === 'pl' || verb.gender === 'any') {
    // (…and so do two groups: `Lekarze i pielęgniarki mówią …` is said by the first, the second joined to it.)
    const second = info.mentions.find((m) => m.t1 === v && (m.kind === 'person' || m.kind === 'group') && !m.afterPreposition && !inPair(m.start) && /^(and|i|oraz)$/.test(tk[m.t0 - 1]?.lower ?? ''));
    const firstOne = second ? info.mentions.find((m) => m.t1 === second.t0 - 1 && m.kind === second.kind && !m.afterPreposition && nominativeLike(m, info.lang)) : undefined;
    if (firstOne && clauseStartLeft(info, firstOne.t0 + 1) <= firstOne.t0) return firstOne;
  }
  // (`Dr Kidero blamed his Jubilee rivals for … saying that …`, `He went ahead to enumerate projects his
  // administration had initiated saying that …`: an English participle of saying says what the
  // subject of the sentence's main verb says, not the nouns in between.)
  if (verb.lang === 'en' && /\p{Ll}ing$/u.test(tk[v].text) && !/^(and|but)$/.test(tk[v - 1]?.lower ?? '')) {
    const first = info.mentions.find((m) => m.t1 < v - 1 && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role' || (m.kind === 'pronoun' && m.pronounUse === 'subject')) && !m.afterPreposition && !inPair(m.start) &&
      !!tk[m.t1]?.word && /^(?:\p{Ll}{3,}ed|made|gave|took|met|won|lost|held|sent|spent|got|did|went|told|said|left|came|began|spoke)$/u.test(tk[m.t1].text));
    let s0 = first ? first.t0 : 0;
    while (s0 > 0 && /^(Dr|Mr|Mrs|Ms|Miss|Prof|Sir|\.)$/.test(tk[s0 - 1].text)) s0--;
    // (At the sentence's start, or after an opening adverbial: `At the same time, Dr Kidero blamed …`.)
    if (first && (s0 <= 1 || (tk.slice(0, s0).every((x) => (x.word && !x.cap) || /^(,|At|In|On|After|Later|Earlier|Meanwhile|Though|Although|But|And|However|Yet|Still|Then|Also|Last|This)$/.test(x.text)) && tk[s0 - 1]?.text === ',')) &&
      !tk.slice(first.t1 + 1, v).some((x) => /^(who|which|that|when|while|because|and|but|,)$/.test(x.lower))) return first;
  }
  // (`A female undercover officer who infiltrated the blockade at Coutts, Alta., told court …`: a
  // restrictive `who` clause closed by the comma before the verb; the noun before `who` is the subject.)
  if (verb.lang === 'en' && tk[v - 1]?.text === ',') {
    const w = tk.findIndex((x, q) => q < v - 2 && x.lower === 'who' && tk[q - 1]?.text !== ',');
    const m = w > 0 ? info.mentions.find((x) => x.t1 === w && (x.kind === 'person' || x.kind === 'role') && !x.afterPreposition && !inPair(x.start)) : undefined;
    if (m && !tk.slice(w + 1, v).some((x, q) => isSpeechToken(tk, w + 1 + q, verb.lang, inPair)) && clauseStartLeft(info, m.t0 + 1) <= m.t0) return m;
  }
  let cs = clauseStartLeft(info, v);
  // `X, who visited NATO on Monday, said …`: skip a relative clause closed by a comma.
  // (Likewise an embedded question or clause: `Rzecznik Kremla pytany o to, czy Putin …, odparł`.)
  // (`In Kursk region, which borders Ukraine, Governor Alexey Smirnov said …`: a subject after the
  // relative clause's closing comma is the subject.)
  let lastComma = -1;
  for (let q = v - 1; q >= cs; q--) if (tk[q].text === ',') {
    lastComma = q;
    break;
  }
  const afterRel = lastComma >= 0 && lastComma < v - 1 ? info.mentions.filter((m) => m.t0 > lastComma && m.t1 === v && !m.afterPreposition && !inPair(m.start) && genderOk(m, verb.gender) && nominativeLike(m, info.lang) && m.kind !== 'pronoun') : [];
  if (afterRel.length && cs >= 2 && /^(who|which|który|która|które|którzy)$/.test(tk[cs - 1].lower)) return afterRel[0];
  if (cs >= 2 && /^(who|which|który|która|które|którzy|czy|gdy|kiedy|co|jak|dlaczego|kto|gdzie|ile|czym|kogo|whether|when)$/.test(tk[cs - 1].lower) && tk[cs - 2].text === ',' && tk.slice(cs, v).some((x) => x.text === ',') && (tk[v - 1]?.text === ',' || /^(who|which|który|która|które|którzy)$/.test(tk[cs - 1].lower))) {
    const relEnd = cs - 2;
    const cs2 = clauseStartLeft(info, relEnd);
    const main = info.mentions.filter((m) => m.t0 >= cs2 && m.t1 <= relEnd && !m.afterPreposition && !inPair(m.start) && genderOk(m, verb.gender) && nominativeLike(m, info.lang) && m.kind !== 'pronoun');
    const pm = pick(main, tk[relEnd].start);
    if (pm) return pm;
    cs = v;
  }
  // `the Special Adviser to the President on …, Mr. Dele Alake, said …`: a full name set off by commas
  // right before the verb is the subject the description before it introduces.
  if (verb.lang === 'en' && tk[v - 1]?.text === ',') {
    const nm = info.mentions.find((m) => m.kind === 'person' && m.t1 === v - 1 && (m.name?.length ?? 0) >= 2 && !inPair(m.start));
    if (nm) {
      let b = nm.t0 - 1;
      const honorific = honorificAt(tk, b) || (tk[b]?.text === '.' && honorificAt(tk, b - 1));
      if (tk[b]?.text === '.' && honorificAt(tk, b - 1)) b -= 2;
      else if (honorificAt(tk, b)) b -= 1;
      // (Not the description after a name: `Barbara Rentler, Ross CEO, said`.)
      if (tk[b]?.text === ',' && b > 0 && tk.slice(0, b).some((x) => x.word && !x.cap) && !nm.role && (!!nm.given || honorific) &&
        !info.mentions.some((m) => m.kind === 'person' && m.t1 === b && (!!m.given || (m.name?.length ?? 0) >= 2))) return nm;
    }
  }
  // `Jason Knight, a Toronto casting director at Buchan Knight Casting, said …`: a name, then an
  // apposition closed by the comma before the verb; the name is the subject.
  if (verb.lang === 'en' && tk[v - 1]?.text === ',') {
    let c1 = v - 2;
    while (c1 > 0 && v - c1 <= 22 && tk[c1].text !== ',' && (tk[c1].word || /^[-.'’&()]$/.test(tk[c1].text))) c1--;
    const nm = tk[c1]?.text === ',' && c1 < v - 2 ? info.mentions.find((m) => m.t1 === c1 && (m.kind === 'person' || m.kind === 'org') && !m.afterPreposition && !inPair(m.start) && (m.t0 === 0 || !tk[m.t0 - 1].word || /^(and|the)$/i.test(tk[m.t0 - 1].lower) || tk[m.t0 - 1].cap)) : undefined;
    // (`Sen. Bernie Sanders, a Vermont independent and chairman of the Health, Education, Labor and
    // Pensions Committee, said …`: commas inside a long apposition opened by `a`/`an`; the name that
    // opens the sentence is the subject.)
    const opener = info.mentions.find((m) => m.kind === 'person' && m.t0 <= 2 && tk.slice(0, m.t0).every((x) => !x.word || /^(Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof)$/.test(x.text)) &&
      tk[m.t1]?.text === ',' && /^(a|an)$/i.test(tk[m.t1 + 1]?.text ?? '') && v - m.t1 <= 40 && !inPair(m.start));
    const plainApposition = !!opener && !tk.slice(opener.t1 + 2, v).some((x) => /^(who|which|that|when|while|because|said|says|told)$/i.test(x.text) || !(x.word || /^[-,.'’&()]$/.test(x.text)));
    if (opener && plainApposition && (!nm || nm.t0 > opener.t1)) return opener;
    // (`The world's largest airline, United Continental Holdings, said`: when the first part is only a
    // description, the name set off by the commas is the subject.)
    const inner = nm && !tk[nm.t1 - 1]?.cap && (nm.kind === 'org' || nm.kind === 'role') ? info.mentions.find((m) => m.t0 === c1 + 1 && m.t1 === v - 1 && (m.kind === 'org' || m.kind === 'person') && tk[m.t0].cap) : undefined;
    if (inner) return inner;
    if (nm) return nm;
  }
  const vStart = info.tokens[v].start;
  // (What a parenthesis right before the verb names is no subject: `Grassley (Republican) said`.)
  // (Nor what a dash-set aside names: `Democrats — and at least one Republican — told The Hill …`.)
  let po = tk[v - 1]?.text === ')' ? parenOpenBefore(tk, v - 1) : -1;
  if (po < 0 && verb.lang === 'en' && /^[—–]$/.test(tk[v - 1]?.text ?? '')) {
    for (let q = v - 2; q >= cs && v - q <= 15; q--) if (/^[—–]$/.test(tk[q].text)) {
      po = q;
      break;
    }
  }
  // (Nor what a prepositional phrase set off by commas right before the verb names: `The OpenAI CEO,
  // during an appearance at The New York Times' Dealbook Conference on Wednesday, said …`.)
  if (po < 0 && verb.lang === 'en' && tk[v - 1]?.text === ',') {
    let c = v - 2;
    while (c > cs && v - c <= 25 && tk[c].text !== ',' && (tk[c].word || /^[-.'’&]$/.test(tk[c].text))) c--;
    if (c > cs && tk[c].text === ',' && /^(during|at|in|on|after|before|speaking|from|with|since|despite|following|amid|throughout)$/i.test(tk[c + 1]?.text ?? '') &&
      info.mentions.some((m) => m.t1 <= c && m.t0 >= cs && !m.afterPreposition && !inPair(m.start) && m.kind !== 'pronoun')) po = c;
  }
  // (A conjunction that is also a preposition opens a clause whose subject stands right before the verb:
  // `Shares fell after the bank announced …`.)
  const left0 = info.mentions.filter((m) => m.t0 >= cs && m.t1 <= v && !(po >= 0 && m.t0 > po) && (!m.afterPreposition || conjSubject(tk, v, verb, m)) && !inPair(m.start) && genderOk(m, verb.gender) && nominativeLike(m, info.lang) && !(verb.lang === 'pl' && genitiveOrgInClause(tk, m)) && (m.kind !== 'pronoun' || m.pronounUse === 'subject'));
  // (…nor, with someone outside it, what any parenthesis names: `Sen. Mark Leno (D San Francisco), said`.)
  const left = left0.some((m) => !inBrackets(tk, m.t0)) ? left0.filter((m) => !inBrackets(tk, m.t0)) : left0;
  const l = pick(left, vStart);
  if (l) return l;
  // (Whom an English verb of appeal names after it is its addressee: `encouraged customers to visit …`.)
  const r = verb.lang === 'en' && APPEAL_VERB.test(tk[v].text) ? null : rightOf(info, v, verb, stopAt);
  if (r) return r;
  // `KE wydała oświadczenie, w którym napisała, że…`: a relative clause's subject is the main subject.
  const rel = info.tokens.slice(Math.max(0, cs - 2), cs).findIndex((x) => /^(który|która|które|którym|której|którzy|których|who|which)$/.test(x.lower));
  if (rel >= 0) {
    // The antecedent stands right before `, który` whatever its case (`z rąk prezydenta Karola
    // Nawrockiego, który podkreślił …`).
    const relAt = Math.max(0, cs - 2) + rel;
    const ante = info.mentions.find((m) => m.t1 === relAt - 1 && info.tokens[relAt - 1]?.text === ',' && (m.kind === 'person' || m.kind === 'role' || m.kind === 'org') && !inPair(m.start) && genderOk(m, verb.gender));
    if (ante) return ante;
    const main = info.mentions.filter((m) => m.t1 <= cs - 2 && !m.afterPreposition && !inPair(m.start) && genderOk(m, verb.gender) && nominativeLike(m, info.lang) && m.kind !== 'pronoun');
    if (main.length) return main[0];
  }
  return null;
}

// (Module-level helpers rather than closures in hot functions: under tsx every named closure costs a `__name` call.)
/** `Mr`, `Ms`, `Mrs`, `Dr`, `Prof` at token `k`. */
function honorificAt(tk: Token[], k: number): boolean {
  return /^(Mr|Ms|Mrs|Dr|Prof)$/.test(tk[k]?.text ?? '');
}

/** A mention right before verb `v` after a conjunction that is also a preposition (see subjectOf). */
function conjSubject(tk: Token[], v: number, verb: SpeechVerbForm, m: Mention): boolean {
  return verb.lang === 'en' && m.t1 === v && /^(after|before|since|until|once)$/i.test(tk[/^(the|a|an|its|their)$/i.test(tk[m.t0 - 1]?.text ?? '') ? m.t0 - 2 : m.t0 - 1]?.text ?? '');
}

/**
 * `a senior medic`, `a member of an EU delegation`, `the girl's father`: a determiner-led noun phrase
 * filling tokens [cs, v) — words only, no verb, relative pronoun or clause word — as written without
 * its article, or null.
 */
/** A participle's frame whose speaker is the unknown capitalised name opening the sentence (see capitalisedOpener), or null. */
function writtenOpenerFrame(info: SentInfo, rule: string, contentStart: number, form: SpeechVerbForm, v: number): Frame | null {
  if (info.mentions.some((m) => m.t1 <= v && m.kind === 'pronoun' && m.pronounUse === 'subject')) return null;
  const name = capitalisedOpener(info.tokens, v);
  if (!name) return null;
  const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, info.tokens[v].start, null, 2);
  f.fallbackName = name;
  f.fallback = 'none';
  return f;
}

/** `The Mi’kmaq First Nations have denied …`: `The` and capitalised words up to a finite verb before `v`, opening the sentence, as written without `The`. */
function capitalisedOpener(t: Token[], v: number): string | null {
  if (!/^The$/.test(t[0]?.text ?? '')) return null;
  let q = 1;
  while (q < v && (t[q].cap || t[q].text === '’' || t[q].text === "'") && t[q].text !== ',') q++;
  if (q < 3 || q - 1 > 6 || !t[q]?.word || !/^(?:has|have|had|was|were|is|are|\p{Ll}{3,}ed)$/u.test(t[q].text)) return null;
  return t.slice(1, q).map((x) => x.text).join(' ').replace(/ ([’']) /gu, '$1');
}

function describedSubject(t: Token[], cs: number, v: number): string | null {
  // (`The survey also reveals that`, `The council has since said that`: adverbs and auxiliaries before
  // the verb are no part of the subject.)
  while (v - 1 > cs && /^(also|later|earlier|further|then|since|now|still|previously|already|recently|has|had|have)$/i.test(t[v - 1].text)) v--;
  // (After an adverbial and its comma: `On Monday, a senior medic warned that …`.)
  for (let q = v - 1; q > cs; q--) if (t[q].text === ',') {
    cs = q + 1;
    break;
  }
  while (cs < v && /^(but|and|yet|so|however|meanwhile|also|while|although|though|whereas)$/i.test(t[cs].text)) cs++;
  // (A participle or place phrase after the head is no part of the name: `A Polish immigrant living in
  // Amatrice said`, `a resident from Leeds said`, `The principal at Star the Sea school said` → `a Polish
  // immigrant`, `a resident`, `principal`.)
  const whole = v;
  for (let p = cs + 2; p < v - 1; p++) {
    if (/^(living|working|staying|visiting|from|in|near|at)$/.test(t[p].text)) {
      v = p;
      break;
    }
  }
  // (…or a place's possessive: `Scotland’s coal industry has warned that …`.)
  if (v - cs < 2 || v - cs > 8 || whole - cs > 14 || !(/^(a|an|the|one|another|his|her|their|its)$/i.test(t[cs].text) || (/^\p{Lu}\p{L}+['’]s$/u.test(t[cs].text) && isPlaceName(t[cs].text.slice(0, -2))))) return null;
  for (let q = cs; q < whole; q++) {
    const x = t[q];
    if (!x.word && !(x.text === "'" || x.text === '’' || x.text === '-')) return null;
    if (/^(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|who|which|that|when|while|if|and|or|but|not|also|said|says)$/i.test(x.text)) return null;
  }
  const head = t[v - 1];
  if (!head.word || head.cap || /(?:ly|ing)$/.test(head.lower) || /^(of|for|in|at|on|with|to|from|by)$/.test(head.lower)) return null;
  return describedName(t.slice(cs, v).map((x) => x.text).join(' ').replace(/ (['’]) ?/g, '$1'));
}

// Plain verbs of saying whose bare clause any described subject may own (not verbs of thinking).
const PLAIN_SAY = /^(said|says|say|told|tells|added|adds|warned|warns|insisted|insists|argued|argues|stated|states|noted|notes|explained|explains|stressed|stresses)$/i;

/**
 * A determiner phrase the lexicon does not know as the subject of a plain verb of saying at `v` whose verb
 * group starts at `de`, when a clause follows the verb: `A care home has said it is …`, `The migrants say
 * they …`. Named as written, without its article.
 */
function describedSpeaker(info: SentInfo, v: number, de: number): string | null {
  const t = info.tokens;
  if (!PLAIN_SAY.test(t[v].text)) return null;
  const q = firstAfterAdverbials(t, v + 1);
  if (!/^(told|tells)$/i.test(t[v].text) && !clauseSubjectAt(info, q)) return null;
  return describedSubjectBefore(info, de);
}

/** Whether the capitalised token `k` ends a place after `in`/`at`/`from`/`near` (`in Passage West`). */
function placeBefore(t: Token[], k: number): boolean {
  return !!t[k]?.cap && t.slice(Math.max(0, k - 4), k).some((x) => /^(in|at|from|near)$/.test(x.lower));
}

/**
 * The determiner phrase (see describedSubject) that is the subject of the verb group starting at `de`,
 * also across a relative clause set off by commas after it: `The team, which made the move retroactive
 * to Thursday, said …`, `A neighbour, who asked not to be named, said: …`.
 */
function describedSubjectBefore(info: SentInfo, de: number): string | null {
  const t = info.tokens;
  // (`The principal at Star the Sea school in Passage West, Cork, said …`: a place's county or town set
  // off by commas after it is part of the phrase.)
  if (t[de - 1]?.text === ',' && t[de - 2]?.cap && t[de - 3]?.text === ',' && placeBefore(t, de - 4)) de -= 3;
  if (t[de - 1]?.text === ',') {
    const c = appositionStart(t, de);
    if (c === de) return null;
    de = c;
  }
  return describedSubject(t, clauseStartLeft(info, de), de);
}

/** Participles that open an apposition of a document (`The lawsuit, filed in federal court, alleges …`). */
const DOC_PARTICIPLE = /^(?:\p{Ll}{2,}ed|seen|written|made|sent|drawn|given|shown|taken|known|released|issued|signed|dated)$/u;

/**
 * Where the subject before a comma-closed relative clause or participle apposition ends (`X, which …,`,
 * `X, filed in …,`): the index of the apposition's opening comma, or `de` itself when there is none.
 */
function appositionStart(t: Token[], de: number): number {
  if (t[de - 1]?.text !== ',') return de;
  let c = de - 2;
  while (c > 0 && de - c <= 20 && t[c].text !== ',' && !/^[.;:!?]$/.test(t[c].text)) c--;
  if (t[c]?.text !== ',' || !(/^(which|who)$/i.test(t[c + 1]?.text ?? '') || DOC_PARTICIPLE.test(t[c + 1]?.text ?? ''))) return de;
  return c;
}

/** An unnamed speaker as written: without `the`, with an indefinite article kept in lower case (`a neighbour`). */
function describedName(np: string): string {
  return np.replace(/^the\s+/i, '').replace(/^(A|An) /, (m) => m.toLowerCase());
}

/** Where the verb group of token `v` starts: before one adverb or auxiliary (`also said`, `has said`). */
function verbGroupStart(t: Token[], v: number): number {
  return /^(also|later|earlier|further|then|has|had|have)$/i.test(t[v - 1]?.text ?? '') ? v - 1 : v;
}

/**
 * `Sadownicy mówią, że …`, `Niektórzy sadownicy mówią nam, że …`, `Leśnicy uspokajają: …`: a Polish
 * masculine-personal plural noun the lexicon lacks, as the whole subject of a plural verb of saying,
 * names the group as written (in lower case).
 */
function pluralPeopleSubject(t: Token[], cs: number, v: number): string | null {
  let e = v;
  while (e > cs && /^(nam|mi|też|także|również|jednak|zaś|natomiast)$/i.test(t[e - 1].text)) e--;
  const n = e - cs;
  if (n < 1 || n > 2 || !t.slice(cs, e).every((x) => x.word)) return null;
  const head = t[e - 1];
  // (`Jeśli jednak zadeklarowali, że …`: a conjunction in `-li` opens a condition, names no one.)
  if (/^(jeśli|jeżeli|gdyby|kiedyśmy|gdyż|skoro)$/i.test(t[cs].text)) return null;
  if (!/\p{L}{3}(?:cy|dzy|rzy|owie|iści|yści|ni|li)$/u.test(head.lower) || (head.cap && e - 1 !== cs)) return null;
  if (n === 2 && !/^(niektórzy|inni|pozostali|okoliczni|miejscowi|lokalni|polscy|niemieccy|ukraińscy|zagraniczni|nasi|wszyscy|liczni|jedni)$/i.test(t[cs].text)) return null;
  return t.slice(cs, e).map((x) => x.lower).join(' ');
}

/**
 * `Offshore wind developers said …`, `Residents say …`: an English plural noun phrase of people with
 * no determiner, filling tokens [cs, v) — at most one capitalised qualifier opening the sentence —
 * named as written (that qualifier in lower case).
 */
function barePluralSubject(t: Token[], cs: number, v: number): string | null {
  // (After an adverbial and its comma: `In a report, external inspectors said …`.)
  for (let q = v - 1; q > cs; q--) if (t[q].text === ',') {
    cs = q + 1;
    break;
  }
  if (v <= cs) return null;
  // (A quantifier stays in the name: `Some people said …` is `some people`.)
  const quant = /^(Some|Many|Most|Several|Few|Other|Both)$/i.test(t[cs]?.text ?? '') ? t[cs].lower : null;
  if (EN_FUNCTION_OPENER.test(t[cs]?.text ?? '')) cs++;
  if (v <= cs) return null;
  // (`people familiar with the matter said …`, `Two people close to the talks told Reuters …`: news's
  // unnamed sources, named with the phrase that says how they know.)
  const informed = informedSources(t, cs, v);
  if (informed) return informed;
  // (`Some people said …`, `Many locals say …`: after a quantifier, plain `people` too.)
  if (quant && v - cs === 1 && /^(people|locals|residents|officials|others)$/.test(t[cs].lower)) return `${quant} ${t[cs].lower}`;
  // (`Educators say …`: the plural alone, capitalised as the sentence's first word.)
  // (Only before a plural present — `say`, `warn` —: `Powers said` is a surname.)
  if (v - cs === 1 && t[cs].cap && !t[cs].acronym && EN_PEOPLE_PLURAL.test(t[cs].lower) && !givenNameLemma(t[cs].text) && speechVerb(t[v].text, 'en')?.gender === 'pl') return t[cs].lower;
  const q = cs === 0 && t[0]?.cap && t[0].word && !t[0].acronym && !givenNameLemma(t[0].text) && v - cs >= 2 ? 1 : 0;
  // (`Leaders from both parties said …`: a short complement after the plural says which ones.)
  const h = t[cs]?.word && EN_PEOPLE_PLURAL.test(t[cs].lower) && !speechVerb(t[cs].text, 'en') ? cs : -1;
  if (h >= 0 && /^(from|of)$/.test(t[h + 1]?.lower ?? '') && v - h >= 3 && v - h <= 6 && t.slice(h + 2, v).every((x) => x.word && !x.cap && !AUX.test(x.text) && !/^(who|which|that|and|or)$/.test(x.lower))) {
    const words = t.slice(cs, v).map((x) => x.text);
    words[0] = words[0].toLowerCase();
    return (quant && t[cs - 1]?.lower === quant ? quant + ' ' : '') + words.join(' ');
  }
  if (englishPluralPeopleEnd(t, cs + q) !== v && !(q === 1 && englishPluralPeopleEnd(t, cs) === v)) return null;
  const words = t.slice(cs, v).map((x) => x.text);
  if (cs === 0 && !t[0].acronym) words[0] = words[0][0].toLowerCase() + words[0].slice(1);
  return (quant && t[cs - 1]?.lower === quant ? quant + ' ' : '') + words.join(' ');
}

/**
 * `Airline executives and analysts were upbeat …, but noted …`, `Lekarze i pielęgniarki mówią …`: another
 * group (or plural title) joined to group mention `m` by `and` before the verb at `verbPos` speaks with
 * it; the text that adds it (` and analysts`), or ''.
 */
function joinedGroup(text: string, info: SentInfo, m: Mention, verbPos: number): string {
  const t = info.tokens;
  if (!/^(and|i|oraz)$/.test(t[m.t1]?.lower ?? '') || verbPos <= m.end) return '';
  const other = info.mentions.find((x) => (x.kind === 'group' || (x.kind === 'role' && x.role && /(?:s|i|y|owie)$/.test(t[x.t1 - 1].lower))) &&
    x.t0 >= m.t1 + 1 && x.t0 <= m.t1 + 2 && x.end <= verbPos && (x.t0 === m.t1 + 1 || (t[m.t1 + 1].word && !t[m.t1 + 1].cap)));
  if (!other) return '';
  // (Not a list of more: `doctors and nurses and the union`, `doctors and nurses, teachers`.)
  if (/^(and|i|oraz|or|lub|,)$/.test(t[other.t1]?.lower ?? '')) return '';
  return text.slice(m.end, other.end);
}

// How unnamed sources know what they say: `familiar with`, `close to`, `briefed on`, `with knowledge of`.
const INFORMED_BY = /^(?:familiar with|close to|briefed on|with knowledge of|with direct knowledge of|knowledgeable about|involved in|aware of|privy to)$/;

/**
 * `people familiar with the matter`, `two sources close to the talks`, `officials briefed on the plans`
 * filling tokens [cs, v): a plural of people (after a quantifier or a number, kept) with the phrase of
 * how they know, named as written (its first letter in lower case).
 */
function informedSources(t: Token[], cs: number, v: number): string | null {
  let h = cs;
  if (/^(?:some|many|several|two|three|four|five|few|other|both|\d+)$/i.test(t[h]?.text ?? '')) h++;
  const head = t[h];
  if (!head?.word || !(head.lower === 'people' || head.lower === 'persons' || isGroupNoun(head.lower) || EN_PEOPLE_PLURAL.test(head.lower))) return null;
  let k = h + 1;
  let found = false;
  for (let n = 2; n <= 4 && !found; n++) {
    if (INFORMED_BY.test(t.slice(k, k + n).map((x) => x.lower).join(' '))) {
      k += n;
      found = true;
    }
  }
  if (!found || v - k < 1 || v - k > 5 || !t.slice(k, v).every((x) => x.word && !AUX.test(x.text) && !/^(who|which|that|and|or)$/.test(x.lower))) return null;
  const words = t.slice(cs, v).map((x) => x.text);
  words[0] = words[0][0].toLowerCase() + words[0].slice(1);
  return words.join(' ');
}

/** True when a clause opens at `q`: a subject (see clauseSubjectAt), or a bare noun phrase whose verb follows soon. */
function clauseAhead(info: SentInfo, q: number, strict = false): boolean {
  if (clauseSubjectAt(info, q)) return true;
  const t = info.tokens;
  if (!t[q]?.word || BARE_BLOCKERS.has(t[q].lower) || CONTENT_INTRO.has(t[q].lower)) return false;
  for (let k = q + 1; k < t.length && k - q <= 10; k++) {
    if (!t[k].word) {
      if (t[k].text === '.' && /^\d/.test(t[k + 1]?.text ?? '')) continue;
      if (/^[,;:!?.]$/.test(t[k].text)) return false;
      continue;
    }
    if (AUX.test(t[k].text) || /\p{Ll}{2}ed$/u.test(t[k].text) || /^(rose|fell|grew|hit|reached|remains|remained)$/i.test(t[k].text)) return k > q;
    // (A verb after a subordinator is that clause's: `defeat after exit polls showed …`.)
    // (In `strict` mode, for a verb that also takes an object, a relative pronoun too: `announced new
    // rules that will take effect …`.)
    if (/^(after|before|when|while|because|if|until|since|although|unless|once)$/i.test(t[k].text) || (strict && /^(who|which|that)$/i.test(t[k].text))) return false;
  }
  return false;
}

/** The first token after time adverbials (`on Tuesday`, `last week`) from `q` on. */
function firstAfterAdverbials(t: Token[], q: number): number {
  for (let guard = 0; guard < 3 && q < t.length; guard++) {
    if (/^(on|last|this|late|early|earlier)$/.test(t[q].lower) && TIME_WORD.test(t[q + 1]?.lower ?? '')) q += 2;
    else if (TIME_WORD.test(t[q].lower)) q++;
    else break;
  }
  return q;
}

/** `with residents in Hereford saying …`: the noun of an absolute `with` phrase before token `k`. */
function withMention(info: SentInfo, k: number): Mention | null {
  const t = info.tokens;
  // (Up to a long institution with its dots and article: `with the U.S. Department of Justice saying …`.)
  for (let q = k - 1; q >= 0 && k - q <= 9; q--) {
    if (!t[q].word && !(t[q].text === '.' && t[q - 1]?.word && t[q - 1].text.length <= 3 && t[q - 1].cap)) return null;
    // (`with Mr Smith claiming …`: a courtesy title before the name.)
    if (t[q].lower === 'with') {
      return info.mentions.find((x) => (x.t0 === q + 1 || (x.t0 === q + 2 && /^(Mr|Mrs|Ms|Dr|Miss|the)$/.test(t[q + 1].text)) || (x.t0 === q + 3 && /^(Mr|Mrs|Ms|Dr)$/.test(t[q + 1].text) && t[q + 2].text === '.')) && x.kind !== 'pronoun') ?? null;
    }
  }
  return null;
}

/** The first speaker-like mention after verb token `v` within its clause (tails, inversions). */
/** True when a token in [a, b) is a speech verb. */
function speechTokenIn(t: Token[], a: number, b: number, lang: Language): boolean {
  for (let q = a; q < b; q++) if (isSpeechToken(t, q, lang, () => false)) return true;
  return false;
}

/** True when token `k` stands inside a bracket opened shortly before it and closed shortly after. */
function inBrackets(t: Token[], k: number): boolean {
  let o = k - 1;
  while (o >= 0 && k - o <= 6 && t[o].text !== '(' && t[o].text !== ')') o--;
  if (t[o]?.text !== '(') return false;
  let c = k + 1;
  while (c < t.length && c - k <= 6 && t[c].text !== ')' && t[c].text !== '(') c++;
  return t[c]?.text === ')';
}

// Abbreviations inside a Polish sentence (`godz. 7`, `ok. 20 osób`, `ul. Długiej`).
const PL_INLINE_ABBR = /^(godz|ok|ul|nr|al|pl|os|tys|mln|mld|proc|br|ub|im|pt|ds|woj|pow|gm|m\.in|tzw|np)$/;

/** A short lower-case nickname in quotation marks inside an attribution: `mówi „złoty trener” reprezentacji Marek Cieślak`. */
function quotedEpithet(info: SentInfo, open: number): boolean {
  const p = info.pairs.find((x) => x.open === open);
  if (!p) return false;
  const inner = info.s.text.slice(p.open + 1 - info.s.start, p.close - info.s.start).trim();
  const after = info.s.text.slice(p.close + 1 - info.s.start);
  if (!/^\p{Ll}[\p{L}-]*(?: [\p{L}-]+){0,2}$/u.test(inner) || !/^\s+\p{L}/u.test(after)) return false;
  // (…when a full name follows in the same clause: `poinformował „prezes” przejętej Telewizji Polskiej.`
  // names no one after the marks.)
  const name = info.mentions.find((m) => m.start > p.close && m.kind === 'person' && (m.name?.length ?? 0) >= 2);
  return !!name && !/[.,;:!?]/.test(info.s.text.slice(p.close + 1 - info.s.start, name.start - info.s.start));
}

/**
 * `– … – cytował Kubicę dziennikarz Eleven Sports`, `– … – cytuje polskiego kierowcę Aldona Marciniak`:
 * after Polish `cytować` the person in the accusative is whose words they are; the subject only relays
 * them. That object, or null.
 */
function citedObject(info: SentInfo, v: number): Mention | null {
  const t = info.tokens;
  if (info.lang !== 'pl' || !/^(?:za)?cytow\p{Ll}*$|^(?:za)?cytuj\p{Ll}*$/u.test(t[v]?.lower ?? '')) return null;
  const m = info.mentions.find((x) => x.t0 > v && x.t0 <= v + 3 && (x.kind === 'person' || x.kind === 'role') && t.slice(v + 1, x.t0).every((y) => y.word && !y.cap));
  if (!m) return null;
  // (`cytuje polskiego kierowcę Aldona Marciniak`: a title in the accusative, then a full name in the
  // nominative — the title is whom she quotes, the name is she who quotes.)
  if (m.kind === 'person' && m.role && m.given && m.name?.[0] === m.given.lemma) {
    const words = m.role.text.split(/\s+/).length;
    const re = m.t0 + words;
    if (/\p{Ll}(?:ę|ą)$/u.test(t[re - 1]?.lower ?? '') && re < m.t1) return { ...m, kind: 'role', t1: re, end: t[re - 1].end, name: undefined, given: undefined, gender: m.role.gender };
  }
  // (Accusative: `Kubicę`, `kierowcę`, `ministra`, `Nowaka`, `premiera`.)
  const w = t[m.kind === 'person' && !m.role ? m.t1 - 1 : m.t0].lower;
  return /\p{Ll}(?:ę|ą|a|ego)$/u.test(w) ? m : null;
}

// (`wezwie rosyjskiego ambasadora, by …`: a Polish title in an oblique case after the verb is its object.)
function obliqueObject(info: SentInfo, m: Mention): boolean {
  const t = info.tokens;
  // (An institution opened by its region's or city's adjective shows its case on its head noun: `katowicki sąd apelacyjny`.)
  const h0 = m.kind === 'org' && m.t1 - m.t0 > 1 && REGION_ADJ_PL.test(t[m.t0].lower) ? m.t0 + 1 : m.t0;
  return info.lang === 'pl' && ((m.kind === 'role' && !!m.role &&
    (/\p{Ll}(?:ego|emu)$/u.test(t[m.t0].lower) || t[m.t0].lower === m.role.head + 'a' || t[m.t0].lower === m.role.head + 'owi' ||
      // (`mówiła jedna z kobiet reporterce Polsat News`: a feminine title in `-ce` is in the dative.)
      (m.role.gender === 'f' && /\p{Ll}{4}ce$/u.test(t[m.t0].lower)))) ||
    // (…and so is a lower-case institution noun in an oblique case: `tak opisała decydującą partię`.)
    // (…or in the genitive or locative: `dodał o działaniach obecnej koalicji`.)
    // (Not as the complement of a group or a title: `podkreślili analitycy portalu`.)
    (m.kind === 'org' && !!m.org?.head && !t[h0].cap && (m.t1 - m.t0 === 1 || t.slice(h0, m.t1).every((x) => x.word && !x.cap)) && t[h0].lower !== m.org.head && (/\p{Ll}(?:ę|ą|ami|om)$/u.test(t[h0].lower) ||
      (/\p{Ll}(?:ach|i|u)$/u.test(t[h0].lower) && !info.mentions.some((x) => x.t1 === m.t0 && (x.kind === 'group' || x.kind === 'role'))))));
}
// (`but said Trump would be willing …`: an English name right before a finite verb is the subject of
// the reported clause, not the speaker.)
function reportedClauseSubject(info: SentInfo, m: Mention): boolean {
  return info.lang === 'en' && /^(would|will|is|was|are|were|has|had|have|could|should|can|may|might|must|did|does)$/.test(info.tokens[m.t1]?.lower ?? '');
}
// (`mówiła reporterowi RMF MAXX Krzysztofowi …`, `powiedział dziennikarce TVN24`: the outlet after a
// dative addressee is the addressee's, no speaker.)
function addresseeOutlet(info: SentInfo, m: Mention): boolean {
  const t = info.tokens;
  return info.lang === 'pl' && m.kind === 'org' && m.t0 > 0 && !!t[m.t0 - 1].word && !t[m.t0 - 1].cap && /\p{Ll}{3}(?:owi|om|ce)$/u.test(t[m.t0 - 1].lower) &&
    /^(reporter|dziennikar|korespondent|portal|serwis|słuchacz|widz|czytelnik|wysłannik|wysłanniczk)/.test(t[m.t0 - 1].lower);
}

function rightOf(info: SentInfo, v: number, verb: SpeechVerbForm | null, stopAt: number | null): Mention | null {
  const t = info.tokens;
  const cited = citedObject(info, v);
  if (cited) return cited;
  // (`– … – usłyszeliśmy od jednej z pacjentek.`, `dowiedzieliśmy się od rzecznika`: what the reporter
  // heard from someone is that person's words.)
  if (info.lang === 'pl' && HEARD_FROM.test(t[v]?.lower ?? '')) {
    const od = t[v + 1]?.lower === 'się' ? v + 2 : v + 1;
    const src = t[od]?.lower === 'od' ? info.mentions.find((m) => m.t0 === od + 1 && m.kind !== 'pronoun') : undefined;
    if (src) return { ...src, afterPreposition: false, oblique: false };
  }
  const inPair = makeInPair(info.pairs);
  let end = t.length;
  let participleObject = -1;
  for (let k = v + 1; k < t.length; k++) {
    const x = t[k];
    if (stopAt !== null && x.start >= stopAt) {
      end = k;
      break;
    }
    // (`– powiedział … przewodniczący Wspólnoty Litwinów w Polsce - Jonas Vydra.`: a dash before the full
    // name closing the sentence sets the name off as the title's holder; it ends nothing.)
    if (DASH.test(x.text) && k > v + 1 && info.mentions.some((mm) => mm.kind === 'person' && mm.t0 === k + 1 && (!mm.given || mm.name?.[0] === mm.given.lemma) && (mm.name?.length ?? 0) >= 2 &&
      (mm.t1 >= t.length || /^[.!?]$/.test(t[mm.t1].text)))) continue;
    // (`– … – komentował – Grzegorz Zalewski, dyrektor szkoły.`: a stray dash right after the verb.)
    if (DASH.test(x.text) && k === v + 1 && strayDashName(info, k)) continue;
    // (`tvnmeteo.pl`: a dot inside a web address ends nothing.)
    const inDomain = isDomainDot(t, k);
    // (Nor does an abbreviation's dot inside brackets: `w Koninie (woj. wielkopolskie) Krystyna …`.)
    if (x.text === '.' && k > 0 && x.start === t[k - 1].end && inBrackets(t, k)) continue;
    // (Nor a Polish abbreviation's dot before a number or a lower-case word: `około godz. 7 pani Anna`.)
    // (Nor a clock time's colon: `około 7:00 pani Anna`.)
    if ((x.text === ':' || x.text === '.') && k > 0 && x.start === t[k - 1].end && /^\d{1,2}$/.test(t[k - 1].text) && /^\d{2}$/.test(t[k + 1]?.text ?? '') && t[k + 1].start === x.end) continue;
    if (x.text === '.' && k > 0 && x.start === t[k - 1].end && PL_INLINE_ABBR.test(t[k - 1].lower) && t[k + 1] && (/^\p{N}/u.test(t[k + 1].text) || (t[k + 1].word && !t[k + 1].cap))) continue;
    // (Nor an honorific's dot before a lower-case title and the name: `– mówił ks. prałat Krzysztof Stawski`.)
    if (x.text === '.' && k > 0 && x.start === t[k - 1].end && TITLE_ABBR.test(t[k - 1].lower) && !!t[k + 1]?.word && !t[k + 1].cap && !!roleHead(t[k + 1].lower) && !!t[k + 2]?.cap) continue;
    // (Nor a Polish ordinal's dot before a lower-case word: `– powiedział aktualnie 121. zawodnik rankingu ATP`.)
    if (info.lang === 'pl' && x.text === '.' && k > 0 && x.start === t[k - 1].end && /^\d{1,3}$/.test(t[k - 1].text) && !!t[k + 1]?.word && !t[k + 1].cap) continue;
    if (!inDomain && (CONTENT_INTRO.has(x.lower) || x.text === ':' || x.text === ';' || DASH.test(x.text) || (x.text === ',' && CLAUSE_WORDS.has(t[k + 1]?.lower ?? '')) || /[.!?]/.test(x.text) && x.text.length === 1 && !(k > 0 && (t[k - 1].text.length === 1 && t[k - 1].cap)) && !(x.text === '.' && k > 0 && x.start === t[k - 1].end && TITLE_ABBR.test(t[k - 1].lower) && TITLE_ABBR.test(t[k + 1]?.lower ?? '') && (t[k + 2]?.text === '.' || (!!t[k + 2]?.cap && t[k + 2].word))) && !(x.text === '.' && k > 0 && x.start === t[k - 1].end && t[k + 1]?.cap && t[k + 1].word && (TITLE_ABBR.test(t[k - 1].lower) || (t[k - 1].text.length <= 5 && !t[k - 1].cap && t[k + 2]?.cap))))) {
      end = k;
      break;
    }
    // (`- stwierdził reprezentujący Kościelnika mecenas Władysław Pociej`: a Polish participle right after
    // the verb premodifies the subject that follows; its object is no speaker.)
    if (k === v + 1 && info.lang === 'pl' && x.word && !x.cap && /\p{L}{3}(?:ąca|ący)$/u.test(x.lower) && t[k + 1]?.word && t[k + 2]?.word) {
      participleObject = k + 1;
      continue;
    }
    // (`- podkreślał zwracając się do uczniów Mariusz Banach, kurator oświaty.`: an adverbial participle
    // right after the verb, with a short lower-case complement, before the speaker's full name.)
    if (k === v + 1 && info.lang === 'pl' && x.word && !x.cap && /\p{L}{3}ąc$/u.test(x.lower)) {
      const name = info.mentions.find((m) => m.t0 > k && m.t0 <= k + 5 && m.kind === 'person' && !!m.given && (m.name?.length ?? 0) >= 2 && m.name![0] === m.given.lemma && t.slice(k + 1, m.t0).every((y) => y.word && !y.cap));
      if (name) {
        k = name.t0 - 1;
        continue;
      }
    }
    // Participles and relative clauses end the attribution: `- powiedział szef NATO odnosząc się do …`.
    // (A participle used as a noun for people is a subject: `– mówią protestujący.`; so is a title
    // shaped like one: `– powiedział PAP przewodniczący Norbert Rasch.`)
    if (x.word && !x.cap && ((/(?:ąc|ąca|ący|ące)$/u.test(x.lower) && !roleHead(x.text) && !info.mentions.some((mm) => mm.t0 === k && mm.kind === 'group')) || /^(któr(?:y|a|e|zy|ych|ym|ymi|ego|ej|emu|ą)|gdy|kiedy|who|which|when|while|after|before)$/.test(x.lower))) {
      end = k;
      break;
    }
    if (OPEN_QUOTES.includes(x.text) && info.pairs.some((p) => p.open === x.start) && !isShortName(info, x.start) && !quotedEpithet(info, x.start)) {
      end = k;
      break;
    }
    // (`– przyznał i jako przykład podał projekt Olefiny III`: `i` before a second past-tense verb joins a
    // new predicate of the same subject-less clause; what follows it is that verb's object.)
    if (info.lang === 'pl' && (x.lower === 'i' || x.lower === 'oraz') && k > v && t.slice(k + 1, k + 5).some((y) => y.word && !y.cap && /\p{L}{2}(?:ł|ła|li|ły)$/u.test(y.lower))) {
      end = k;
      break;
    }
  }
  const cands = info.mentions.filter((m) => m.t0 > v && m.t1 <= end && m.t0 !== participleObject && !obliqueObject(info, m) && !reportedClauseSubject(info, m) && !addresseeOutlet(info, m) && !m.afterPreposition && !inPair(m.start) && (!verb || genderOk(m, verb.gender) || (verb.gender === 'pl' && firstOfPair(info, m))) && nominativeLike(m, info.lang) && (m.kind !== 'pronoun' || m.pronounUse === 'subject'));
  if (!cands.length) return null;
  // (`– ocenił wpis Błaszczaka wicepremier.`: a surname in the genitive after the verb's noun object
  // belongs to that object; the subject comes after it.)
  if (info.lang === 'pl' && cands.length > 1) {
    const c = cands[0];
    // (Not after a dative addressee: `powiedział dziennikarzom Rogala w kopalni Ziemowit`.)
    if (c.kind === 'person' && c.name?.length === 1 && c.t0 === v + 2 && t[v + 1].word && !t[v + 1].cap && !roleHead(t[v + 1].text) && !/\p{Ll}(?:om|owi)$/u.test(t[v + 1].lower) && /\p{Ll}(?:a|ego|iego|y)$/u.test(t[c.t0].text) && cands.some((m) => m.t0 >= c.t1)) cands.shift();
    // (Further on, lone genitives after nouns before a full name in the nominative: `mówi o porażce Motoru
    // w finale Ekstraligi … Marek Cieślak`.)
    const full = cands.find((m) => m.kind === 'person' && !!m.given && (m.name?.length ?? 0) >= 2 && m.name![0] === m.given.lemma);
    if (full) {
      const lone = (m: Mention): boolean => m.kind === 'person' && m.name?.length === 1 && !m.given && m.t0 < full.t0 && !!t[m.t0 - 1]?.word && !t[m.t0 - 1].cap &&
        !roleHead(t[m.t0 - 1].text) && /\p{Ll}(?:a|u|i|y|ego|iego)$/u.test(t[m.t0].text);
      while (cands.length > 1 && lone(cands[0])) cands.shift();
    }
  }
  // (`Jak mówiła wiceszefowa GIOŚ podczas posiedzenia komisji Gospodarki Morskiej …`: a Polish title
  // right after the verb is its subject when a preposition opens an adverbial before any name.)
  // (…also after an adjective of its own: `– przyznała trzykrotna mistrzyni olimpijska … podczas programu …`.)
  const atVerb = info.lang === 'pl' ? cands.find((m) => m.kind === 'role' && (m.t0 === v + 1 || (m.t0 === v + 2 && !!t[v + 1]?.word && !t[v + 1].cap && /\p{L}{3}(?:a|y|i|e)$/u.test(t[v + 1].lower)))) : undefined;
  if (atVerb) {
    const nextName = cands.find((m) => m.kind === 'person' && m.t0 >= atVerb.t1);
    if (nextName && t.slice(atVerb.t1, nextName.t0).some((x) => /^(podczas|na|po|przed|wobec|o|pod)$/.test(x.text))) return atVerb;
  }
  cands.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.start - b.start);
  // (`- pytał konduktora jeden z pasażerów`: `jeden z …` is the subject in the nominative; a title
  // before it is the object.)
  const oneOf = cands.find((m) => m.kind === 'group' && /^(jeden|jedna|jedno|kolejny|kolejna|inny|inna|drugi|druga)$/i.test(t[m.t0].text));
  // (`jeden z liderów Konfederacji Krzysztof Bosak`: the name right after it is who that member is.)
  // (…but `pani Anna, jedna z pasażerek` names her first.)
  if (oneOf && !cands.some((m) => m.kind === 'person' && m.t1 === oneOf.t0 - 1 && t[m.t1].text === ',')) return cands.find((m) => m.kind === 'person' && m.t0 >= oneOf.t1 && m.t0 <= oneOf.t1 + 2 && (m.name?.length ?? 0) >= 2) ?? oneOf;
  // (`said Parklane parent, Jennifer Agle`: a lone capitalised word before a title and a comma
  // qualifies the title; the full name after the comma is the speaker.)
  const c0 = cands[0];
  // (…also `said District 7 representative, Dr. Michelle Morancie`.)
  if (c0.kind === 'person' && c0.name?.length === 1 && !c0.given && !c0.role && t[c0.t1] && !t[c0.t1].cap) {
    for (const m of cands) {
      if (m.kind !== 'person' || !m.given || m.t0 <= c0.t1) continue;
      let c = m.t0 - 1;
      if (t[c]?.text === '.' && TITLE_ABBR.test(t[c - 1]?.lower ?? '')) c -= 2;
      if (t[c]?.text === ',' && c > c0.t1 && t.slice(c0.t1, c).every((x) => (x.word && !x.cap) || /^\d+$/.test(x.text))) return m;
    }
    // (`said Rovers head coach Bradley`: a lone capitalised word right before a titled name is the
    // title's club or company.)
    const titled = info.lang === 'en' ? cands.find((m) => m.kind === 'person' && m.t0 === c0.t1 && !!m.role && !!m.name?.length) : undefined;
    if (titled) return titled;
  }
  return cands[0];
}

// Polish verbs of reporting that may close a sentence after a comma (`…, podała CPK.`).
const PL_TAIL_VERB = /^(podać|poinformować|przekazać|powiedzieć|dodać|zaznaczyć|podkreślić|wyjaśnić|ocenić|stwierdzić|napisać|oświadczyć|zapowiedzieć|przypomnieć|ogłosić|potwierdzić|informować|podawać|przekazywać|wskazać|zauważyć|tłumaczyć|mówić|zapewnić|zapewniać|uznać|przyznać|przyznawać|przekonywać|prognozować|podkreślać|ostrzegać|argumentować|alarmować|twierdzić|uważać|zaznaczać|dodawać|wyjaśniać|oceniać|wskazywać|zauważać|przypominać|zapowiadać|ogłaszać|potwierdzać|pisać|relacjonować|komentować|skomentować|szacować|oszacować)$/;

/**
 * `w rozmowie z PAP Zysk`: an acronym with one capitalised word after it reads as one name
 * (`PAP Biznes`), but when the article knows that word as a person, it is the outlet the words were
 * given to and the person who gave them.
 */
function splitOutletName(info: SentInfo, table: EntityTable): void {
  const t = info.tokens;
  for (let i = 0; i < info.mentions.length; i++) {
    const m = info.mentions[i];
    if (m.kind !== 'org' || m.t1 - m.t0 !== 2 || !t[m.t0].acronym || !t[m.t0 + 1].cap || t[m.t0 + 1].acronym || !t[m.t0 + 1].word) continue;
    const w = t[m.t0 + 1];
    const person: Mention = { kind: 'person', start: w.start, end: w.end, t0: m.t0 + 1, t1: m.t1, name: [w.text], gender: null, afterPreposition: false, sentenceInitial: false };
    if (table.match(person, false)?.type !== 'person') continue;
    const outlet: Mention = { ...m, end: t[m.t0].end, t1: m.t0 + 1, org: { name: t[m.t0].text, head: null, ministry: false, gender: null } };
    info.mentions.splice(i, 1, outlet, person);
    i++;
  }
}

/** True when the quotation opening at `open` is a short capitalised name (`„Rzeczpospolita”`). */
function isShortName(info: SentInfo, open: number): boolean {
  const p = info.pairs.find((x) => x.open === open);
  if (!p) return false;
  const inner = info.s.text.slice(p.open + 1 - info.s.start, p.close - info.s.start).trim();
  return !hasWords(inner, 5) && /^\p{Lu}/u.test(inner) && !/[.!?,]$/.test(inner);
}

/** A quoted source name right after token index `k` (`pisze "New York Times"`), if any. */
function quotedSourceAfter(info: SentInfo, k: number, afterVerb = false): { start: number; end: number; text: string } | null {
  const t = info.tokens[k + 1];
  if (!t || !OPEN_QUOTES.includes(t.text)) return null;
  const p = info.pairs.find((x) => x.open === t.start);
  if (!p || !isShortName(info, p.open)) return null;
  const text = info.s.text.slice(p.open + 1 - info.s.start, p.close - info.s.start).trim();
  // (`powiedział „Gazecie Wyborczej”`: a Polish title in the dative is whom it was told, not the source.)
  if (afterVerb && info.lang === 'pl' && /(?:ej|emu|owi|ecie|iu)$/u.test(text.split(/\s+/)[0] ?? '') && /(?:ej|emu|owi|ecie|iu)$/u.test(text)) return null;
  const start = info.s.text.indexOf(text, p.open + 1 - info.s.start) + info.s.start;
  return { start, end: start + text.length, text };
}

/**
 * The author of a document or finding that is the subject of a verb of saying starting at `de`: `A report
 * by the World Bank [indicated that]`, `A statement from the ministry [said that]` (the institution, person
 * or title right before the verb, after `by`/`from`/`of` and the document's noun at the clause start), else
 * null. (Plural findings with `show`/`indicate` are not verbs of saying here and are not covered.)
 */
function documentOwnerBefore(info: SentInfo, de: number): Mention | null {
  const t = info.tokens;
  const m = info.mentions.find((x) => x.t1 === de && (x.kind === 'org' || x.kind === 'person' || x.kind === 'role'));
  if (!m) return null;
  let p = m.t0 - 1;
  if (/^(the|a|an)$/i.test(t[p]?.text ?? '')) p--;
  if (!/^(by|from|of)$/i.test(t[p]?.text ?? '')) return null;
  const noun = t[p - 1];
  if (!noun?.word || noun.cap || !(DOCUMENT_NOUN.test(noun.lower) || FINDING_NOUN.test(noun.lower) || /^(reports|statements|documents)$/.test(noun.lower))) return null;
  // (The document's noun phrase opens the clause: `A new report`, `Figures`, `The latest data`.)
  const cs = clauseStartLeft(info, p - 1);
  return p - 1 - cs <= 3 && t.slice(cs, p - 1).every((x) => x.word && !x.cap || /^(The|A|An)$/.test(x.text)) ? m : null;
}

/** A reported frame whose source is named as written (`„Rzeczpospolita”`, `lawsuit`), with no context fallback. */
function namedSourceFrame(info: SentInfo, rule: string, contentStart: number, form: SpeechVerbForm, verbPos: number, name: string): Frame {
  const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, verbPos, null, 2);
  f.fallbackName = name;
  f.fallback = 'none';
  return f;
}

/** The name in marks `p` when it is a short title (`„Rzeczpospolita”`, `"The Guardian"`), else null. */
function titleSubjectOf(info: SentInfo, p: { open: number; close: number }): string | null {
  if (!isShortName(info, p.open)) return null;
  const name = info.s.text.slice(p.open + 1 - info.s.start, p.close - info.s.start).trim();
  // (Every word capitalised, or a short function word inside: `Gazeta Wyborcza`, `Dziennik Gazeta Prawna`.)
  const words = name.split(/\s+/);
  if (words.length > 4 || !words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(of|the|and|i|w|na)$/.test(w)))) return null;
  return name;
}

/**
 * `twierdzi — powołując się na rządowe plany — że …`: a participle clause set off by dashes from token k
 * (the opening dash) on; the index of the content introducer right after the closing dash, or -1.
 */
function dashParticipleIntro(t: Token[], k: number): number {
  if (!DASH.test(t[k]?.text ?? '') || !/\p{Ll}{3}(?:ąc|ing)$/u.test(t[k + 1]?.lower ?? '')) return -1;
  let r = k + 2;
  while (r < t.length && r - k <= 20 && !DASH.test(t[r].text) && !/^[.;:!?]$/.test(t[r].text)) r++;
  return DASH.test(t[r]?.text ?? '') && CONTENT_INTRO.has(t[r + 1]?.lower ?? '') ? r + 1 : -1;
}

/** True when a content clause opens at token k (`że`, `iż`, `that`, or a comma before one). */
function contentClauseAt(t: Token[], k: number): boolean {
  // (…or after a participle clause set off by dashes: `twierdzi — powołując się na plany — że`.)
  if (dashParticipleIntro(t, k) >= 0) return true;
  const w = t[k]?.text === ',' ? t[k + 1] : t[k];
  return !!w && /^(że|iż|that)$/i.test(w.text);
}

/**
 * `Saying young immigrants "were likely to suffer …", a federal judge blocked …`, `Noting that the law
 * was unclear, Judge Alsup …`: an English sentence opened by a participle of saying has the main
 * clause's subject as its speaker. That subject (a name, title or institution right after the comma
 * that closes the participle clause, past token `from`) and the comma's token index; null when none.
 */
function openingParticipleSubject(info: SentInfo, v: number, from: number): { m: Mention; comma: number } | null {
  const t = info.tokens;
  if (info.lang !== 'en' || v !== 0 || !/^\p{Lu}\p{Ll}+ing$/u.test(t[0]?.text ?? '')) return null;
  for (let c = from; c < t.length - 1; c++) {
    if (t[c].text !== ',') continue;
    let q = c + 1;
    while (q < t.length && q - c <= 3 && t[q].word && /^(the|a|an|this|that|its|his|her|their|federal|state|local|senior|top|former)$/i.test(t[q].text)) q++;
    const m = info.mentions.find((x) => x.t0 >= c + 1 && x.t0 <= q && (x.kind === 'person' || x.kind === 'role' || x.kind === 'org') && !x.afterPreposition);
    if (m) return { m, comma: c };
  }
  return null;
}

function baseFrame(info: SentInfo, rule: string, direct: boolean, q: [number, number], verb: SpeechVerbForm | null, verbPos: number, speaker: Mention | null, priority: number): Frame {
  return {
    rule, direct, first: info.idx, last: info.idx, claimStart: info.s.start, claimEnd: info.s.end, quoteStart: q[0], quoteEnd: q[1],
    verb, verbPos, mSent: info.idx, speaker, fallback: speaker ? 'none' : 'context', fallbackName: null, quotedSource: null, priority,
  };
}

/** The dash-attribution (`- powiedział`, `– tak opowiedziała`, `- informuje dalej`) in a sentence, if any. */
// Appeals whose content is an infinitive or `do` phrase (`urged voters to …`, `zaapelował do rządu o …` is not one).
// Polish verbs of announcing, proposing and demanding whose object noun phrase is what was said.
const PL_ANNOUNCE_NP = /^(zapowiedzieć|zapowiadać|zaproponować|proponować|zażądać|żądać|postulować|zadeklarować|deklarować|obiecać|obiecywać|zaakcentować)$/;

const APPEAL_VERB = /^(urged|urges|urge|urging|exhorted|exhorts|implored|implores|encouraged|encourages|encouraging|pleaded|pleads|pleading|begged|begs|wezwał|wezwała|wezwali|wzywa|wzywają|zaapelował|zaapelowała)$/i;
const CAPTION_LABEL = /^(?:file photo|photo|photograph|picture|image|video|watch|read|read more|read also|see also|update|updated|breaking|exclusive|related|zdjęcie|zdjęcia|fot|foto|źródło|wideo|zobacz|zobacz też|zobacz także|przeczytaj|przeczytaj też|przeczytaj także|polecamy|sprawdź|czytaj|czytaj też|czytaj także|czytaj więcej|aktualizacja|pilne|ilustracja|grafika|see more|more|listen|podcast)$/iu;
// Bylines before the first sentence (`News Desk: Finance Minister … has said that …`): no speaker, but the
// sentence after them is the article's own.
const BYLINE_LABEL = /^(?:news desk|online desk|web desk|desk|staff reporter|staff correspondent)$/iu;
const QUESTION_VERB = /^(zapytał|zapytała|zapytali|pytał|pytała|pytali|dopytywał|dopytywała|dopytywali|asked|asks|wondered|queried)$/i;
const INTERVIEWER = /dziennikar|reporter|prowadząc|journalist|interviewer|\bhost\b/i;

/** True for a quotation that is a question put by the verb's subject or by a journalist. */
function isQuestion(text: string, f: Frame, speakerMention: string): boolean {
  let e = f.quoteEnd - 1;
  while (e > f.quoteStart && ' \t\n"\'”“„»«'.includes(text[e])) e--;
  if (text[e] !== '?') return false;
  const verb = /^[\p{L}]+/u.exec(text.slice(f.verbPos, f.verbPos + 20))?.[0] ?? '';
  // (A question asked by someone in the story — `- Kto kieruje tą komisją? - pytał retorycznie
  // Mularczyk` — is their statement; only the interviewer's questions, or ones asked of no one named,
  // assert nothing.)
  if (INTERVIEWER.test(speakerMention)) return true;
  if (!QUESTION_VERB.test(verb)) return false;
  // (`- zapytał reporter lokalnego radia`: the words of the attribution name the interviewer.)
  const attribution = f.verbPos > f.quoteStart ? text.slice(f.verbPos, Math.min(text.length, f.verbPos + 50)).split(/[.!?\n]/)[0] : '';
  return INTERVIEWER.test(attribution) || (!speakerMention && !f.speaker && f.fallback === 'none');
}

// Verbs of taking a public stance (`ripped the amendment`, `skrytykował decyzję`): the person doing it
// is who speaks in the quotation paragraph that follows.
const COMMUNICATIVE = /^(ripped|slammed|blasted|critici[sz]ed|attacked|praised|welcomed|defended|questioned|accused|dismissed|rejected|vented|hit|lashed|condemned|hailed|mocked|responded|reacted|weighed|spoke|addressed|skrytykował|skrytykowała|krytykował|krytykowała|pochwalił|pochwaliła|zaatakował|zaatakowała|bronił|broniła|odniósł|odniosła|odpowiedział|odpowiedziała|przemawiał|przemawiała|wystąpił|wystąpiła|zabrał|zabrała)$/i;
// Lower-case English adjectives by their endings (`external`, `independent`, `environmental`, `economic`).
const GROUP_ADJECTIVE = /^(?!(?:several|general|total|final|actual|usual|equal|real|twelve)$)\p{Ll}{3,}(?:al|ic|ive|ous|ent|ant|ary|ior|ian)$/u;
const NAME_MODIFIERS = /^(local|state|county|city|federal|hospital|company|police|government|party|campaign|union|senior|military|army|health|regional|provincial|municipal|national|official|school|court|white|house|airline|club|team|rescue|fire|election|opposition|palace|embassy|ministry|defence|defense|tour|news|garda|district|security|intelligence|diplomatic|industry|western|education|council|university|department|prison|trust|board|airport|transport|navy|border|immigration|justice|foreign|interior|treasury|trade|energy|rail|port|village|town|community|medical|legal|administration)$/;

/**
 * The words before an unresolved title or group that say whose it is (`a hospital spokesperson`,
 * `Chinese officials`, `Hays County officials`, `state media`): where the mention starts in English.
 */
function modifiedStart(text: string, info: SentInfo | undefined, m: Mention): number {
  // (Polish: the adjectives that describe someone afresh, `wzburzony starszy mężczyzna`.)
  if (info && info.lang === 'pl' && m.kind === 'role') {
    const t = info.tokens;
    let k = m.t0;
    if (PL_FRESH_DESCRIPTION.test(t[k - 1]?.lower ?? '') && !PL_ONLY_NEW.test(t[k - 1].lower)) {
      k--;
      if (t[k - 1]?.word && !t[k - 1].cap && /\p{L}{3}(?:ony|ona|ny|na)$/u.test(t[k - 1].lower)) k--;
    }
    // (`inna kobieta`, `kolejny oburzony rolnik`, `nasz następny rozmówca`: the words that say the person
    // is new are how the article tells them apart from the one before.)
    let q = k;
    if (t[q - 1]?.word && !t[q - 1].cap && /\p{L}{3}(?:ony|ona|ty|ta|ły|ła)$/u.test(t[q - 1].lower) && PL_ONLY_NEW.test(t[q - 2]?.lower ?? '')) q--;
    if (PL_ONLY_NEW.test(t[q - 1]?.lower ?? '') && PL_FRESH_DESCRIPTION.test(t[q - 1].lower)) {
      k = q - 1;
      if (/^(nasz|nasza)$/.test(t[k - 1]?.lower ?? '') && /^następn/.test(t[k].lower)) k--;
    }
    return t[k].start;
  }
  if (!info || info.lang !== 'en') return m.start;
  const t = info.tokens;
  // (`a United States Olympic Committee spokesman`: an institution's whole name qualifies the title.)
  const owner = info.mentions.find((x) => x.kind === 'org' && x.t1 === m.t0 && x.t1 - x.t0 >= 3);
  if (owner) return /^(a|an|the)$/i.test(t[owner.t0].text) ? t[owner.t0 + 1].start : owner.start;
  let k = m.t0;
  // (`the unidentified boy`, `an elderly woman`: a plain person noun is known by all its adjectives.)
  if (m.kind === 'role' && m.role && PLAIN_PERSON_HEAD.test(m.role.head)) {
    let q = m.t0;
    while (q > 0 && m.t0 - q < 3 && t[q - 1].word && !t[q - 1].cap && !/^(the|a|an|one|another|this|that|his|her|their|its|our|my|and|or|of|to|in|on|at|by|for|with|from|as|said|says|told)$/i.test(t[q - 1].text)) q--;
    if (q < m.t0 && /^(the|a|an|one|another)$/i.test(t[q - 1]?.text ?? '')) return t[q].start;
  }
  while (k > 0 && m.t0 - k < 3) {
    const x = t[k - 1];
    if (!x.word) break;
    // (A capital at the sentence start proves nothing unless the word is a modifier anyway.)
    // (…but an acronym is: `US officials said`.)
    // (A group is also known by its plain adjectives: `external inspectors`, `independent experts`.)
    if (NAME_MODIFIERS.test(x.lower) || isNationalityAdjective(x.text) || (m.kind === 'group' && !x.cap && GROUP_ADJECTIVE.test(x.lower)) || (x.cap && (k - 1 > 0 || x.acronym) && !isNonNameCap(x.text))) k--;
    else break;
  }
  // (`around 30 countries`, `more than 100 scientists`: a count before a group belongs to it.)
  if (m.kind === 'group' && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)$/i.test(t[k - 1]?.text ?? '')) {
    k--;
    if (/^(around|about|some|nearly|almost|over|roughly)$/i.test(t[k - 1]?.text ?? '')) k--;
    else if (/^than$/i.test(t[k - 1]?.text ?? '') && /^(more|fewer)$/i.test(t[k - 2]?.text ?? '')) k -= 2;
  }
  return t[k].start;
}

/**
 * Where the name of someone known only by a title starts: at the words that say whose title it is
 * (see modifiedStart), and in English at an indefinite article with the describing words after it —
 * `a female undercover officer`, `an NCA spokesman` — which tells the reader the person is unnamed.
 */
function roleNameStart(text: string, info: SentInfo | undefined, m: Mention): number {
  const ms = modifiedStart(text, info, m);
  if (!info || info.lang !== 'en') return ms;
  const t = info.tokens;
  for (let k = m.t0 - 1; k >= 0 && m.t0 - k <= 4; k--) {
    if (!t[k].word || t[k].start > ms) break;
    if (/^(a|an|one)$/i.test(t[k].text)) return t[k].start;
    if (t[k].cap && t[k].start < ms) break;
  }
  return ms;
}

/**
 * `A 43-year-old dispatch worker living in Toshima Ward said`: an English indefinite description opening
 * the sentence runs up to its verb of saying, which is how the reader knows that person. Where the name
 * of an unnamed speaker ends (`m.end` when the description does not run so).
 */
function roleNameEnd(text: string, info: SentInfo | undefined, m: Mention, verbPos: number): number {
  // (`przedstawicielka związku zawodowego działającego w firmie, która …`: a Polish title closed by a
  // participle takes the participle's short prepositional complement too.)
  if (info?.lang === 'pl') {
    const t = info.tokens;
    const q = m.t1;
    if (/\p{Ll}{2}ąc(?:ego|ej|ych|y|a|e)$/u.test(t[q - 1]?.lower ?? '') && /^(w|we|na|przy|z|ze|dla|od|u)$/.test(t[q]?.lower ?? '')) {
      let e = q + 1;
      while (e < t.length && e - q <= 3 && t[e].word && !speechVerb(t[e].text, 'pl')) e++;
      if (e > q + 1 && (e >= t.length || /^[,.;!?]$/.test(t[e].text))) return t[e - 1].end;
    }
    return m.end;
  }
  if (!info || info.lang !== 'en') return m.end;
  const t = info.tokens;
  const a = t[m.t0 - 1]?.lower === 'a' || t[m.t0 - 1]?.lower === 'an' ? m.t0 - 1 : t[m.t0 - 2]?.lower === 'a' || t[m.t0 - 2]?.lower === 'an' ? m.t0 - 2 : -1;
  if (a < 0 || a > 1) return m.end;
  const v = t.findIndex((x) => x.start === verbPos);
  if (v <= m.t1 || v - m.t1 > 8) return m.end;
  // (Not the auxiliary of the verb: `A spokesman for Nicola Sturgeon has said`.)
  let e = v;
  // (…nor an adverb before it: `A Pakistani military official initially said`.)
  while (e > m.t1 && (AUX.test(t[e - 1].text) || /^(?:\p{Ll}{3,}ly|also|still|now|then|later|earlier|previously|once|again|too|even|just|first|not|never)$/u.test(t[e - 1].text))) e--;
  if (e <= m.t1) return m.end;
  // (`A senior UN official on Thursday urged …`: a time adverbial before the verb is no part of the title.)
  for (let q = m.t1; q < e; q++) {
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|recently)$/i.test(t[q].text)) {
      e = q > m.t1 && /^(?:on|at|in)$/i.test(t[q - 1].text) ? q - 1 : q;
      break;
    }
  }
  if (e <= m.t1) return m.end;
  const between = t.slice(m.t1, e);
  if (!between.every((x) => x.word && !/^(who|which|that|and|but|said|says|told)$/i.test(x.text))) return m.end;
  return t[e - 1].end;
}

/**
 * The institution or person an English article named as issuing a document (`report`, `study`) in the
 * sentence that first mentions it, up to eight sentences back: `a report released Wednesday by Amnesty
 * International`, `a new report from the IOM`, `Ofsted's report`, `Ofsted published a report`. Null when
 * the article names no one.
 */
const LEGAL_PAPER = /^(complaint|complaints|lawsuit|lawsuits|suit|filing|filings|petition)$/;

function documentAuthor(infos: SentInfo[], table: EntityTable, first: number, noun: string): Entity | string | null {
  const speakerKind = (x: Mention) => x.kind === 'org' || x.kind === 'person';
  for (let d = 0; d <= 8 && first - d >= 0; d++) {
    const info = infos[first - d];
    const t = info.tokens;
    for (let k = 0; k < t.length; k++) {
      // (A court's papers go by several names: `the lawsuit` … `according to the complaint`.)
      if (t[k].lower !== noun && t[k].lower !== noun + 's' && !(LEGAL_PAPER.test(noun) && LEGAL_PAPER.test(t[k].lower))) continue;
      // (`xAI said in the lawsuit that …`: whoever speaks in the document owns it.)
      if (/^(in|w)$/i.test(t[k - 2]?.text ?? '') && /^(the|a|its|their|his|her)$/i.test(t[k - 1]?.text ?? '') && speechVerb(t[k - 3]?.text ?? '', info.lang)) {
        const subj = info.mentions.find((x) => speakerKind(x) && x.t1 === k - 3 && !x.afterPreposition);
        const se = subj ? table.match(subj, false) : null;
        if (se) return se;
      }
      // (`an England statement`, `the club’s statement`: an owner no mention names — a country's team, a
      // common noun in the possessive — is named as written; the nearest such document is the one meant.)
      let o = k - 1;
      if (/^(press|news|written|joint|official)$/.test(t[o]?.lower ?? '')) o--;
      const poss = t[o]?.word && /\p{Ll}['’]s$/u.test(t[o].text) && !t[o].cap && /^(the|a|an)$/i.test(t[o - 1]?.text ?? '');
      if (poss) return 'the ' + t[o].text.slice(0, -2);
      if (t[o]?.word && t[o].cap && !t[o].acronym && /^(a|an)$/i.test(t[o - 1]?.text ?? '') && !info.mentions.some((x) => x.t0 <= o && x.t1 > o)) return t[o].text;
      // (`… by Amnesty International`, `… from the International Organisation for Migration (IOM)`.)
      for (let q = k + 1; q < t.length && q - k <= 8 && !/^[.;:!?]$/.test(t[q].text); q++) {
        if (!/^(by|from)$/.test(t[q].lower)) continue;
        const by = info.mentions.find((x) => speakerKind(x) && (x.t0 === q + 1 || (x.t0 === q + 2 && t[q + 1].lower === 'the')));
        const e = by ? table.match(by, false) : null;
        if (e) return e;
        break;
      }
      // (`an England statement`, `a Coast Guard press release`: the institution named right before the noun.)
      const pre = info.mentions.find((x) => speakerKind(x) && (x.t1 === k || (x.t1 === k - 1 && /^(press|news|written|joint|official)$/.test(t[k - 1].lower))) && !x.afterPreposition);
      const pe = pre ? table.match(pre, false) : null;
      if (pe) return pe;
      // (`Ofsted's report`, `the IOM's latest report`.)
      for (let q = k - 1; q >= 0 && k - q <= 3; q--) {
        if (t[q].text !== "'s" && t[q].text !== '’s' && !(/^['’]$/.test(t[q].text) && t[q + 1]?.lower === 's')) continue;
        const own = info.mentions.find((x) => speakerKind(x) && (x.t1 === q || x.end === t[q].start));
        const e = own ? table.match(own, false) : null;
        if (e) return e;
      }
      // (`Ofsted published a report …`: the subject of a verb of issuing before the noun.)
      const issue = t.slice(0, k).findIndex((x) => /^(released|published|issued|produced|commissioned|compiled|conducted|unveiled|launched|filed|lodged|brought|submitted)$/.test(x.lower));
      if (issue > 0) {
        const subj = info.mentions.find((x) => speakerKind(x) && x.t1 <= issue && x.t1 >= issue - 2 && !x.afterPreposition);
        const e = subj ? table.match(subj, false) : null;
        if (e) return e;
      }
    }
  }
  return null;
}

/** `A spokesman for Ofsted` opening a sentence is `a spokesman for Ofsted` as a name. */
function lowerArticle(s: string): string {
  return s.replace(/^(A|An|One)(?= )/, (w) => w.toLowerCase());
}

/** Registers the person of a heading made only of a name and an optional title as a speaker. */
function speakerHeading(tokens: Token[], mentions: Mention[], table: EntityTable, pos: number, sentence: number): void {
  const words = tokens.filter((x) => x.word).length;
  if (!words || words > 12) return;
  let m: Mention | undefined = mentions[0];
  // `Pavol Stano, trener Górnika Łęczna`: two capitalised words before a comma and a title.
  if ((!m || m.t0 > 0) && tokens[0]?.cap && tokens[1]?.cap && tokens[0].word && tokens[1].word && tokens[2]?.text === ',' && mentions.some((x) => x.t0 === 3 && x.kind === 'role')) {
    m = { kind: 'person', start: tokens[0].start, end: tokens[1].end, t0: 0, t1: 2, name: [tokens[0].text, tokens[1].text], gender: null, afterPreposition: false, sentenceInitial: false };
  }
  if (!m || m.kind !== 'person' || m.t0 !== 0 || (m.name?.length ?? 0) < 2) return;
  const titled = !!m.role || mentions.some((x) => x.t0 > m!.t0 && (x.kind === 'role' || x.kind === 'org'));
  // (A title-case heading — `Flood Updates` — is no person: a known given name or a title shows one.)
  if (!titled && !givenNameLemma(m.name![0])) return;
  const rest = tokens.slice(m.t1);
  if (rest.length && !(rest[0].text === ',' || DASH.test(rest[0].text)) && !m.role) return;
  if (rest.length && !titled) return;
  const e = table.match(m, true);
  if (e) table.spoke(e, pos, sentence, null);
}

/** True when a role mention names several people (`NHS leaders`, `EU officials`; a plural verb). */
function isPluralRole(mention: string, head: string, verbGender: VerbGender | null): boolean {
  const last = (mention.split(/\s+/).pop() ?? '').toLowerCase();
  if (/^[a-z-]+$/.test(last) && last !== head && last.endsWith('s') && last.startsWith(head.slice(0, Math.min(4, head.length)))) return true;
  // (The title word itself may be plural before its complement: `Pracownicy MOPS podkreślają`.)
  const first = (mention.split(/\s+/)[0] ?? '').toLowerCase();
  return verbGender === 'pl' && (/(?:owie|rzy|cy|ści|dzy)$/.test(last) || (first !== last && /(?:owie|rzy|cy|ści|dzy)$/.test(first)));
}

// `X's` followed by a noun (`Paul Manafort’s lawyer`, `NASA's telescope`), not by a verb (`Sainsbury's is closing`).
const POSSESSIVE_AFTER = /^['’]s\s+(?!(?:is|was|has|had|will|would|said|says|did|does|can|could|should|must|may|might|are|were|have|also|told|added|announced|reported)\b)\p{L}/u;

/** True for a unit that is page furniture: a caption or link line opened by a label (`FILE PHOTO:`, `READ:`). */
function isFurniture(unit: string): boolean {
  const colon = unit.indexOf(':');
  if (colon < 2 || colon > 21) return false;
  const label = /^([\p{L} ]{2,20}):/u.exec(unit);
  return label !== null && CAPTION_LABEL.test(label[1].trim());
}

// A dash opening a line of dialogue, also glued to its first word (`-Chcemy w ten sposób …`).
const DASH_OPEN = /^[-–—](?:\s|(?=\p{Lu}))/u;

const WYNIKA = /^(wynika|wynikało|wynikają|wynikało)$/i;

function dashAttribution(info: SentInfo, lang: Language, fromToken = 0): { dash: number; verb: number; form: SpeechVerbForm; wynika?: boolean; subject?: Mention } | null {
  const t = info.tokens;
  const inPair = makeInPair(info.pairs);
  for (let k = Math.max(fromToken, 1); k < t.length - 1; k++) {
    if (!DASH.test(t[k].text) || inPair(t[k].start)) continue;
    // (`Jej główny właściciel – poznańska grupa Enea – zapowiedziała …`: a short subject, a name set off
    // by dashes, then the verb; the second dash closes an apposition, no quotation.)
    if (lang === 'pl' && !DASH.test(t[0].text) && k <= 10) {
      const d = t.findIndex((x, q) => q > 0 && q < k && DASH.test(x.text));
      if (d > 0 && d <= 4 && k - d <= 6 && t.slice(0, d).every((x) => x.word) && info.mentions.some((m) => m.t0 > d && m.t1 <= k)) continue;
    }
    // (`…, który następnie — jak podejrzewają śledczy — podzielił się …`: the dash closing an inserted
    // `jak` clause is no tail.)
    if (lang === 'pl') {
      let d = k - 1;
      while (d > 0 && k - d <= 8 && !DASH.test(t[d].text)) d--;
      if (d > 0 && k - d <= 8 && DASH.test(t[d].text) && t[d + 1]?.lower === 'jak') continue;
    }
    // (English sets a parenthesis off with dashes — `Councillor Wal Chahal – responsible for finance –
    // said …` —: a dash tail only closes a quotation or a line opened by a dash.)
    if (lang === 'en' && !CLOSE_QUOTES.includes(t[k - 1].text) && !/^[.!?…]$/.test(t[k - 1].text) && !DASH.test(t[0].text)) continue;
    let v = k + 1;
    if (/^(tak|jak|to)$/i.test(t[v]?.text ?? '')) v++;
    else if (t[v]?.lower === 'nie' && lang === 'pl' && NOT_HIDING[t[v + 1]?.lower ?? '']) v++;
    else if (lang === 'pl') {
      // (`– … – wielokrotnie deklarował prof. Adam Glapiński`: one or two adverbs before the verb.)
      let a = v;
      while (a - v < 2 && t[a]?.word && !t[a].cap && PL_TAIL_ADVERB.test(t[a].lower) && !isSpeechToken(t, a, lang, inPair)) a++;
      if (a > v && t[a]?.word && !t[a].cap) {
        const f = isSpeechToken(t, a, lang, inPair);
        // (…with its speaker named right after: `Mieszkańcy – i nie ma się co dziwić – negatywnie oceniają
        // tempo robót` closes an insertion.)
        const named = info.mentions.some((m) => m.t0 > a && m.t0 <= a + 3 && (m.kind === 'person' || m.kind === 'role' || m.kind === 'org'));
        if (f && (!f.needsContent || PL_FINDING_TAIL.test(f.lemma)) && !f.impersonal && named) v = a;
      }
    }
    const form = t[v] ? isSpeechToken(t, v, lang, inPair) : null;
    // (`– … – nieoficjalnie ustaliła PAP.`: what an outlet or body found out is its report; the finding
    // verb, which otherwise takes a clause, closes a line with the institution named right after it.)
    if (form && form.needsContent && !form.impersonal && lang === 'pl' && PL_FINDING_TAIL.test(form.lemma) && info.mentions.some((m) => m.kind === 'org' && m.t0 > v && m.t0 <= v + 2)) return { dash: k, verb: v, form };
    // (`…, ponieważ - jak mówili - sytuacja …`: a `jak` clause between dashes is inserted, no tail.)
    if (form && t[k + 1].lower === 'jak' && t[k - 1]?.word && DASH.test(t[v + 1]?.text ?? '') && t[v + 2]?.word) continue;
    // (A capitalised reflexive verb of feeling after the dash opens a new line of dialogue: `– Cieszy
    // się to takim powodzeniem …`.)
    if (form && lang === 'pl' && t[v].cap && form.reflexive) continue;
    // (`- … - zwraca uwagę Bogusław Młynarczyk`: `zwracać uwagę` is complete without a clause.)
    // (`- … - zwrócił się do Polaków Zełenski`: addressing someone is complete without a clause.)
    if (form && (!form.needsContent || (form.impersonal && lang === 'pl' && v === k + 1) || (lang === 'pl' && t[v + 1]?.lower === 'uwagę') || (lang === 'pl' && /^zwr/.test(form.lemma) && t[v + 1]?.lower === 'się' && t[v + 2]?.lower === 'do'))) return { dash: k, verb: v, form };
    // `- … - tak o swojej karierze mówi Andrzej Sikorowski.`: `tak` and a short phrase of what it is about.
    if (lang === 'pl' && t[k + 1]?.lower === 'tak') {
      for (let q = k + 3; q < t.length && q - k <= 6 && t[q].word && !t[q].cap; q++) {
        const f2 = isSpeechToken(t, q, lang, inPair);
        if (f2 && !f2.needsContent) return { dash: k, verb: q, form: f2 };
      }
    }
    // `- … - takimi słowami trener podsumował …`, `- … - w ten sposób minister skomentował …`: a manner
    // phrase, then the speaker, then the verb.
    if (lang === 'pl') {
      let p = -1;
      if (/^(takimi|tymi)$/i.test(t[k + 1]?.text ?? '') && t[k + 2]?.lower === 'słowami') p = k + 3;
      else if (t[k + 1]?.lower === 'w' && /^(ten|taki)$/.test(t[k + 2]?.lower ?? '') && t[k + 3]?.lower === 'sposób') p = k + 4;
      if (p > 0) {
        for (let q = p; q < t.length && q - p <= 5 && t[q].word; q++) {
          const f2 = isSpeechToken(t, q, lang, inPair);
          const subj = f2 && !f2.needsContent ? info.mentions.find((m) => m.t0 >= p && m.t1 <= q && (m.kind === 'person' || m.kind === 'role' || m.kind === 'org')) : undefined;
          if (f2 && subj) return { dash: k, verb: q, form: f2, subject: subj };
        }
      }
    }
    // `… – wynika z komunikatu Miejskiego Zarządu Dróg.`: the source document's author speaks.
    if (lang === 'pl' && WYNIKA.test(t[v]?.text ?? '') && /^(z|ze)$/i.test(t[v + 1]?.text ?? '')) return { dash: k, verb: v, form: speechVerb('podaje', 'pl')!, wynika: true };
    // `- … - nie gryzł się w język trener Polaków po meczu.`: any past-tense verb phrase ending in
    // the person who speaks is a dash tail, even with a verb (an idiom) the lexicon lacks.
    const idiom = lang === 'pl' && k >= 3 ? idiomTail(info, k, v) : null;
    if (idiom) return { dash: k, verb: tailVerbAt(t, v), form: idiom };
  }
  return null;
}

// Adverbials that may stand between a dash and the verb of a tail: `– … – tym razem wstała radna X`,
// `– … – po chwili dodał`, `– … – z uśmiechem odparł trener`.
const TAIL_LEAD = /^(?:tym|razem|po|chwili|chwilę|namyśle|na|koniec|zaraz|w|odpowiedzi|z|uśmiechem|przekąsem|ironią|żalem|dumą|smutkiem|westchnieniem|emocjami)$/;

/** Index of a tail's verb: after `nie`, or after an adverbial of up to three words before a past-tense verb. */
function tailVerbAt(t: Token[], v: number): number {
  if (t[v]?.lower === 'nie') return v + 1;
  if (/\p{L}{2}(?:ł|ła|li)$/u.test(t[v]?.lower ?? '')) return v;
  for (let q = v; q < t.length && q - v < 3; q++) {
    const x = t[q];
    if (!x.word || x.cap || !(TAIL_LEAD.test(x.lower) || PL_TAIL_ADVERB.test(x.lower))) break;
    const y = t[q + 1];
    if (y?.word && !y.cap && /\p{L}{2}(?:ł|ła|li)$/u.test(y.lower) && !TAIL_LEAD.test(y.lower)) return q + 1;
  }
  return v;
}

// The body part of a gesture that stands for speaking in a tail: `rozkłada ręce`, `kręci głową`, `wzrusza ramionami`.
const GESTURE_OBJECT = /^(?:ręce|rękoma|rękami|dłonie|dłońmi|głową|ramionami|ramiona|brwi|oczami|oczy|palcem|czoło|nosem|wzrok)$/;

function idiomTail(info: SentInfo, k: number, v: number, standalone = false): SpeechVerbForm | null {
  const t = info.tokens;
  const w = t[tailVerbAt(t, v)];
  if (!w || !w.word || w.cap) return null;
  const g0 = /\p{L}{2}ł$/u.test(w.lower) ? 'm' : /\p{L}{2}ła$/u.test(w.lower) ? 'f' : /\p{L}{2}li$/u.test(w.lower) ? 'pl' : null;
  // (…or a verb in the present right before the speaker that closes the sentence: `– dziwi się radny
  // Edward Lis.`, `– wytyka radny prawicy.`)
  const wi = t.indexOf(w);
  const at = t[wi + 1]?.lower === 'się' ? wi + 2 : wi + 1;
  // (…also with a gesture's object between, and the speaker's institution after: `– rozkłada ręce
  // Sebastian Kowal z ZTP.`)
  const presentRefl = !g0 && /\p{L}{3}(?:a|i|y|je)$/u.test(w.lower) &&
    info.mentions.some((m) => m.t0 >= at && m.t0 <= at + 2 && t.slice(at, m.t0).every((x) => GESTURE_OBJECT.test(x.lower)) &&
      (m.kind === 'person' || m.kind === 'role') && (m.name?.length ?? 0) !== 1 && nominativeLike(m, info.lang) &&
      /^\s*(?:\([^()]{1,12}\))?(?:\s+ze?\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?[\s.!]*$/u.test(info.s.text.slice(m.end - info.s.start)));
  const g: VerbGender | null = g0 ?? (presentRefl ? 'any' : null);
  if (!g) return null;
  // The tail is short, holds no content clause and names its speaker as a title or a name.
  let end = t.length;
  while (end > 0 && !t[end - 1].word) end--;
  // (An apposition after the speaker's name is no part of the tail's length: `– nie gryzł się w język
  // Bartosz Kwolek, jeden z liderów Aluronu CMC Warty.`)
  const named = info.mentions.find((m) => m.t0 > v && m.kind === 'person' && (m.name?.length ?? 0) >= 2 && t[m.t1]?.text === ',');
  if (named && named.t1 < end && !t.slice(named.t1 + 1, end).some((x) => CONTENT_INTRO.has(x.lower) || x.text === ':' || DASH.test(x.text))) end = named.t1;
  if (end - v > 12 || t.slice(v, end).some((x) => CONTENT_INTRO.has(x.lower) || x.text === ':' || DASH.test(x.text))) return null;
  // (Its gender agrees with the verb's: a plural verb wants a title, a singular one no other gender.)
  const agrees = (m: Mention): boolean => {
    const mg = m.role?.gender ?? m.gender ?? null;
    return g === 'pl' ? m.kind === 'role' : g === 'any' || !mg || mg === g;
  };
  const who = info.mentions.find((m) => m.t0 > v && (m.kind === 'person' || m.kind === 'role') && !m.afterPreposition && nominativeLike(m, info.lang) && agrees(m));
  // (Three words will do when they end in their own stop: `Kiedy mogliby grać? - rozważał Grbić.`)
  const before = info.s.text.slice(0, t[k].start - info.s.start);
  // (A tail on a line of its own has its statement on the line above.)
  // (A line of dialogue opened by a dash is a statement however short: `– Dziwi mnie to – pokręcił głową radny X.`)
  if (!who || (!standalone && !hasWords(before, DASH.test(t[0].text) ? 2 : /[.?!…]\s*$/u.test(before) ? 3 : 4))) return null;
  return { lemma: w.lower, lang: 'pl', gender: g, tense: g === 'any' ? 'present' : 'past', person: 3, reflexive: g === 'any', needsContent: false, weak: false };
}

/** A dash line with no lower-case word (`- Białystok, Lubelskie`): a list entry, if short. */
function capitalsOnlyLine(info: SentInfo | undefined): boolean {
  if (!info || !DASH_OPEN.test(info.s.text)) return false;
  const words = info.tokens.filter((x) => x.word);
  if (!words.length || !words.every((x) => x.cap || /^\d/.test(x.text))) return false;
  // (Lines with no stop between them make one unit: every line is then an entry of its own.)
  const lines = info.s.text.split('\n');
  return lines.every((l) => DASH_OPEN.test(l.trim()) && (l.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 6);
}

// A publisher's teaser heading over a list of the article's points (`Z tego artykułu dowiesz się…`).
const TEASER_HEADING = /(?:dowiesz się|przeczytasz|najważniejsze informacje|w skrócie)\s*[:…]?\s*$/iu;

/**
 * A dash line that is an entry of a list, not a line of dialogue: one of two or more short lines of
 * capitalised words (a menu of towns: `- Białystok, Lubelskie` / `- Bielsko-Biała, Śląskie`), or a
 * line of a run of dash lines under a teaser heading.
 */
function dashListItem(text: string, infos: SentInfo[], i: number): boolean {
  if (capitalsOnlyLine(infos[i]) && (infos[i].s.text.includes('\n') || capitalsOnlyLine(infos[i - 1]) || capitalsOnlyLine(infos[i + 1]))) return true;
  let h = i - 1;
  while (h >= 0 && i - h <= 12 && DASH_OPEN.test(infos[h].s.text)) h--;
  return h >= 0 && i - h <= 12 && text.slice(infos[h].s.end, infos[h + 1].s.start).includes('\n') && TEASER_HEADING.test(infos[h].s.text);
}

// Connectives and time adverbs that may open a clause whose verb of saying has no subject of its own
// (`Dlatego zapowiedzieli, że …`, `Wczoraj przypomniał, że …`).
// (…and adverbs of manner: `Otwarcie przyznaje, że …`, `Szczerze mówi, że …`.)
/**
 * `Wziął udział w konferencji prasowej i przyznał, że …`: a Polish verb of saying at `v` joined by `i` to a
 * subject-less past verb of its gender opening the clause at `cs` goes on with the same subject.
 */
function coordinatedPastVerb(t: Token[], cs: number, v: number, form: SpeechVerbForm): boolean {
  return form.tense === 'past' && /^(i|oraz)$/.test(t[v - 1]?.lower ?? '') && (form.gender === 'm' || form.gender === 'f' || form.gender === 'pl') && PL_PAST_OF[form.gender].test(t[cs]?.lower ?? '');
}

// Polish past-tense endings by gender (`wziął`, `wzięła`, `wzięli`/`wzięły`).
const PL_PAST_OF: Record<'m' | 'f' | 'pl', RegExp> = { m: /\p{Ll}{2}ł$/u, f: /\p{Ll}{2}ła$/u, pl: /\p{Ll}{2}(?:li|ły)$/u };
const SUBJECTLESS_OPENER = /^(też|także|również|jednak|ponadto|natomiast|wcześniej|później|następnie|dodatkowo|wówczas|potem|jednocześnie|równocześnie|zarazem|wtedy|ostatecznie|wreszcie|dlatego|zatem|więc|tymczasem|ponownie|teraz|obecnie|ostatnio|niedawno|wczoraj|dziś|dzisiaj|jutro|już|jeszcze|zaś|bowiem|kolei|z|nie|otwarcie|szczerze|wprost|publicznie|jednoznacznie|stanowczo|zdecydowanie|wyraźnie|otwarcie|chętnie|krótko|spokojnie|then|also|later|and|i|a|ale)$/i;

/** A unit opening with a dash and a speech verb (`— podkreślił Glapiński.`): the verb, else null. */
function leadingDashVerb(info: SentInfo, lang: Language): { verb: number; form: SpeechVerbForm } | null {
  const t = info.tokens;
  if (!t.length || !DASH.test(t[0].text)) return null;
  const v = /^(tak|jak|to)$/i.test(t[1]?.text ?? '') ? 2 : 1;
  const form = t[v] ? isSpeechToken(t, v, lang, () => false) : null;
  if (form && !form.needsContent) return { verb: v, form };
  // (`— grzmiał w 2023 roku.`: any Polish past-tense verb in lower case right after the dash of a short
  // line is the tail of the words above it, whatever manner of speaking it names.)
  const w = t[v];
  if (lang === 'pl' && w?.word && !w.cap && t.length <= 8 && /\p{Ll}{3,}(?:ł|ła|li|ły)$/u.test(w.text)) {
    const ending = w.text.endsWith('ła') ? 'powiedziała' : w.text.endsWith('li') ? 'powiedzieli' : w.text.endsWith('ły') ? 'powiedziały' : 'powiedział';
    const f = speechVerb(ending, 'pl');
    if (f) return { verb: v, form: f };
  }
  return null;
}

// Nouns of what someone holds or said, in `To opinia X`, `That is the view of X`.
const OPINION_NOUN_PL = /^(?:opinia|zdanie|ocena|słowa|stanowisko|wniosek|wnioski|przekonanie|diagnoza|prognoza|konkluzja|przesłanie|teza|przewidywania)$/;
const OPINION_NOUN_EN = /^(?:view|verdict|message|assessment|conclusion|opinion|warning|prediction|forecast|word|argument|claim)$/;

/**
 * A sentence that only says whose opinion the sentence before it was: `To opinia gościa audycji
 * profesora Dariusza Zarzeckiego.`, `That is the view of the IMF.`, `So says Jane Smith.` The verb form
 * and position for the frame, and the mention of the person or body (the first name after the noun,
 * else any mention there).
 */
function opinionOfSentence(info: SentInfo, lang: Language): { form: SpeechVerbForm; pos: number; speaker: Mention } | null {
  const t = info.tokens;
  let k = 0;
  if (lang === 'pl') {
    // (`Takie informacje podała również warszawska prokuratura.`: what was said before, and who gave it.)
    if (/^(Takie|Taką|Tę|Te)$/.test(t[0]?.text ?? '') && /^(informacje|informację|dane|wiadomości|ustalenia|doniesienia|słowa|stanowisko|zapewnienia)$/.test(t[1]?.lower ?? '')) {
      let v = 2;
      if (/^(też|również|także|jednak|wcześniej|potem|później)$/.test(t[v]?.lower ?? '')) v++;
      const form = t[v] ? speechVerb(t[v].text, 'pl') : null;
      if (!form || form.needsContent) return null;
      const speaker = info.mentions.find((m) => m.t0 > v && m.kind !== 'pronoun' && !inPairAt(info, m.start));
      return speaker && t.filter((x) => x.word).length <= 12 ? { form, pos: t[v].start, speaker } : null;
    }
    if (t[0]?.text !== 'To') return null;
    k = /^(jest|była|było|są)$/.test(t[1]?.lower ?? '') ? 2 : 1;
    if (!OPINION_NOUN_PL.test(t[k]?.lower ?? '')) return null;
  } else {
    if (/^So$/.test(t[0]?.text ?? '') && /^(says|said)$/.test(t[1]?.lower ?? '')) k = 1;
    else {
      if (!/^(That|This)$/.test(t[0]?.text ?? '') || !/^(is|was|'s|’s)$/.test(t[1]?.lower ?? '')) return null;
      k = /^(the)$/.test(t[2]?.lower ?? '') ? 3 : 2;
      if (!OPINION_NOUN_EN.test(t[k]?.lower ?? '') || !/^(of|from)$/.test(t[k + 1]?.lower ?? '')) return null;
    }
  }
  // (Short: the sentence names the source and little else.)
  if (t.filter((x) => x.word).length > 16) return null;
  // (Not a title in quotation marks: `audycji „Rozmowy pod krawatem”`.)
  const after = info.mentions.filter((m) => m.t0 > k && m.kind !== 'pronoun' && !inPairAt(info, m.start));
  const speaker = after.find((m) => m.kind === 'person') ?? after[0];
  const form = speechVerb(lang === 'pl' ? 'ocenia' : 'says', lang);
  return speaker && form ? { form, pos: t[k].start, speaker } : null;
}

/**
 * Finds quote claims (kind `quote`, key not yet set) with resolved speakers. `titleRanges` are
 * metadata spans whose names seed the entity table without becoming claims.
 */
export function findQuotes(text: string, sentences: Sentence[], lang: Language, titleRanges: Array<[number, number]> = []): Array<Omit<Claim, 'key'>> {
  const { infos, table, allPairs } = analyse(text, sentences, lang, titleRanges);
  const frames: Frame[] = [];
  const consumed = new Set<number>();

  // Paragraph by paragraph, sentence by sentence.
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (consumed.has(i)) continue;
    const st = info.s.text;

    // Headline style: `Jens Stoltenberg: Rosja nie może…`.
    const hc = info.s.kind === 'headline' || infos[i - 1]?.s.paragraph !== info.s.paragraph ? headlineColon(info, table, infos[i + 1]) : null;
    if (hc) {
      frames.push(hc);
      continue;
    }

    // `Policjanci jednak przypominają:` closing its paragraph, then a paragraph with no quotation marks: a
    // block quotation whose marks the page dropped.
    const block = colonBlockQuote(infos, i, text, lang);
    if (block) {
      frames.push(block);
      for (let k = i; k <= block.last; k++) consumed.add(k);
      i = block.last;
      continue;
    }

    // `Obniżka stóp to bardzo realny scenariusz. To opinia profesora Dariusza Zarzeckiego.`, `… That is the
    // view of the IMF.`: a sentence naming whose opinion the one before it was.
    const coveringBefore = i > 0 ? recentFrameCovering(frames, i - 1) : undefined;
    // (`… doniesienia mówiące o tym, że kierowca … był pod wpływem narkotyków. Takie informacje podała
    // również warszawska prokuratura.`: the frame before, with no speaker of its own, takes this one.)
    if (coveringBefore && !coveringBefore.speaker && !coveringBefore.fallbackName && !coveringBefore.quotedSource && coveringBefore.last === i - 1 && infos[i - 1].s.paragraph === info.s.paragraph) {
      const back = opinionOfSentence(info, lang);
      if (back && /^(Takie|Taką|Tę|Te|Tak)$/.test(info.tokens[0]?.text ?? '')) {
        coveringBefore.speaker = back.speaker;
        coveringBefore.fallback = 'none';
        consumed.add(i);
        continue;
      }
    }
    const opinionOf = i > 0 && infos[i - 1].s.paragraph === info.s.paragraph && !consumed.has(i - 1) && !coveringBefore ? opinionOfSentence(info, lang) : null;
    if (opinionOf) {
      const q = trimSpan(text, infos[i - 1].s.start, infos[i - 1].s.end);
      if (hasWords(text.slice(q[0], q[1]), 4)) {
        frames.push(endsAt(baseFrame(infos[i - 1], 'quote.reported.opinion-of', false, q, opinionOf.form, opinionOf.pos, opinionOf.speaker, 2), info));
        consumed.add(i);
        continue;
      }
    }

    // A unit that is only an attribution tail (`— podkreślił Glapiński.` on the line under a block
    // quotation without marks): the statement is the paragraph's preceding sentences.
    const tailOnly = /^[-–—]\s+\p{Ll}/u.test(st) ? leadingDashVerb(info, lang) : null;
    if (tailOnly && i > 0) {
      // (A tail alone in its paragraph — `Dzisiaj w ogóle nie poruszaliśmy tego tematu` / `— powiedział
      // dziennikarzom prezydent Francji.` — attributes the paragraph above it.)
      // (…also when a new dash line follows it in its paragraph: `Posiałem w marcu pięć hektarów.¶— wylicza
      // gospodarz. — Ciągnik stale musi chodzić …`.)
      // (…and when narration goes on after it: `Nigdy nie zapomnę Waszego wsparcia¶- dodała Agnieszka
      // Woźniak-Starak, nawiązując do … . Dziennikarka dziękowała także …`.)
      const alone = infos[i - 1].s.paragraph !== info.s.paragraph;
      // (Such a paragraph often lacks its final stop, which makes it look like a heading.)
      const above = infos[i - 1].s;
      const para = alone && (above.kind === 'sentence' || (i >= 2 && hasWords(above.text, 3))) ? above.paragraph : info.s.paragraph;
      let b = i;
      // (A tail alone under a paragraph takes all of it, up to eight sentences: `Jeśli minister … skandal.
      // Jeśli wiedział … Polski. Jedno i drugie jest dyskwalifikujące. Do dymisji!¶— grzmiał w 2023 roku.`)
      const reach = alone && para !== info.s.paragraph ? 8 : 3;
      while (b > 0 && i - b < reach && infos[b - 1].s.paragraph === para && !consumed.has(b - 1) && (infos[b - 1].s.kind === 'sentence' || b === i) && !DASH_OPEN.test(infos[b - 1].s.text)) b--;
      // (`Przypomnijmy sobie co minister mówił … ? ¶ — zapytał wicerzecznik …`: under a tail alone in its
      // paragraph, a report inside the paragraph above is part of the words the tail attributes.)
      if (alone && para !== info.s.paragraph && b < i) {
        for (let k = frames.length - 1; k >= 0 && frames[k].last >= b; k--) {
          if (frames[k].first >= b && frames[k].last < i && !frames[k].direct && !frames[k].silent && frames[k].rule.startsWith('quote.reported.')) frames.splice(k, 1);
        }
      }
      // Only sentences no other frame claims: frames are appended in sentence order.
      // (A silent frame claims nothing — someone said something, no words of theirs are quoted — and
      // under a tail alone its speaker is only someone the attributed words talk about.)
      while (b < i && frames.some((f) => f.first <= b && f.last >= b && !(f.silent && alone && para !== info.s.paragraph))) b++;
      // (`"…"¶– zastrzegł Goeck.`: the paragraph above is a quotation in marks no verb attributed; the
      // tail attributes it.)
      const above1 = b === i ? frames[frames.length - 1] : undefined;
      if (above1 && above1.rule === 'quote.direct.context' && above1.last === i - 1 && !above1.verb && !above1.speaker) {
        const sp = rightOf(info, tailOnly.verb, tailOnly.form, null);
        above1.speaker = sp;
        above1.verb = tailOnly.form;
        above1.verbPos = info.tokens[tailOnly.verb].start;
        above1.mSent = i;
        above1.last = i;
        above1.claimEnd = info.s.end;
        above1.fallback = sp ? 'none' : 'context';
        consumed.add(i);
        continue;
      }
      if (b < i) {
        const q = trimSpan(text, infos[b].s.start, infos[i - 1].s.end);
        frames.push(endsAt(baseFrame(infos[b], 'quote.dash-tail', false, q, tailOnly.form, info.tokens[tailOnly.verb].start, rightOf(info, tailOnly.verb, tailOnly.form, null), 2), info));
        consumed.add(i);
        continue;
      }
      // (A short tail alone in its paragraph whose statement is claimed already is no quotation of its
      // own: `— zapytał wicerzecznik PiS Mateusz Kurzejewski` is never words someone said.)
      if (alone && info.tokens.filter((x) => x.word).length <= 12 && !info.pairs.length) {
        consumed.add(i);
        continue;
      }
    }

    // (A list under a teaser heading or a menu of places says nothing.)
    if (DASH_OPEN.test(st) && dashListItem(text, infos, i)) continue;

    // Dash-opened quotation, possibly over several sentences, with its tail attribution.
    if (DASH_OPEN.test(st)) {
      let j = i;
      let att: ReturnType<typeof dashAttribution> = null;
      while (j < infos.length && infos[j].s.paragraph === info.s.paragraph && j - i < 12) {
        // (A new dialogue line with its own tail is someone else's: `– Emitujemy obligacje … . „Za”
        // zagłosowali radni … . – Emitujemy obligacje po raz drugi … – mówi Marzena Makowska.`)
        if (j > i && /^[-–—]\s*\p{Lu}/u.test(infos[j].s.text)) break;
        att = dashAttribution(infos[j], lang, j === i ? 1 : 0);
        if (att) break;
        if (j > i && DASH_OPEN.test(infos[j].s.text)) break; // the next dash quote begins
        j++;
      }
      if (att && j < infos.length && infos[j].s.paragraph === info.s.paragraph) {
        const ai = infos[j];
        const q = trimSpan(text, info.s.start + 1, ai.tokens[att.dash].start);
        const sp = att.subject ?? rightOf(ai, att.verb, att.form, null);
        const f = baseFrame(info, 'quote.direct.dash', true, q, att.form, ai.tokens[att.verb].start, sp, 3);
        f.last = j;
        f.claimEnd = ai.s.end;
        f.mSent = j;
        f.quotedSource = sp ? null : quotedSourceAfter(ai, att.verb, true);
        // (`– … – czytamy na wstępie.`: the reader's `czytamy`, `słyszymy` with no source named says
        // nothing of who wrote; the context does, whatever its gender or number.)
        if (!sp && !f.quotedSource && att.form.person === 1) f.verb = null;
        finishTail(f, ai, att.verb, att.form, sp);
        // A dash tail may continue the quotation (`– A – powiedział X. – B.` stays two claims).
        frames.push(f);
        // `– … – dodał i zapowiedział, że …`, `– … – zaznaczył, dodając, że „…”`: a second verb after
        // the tail reports more from the same speaker.
        for (let q = att.verb + 1; q < ai.tokens.length - 2; q++) {
          const x = ai.tokens[q];
          // (…also a participle right after the speaker's name: `– … – mówił abp Marek Jędraszewski
          // podkreślając, że …`.)
          // (…or right after the verb: `– … – zaznaczył mówiąc, że …`.)
          if (!(/^(i|oraz|a)$/i.test(ai.tokens[q - 1].text) || ai.tokens[q - 1].text === ',' || (/\p{Ll}ąc$/u.test(x.lower) && ((sp?.t1 === q && sp.t0 > att.verb) || q === att.verb + 1)))) continue;
          const form2 = isSpeechToken(ai.tokens, q, lang, () => false);
          if (!form2) continue;
          let intro = q + 1;
          while (intro < ai.tokens.length && intro - q <= 3 && !CONTENT_INTRO.has(ai.tokens[intro].lower) && ai.tokens[intro].text !== ':') intro++;
          if (intro >= ai.tokens.length || intro - q > 3 || !hasWords(text.slice(ai.tokens[intro].end, ai.s.end), 3)) break;
          // (`– … – mówi X i dodaje: - To kwestia …`: a dash line after the colon is a direct quotation.)
          const dashLine = ai.tokens[intro].text === ':' && DASH.test(ai.tokens[intro + 1]?.text ?? '');
          const g = dashLine
            ? baseFrame(ai, 'quote.reported.colon', false, trimSpan(text, ai.tokens[intro + 1].end, ai.s.end), form2, x.start, sp, 2)
            : baseFrame(ai, 'quote.reported.ze', false, trimSpan(text, ai.tokens[intro].end, ai.s.end), form2, x.start, sp, 2);
          g.participle = !sp;
          g.colonDash = dashLine;
          frames.push(g);
          break;
        }
        for (let k = i; k <= j; k++) consumed.add(k);
        i = j;
        continue;
      }
      // No tail: the speaker was announced before (`Kłopotek zagroził: – …`) or is known from context.
      // (English news opens no quotation with a dash: `- Published`, `- NASA has launched …` are list lines.)
      if (lang !== 'en') {
      // The whole dialogue line: the sentences after the first in its paragraph are spoken too.
      // (It stops at a sentence with a dash tail the lexicon lacks — `… – oburzał się.` — and before a
      // sentence of narrative with a verb of saying of its own.)
      let last = i;
      const tailLike = (x: SentInfo) => /\s[-–—]\s+(?!przyp|dop|red\b)\p{Ll}/u.test(x.s.text.slice(2));
      const opensWithVerb = (x: SentInfo) => { const k = x.tokens.findIndex((y) => y.word); return k >= 0 && !!isSpeechToken(x.tokens, k, lang, () => false); };
      while (last + 1 < infos.length && infos[last + 1].s.paragraph === info.s.paragraph && last + 1 - i < 12 && !tailLike(infos[last]) && !text.slice(infos[last].s.end, infos[last + 1].s.start).includes('\n') && !DASH_OPEN.test(infos[last + 1].s.text) && !infos[last + 1].pairs.length &&
        !opensWithVerb(infos[last + 1])) last++;
      let qs = info.s.start + 1;
      // (An interview line that opens with the journalist's question — `– Czy taki wynik to wstyd? Ja bym
      // tego tak nie nazwał.` — quotes the answer after it.)
      // (Not when the line ends in a tail the lexicon lacks — `— Czy Niemcy … ? Nie, oczywiście, że nie —
      // rozpoczął.` — which also ends the quotation.)
      const tailM = tailLike(infos[last]) ? /\s[-–—]\s+\p{Ll}[^-–—]*$/u.exec(infos[last].s.text) : null;
      if (last > i && /\?["”»]?\s*$/u.test(info.s.text) && !tailM) qs = infos[i + 1].s.start;
      const q = trimSpan(text, qs, tailM && (last > i || tailM.index > 2) ? infos[last].s.start + tailM.index : infos[last].s.end);
      // (`— … — usłyszeliśmy od jednej z pacjentek.`: a tail of what the reporter heard from someone.)
      let heardFrom: Mention | null = null;
      if (tailM && lang === 'pl') {
        const lt = infos[last].tokens;
        const hv = lt.findIndex((x) => x.start >= infos[last].s.start + tailM.index && HEARD_FROM.test(x.lower));
        if (hv > 0 && DASH.test(lt[hv - 1].text)) heardFrom = rightOf(infos[last], hv, null, null);
      }
      const f = baseFrame(info, 'quote.direct.dash', true, q, null, info.s.start, heardFrom, 3);
      if (heardFrom) f.mSent = last;
      f.last = last;
      f.claimEnd = infos[last].s.end;
      for (let k = i + 1; k <= last; k++) consumed.add(k);
      // (`- Ale nie zauważyłem takich osób` / `- odpowiedział mu Adam Horbacz.` on the next line: a tail
      // alone on the line under the dialogue line attributes it.)
      const next = infos[last + 1];
      const nextTailLine = !tailM && !!next && /^[-–—]\s*\p{Ll}/u.test(next.s.text) && !text.slice(infos[last].s.end, next.s.start).includes('\n\n\n');
      // (…also with a verb the lexicon lacks: `- wypalił radny.`, `- odgryzł się szef samorządu.`)
      const idiomForm = nextTailLine && lang === 'pl' && !leadingDashVerb(next, lang) ? idiomTail(next, 0, 1, true) : null;
      const nextTail = nextTailLine ? leadingDashVerb(next, lang) ?? (idiomForm ? { verb: 1, form: idiomForm } : null) : null;
      if (nextTail) {
        f.verb = nextTail.form;
        f.verbPos = next.tokens[nextTail.verb].start;
        f.speaker = rightOf(next, nextTail.verb, nextTail.form, null);
        f.quotedSource = f.speaker ? null : quotedSourceAfter(next, nextTail.verb, true);
        f.mSent = next.idx;
        f.last = last + 1;
        f.claimEnd = next.s.end;
        f.fallback = f.speaker ? 'none' : 'context';
        consumed.add(last + 1);
        frames.push(f);
        consumed.add(i);
        i = last + 1;
        continue;
      }
      const prev = infos[i - 1];
      if (prev && prev.s.paragraph === info.s.paragraph && /:\s*$/.test(prev.s.text)) {
        const pv = lastSpeechVerb(prev, lang);
        if (pv) {
          f.speaker = subjectOf(prev, pv.index, pv.form, null);
          f.mSent = prev.idx;
          f.verb = pv.form;
        }
      }
      frames.push(f);
      consumed.add(i);
      continue;
      }
    }

    // Page furniture (`READ: Brewster: '…'`, `FILE PHOTO: …`) is a link or a caption, not the article's statement.
    if (isFurniture(st)) continue;

    const fs = info.insideOpenQuote ? [] : sentenceFrames(info, text, lang);
    // An unmarked statement before a dash tail may span earlier sentences of the paragraph
    // (`Ministrowie zgodzili się, że … . Zdecydowana reakcja … - informuje dalej resort.`).
    for (const f of fs) {
      if (f.rule !== 'quote.dash-tail' || f.quoteStart !== trimSpan(text, info.s.start, info.s.end)[0]) continue;
      // (An impersonal tail — `– podano w komunikacie.` — covers its own sentence only.)
      if (f.impersonalTail) continue;
      // (…back to a dash opened after a colon, whatever lies between: `Trener odniósł się również do …:
      // - To była trudna decyzja. … Teraz gra się o zwycięstwo … - stwierdził.`)
      const opener = colonDashOpener(infos, i, frames, consumed, f.quoteEnd);
      if (opener) {
        f.claimStart = opener.start;
        f.quoteStart = opener.start;
        f.first = opener.sentence;
        continue;
      }
      // (Further back only through sentences in the first person: `Mieliśmy takie w ćwierćfinale … .
      // Dwa razy się udało i wyszliśmy zwycięsko. … - stwierdził.`)
      for (let back = 1; back <= 6; back++) {
        const p = infos[i - back];
        if (!p || p.s.paragraph !== info.s.paragraph || p.s.kind !== 'sentence' || consumed.has(i - back)) break;
        // (…or to the paragraph's first sentence, three back at most: `Selekcjoner ma dwa tygodnie … . Jego
        // kontrakt obowiązuje … . Chciałbym … . Formalnie decyduje o tym prezes - wyjaśnił Szmal.`)
        const paraOpen = back === 3 && infos[i - back - 1]?.s.paragraph !== p.s.paragraph;
        if (back > 2 && !FIRST_PERSON.test(p.s.text) && !paraOpen) break;
        let taken = false;
        // Frames are appended in sentence order: only the last few can touch sentence i - back.
        for (let q = frames.length - 1; q >= 0 && frames[q].last >= i - back - 12; q--) {
          if (frames[q].first <= i - back && frames[q].last >= i - back) taken = true;
        }
        if (taken) break;
        if (p.pairs.length || p.tokens.some((x, k) => isSpeechToken(p.tokens, k, lang, () => false))) break;
        if (DASH_OPEN.test(p.s.text)) break;
        // (Nor a narrative sentence about someone named in full: `Ewa Całus z Urzędu Miasta nie chciała się
        // odnosić do zarzutów. Czas na weryfikację jeszcze będzie - zapewniła.`)
        // (…or by surname, then a verb in the past: `Kaczyński nawiązywał do sprawy …`.)
        if (!FIRST_PERSON.test(p.s.text) && p.mentions.some((m) => m.kind === 'person' && m.t0 <= 1 && !m.afterPreposition &&
          ((m.name?.length ?? 0) >= 2 || (p.lang === 'pl' && !!p.tokens[m.t1]?.word && !p.tokens[m.t1].cap && /\p{Ll}{2}(?:ł|ła|li|ły)$/u.test(p.tokens[m.t1].text))))) break;
        // (…or the journalist's question put to the speaker: `Dworczyk był pytany w radiu, czy …`.)
        if (p.tokens.some((x) => /^(?:za|do)?pytan[ayi]$|^dopytywan[ayi]$/.test(x.lower))) break;
        // (`Następnie głos zabrał radny Tomasz Herbich. To, co … - powiedział.`: taking the floor
        // introduces the speaker; it is no part of what they said.)
        if (p.tokens.some((x, k) => x.lower === 'głos' && (/^zabra[łl]/.test(p.tokens[k - 1]?.lower ?? '') || /^zabra[łl]/.test(p.tokens[k + 1]?.lower ?? '')))) break;
        f.claimStart = p.s.start;
        f.quoteStart = p.s.start;
        f.first = i - back;
      }
    }
    frames.push(...fs.filter((f) => !f.shortTail || f.first < i));
  }

  // A heading that is only a person and their title (`Rafał Smalec, trener Polonii Warszawa`)
  // introduces who speaks in the unattributed paragraphs below it (interview round-ups).
  for (const [a, b] of titleRanges) speakerHeading(tokenize(text.slice(a, b), a), findMentions(tokenize(text.slice(a, b), a), lang), table, a, -1);
  for (const info of infos) if (info.s.kind === 'headline') speakerHeading(info.tokens, info.mentions, table, info.s.start, info.idx);

  extendOpenQuotations(text, infos, frames);
  if (lang === 'pl') frames.push(...firstPersonParagraphs(text, infos, frames, lang));
  frames.push(...closedOnlyParagraphs(text, infos, frames));
  joinContinuedParagraphs(text, infos, allPairs, frames);

  // Resolve speakers in text order (subject-less verbs depend on earlier speakers).
  frames.sort((a, b) => a.claimStart - b.claimStart || a.quoteStart - b.quoteStart);
  // A quoted subheading counts only when a quotation below repeats its words.
  for (let k = frames.length - 1; k >= 0; k--) {
    const f = frames[k];
    if (!f.heading) continue;
    f.echo = echoOf(f, frames, text);
    if (!f.echo) frames.splice(k, 1);
  }
  // (`Dairy farmers have been handed “the worst possible Christmas present” after Arla revealed …` … `X
  // said: “… who’ve been delivered the worst possible Christmas present.”`: a quotation with no attribution
  // that a later attributed quotation contains word for word is that speaker's.)
  // (Frames are in text order: only the next few sentences' are looked at, so this stays linear.)
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k];
    if (f.rule !== 'quote.direct.context' || f.verb || f.speaker || f.heading || f.echo) continue;
    const own = text.slice(f.quoteStart, f.quoteEnd).toLowerCase().replace(/\s+/g, ' ').trim();
    if (own.split(' ').length < 3) continue;
    for (let j = k + 1; j < frames.length && frames[j].first - f.last <= 8; j++) {
      const g = frames[j];
      if (g.direct && !!g.speaker && g.verb !== null && g.first > f.last && text.slice(g.quoteStart, g.quoteEnd).toLowerCase().replace(/\s+/g, ' ').includes(own)) {
        f.echo = g;
        break;
      }
    }
  }
  const deduped = dedupe(frames, text);
  const out: Array<Omit<Claim, 'key'>> = [];
  // The last group that spoke (`Zdaniem ekonomistów PKO BP …`): a plural verb without a subject
  // soon after (`– napisali w komentarzu`) refers to it, not to an earlier institution.
  let lastGroup: { speaker: Omit<Claim, 'key'>['speaker']; sentence: number } | null = null;
  // Subject-less verbs before anyone has spoken (an excerpt whose lead was cut: `– Jestem przekonana,
  // że reforma wypali – mówi o „Kompasie Jutra”. … – wyjaśnia Nowacka.`): the first person named
  // as a speaker soon after, whose gender agrees, is who they are.
  const pending: Array<{ claim: Omit<Claim, 'key'>; gender: VerbGender | null; pos: number }> = [];
  let anyoneSpoke = false;
  const claimOf = new Map<Frame, Omit<Claim, 'key'>>();
  let prevFrame: Frame | null = null;
  let lastOneOf: { speaker: NonNullable<Omit<Claim, 'key'>['speaker']>; sentence: number; gender: VerbGender } | null = null;
  const claimEntities: Array<[Omit<Claim, 'key'>, Entity]> = [];
  const namedEarly: Array<[Omit<Claim, 'key'>, Entity]> = [];
  for (let k = 0; k < deduped.length; k++) {
    const f = deduped[k];
    let nk = k + 1;
    // (A speaker introduced right after an unattributed quotation — `"…". Jagna Dobesz wspomniała
    // także o …` — counts as its attribution too, even when that verb carries no content.)
    if (!(f.fallback === 'next-or-context' && deduped[nk]?.silent && deduped[nk].first === f.last + 1)) while (nk < deduped.length && deduped[nk].silent) nk++;
    const group = lastGroup as { speaker: Omit<Claim, 'key'>['speaker']; sentence: number } | null;
    // (Not the one member of a group, `jedna z protestujących`, nor past a group that is the subject in the
    // verb's own sentence: `Rybacy wspominają … Telusem, który, jak twierdzą, …`.)
    const pluralAfterGroup = group !== null && group.speaker !== null && !f.speaker && !f.quotedSource && !f.fallbackName && f.fallback !== 'none' && f.verb?.gender === 'pl' && f.first - group.sentence <= 2 &&
      !/^(?:jeden|jedna|jedno|one) (?:z|ze|of) /i.test(group.speaker.name) && !ownGroupSubject(infos[f.first], f.verbPos);
    let na = k + 1;
    while (na < deduped.length && (deduped[na].silent || deduped[na].first <= f.last)) na++;
    table.lastSpoke = null;
    // `Jeden z polityków PiS mówi nam, że … . – … – dodaje polityk PiS.`: the role re-mentions the
    // one unnamed member of the group who has just spoken.
    const oneOfGroup = group !== null && group.speaker !== null && f.speaker?.kind === 'role' && !!f.speaker.role && f.first - group.sentence <= 3 &&
      /^(?:jeden|jedna|one) (?:z|ze|of) /i.test(group.speaker.name) && group.speaker.name.toLowerCase().includes(f.speaker.role.head.slice(0, Math.max(4, f.speaker.role.head.length - 1)));
    // `– … – mówi jeden z pasażerów. … – dodał.`: a subject-less verb of the member's gender soon after
    // goes on with the unnamed member of the group (who has no entity the context could find).
    const one = lastOneOf as { speaker: NonNullable<Omit<Claim, 'key'>['speaker']>; sentence: number; gender: VerbGender } | null;
    // (Not once someone new of that gender has been named between them: `Do protestujących przyjechał
    // minister Czesław Siekierski. – … – zaznaczył.`)
    const oneSpeaksOn = one !== null && !f.speaker && !f.quotedSource && !f.fallbackName && f.fallback !== 'none' && f.verb?.gender === one.gender && f.first - one.sentence <= 3 &&
      !personNamedBetween(infos, one.sentence, f, one.gender);
    let speaker = f.echo ? null : oneSpeaksOn ? { ...one!.speaker } : (pluralAfterGroup || oneOfGroup) && group?.speaker ? { ...group.speaker } : resolveSpeaker(f, deduped[nk] ?? null, infos, table, text, deduped[na] ?? null);
    if (speaker && f.speaker?.kind === 'person' && f.verb) {
      const co = coordinatedPerson(infos[f.mSent], f, table);
      if (co) {
        const [a, b] = co.before ? [co.name, speaker.name] : [speaker.name, co.name];
        speaker = { ...speaker, name: `${a} ${co.conj} ${b}`, mention: text.slice(Math.min(f.speaker.start, co.m.start), Math.max(f.speaker.end, co.m.end)) };
        speaker.start = Math.min(f.speaker.start, co.m.start);
        speaker.end = Math.max(f.speaker.end, co.m.end);
      }
    }
    const oneWord = speaker ? /^(jeden|jedna|one) (?:z|ze|of) /i.exec(speaker.name)?.[1].toLowerCase() : undefined;
    if (oneWord && speaker) lastOneOf = { speaker, sentence: f.last, gender: oneWord === 'jedna' ? 'f' : 'm' };
    else if (f.speaker && !oneSpeaksOn) lastOneOf = null;
    if (oneOfGroup && speaker && f.speaker) speaker = { ...speaker, mention: text.slice(f.speaker.start, f.speaker.end), start: f.speaker.start, end: f.speaker.end };
    // (A group that speaks on through subject-less plural verbs stays the last group: `– ocenili. … – stwierdzili.`)
    if ((f.speaker?.kind === 'group' || pluralAfterGroup) && speaker) lastGroup = { speaker, sentence: f.last };
    const spokeNow = table.lastSpoke as Entity | null;
    let spokeAs = spokeNow;
    if (spokeNow && pending.length && spokeNow.type === 'person' && (f.speaker?.kind === 'person' || f.speaker?.kind === 'role')) {
      for (const p of pending) {
        if (f.verbPos - p.pos > 2500 || (p.gender && p.gender !== 'any' && spokeNow.gender && p.gender !== spokeNow.gender)) continue;
        p.claim.speaker = makeSpeaker(text, spokeNow, null, null);
      }
      pending.length = 0;
    }
    if (spokeNow) anyoneSpoke = true;
    if (f.silent) continue;
    const leadGender: VerbGender | null = f.speaker?.kind === 'pronoun' ? (f.speaker.gender as VerbGender | null) : f.verb?.gender ?? null;
    let lead = !speaker && !anyoneSpoke && !f.quotedSource && !f.fallbackName && leadGender !== 'pl' &&
      ((f.verb && !f.speaker && f.fallback === 'context') || (f.speaker?.kind === 'pronoun' && (leadGender === 'm' || leadGender === 'f')));
    const [qs, qe] = [f.quoteStart, f.quoteEnd];
    if (qe <= qs) continue;
    // A journalist's question (`… co? - zapytał reporter`, `"…?" he asked`) asserts nothing to check.
    if (isQuestion(text, f, speaker?.mention ?? '')) continue;
    // (`“It’s been going for two nights. ¶ “Then we could hear …`: a paragraph that opens a quotation while
    // the paragraph before left its own open continues the same speaker's words.)
    const prevClaim = out.length ? out[out.length - 1] : null;
    if (!f.verb && f.direct && f.rule === 'quote.direct.context' && prevClaim?.speaker && prevClaim.quote?.direct) {
      const gap = text.slice(prevClaim.quote.end, qs);
      const nl = gap.indexOf('\n');
      if (nl >= 0 && gap.length < 12 && !/[”"’»]/.test(gap.slice(0, nl)) && /^\s*[“"‘«„]\s*$/.test(gap.slice(nl))) speaker = { ...prevClaim.speaker };
    }
    // (`przedstawiciele portu podali, że … ¶ "…" - podkreślono.`: an impersonal tail goes on with the source
    // quoted just before when the context knows no entity for it — a group named as written.)
    if (!speaker && f.impersonalTail && prevClaim?.speaker && prevFrame && f.first - prevFrame.last <= 2) speaker = { ...prevClaim.speaker };
    // (`– … – mówi jeden z wolontariuszy, którzy … . – … – tłumaczy.`: a subject-less verb goes on with the
    // member of a group who spoke just before in its paragraph, whose gender agrees — not with whoever the
    // context knows from further back.)
    if (!f.speaker && f.verb && f.verbPos > f.quoteStart && (f.fallback === 'context' || f.fallback === 'next-or-context') && prevClaim?.speaker && prevFrame && f.first - prevFrame.last <= 1 && infos[f.first]?.s.paragraph === infos[prevFrame.last]?.s.paragraph) {
      const [w0, w1] = prevClaim.speaker.name.split(' ');
      const one = !!w1 && /^(?:z|ze|of)$/i.test(w1) && isOneOfWord(w0.toLowerCase());
      const g = f.verb.gender;
      if (one && g !== 'pl' && (!g || g === 'any' || (g === 'f') === /a$/i.test(w0))) {
        speaker = { ...prevClaim.speaker };
        spokeAs = null;
        lead = false;
      }
    }
    table.addQuoteSpan(qs, qe, true);
    // Names inside a reported clause (`Bach said the Games had been …`) are no discourse subjects either.
    if (f.verb && f.verbPos < qs && f.rule !== 'quote.reported.tail') table.addQuoteSpan(f.verbPos, Math.max(qe, Math.min(f.claimEnd, qe + 200)));
    const claim: Omit<Claim, 'key'> = {
      kind: 'quote',
      text: text.slice(f.claimStart, f.claimEnd),
      start: f.claimStart,
      end: f.claimEnd,
      rule: f.rule,
      speaker,
      quote: { text: text.slice(qs, qe), start: qs, end: qe, direct: f.direct },
      date: null,
      quantity: null,
    };
    out.push(claim);
    claimOf.set(f, claim);
    prevFrame = f;
    if (spokeAs) claimEntities.push([claim, spokeAs]);
    if (spokeAs && speaker && speaker.name === entityName(spokeAs)) namedEarly.push([claim, spokeAs]);
    if (lead) pending.push({ claim, gender: leadGender, pos: f.verbPos });
  }
  // `– Jesteśmy już na finiszu. – 99 procent pracy … – mówią.`: a dash quotation with no attribution of
  // its own, followed in its paragraph by the next dash line, is said by that line's speaker.
  for (let k = out.length - 2; k >= 0; k--) {
    const c = out[k];
    const n = out[k + 1];
    if (c.speaker || c.rule !== 'quote.direct.dash' || !c.quote || !n.speaker || !n.quote?.direct) continue;
    if (/^[\s.!?…]*[-–—][ \t]*$/u.test(text.slice(c.quote.end, n.quote.start))) c.speaker = { ...n.speaker };
  }
  // Names as the whole article tells them (`Minister Energii Miłosz Motyk:` in a headline, `Miłosz
  // Motyka` in the body): a speaker named from an entity takes the entity's final name.
  for (const [claim, e] of namedEarly) if (claim.speaker) claim.speaker.name = entityName(e);
  // A quoted subheading is said by whoever says the quotation that repeats it.
  for (const f of deduped) {
    const said = f.echo ? claimOf.get(f.echo)?.speaker : undefined;
    const claim = claimOf.get(f);
    if (claim && said) claim.speaker = { name: said.name, mention: '', type: said.type };
  }
  // (An English article's lead — its first two sentences — may name the speaker by a title only: `The
  // leader of Buckinghamshire Council has said he …` before `Cllr Martin Tett defended …`.)
  let leadEnd = 0;
  if (lang === 'en') {
    const body = infos.filter((x) => x.s.kind === 'sentence');
    leadEnd = body.length >= 2 ? body[1].s.end : body.length ? body[0].s.end : 0;
  }
  nameEpithetSpeakers(claimEntities, leadEnd, text);
  nameTitledSpeakers(claimEntities, text);
  if (lang === 'pl') nominativeOneWordNames(out, infos);
  // (`some shouting ‘shame on you’, ‘you’ve ignored the people’ and ‘how do you sleep?’`: a quotation
  // with no attribution of its own that goes on a list of quotations after one that has is said by the same
  // — not by whoever the context would guess.)
  for (let k = 1; k < out.length; k++) {
    const c = out[k];
    const p = out[k - 1];
    if ((c.speaker && c.rule !== 'quote.direct.context') || !c.quote?.direct || !p.speaker || !p.quote?.direct || p.quote.end > c.quote.start) continue;
    if (/^[”"’'»]?[ \t]*(?:,[ \t]*|,?[ \t]*(?:and|or|i|oraz|lub|albo|a)[ \t]+)[“"‘'„«]$/u.test(text.slice(p.quote.end, c.quote.start))) c.speaker = { ...p.speaker };
  }
  return joinInterruptedQuotes(text, out.filter((c) => !questionPut(text, c, lang) && !reportedInQuestion(c, lang)));
}

/**
 * `czytamy na stronie Biedronki` beside `Biedronkę`, `z Biedronką`: a one-word name of an institution seen
 * only in the genitive (`-i`/`-y`) is a feminine noun in `-a` when the text also has its accusative or
 * instrumental; the speaker is named in the nominative (a woman’s surname in `-ka` declines alike). So is
 * a one-word name seen first in the dative or locative (`Dodzie` beside `Doda`).
 */
function nominativeOneWordNames(claims: Array<Omit<Claim, 'key'>>, infos: SentInfo[]): void {
  let caps: Set<string> | null = null;
  for (const c of claims) {
    const sp = c.speaker;
    const m = sp ? /^(\p{Lu}\p{Ll}{2,})[iy]$/u.exec(sp.name) : null;
    if (!sp || !m) continue;
    if (!caps) {
      caps = new Set<string>();
      for (const info of infos) for (const x of info.tokens) if (x.cap && x.word) caps.add(x.text);
    }
    if (caps.has(m[1] + 'ę') || caps.has(m[1] + 'ą')) c.speaker = { ...sp, name: m[1] + 'a' };
  }
  // (`Dodzie puściły nerwy` in the headline, `Doda rzuciła` below: a one-word name first seen in the dative
  // or locative is named by its nominative in `-a` when the text has it.)
  for (const c of claims) {
    const sp = c.speaker;
    const m = sp && !/\s/.test(sp.name) ? /^(\p{Lu}\p{Ll}+?)(dzie|cie|ce|dze|rze|ie)$/u.exec(sp.name) : null;
    if (!sp || !m) continue;
    if (!caps) {
      caps = new Set<string>();
      for (const info of infos) for (const x of info.tokens) if (x.cap && x.word) caps.add(x.text);
    }
    const nom = m[1] + ({ dzie: 'da', cie: 'ta', ce: 'ka', dze: 'ga', rze: 'ra', ie: 'a' } as Record<string, string>)[m[2]];
    if (caps.has(nom)) c.speaker = { ...sp, name: nom };
  }
}

// (Not `pan`/`pani` alone, which also name a third person politely: `to może teraz pani prezydent stanie …?`.)
const SECOND_PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:panie|państwo|ty|ciebie|tobie|wy|was|wam)(?![\p{L}])/iu,
};

/**
 * A quotation that is only a question put to someone present — an interviewer's `“What do you say to
 * people …?”`, counsel's `“At the time you used the knife, did you fear …?”` — asserts nothing a
 * fact-checker could check: a question in the second person. (A rhetorical question about the world —
 * `– Kto kieruje tą komisją? – pytał retorycznie Mularczyk.` — implies a claim and stays, as does a
 * statement ending in a question: `We are positive -- how couldn't we be positive?`)
 */
function questionPut(text: string, c: Omit<Claim, 'key'>, lang: Language): boolean {
  const q = c.quote;
  if (!q || !q.direct) return false;
  const body = q.text.trim();
  const asked = /\?["”»’]?$/u.test(body) || /^["”»’]?\s*\?/u.test(text.slice(q.end, q.end + 3));
  if (!asked || /[.!…;]\s+\p{Lu}|[.!]\s*$|\s[-–—]\s/u.test(body.replace(/\?["”»’]?$/u, ''))) return false;
  return SECOND_PERSON[lang].test(body);
}

// Words that open a yes/no question (`Czy według ministra to cel …?`, `Did the minister say that …?`).
const YES_NO_OPENER: Record<Language, RegExp> = {
  pl: /^(?:czy|czyż)$/i,
  en: /^(?:does|do|did|is|are|was|were|will|would|could|can|should|has|have|had)$/i,
};

/**
 * Reported words inside a yes/no question of the narrative — `Czy według ministra Osiny to cel
 * niewystarczająco zlokalizowany, by reagować?` — are asked about, not asserted by anyone.
 */
function reportedInQuestion(c: Omit<Claim, 'key'>, lang: Language): boolean {
  if (!c.quote || c.quote.direct) return false;
  const body = c.text.trim();
  if (!/\?["”»’)]?$/u.test(body)) return false;
  const first = /^[\p{L}]+/u.exec(body)?.[0] ?? '';
  return YES_NO_OPENER[lang].test(first) && !/[.!;]\s+\p{Lu}/u.test(body);
}

// Epithets that single out one person of the story (a team has one coach, an interview one guest),
// unlike `strażak` or `policjant`, which many unnamed people in it may be.
const ONE_PERSON_EPITHET = new Set(['trener', 'szkoleniowiec', 'selekcjoner', 'coach', 'gość', 'rozmówca', 'reżyser', 'twórca', 'laureat', 'zwycięzca', 'champion']);

// Titles of membership that go with any office (`Cllr Martin Tett` leads the council).
const MEMBER_TITLE = /^(councillor|councilor|cllr|coun|cnr|cr|clr|mp|senator|sen|representative|rep|assemblyman|assemblywoman|alderman)$/i;

/**
 * `- … - nie gryzł się w język trener Polaków.` … `- … - zapytał retorycznie Grbic.`: a speaker known
 * only by an epithet (`trener`, `szkoleniowiec`, `selekcjoner`) in an article where exactly one named
 * person speaks, of a compatible gender and with no other title, is that person: the reader resolves
 * the description by the name the article gives later (or earlier, out of the role's reach).
 */
function nameEpithetSpeakers(pairs: Array<[Omit<Claim, 'key'>, Entity]>, leadEnd = 0, text = ''): void {
  const epithets = new Set<Entity>();
  const named = new Set<Entity>();
  for (const [c, e] of pairs) {
    if (e.type === 'organization') continue;
    if (e.roleName && !e.surnames.length) {
      if (e.roles.length && (e.roles.every((r) => ONE_PERSON_EPITHET.has(r.head)) || (e.seenAt?.[0] ?? e.lastPos) < leadEnd || c.start < leadEnd)) epithets.add(e);
    } else if (e.surnames.length) named.add(e);
  }
  if (!epithets.size || !named.size) return;
  for (const r of epithets) {
    // (A title in an English lead goes to the one named speaker whatever title that person has too:
    // `The leader of Buckinghamshire Council has said …` then `Cllr Martin Tett defended …`.)
    // (Only a member's title goes with an office so: a councillor leads a council, a president
    // governs no province; and a spokesman is never the principal.)
    // (Nor an indefinite title, which brings in someone new: `a Senate aide told Reuters`.)
    const indefinite = pairs.some(([c, e]) => e === r && c.speaker?.start !== undefined && /\b(?:a|an)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, c.speaker.start - 40), c.speaker.start)));
    // (`odpowiada nasz następny rozmówca`, `inna kobieta`: a Polish title said to be someone new is not the
    // one named person either.)
    if (pairs.some(([c, e]) => e === r && c.speaker?.start !== undefined && /(?:^|\s)(?:inn|kolejn|następn)\p{L}*\s+(?:\S+\s+){0,1}$/iu.test(text.slice(Math.max(0, c.speaker.start - 30), c.speaker.start)))) continue;
    const inLead = (r.seenAt?.[0] ?? r.lastPos) < leadEnd && !indefinite && !r.roles.some((rr) => /^(spokesman|spokeswoman|spokesperson|official|source|aide)$/.test(rr.head));
    // (Someone who speaks for another — `a spokesman for Nicola Sturgeon`, `rzecznik prezydenta` — is the
    // one named person only when that person is given the same title: the principal is named too.)
    const serving = r.roles.some((rr) => SERVING_HEAD.test(rr.head));
    const fits = [...named].filter((p) => genderCompatible(p.gender, r.gender) &&
      (!serving || p.roles.some((pr) => r.roles.some((rr) => rr.head === pr.head))) &&
      p.roles.every((pr) => r.roles.some((rr) => rr.head === pr.head) || (inLead && MEMBER_TITLE.test(pr.head))));
    let p: Entity | null = fits.length === 1 && named.size === 1 ? fits[0] : null;
    if (!p && ((r.seenAt?.[0] ?? r.lastPos) < leadEnd || (pairs.find(([, e]) => e === r)?.[0].start ?? leadEnd) < leadEnd)) p = leadTitleHolder(pairs, r, indefinite);
    if (!p) continue;
    for (const [claim, e] of pairs) if (e === r && claim.speaker) claim.speaker = { ...claim.speaker, name: entityName(p), type: p.type };
  }
}

// Titles of people who speak for someone else: the spokesman, the adviser, the lawyer, the agent.
const SERVING_HEAD = /^(spokesman|adviser|attorney|representative|agent|publicist|rzecznik|doradca|pełnomocnik|adwokat|obrońca)$/;

// Titles of people a newsroom rarely names: duty officers, drivers, readers, witnesses.
const ANONYMOUS_HEAD = /^(dyżurny|kierowca|czytelnik|świadek|mieszkaniec|pasażer|uczestnik|pracownik|driver|reader|witness|resident|passenger|official|source|aide)$/;

/**
 * `– … – mówi prezes InPostu.` … `– … – tłumaczy Rafał Brzoska.`: a speaker known only by a title,
 * followed as the next named speaker by someone the article names without any title and has not
 * named before the title, is that person (the writer gave the title first and the name later).
 * Only definite titles (`a spokeswoman` brings in someone new) and compatible genders.
 */
function nameTitledSpeakers(pairs: Array<[Omit<Claim, 'key'>, Entity]>, text: string): void {
  const renamed = new Set<Entity>();
  for (let i = 0; i < pairs.length; i++) {
    const [c0, r] = pairs[i];
    if (renamed.has(r) || r.type === 'organization' || !r.roleName || r.surnames.length || !r.roles.length || pairs.slice(0, i).some(([, e]) => e === r)) continue;
    // (An office of an institution — `prezes InPostu` — not a description anyone may fit: `kierowca`,
    // `nasz Czytelnik`, `dyżurny`.)
    // (…or an office of an institution named by a possessive: `the budget airline's CEO`.)
    const ofOwner = c0.speaker?.start !== undefined && /\p{L}['’]s\s+$/u.test(text.slice(Math.max(0, c0.speaker.start - 30), c0.speaker.start));
    // (…or a bare office one person holds in a story — `Rzecznik powiadomił, że …` … `Wewiór podkreślił, że …`.)
    const office = r.roles.some((x) => BARE_OFFICE_HEAD.test(x.head));
    if ((!r.roles.some((x) => x.keys.length > 0) && !ofOwner && !office) || r.roles.some((x) => isEpithetHead(x.head) || ANONYMOUS_HEAD.test(x.head))) continue;
    const rg = r.gender ?? r.roles.find((x) => x.gender)?.gender ?? null;
    if (c0.speaker?.start !== undefined && /\b(?:a|an|his|her|their|its|jego|jej|ich)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, c0.speaker.start - 40), c0.speaker.start))) continue;
    // The next claim said by someone else who is a named person.
    const k = pairs.findIndex(([c, e], j) => j > i && e !== r && e.type !== 'organization' && c.start >= c0.end);
    if (k < 0) continue;
    const [c, p] = pairs[k];
    // (A person, not a capitalised word: a known given name, or a gender the verbs gave.)
    if (!p.surnames.length || p.roleName || p.roles.length || !((p.given && givenNameLemma(p.given)) || p.gender === 'm' || p.gender === 'f') || c.start - c0.end > 1500 || !genderCompatible(p.gender, rg)) continue;
    if ((p.seenAt?.[0] ?? p.lastPos) < c0.start || pairs.slice(0, k).some(([, e]) => e === p)) continue;
    // (Nobody else with a title may speak in between: the name would be theirs.)
    if (pairs.slice(i + 1, k).some(([, e]) => e !== r)) continue;
    renamed.add(r);
    for (const [claim, e] of pairs) if (e === r && claim.speaker) claim.speaker = { ...claim.speaker, name: entityName(p), type: p.type };
  }
}

// Offices that one person holds in a story even when the title names no institution.
const BARE_OFFICE_HEAD = /^(rzecznik|spokesman|spokeswoman|spokesperson|prezes|dyrektor|burmistrz|wójt|starosta|komendant)$/;

// Honorifics and titles of rank that go with any office (`Professor Rama Thirunamachandran` is the
// vice chancellor).
const ANY_OFFICE_TITLE = /^(professor|profesor|prof|dr|doctor|sir|dame|lord|lady)$/i;

/**
 * A title in an English lead with several named speakers in the article (`The result … does not
 * threaten Britain's climate goals, its climate minister said` / `"…," Energy Security and Net Zero
 * Minister Graham Stuart told parliament.`): the title is the speaker of the next claim a named person
 * says, when that follows at once (institutions may speak in between), is the first said by a person
 * the article has not named before, and the person's titles agree with it (the same office, or only
 * a rank that goes with any; after an indefinite title — `A minister has claimed …` — the same office
 * only).
 */
function leadTitleHolder(pairs: Array<[Omit<Claim, 'key'>, Entity]>, r: Entity, indefinite: boolean): Entity | null {
  const i = pairs.findIndex(([, e]) => e === r);
  if (i < 0) return null;
  const first = pairs[i][0];
  const k = pairs.findIndex(([c, e], j) => j > i && e !== r && c.start >= first.end && e.type !== 'organization');
  if (k < 0) return null;
  const [c, p] = pairs[k];
  if (!p.surnames.length || p.roleName || c.start - first.end > 600) return null;
  if (!genderCompatible(p.gender, r.gender)) return null;
  // (Not someone the article has named before the title: that is another person.)
  if ((p.seenAt?.[0] ?? p.lastPos) < first.start || pairs.slice(0, k).some(([, e]) => e === p)) return null;
  const offices = new Set(r.roles.map(officeOf));
  const ok = indefinite
    ? p.roles.some((pr) => offices.has(officeOf(pr)))
    // (A member's title goes with an office as in nameEpithetSpeakers: `the chairman of the county council’s
    // highways committee` … `Councillor Mathew Shuter told …`.)
    : p.roles.every((pr) => ANY_OFFICE_TITLE.test(pr.head) || offices.has(officeOf(pr)) || MEMBER_TITLE.test(pr.head));
  return ok ? p : null;
}

const PARAGRAPH_OPENERS = '"“„«';

/**
 * Wire convention for a quotation over several paragraphs: every paragraph opens with a quotation
 * mark and only the last one closes (`"A.` / `"B.` / `"C," X said.`). The frame attributing the
 * closed quotation of the last paragraph is extended back over the unclosed paragraphs before it,
 * so the whole passage is one claim with the speaker of its attribution.
 */
// Journalists' own first person (`Jak ustaliliśmy`, `Zapytaliśmy resort`, `nasz reporter`): no speaker's words.
// A Polish verb in the first person (`zrobiliśmy`, `poczułam`, `jestem`, `uważam`), the generic `mamy` left out.
// (Not a noun in the instrumental that ends alike: `z udziałem`, `z podziałem`, `artykułem`, `Radziwiłłem`.)
const FIRST_PERSON_VERB_PL = /(?<![\p{L}])(?!\p{L}*(?:dział|kapitał|materiał|potencjał|generał|kanał|sygnał|rytuał|ideał|finał|upał|zapał|artykuł|stoł|kościoł|zespoł|anioł|popioł|posł|wiosł|łł|źródł|mydł|godł|masł|hasł|krzesł|rzemiosł|szkł|węzł|doł|koł)em(?![\p{L}]))\p{Ll}{2,}(?:łem|łam|liśmy|łyśmy)(?![\p{L}])|(?<![\p{L}])(?:jestem|jesteśmy|uważam|uważamy|sądzę|myślę|wiem|wiemy|chcę|chcemy|mogę|muszę|musimy|liczę|liczymy|cieszę|cieszymy)(?![\p{L}])/iu;

const PRESS_FIRST_PERSON = /(?:ustali|dowiedzie|zapyta|pyta|skontaktowa|poprosi|zwróci|napisa|pisa|informowa|otrzyma|dotar|sprawdzi|przypomina|wysła|opisywa|relacjonowa|rozmawia|odwiedzi|widzie|zwraca|publikowa|opublikowa|spróbowa|próbowa)\p{L}{0,3}śmy|udało nam się|nie udało nam|\bnasz\p{L}* (?:reporter|dziennikar|redakc|portal|serwis|czyteln|rozmówc)|\bnaszym czytelnik/iu;

/**
 * `Podkreślił pracę wykonaną przez zespół.¶Zrobiliśmy od maja ogromny postęp. …`: a Polish paragraph
 * with no quotation marks or dash, written in the first person right after a paragraph that reports
 * someone speaking, is that speaker's words (unmarked direct speech). The journalist's own first person
 * (`Jak ustaliliśmy`) is no one's statement.
 */
function firstPersonParagraphs(text: string, infos: SentInfo[], frames: Frame[], lang: Language): Frame[] {
  const out: Frame[] = [];
  const covered = new Set<number>();
  for (const f of frames) for (let k = f.first; k <= f.last; k++) covered.add(k);
  for (let i = 1; i < infos.length; i++) {
    const info = infos[i];
    const prev = infos[i - 1];
    if (prev.s.paragraph === info.s.paragraph || info.s.kind !== 'sentence' || covered.has(i) || info.pairs.length || info.insideOpenQuote) continue;
    if (DASH_OPEN.test(info.s.text) || !/^\p{Lu}/u.test(info.s.text) || !FIRST_PERSON_VERB_PL.test(info.s.text) || PRESS_FIRST_PERSON.test(info.s.text) || !/[.!?…]["”»]?\s*$/u.test(info.s.text)) continue;
    // (The sentence speaks for itself only with no verb of saying: `Uważam, że …` has one in the first person.)
    if (info.tokens.some((x, k) => { const v = isSpeechToken(info.tokens, k, lang, () => false); return !!v && v.person !== 1; })) continue;
    // The paragraph above reports someone speaking: a frame ends there or a verb of saying stands in it.
    const prevSpeaks = covered.has(i - 1) || prev.tokens.some((x, k) => COMMUNICATIVE.test(x.text) || !!isSpeechToken(prev.tokens, k, lang, () => false));
    if (!prevSpeaks || prev.s.kind !== 'sentence') continue;
    let last = i;
    while (last + 1 < infos.length && last - i < 6 && infos[last + 1].s.paragraph === info.s.paragraph && !covered.has(last + 1) && !infos[last + 1].pairs.length && !PRESS_FIRST_PERSON.test(infos[last + 1].s.text)) last++;
    const q = trimSpan(text, info.s.start, infos[last].s.end);
    const f = baseFrame(info, 'quote.direct.context', true, q, null, info.s.start, null, 1);
    f.last = last;
    f.claimEnd = infos[last].s.end;
    out.push(f);
    for (let k = i; k <= last; k++) covered.add(k);
  }
  return out;
}

/**
 * `“It appears he has lost that seat,” Green said.¶It looks very difficult for Peter Dutton …, the numbers
 * are swinging against him.”`: a paragraph that only closes a quotation — a closing mark at its end, no
 * opening mark in it — right after a paragraph with a quotation is that speaker's words going on (its
 * opening mark lost). Its speaker comes from the context.
 */
function closedOnlyParagraphs(text: string, infos: SentInfo[], frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  const covered = new Set<number>();
  for (const f of frames) for (let k = f.first; k <= f.last; k++) covered.add(k);
  for (let i = 1; i < infos.length; i++) {
    const info = infos[i];
    if (infos[i - 1].s.paragraph === info.s.paragraph || info.s.kind !== 'sentence' || covered.has(i)) continue;
    let last = i;
    while (last + 1 < infos.length && last - i < 6 && infos[last + 1].s.paragraph === info.s.paragraph) last++;
    if (infos[last + 1]?.s.paragraph === info.s.paragraph) continue;
    const pStart = info.s.start;
    const pEnd = infos[last].s.end;
    const body = text.slice(pStart, pEnd).trimEnd();
    if (!/[”»]$/u.test(body) || /[“„«]/u.test(body) || (body.match(/"/g)?.length ?? 0) > 0) continue;
    let covers = false;
    for (let k = i; k <= last; k++) if (covered.has(k) || infos[k].pairs.length) covers = true;
    // (Right after a paragraph that holds a quotation in marks.)
    const prevPara = infos[i - 1].s.paragraph;
    let quotedAbove = false;
    for (let k = i - 1; k >= 0 && infos[k].s.paragraph === prevPara; k--) if (infos[k].pairs.length) quotedAbove = true;
    if (covers || !quotedAbove || !hasWords(body, 5)) continue;
    const q = trimSpan(text, pStart, pStart + body.length - 1);
    const f = baseFrame(info, 'quote.direct.context', true, q, null, info.s.start, null, 1);
    f.last = last;
    f.claimEnd = infos[last].s.end;
    out.push(f);
  }
  return out;
}

/**
 * `said: “Unfortunately, we did not reach … . I want you to know … . I believe …¶`: a quotation left
 * open to its paragraph's end, cut at the end of the sentence that opens it, takes in the sentences
 * after it up to where it ends (they are the speaker's words, never frames of their own).
 */
function extendOpenQuotations(text: string, infos: SentInfo[], frames: Frame[]): void {
  for (const f of frames) {
    // (`… i dodaje: - To kwestia systematyczności. W moim przypadku …`: a dash line opened after a colon
    // runs on over the sentences of its paragraph that no other frame claims.)
    if (f.colonDash && f.last === f.first && infos[f.first].lang === 'pl') {
      let j = f.first;
      while (j + 1 < infos.length && infos[j + 1].s.paragraph === infos[f.first].s.paragraph && j + 1 - f.first < 12 && !takenByOther(frames, f, j + 1) && !DASH_OPEN.test(infos[j + 1].s.text) && !infos[j + 1].pairs.length &&
        !text.slice(infos[j].s.end, infos[j + 1].s.start).includes('\n') && !/\s[-–—]\s+\p{Ll}/u.test(infos[j + 1].s.text)) j++;
      if (j > f.first) {
        f.last = j;
        f.claimEnd = infos[j].s.end;
        f.quoteEnd = trimSpan(text, infos[j].s.start, infos[j].s.end)[1];
      }
      continue;
    }
    if (!f.direct || f.last !== f.first) continue;
    const info = infos[f.first];
    const p = info.pairs.find((x) => x.fullClose !== undefined && x.close === f.quoteEnd);
    if (!p) continue;
    let j = f.first;
    while (j + 1 < infos.length && infos[j + 1].insideOpenQuote && infos[j + 1].s.start < p.fullClose! && !takenByOther(frames, f, j + 1)) j++;
    if (j === f.first) continue;
    f.last = j;
    f.claimEnd = Math.max(f.claimEnd, infos[j].s.end);
    f.quoteEnd = Math.min(p.fullClose!, infos[j].s.end);
    while (f.quoteEnd > f.quoteStart && /[\s"“”„«»]/u.test(text[f.quoteEnd - 1])) f.quoteEnd--;
  }
}

/** True when a frame other than `f` covers sentence `j`. */
function takenByOther(frames: Frame[], f: Frame, j: number): boolean {
  return frames.some((g) => g !== f && g.first <= j && g.last >= j);
}

function joinContinuedParagraphs(text: string, infos: SentInfo[], allPairs: QuotePair[], frames: Frame[]): void {
  const opens = new Map<number, QuotePair>();
  for (const p of allPairs) opens.set(p.open, p);
  // First sentence of each paragraph, in order.
  const heads: number[] = [];
  for (let i = 0; i < infos.length; i++) if (i === 0 || infos[i - 1].s.paragraph !== infos[i].s.paragraph) heads.push(i);
  const startsOpen = (i: number) => {
    const s = infos[i].s;
    let a = s.start;
    while (a < s.end && /\s/u.test(text[a])) a++;
    return PARAGRAPH_OPENERS.includes(text[a] ?? '') ? a : -1;
  };
  // Frames by quotation start, to find the attribution of a chain's last paragraph.
  const byQuoteStart = new Map<number, Frame>();
  for (const f of frames) if (f.direct && !f.silent && !byQuoteStart.has(f.quoteStart)) byQuoteStart.set(f.quoteStart, f);
  // A frame of its own, with the speaker from the context, for the chain's paragraphs from `h` to the
  // sentence `lastSent` (up to `end`) that no frame has claimed yet.
  const contextChain = (h: number, lastSent: number, end: number): void => {
    let k = h;
    while (k < heads.length && heads[k] <= lastSent && frames.some((g) => !g.silent && g.first <= heads[k] && g.last >= heads[k])) k++;
    if (k >= heads.length || heads[k] > lastSent || frames.some((g) => !g.silent && g.first <= lastSent && g.last >= heads[k])) return;
    const a = startsOpen(heads[k]);
    if (a < 0) return;
    const q = trimSpan(text, a + 1, Math.min(end, infos[lastSent].s.end));
    if (!hasWords(text.slice(q[0], q[1]), 5)) return;
    const nf = baseFrame(infos[heads[k]], 'quote.direct.context', true, q, null, infos[heads[k]].s.start, null, 1);
    nf.last = lastSent;
    nf.claimEnd = infos[lastSent].s.end;
    nf.fallback = 'context';
    frames.push(nf);
  };
  for (let h = 0; h < heads.length; h++) {
    const a = startsOpen(heads[h]);
    if (a < 0 || opens.has(a)) continue;
    // An unclosed paragraph: the chain runs while the next paragraphs open with a mark.
    let e = h + 1;
    while (e < heads.length && startsOpen(heads[e]) >= 0 && !opens.has(startsOpen(heads[e])) && e - h < 8) e++;
    const last = e < heads.length ? startsOpen(heads[e]) : -1;
    if (last < 0 || !opens.has(last)) {
      // (`“I agreed with them …¶“We take the accolades …` to the article's end, or before narrative: a
      // chain that never closes has lost its closing mark; its paragraphs are direct speech of whoever
      // the context has been quoting.)
      contextChain(h, (e < heads.length ? heads[e] : infos.length) - 1, text.length);
      if (e >= heads.length) break;
      h = e - 1;
      continue;
    }
    const pair = opens.get(last)!;
    const f = byQuoteStart.get(innerSpan(text, pair)[0]);
    if (f && f.first === heads[e]) {
      // (Back to the first paragraph no other frame has claimed: `"I said, ‘you are frustrated’.` may be
      // attributed on its own.)
      let k = h;
      const paraEnd = (x: number) => infos[(x + 1 < heads.length ? heads[x + 1] : infos.length) - 1].s.end;
      while (k < e && frames.some((g) => g !== f && !g.silent && g.quoteStart < paraEnd(k) && g.quoteEnd > infos[heads[k]].s.start)) k++;
      let qa = (k === h ? a : startsOpen(heads[k])) + 1;
      while (qa < text.length && /\s/u.test(text[qa])) qa++;
      f.quoteStart = qa;
      f.claimStart = infos[heads[k]].s.start;
      f.first = heads[k];
      f.fallback = f.speaker ? 'none' : f.fallback;
    } else if (!f) {
      // (The closing paragraph carries no attribution either: the whole chain is the context speaker's.)
      contextChain(h, (e + 1 < heads.length ? heads[e + 1] : infos.length) - 1, pair.close);
    }
    h = e;
  }
}

/**
 * The quotation a few sentences below a quoted subheading that repeats its words (most of its
 * words of four letters or more, matched by their first letters so that inflection does not matter).
 */
function echoOf(h: Frame, frames: Frame[], text: string): Frame | undefined {
  const stems = (s: string) => (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, Math.min(5, w.length - 1)));
  const own = [...new Set(stems(text.slice(h.quoteStart, h.quoteEnd)))];
  if (own.length < 2) return undefined;
  for (const f of frames) {
    if (f === h || f.heading || f.quoteStart <= h.quoteEnd || f.first - h.last > 8) continue;
    const words = text.slice(f.quoteStart, f.quoteEnd).toLowerCase().match(/\p{L}+/gu) ?? [];
    const hits = own.filter((st) => words.some((w) => w.startsWith(st))).length;
    if (hits >= 0.6 * own.length) return f;
  }
  return undefined;
}

/**
 * A full name in the nominative right after the dash at k, closing the sentence or followed by a comma
 * and its title: the speaker of the verb before the dash (`komentował – Grzegorz Zalewski, dyrektor …`).
 */
function strayDashName(info: SentInfo, k: number): boolean {
  const t = info.tokens;
  return info.mentions.some((mm) => mm.kind === 'person' && mm.t0 === k + 1 && (!mm.given || mm.name?.[0] === mm.given.lemma) && (mm.name?.length ?? 0) >= 2 &&
    (mm.t1 >= t.length || /^[.!?,]$/.test(t[mm.t1].text)) && !t.slice(mm.t1).some((x) => DASH.test(x.text)));
}

function lastSpeechVerb(info: SentInfo, lang: Language): { index: number; form: SpeechVerbForm } | null {
  const inPair = makeInPair(info.pairs);
  for (let k = info.tokens.length - 1; k >= 0; k--) {
    const f = isSpeechToken(info.tokens, k, lang, inPair);
    if (f) return { index: k, form: f };
  }
  return null;
}

/**
 * The full name in the nominative that closes a Polish narrative sentence right after its past-tense
 * verb (`Do grona krytykujących trenera dołączył Marek Rzepka.`): someone the text introduces, who may
 * speak next; else null.
 */
function closingNewcomer(info: SentInfo): Mention | null {
  if (info.s.kind !== 'sentence') return null;
  const t = info.tokens;
  const last = info.mentions[info.mentions.length - 1];
  const closes = !!last && (last.t1 === t.length || (last.t1 === t.length - 1 && /^[.!]$/.test(t[last.t1].text))) && !info.pairs.some((p) => p.open < last.start && p.close >= last.end);
  return closes && last.kind === 'person' && !last.afterPreposition && !!last.given && last.name?.[0] === last.given.lemma && (last.name?.length ?? 0) >= 2 && last.t0 >= 2 &&
    /\p{Ll}(?:ł|ła|li|ły)$/u.test(t[last.t0 - 1]?.lower ?? '') ? last : null;
}

/**
 * A paragraph of plain sentences after one that ends with a verb of saying and a colon (`Policjanci jednak
 * przypominają:`, `The council said:`): the block quotation of the verb's subject, as a direct quote over
 * its paragraph (six sentences at most); else null.
 */
function colonBlockQuote(infos: SentInfo[], i: number, text: string, lang: Language): Frame | null {
  const info = infos[i];
  const prev = infos[i - 1];
  if (!prev || prev.s.paragraph === info.s.paragraph || prev.s.kind !== 'sentence' || info.s.kind !== 'sentence' || info.pairs.length) return null;
  const t = prev.tokens;
  const c = t.length - 1;
  if (c < 2 || t[c].text !== ':' || prev.pairs.some((p) => p.close >= t[c].start || p.closeChar === '')) return null;
  // (Words, not a dash line, a list item or a quotation: `1. …`, `- …`, `„…”` have rules of their own.)
  if (!/^\p{Lu}\p{Ll}/u.test(info.s.text)) return null;
  const inPair = makeInPair(prev.pairs);
  let v = -1;
  let form: SpeechVerbForm | null = null;
  for (let q = c - 1; q >= 0 && c - q <= 5; q--) {
    const f = t[q].word ? isSpeechToken(t, q, lang, inPair) : null;
    if (f) {
      v = q;
      form = f;
      break;
    }
    if (!t[q].word || CONTENT_INTRO.has(t[q].lower)) return null;
  }
  if (!form || QUESTION_VERB.test(t[v].text)) return null;
  let j = i;
  while (infos[j + 1] && infos[j + 1].s.paragraph === info.s.paragraph && j - i < 6) j++;
  if (infos[j + 1]?.s.paragraph === info.s.paragraph) return null;
  for (let k = i; k <= j; k++) if (infos[k].pairs.length || infos[k].s.kind !== 'sentence' || infos[k].insideOpenQuote) return null;
  const [a] = trimSpan(text, info.s.start, info.s.end);
  const [, b] = trimSpan(text, infos[j].s.start, infos[j].s.end);
  // (Only with its speaker named: `Pierwszy, o 10:09 informował o trudnościach:` introduced a post the
  // page left out, and what follows is the article's own.)
  const sp = subjectOf(prev, v, form, t[c].start);
  if (!sp) return null;
  const f = baseFrame(prev, 'quote.direct.block', true, [a, b], form, t[v].start, sp, 3);
  f.first = i;
  f.last = j;
  f.claimStart = info.s.start;
  f.claimEnd = infos[j].s.end;
  return f;
}

function headlineColon(info: SentInfo, table: EntityTable, next: SentInfo | undefined): Frame | null {
  // A headline introduces a section: a list of link titles (`Zobacz też`) is no quotation.
  // (…but words with their speaker after the colon are a statement wherever they stand.)
  if (info.s.kind === 'headline' && (!next || next.s.kind !== 'sentence')) return headlineColonAfter(info, table);
  const t = info.tokens;
  let c = -1;
  for (let k = 1; k < t.length && k <= 8; k++) if (t[k].text === ':') {
    c = k;
    break;
  }
  if (c < 1) return headlineColonAfter(info, table);
  // Captions and page furniture (`FILE PHOTO:`, `READ MORE:`, `Zdjęcie:`) introduce no statement.
  const label = info.s.text.slice(0, t[c].start - info.s.start).trim();
  if (CAPTION_LABEL.test(label) || BYLINE_LABEL.test(label)) return null;
  // (`DUBAI: Donald Trump’s business partner … said …`: a city in capitals opening the body is a dateline.)
  // (…also two or three words: `KUALA LUMPUR:`, `PETALING JAYA:`.)
  if (info.s.kind === 'sentence' && c <= 3 && info.lang === 'en' && t.slice(0, c).every((x) => x.word && /^\p{Lu}{2,}$/u.test(x.text) && !orgHead(x.text)) && t.slice(0, c).map((x) => x.text).join('').length >= 5 &&
    (c > 1 || /^\p{Lu}{5,}$/u.test(t[0].text))) return null;
  // (`Polska - Czechy. Jakub Piotrowski: …`: a section label may stand before the name.)
  // (`Bartosz Bednorz (przyjmujący PGE Skry): - …`: a bracketed title between the name and the colon.)
  let nameEnd = c;
  if (t[c - 1]?.text === ')') {
    let o = c - 2;
    while (o > 0 && c - o <= 10 && t[o].text !== '(') o--;
    if (t[o]?.text === '(') nameEnd = o;
  }
  const m = info.mentions.find((x) => x.t1 === nameEnd && (x.t0 === 0 || (t[x.t0 - 1].text === '.' && x.t0 >= 2)) && (nameEnd === c || (x.kind === 'person' && x.name?.some((w) => /\p{Ll}/u.test(w)))));
  // `Prezes PZLA: …`: a role with a complement names someone too.
  // (…and a group, when quotation marks open the words: `Protestujący rybacy: "Rząd nie dotrzymał obietnic"`.)
  const groupQuoted = m?.kind === 'group' && !m.oblique && OPEN_QUOTES.includes(info.s.text.slice(t[c].end - info.s.start).trim()[0] ?? '');
  if (!m || (m.kind !== 'person' && m.kind !== 'org' && !(m.kind === 'role' && (m.role?.keys.length ?? 0) > 0) && !groupQuoted)) return headlineColonAfter(info, table);
  if (m.kind === 'person' && (m.name?.length ?? 0) < 2 && !m.role) {
    const e = table.match(m, false);
    if (!e || e.type !== 'person') return null;
  }
  const rest = info.s.text.slice(t[c].end - info.s.start);
  if (!hasWords(rest, 2)) return null;
  let [qa, qb] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
  // (A dash may open the words after the colon: `Bednorz: - Zagraliśmy …`.)
  const lead = /^[-–—]\s+/u.exec(info.s.text.slice(qa, qb));
  if (lead) qa += lead[0].length;
  const inner = info.s.text.slice(qa, qb);
  if (OPEN_QUOTES.includes(inner[0]) && CLOSE_QUOTES.includes(inner[inner.length - 1])) {
    qa++;
    qb--;
  }
  const f = baseFrame(info, 'quote.headline-colon', true, [info.s.start + qa, info.s.start + qb], null, info.s.start, m, 4);
  return f;
}

/**
 * The frame covering sentence `j` among the last ones pushed (frames are pushed in sentence order and
 * span a few sentences at most: a look at the tail keeps the scan over an article linear).
 */
function recentFrameCovering(frames: Frame[], j: number): Frame | undefined {
  for (let k = frames.length - 1; k >= 0 && frames.length - k <= 12; k--) if (frames[k].first <= j && frames[k].last >= j) return frames[k];
  return undefined;
}

/** Frame `f` over sentences before `info` extended to end with it, where its speaker is named (a tail). */
function endsAt(f: Frame, info: SentInfo): Frame {
  f.last = info.idx;
  f.claimEnd = info.s.end;
  f.mSent = info.idx;
  return f;
}

/**
 * The speaker after the colon: `We accept the people's mandate with humility: PM Modi` (a headline or
 * subheading whose words end with a colon and a known person — a title and a name, or someone the
 * article names in full).
 */
function headlineColonAfter(info: SentInfo, table: EntityTable): Frame | null {
  if (info.s.kind !== 'headline') return null;
  const t = info.tokens;
  let end = t.length;
  while (end > 0 && /^[.!]$/.test(t[end - 1].text)) end--;
  let c = -1;
  for (let k = end - 2; k >= 4 && end - k <= 5; k--) if (t[k].text === ':') {
    c = k;
    break;
  }
  if (c < 0 || !hasWords(info.s.text.slice(0, t[c].start - info.s.start), 4)) return null;
  const m = info.mentions.find((x) => x.t0 === c + 1 && x.t1 === end && x.kind === 'person');
  if (!m) return null;
  // (Someone known: with a title, or a name the article gives in full.)
  const e = table.match(m, false);
  if (!m.role && (!e || e.type !== 'person' || !e.surnames.length)) return null;
  const [qa, qb] = trimSpan(info.s.text, 0, t[c].start - info.s.start);
  return baseFrame(info, 'quote.headline-colon', true, [info.s.start + qa, info.s.start + qb], null, info.s.start, m, 4);
}

/** Whom a participle of quoting at `v` names before the colon at `colon`: a person, group, title or body right after it. */
function quotedPersonAfter(info: SentInfo, v: number, colon: number): Mention | null {
  const t = info.tokens;
  const k = /^(the|a|an)$/i.test(t[v + 1]?.text ?? '') ? v + 2 : v + 1;
  return info.mentions.find((m) => m.t0 === k && m.kind !== 'pronoun' && colon - m.t1 <= 4 && t.slice(m.t1, colon).every((x) => x.word)) ?? null;
}

/** A social platform's name (`Twitterze`, `Facebooku`): an account holder, not a publication. */
const SOCIAL_PLATFORM = new RegExp(`^(?:${PLATFORMS})(?:ze|u|ie)?$`, 'u');
function socialPlatform(x: Token | undefined): boolean {
  return !!x?.word && SOCIAL_PLATFORM.test(x.text);
}

/** A message noun (`statement`, `tweet`, `alert`) shortly before token `k` in its clause. */
function afterMessageNoun(t: Token[], k: number): boolean {
  for (let q = k - 1; q >= 0 && k - q <= 10; q--) {
    if (/^[.;!?,]$/.test(t[q].text) && !(t[q].text === '.' && /^(a|p|m)$/i.test(t[q - 1]?.text ?? ''))) return false;
    // (…also an alert or update put out, or concerns raised: `put out an alert saying …`, `raised his
    // concerns saying …`.)
    if (/^(statement|statements|release|tweet|post|letter|message|note|email|e-mail|video|notice|report|announcement|alert|update|warning|concerns|fears|objections)$/i.test(t[q].text)) return true;
  }
  return false;
}

/** Mention `m` after a tail verb `v` behind a determiner and lower-case words, or an abbreviated title. */
function nameAfterTailVerb(t: Token[], v: number, m: Mention): boolean {
  return (m.t0 > v + 1 && m.t0 - v <= 5 && /^(the|a|an|his|her|their|its)$/i.test(t[v + 1]?.text ?? '') && t.slice(v + 2, m.t0).every((x) => x.word && !x.cap)) ||
    // (`…, said Dr. Michael Jhung, medical officer …`: an abbreviated title before the name.)
    (m.t0 === v + 3 && TITLE_ABBR.test(t[v + 1]?.lower ?? '') && t[v + 2]?.text === '.') ||
    // (`…, said Mr Cremin, adding that …`: British style writes the honorific without its dot.)
    (m.t0 === v + 2 && !!t[v + 1]?.cap && /^(mr|mrs|ms|dr|prof|cllr)$/.test(t[v + 1].lower));
}

/**
 * Reported speech in one sentence (section 4 of sentenceFrames): `X powiedział, że …`, `X said (that) …`,
 * `X uspokaja: …`. `earlier` holds the frames sections 1–3 found; `att` is the sentence's dash tail.
 * (A function of its own: with it inside, sentenceFrames outgrew the bytecode size V8 optimises.)
 */
function reportedFrames(info: SentInfo, text: string, lang: Language, att: ReturnType<typeof dashAttribution>, inPair: (pos: number) => boolean, earlier: Frame[]): Frame[] {
  const t = info.tokens;
  const reported: Frame[] = [];
  for (let v = 0; v < t.length; v++) {
    const form = isSpeechToken(t, v, lang, inPair);
    if (!form) continue;
    if (att && v === att.verb) continue;
    // (`calling for a pay rise that matches …`: a naming participle names with a quotation only.)
    if (lang === 'en' && /^(calling|terming|describing|branding|labelling|labeling|dubbing)$/i.test(t[v].text)) continue;
    // (`…, the BBC understands.`: only as a tail after the statement.)
    if (form === SOURCING_VERB) {
      const tf = t[v - 1]?.text !== ',' ? tailFrame(info, v, form, text) : null;
      if (tf) reported.push(tf);
      continue;
    }
    // `Tam ogień pojawił się przed wypadkiem, co potwierdził nam rzecznik PSP Karol Kroć.`: the clause
    // before `, co` is what the speaker after the verb confirmed.
    if (lang === 'pl') {
      const co = /^(nam|mi|też|również|także)$/.test(t[v - 1]?.lower ?? '') ? v - 2 : v - 1;
      if (t[co]?.lower === 'co' && t[co - 1]?.text === ',' && co - 1 > 0) {
        // (`… nie zostanie Maciej Skorża, co potwierdził na konferencji`: with no one after the verb, the
        // person the clause is about confirmed it.)
        const sp = rightOf(info, v, form, null) ?? [...info.mentions].reverse().find((m) => m.t1 <= co - 1 && m.kind === 'person' && (m.name?.length ?? 0) >= 2 && !m.afterPreposition && genderOk(m, form.gender)) ?? null;
        const [qa, qb] = trimSpan(text, info.s.start, t[co - 1].start);
        // (Not when the clause has a speaker of its own: `prezydent zapowiedział, że nie zgodzi się na
        // podwyżki, co proponuje resort finansów` — the ministry proposes the rise, it reports nothing.)
        if (sp && (sp.kind === 'person' || sp.kind === 'org' || sp.kind === 'role') && hasWords(text.slice(qa, qb), 4) && !info.pairs.some((p) => p.open >= qa && p.open < qb) &&
          !t.slice(0, co - 1).some((x, q) => x.word && !x.cap && isSpeechToken(t, q, lang, inPair) && t[q + 1]?.text === ',' && /^(że|iż)$/.test(t[q + 2]?.lower ?? ''))) {
          reported.push(baseFrame(info, 'quote.reported.tail', false, [qa, qb], form, t[v].start, sp, 2));
          continue;
        }
      }
      // `Chodzi o budowę 92 km nowych tras, podała CPK.`: a past-tense verb of reporting and its subject
      // closing the sentence after a comma attribute the clause before it.
      // (…in the present tense too, and with a group: `…, twierdzą eksperci.`)
      if (t[v - 1]?.text === ',' && v >= 5 && (/\p{Ll}(?:ł|ła|ło|li|ły)$/u.test(t[v].lower) || (form.tense === 'present' && !form.impersonal && !/ąc$/.test(t[v].lower))) && PL_TAIL_VERB.test(form.lemma)) {
        const sp = rightOf(info, v, form, null);
        let rest = sp ? t.slice(sp.t1) : [];
        // (…and the speaker's short complement: `…, powiedział profesor Jan Nowicki z Uniwersytetu Warszawskiego.`)
        if (rest.length > 2 && rest.length <= 6 && /^(z|ze|w|we|przy)$/.test(rest[0].lower) && rest.slice(1, -1).every((x) => x.word && x.cap)) rest = rest.slice(-1);
        if (sp && (sp.kind === 'person' || sp.kind === 'org' || sp.kind === 'role' || sp.kind === 'group') && sp.t0 <= v + 2 && rest.every((x) => /^[.!]$/.test(x.text)) && rest.length <= 1) {
          const [qa, qb] = trimSpan(text, info.s.start, t[v - 1].start);
          if (hasWords(text.slice(qa, qb), 5) && !info.pairs.some((p) => p.open >= qa && p.open < qb) && !t.slice(0, v - 1).some((_, q) => isSpeechToken(t, q, lang, inPair))) {
            reported.push(baseFrame(info, 'quote.reported.tail', false, [qa, qb], form, t[v].start, sp, 2));
            continue;
          }
        }
      }
    }
    // Find the content introducer within the verb's clause.
    let intro = -1;
    let colon = false;
    let appealIntro = false;
    // (`told journalists at a press conference at the main incident control centre in Gingin this
    // afternoon that …`: an addressee and a place can hold the `that` off further.)
    // (Polish sets its `, że` off with a comma, so a long adverbial before it is safe to pass:
    // `ocenił w rozmowie z polskimi mediami po porażce w pierwszej rundzie Wimbledonu w Londynie, że …`.)
    // (`zgłosili poprawkę zakładającą, że …`, `liczy na to, że …`: verbs that say something only with
    // `że` right after them.)
    // (`He insisted to a group of journalists on the sidelines of the Paris event that …`: English
    // prepositional phrases after the verb may run longer, up to a `that` that opens a clause.)
    const prepAfter = lang === 'en' && /^(to|at|during|on|in|before)$/i.test(t[v + 1]?.text ?? '');
    const reach = /^(zgłosić|zgłaszać|liczyć)$/.test(form.lemma) ? 3 : (lang === 'en' && TOLD_VERB.test(t[v].text)) || lang === 'pl' ? 20 : prepAfter ? 18 : 12;
    // (`Those who cross elsewhere, the government said, can seek a … protection that is …`: a tail set
    // off by commas inside the sentence has the sentence for its content; a later `that` is relative.)
    let setOffTail = false;
    if (lang === 'en' && t[v + 1]?.text === ',') {
      let k = v - 1;
      while (k > 0 && v - k <= 6 && t[k].word) k--;
      setOffTail = k > 0 && k < v - 1 && t[k].text === ',' && info.mentions.some((mm) => mm.t0 > k && mm.t1 === v && mm.kind !== 'pronoun');
    }
    for (let q = v + 1; q < t.length && q - v <= reach && !setOffTail; q++) {
      const x = t[q];
      // (`stressed mandatory means just that, reports CBS`: a demonstrative `that` before a comma introduces nothing.)
      // (…but `said that, in the first hours of the invasion, the quarters were …`: a phrase set off after the `that`.)
      if (x.lower === 'that' && /^[,.;:!?]$/.test(t[q + 1]?.text ?? '') && !(lang === 'en' && t[q + 1].text === ',' && /^(in|at|on|during|after|before|if|when|while|as|despite|since|although|though|because|unlike|given|under|without|by|for|once|unless|until|following|amid)$/i.test(t[q + 2]?.text ?? ''))) break;
      // `zaapelował, by gospodarze zamykali …`, `Eksperci radzą, aby …`: a request's content follows `, by`.
      if (lang === 'pl' && x.text === ',' && /^(by|aby|żeby)$/.test(t[q + 1]?.lower ?? '') && PL_APPEAL_LEMMA.test(form.lemma)) {
        intro = q + 1;
        appealIntro = true;
        break;
      }
      // (`zaprzeczyła, by taka sytuacja miała miejsce`, `wykluczył, aby …`: a denial's content follows `, by`.)
      if (lang === 'pl' && x.text === ',' && /^(by|aby|żeby)$/.test(t[q + 1]?.lower ?? '') && /^(zaprzeczyć|zaprzeczać|zdementować|dementować|wykluczyć|wykluczać)$/.test(form.lemma)) {
        intro = q + 1;
        break;
      }
      if (CONTENT_INTRO.has(x.lower)) {
        if (prepAfter && q - v > 12 && !clauseSubjectAt(info, q + 1)) break;
        // (`told the inquest her son was not a diagnosed asthmatic and that he only needed …`: a second
        // content clause joined by `and that`; the first, with no `that`, opens the content.)
        if (lang === 'en' && x.lower === 'that' && q - v > 3 && /^(and|but)$/i.test(t[q - 1].lower)) break;
        // (`asked if that included …`: after `if`/`whether` a `that` is a pronoun in a question.)
        if (lang === 'en' && x.lower === 'that' && /^(if|whether)$/i.test(t[q - 1].lower)) break;
        // (`Uchylenie uchwały grozi tym, że miasto nie zdąży …`: a threat of consequences, not words.)
        if (form.lemma === 'grozić' && t[q - 2]?.lower === 'tym') break;
        // (`which argued the case that resulted in …`: `that` after the verb's object noun opens a relative
        // clause of the noun, unless the noun is one of claiming — `repeated the claim that …`.)
        if (lang === 'en' && q === v + 3 && /^(the|a|an)$/i.test(t[v + 1].text) && t[v + 2].word && !t[v + 2].cap && !TOLD_VERB.test(t[v].text) && !CLAIM_NOUN.test(t[v + 2].lower) &&
          !/^(view|belief|position|argument|point|fact|possibility|prospect|hope|message)$/.test(t[v + 2].lower) && x.lower === 'that' && t[q + 1]?.word && /\p{Ll}(?:ed|s)$/u.test(t[q + 1].text)) break;
        // (`announced new rules that will take effect …`: `that` right before an auxiliary, after the verb's
        // object noun, is a relative pronoun; the clause has no subject of its own.)
        if (lang === 'en' && x.lower === 'that' && q - v >= 2 && q - v <= 4 && !TOLD_VERB.test(t[v].text) && /^(will|would|can|could|may|might|should|must|has|have|had|is|are|was|were)$/i.test(t[q + 1]?.text ?? '') &&
          t.slice(v + 1, q).every((y) => y.word && !y.cap && !TIME_WORD.test(y.lower) && !/^(to|in|on|at|for|with|by|from|of|about|him|her|them|us|me|it|reporters|journalists|also|again|repeatedly|publicly|earlier|later|then|previously|already|yesterday|today)$/.test(y.lower) && !/ly$/.test(y.lower)) &&
          !CLAIM_NOUN.test(t[q - 1].lower) && !/^(view|belief|position|argument|point|fact|possibility|prospect|hope|message)$/.test(t[q - 1].lower)) break;
        intro = q;
        break;
      }
      // (`wrote in an editorial for Environmental Science: Water Research & Technology`: a colon inside
      // a capitalised title after a preposition introduces nothing.)
      const inTitle = x.text === ':' && t[q - 1]?.cap && t[q + 1]?.cap && t.slice(v + 1, q).some((y) => /^(for|in|of|from|on|w|z|dla)$/.test(y.lower));
      if (x.text === ':' && !inTitle && t[q + 1] && t[q + 1].start > x.end && !DASH.test(t[q + 1].text) && !OPEN_QUOTES.includes(t[q + 1].text)) {
        intro = q;
        colon = true;
        break;
      }
      // (`wyliczył przy tym m.in., że …`: an abbreviation's dot ends nothing.)
      if (abbreviationDot(t, q)) continue;
      // (`poinformował tvn24.pl, że …`: nor does a web address's.)
      if (isDomainDot(t, q)) continue;
      // (`powiedziała dziś (22.03), że …`: nor a dot inside brackets.)
      if (x.text === '.' && inBrackets(t, q)) continue;
      // (`przyznał w wywiadzie dla „Gazety Wyborczej”, że …`: an outlet's quoted title after a preposition is passed.)
      // (…and one right after the verb, as its addressee: `zdradził "Faktowi", że …`, `told "The Guardian" that …`.)
      if (OPEN_QUOTES.includes(x.text) && (/^(dla|w|we|na|z|do|of|for|in|to|on)$/i.test(t[q - 1]?.lower ?? '') || q === v + 1) && t[q + 1]?.cap) {
        const pr = info.pairs.find((pp) => pp.open === x.start);
        const ct = pr ? t.findIndex((y, yk) => yk > q && y.start === pr.close) : -1;
        if (ct > q + 1 && ct - q <= 6 && (q !== v + 1 || CONTENT_INTRO.has(t[ct + 1]?.lower ?? '') || (t[ct + 1]?.text === ',' && CONTENT_INTRO.has(t[ct + 2]?.lower ?? '')))) {
          q = ct;
          continue;
        }
      }
      // (`twierdzi — powołując się na rządowe plany — że …`: a participle clause set off by dashes stands
      // between the verb and its `że`.)
      const afterDashes = q === v + 1 ? dashParticipleIntro(t, q) : -1;
      if (afterDashes >= 0) {
        intro = afterDashes;
        break;
      }
      if (/^[.;!?]$/.test(x.text) || OPEN_QUOTES.includes(x.text) || DASH.test(x.text)) break;
      if (isSpeechToken(t, q, lang, inPair)) break;
      const pastRelative = x.text === ',' ? introPastRelative(t, q, v, lang, form, inPair) : -1;
      if (pastRelative > 0) {
        intro = pastRelative;
        appealIntro = lang === 'pl';
        break;
      }
      if (x.text === ',' && CLAUSE_WORDS.has(t[q + 1]?.lower ?? '') && !CONTENT_INTRO.has(t[q + 1]?.lower ?? '')) break;
      // (`announced Tuesday, as Ukrainian President Petro Poroshenko visited Washington, that it had added
      // …`: a clause or phrase set off by commas may stand between the verb and its `that`.)
      if (x.text === ',' && lang === 'en' && /^(as|while|when|in|at|on|during|after|before)$/.test(t[q + 1]?.lower ?? '')) {
        let r = q + 2;
        while (r < t.length && r - q <= 16 && t[r].text !== ',' && !/^[.;:!?]$/.test(t[r].text) && !OPEN_QUOTES.includes(t[r].text) && !isSpeechToken(t, r, lang, inPair)) r++;
        if (t[r]?.text === ',' && t[r + 1]?.lower === 'that' && t[r + 2]?.word && !/^[,.;:!?]$/.test(t[r + 2].text)) {
          intro = r + 1;
          break;
        }
      }
      // (`…, officials said Friday, in a development that could …`: a prepositional phrase after a
      // comma holds no content clause of the verb.)
      if (x.text === ',' && lang === 'en' && /^(in|at|on|with|amid|after|before|as|during|following|despite|according|prompting|adding|saying)$/.test(t[q + 1]?.lower ?? '')) break;
      // (`told Edward Doocey BL, prosecuting, that …`: counsel's part set off by commas is no clause.)
      if (x.text === ',' && lang === 'en' && /^(prosecuting|defending|mitigating|representing)$/.test(t[q + 1]?.lower ?? '') && t[q + 2]?.text === ',') {
        q += 1;
        continue;
      }
      // `…, Novak said, adding that …`: a participle clause has its own frame.
      if (x.text === ',' && lang === 'en' && /ing$/.test(t[q + 1]?.lower ?? '')) break;
    }
    // `Mr Klemm said DFES preferred people to have a plan that resulted in …`: a subject right after
    // the verb opens a clause without `that`; a later `that` is a relative pronoun inside it.
    // (So after a participle: `…, conceding there were grey areas that left players confused`.)
    // (And after an inserted adverbial when a pronoun follows: `GM, in a statement, said it received
    // notice from the union that …`.)
    if (lang === 'en' && intro > v + 1 && !colon && !TOLD_VERB.test(t[v].text) && (BARE_VERBS.test(t[v].text) || /\p{Ll}ing$/u.test(t[v].text)) && (t[v - 1]?.text !== ',' || /\p{Ll}ing$/u.test(t[v].text) || /^(it|he|she|they|we|i)$/i.test(t[v + 1]?.text ?? '')) && clauseSubjectAt(info, v + 1)) intro = -1;
    // (`She told the jury they could see from CCTV footage that Mr Murphy armed himself …`: a pronoun
    // subject right after the addressee opens the content without `that`; the later `that` is inside it.)
    if (lang === 'en' && intro > v + 2 && !colon && /^(told|tells|tell)$/i.test(t[v].text)) {
      const obj = info.mentions.find((m) => m.t0 === v + 1 || (m.t0 === v + 2 && /^(the|a|an)$/i.test(t[v + 1].text)));
      const q = obj ? obj.t1 : /^(the|a|an)$/i.test(t[v + 1]?.text ?? '') ? v + 3 : v + 2;
      if (q < intro - 1 && t[q + 1]?.word && !t[q + 1].cap && (/^(he|she|they|we|i|there)$/i.test(t[q]?.text ?? '') ||
        (/^it$/i.test(t[q]?.text ?? '') && /^(is|was|would|will|had|has|could|should|may|might|must|did|does)$/.test(t[q + 1].text)))) intro = -1;
    }
    // (`rejected suggestions that …`: a denial has content only through a noun of claiming; `rejected
    // the bill that would …` holds a relative clause.)
    if (intro >= 0 && (form.lemma === 'reject' || form.lemma === 'dismiss') && !(intro - v <= 3 && CLAIM_NOUN.test(t[intro - 1].lower))) intro = -1;
    // (`straciła 1000 zł, wierząc, że przekazuje pieniądze partnerowi`: a Polish participle of belief gives
    // a reason, no statement.)
    if (intro >= 0 && lang === 'pl' && /ąc$/.test(t[v].lower) && /^(wierzyć|sądzić|myśleć|liczyć|przypuszczać|obawiać|spodziewać)$/.test(form.lemma)) intro = -1;
    // (`Dopytana, czy nie obawia się, że …, odpowiedziała`: a verb inside a question whether is asked about.)
    if (intro >= 0) {
      for (let q = v - 1; q >= 0 && v - q <= 4 && t[q].text !== ','; q--) if (/^(czy|whether)$/.test(t[q].lower)) intro = -1;
    }
    // (`Asked about the request made by the US that Australia boost …, Admiral Johnston said …`: what the
    // participle opening the sentence asks about is the question, not anyone's statement.)
    if (intro >= 0 && v === 0 && ASKED_PARTICIPLE.test(t[v].text)) intro = -1;
    let rule = colon ? 'quote.reported.colon' : appealIntro ? 'quote.reported.appeal' : lang === 'en' ? 'quote.reported.that' : 'quote.reported.ze';
    let contentStart = intro >= 0 ? t[intro].end : -1;
    // (Appeals — `urged people to come forward`, `wezwał ministra do przyjazdu`, `zaapelował do rządu o
    // podjęcie działań` — are no claims: an appeal asserts nothing. None of the English appeals over
    // final65–69 was annotated, nor any of the five Polish ones over final65–71; only what an appeal's
    // `, by …` clause says is read as reported.)
    // `vowed to go after the rioters`, `promised to continue donating …`: a promise's content is its infinitive.
    if (intro < 0 && contentStart < 0 && lang === 'en' && /^(promise|vow|pledge)$/.test(form.lemma) && !/ing$/.test(t[v].lower) && t[v + 1]?.lower === 'to' && t[v + 2]?.word && !t[v + 2].cap &&
      !/^(the|a|an|his|her|their|its|be|do)$/.test(t[v + 2].lower) && !/^(was|were|been|be|is|are)$/.test(t[v - 1]?.lower ?? '') && hasWords(text.slice(t[v + 1].start, info.s.end), 3)) {
      contentStart = t[v + 1].start;
      rule = 'quote.reported.appeal';
    }
    // `Agrounia zapowiada protesty w całym kraju`, `Radni zapowiedzieli odwołanie się od decyzji`: what is
    // announced, proposed or demanded in Polish is the noun phrase after the verb.
    // (Not in a relative clause, whose object is the gap: `co proponuje obecnie resort finansów`.)
    // (`sposób, w jaki bank informował o zmianie`: so is a clause of `jaki`.)
    const relativeGap = t.slice(Math.max(0, v - 4), v).some((x) => /^(co|który|która|które|którzy|którą|którego|których|czego|czym|jaki|jaka|jakie|jakim|jakiej|jakich|jakiego|jaką)$/.test(x.lower));
    // `Broniarz wyraża żal wobec minister … za to, że …`, `wyraził wątpliwości dotyczące intencji …`: what is
    // expressed is the noun phrase after the verb; a `że` far after it belongs to the phrase (only `wyraził
    // nadzieję, że …` reports its clause).
    if (lang === 'pl' && /^wyra[zż]/.test(form.lemma) && !relativeGap && !form.impersonal) {
      let q = v + 1;
      while (q < t.length && q - v <= 2 && /^(też|także|również|jednak|przy|tym|jednocześnie|publicznie|otwarcie|głęboki|głęboką|swoje|swój|swoją|swoich)$/.test(t[q].lower)) q++;
      const x = t[q];
      if ((intro < 0 || intro > q + 2) && x?.word && !x.cap && !PREPOSITIONS.has(x.lower) && !CONTENT_INTRO.has(x.lower) && !/^(to|tego|tym|go|ją|je|ich|mu|jej|im|się|nie|że|iż|zgodę|opinię)$/.test(x.lower) && hasWords(text.slice(x.start, info.s.end), 3)) {
        intro = -1;
        contentStart = x.start;
        rule = 'quote.reported.noun';
      }
    }
    if (intro < 0 && contentStart < 0 && lang === 'pl' && PL_ANNOUNCE_NP.test(form.lemma) && form.tense !== 'future' && !form.impersonal && !relativeGap) {
      let q = v + 1;
      while (q < t.length && q - v <= 3 && /^(też|także|również|jednak|jednocześnie|wówczas|wtedy|już|dziś|wczoraj|natomiast|zaś)$/.test(t[q].lower)) q++;
      const x = t[q];
      if (x?.word && !x.cap && !PREPOSITIONS.has(x.lower) && !CONTENT_INTRO.has(x.lower) && !/^(to|tego|tym|go|ją|je|ich|mu|jej|im|mi|nam|wam|się|sobie|nie|że|iż|by|aby|żeby|czy|co|jak|kiedy|gdzie|jego|swój|swoje|swoją|swoich)$/.test(x.lower) &&
        !isSpeechToken(t, q, lang, inPair) && /\p{Ll}(?:ie|cie|ia|ę|ą|y|i|a|e|u|ów)$/u.test(x.lower) && hasWords(text.slice(x.start, info.s.end), 2)) {
        contentStart = x.start;
        rule = 'quote.reported.noun';
      }
    }
    // `accused the Election Commission of bias`, `accusing the other parties of failing to …`: an
    // accusation's content is its object and the `of` phrase.
    // (`blamed hospitals for creating a staffing crisis`, `praised her for taking the lead role`: blame and
    // praise are reported with their object and the `for` phrase; the object may carry its own bracketed
    // acronym — `accused Opposition People’s National Party (PNP) President Mark Golding of …`.)
    const ofWord = /^accus/.test(form.lemma) ? 'of' : /^(blame|praise|criticise|criticize|condemn|slam|fault|commend|hail|thank)$/.test(form.lemma) ? 'for' : '';
    if (intro < 0 && lang === 'en' && ofWord && t[v + 1]?.word && !/^(of|by|for)$/.test(t[v + 1].lower) && !/^(was|were|been|be|is|are)$/.test(t[v - 1]?.lower ?? '')) {
      for (let q = v + 2; q < t.length && q - v <= 14; q++) {
        // (Not past a relative clause: `praised those groups who work tirelessly for their communities`.)
        if (/^[.;!?,:]$/.test(t[q].text) || isSpeechToken(t, q, lang, inPair) || /^(who|which|that|whose)$/.test(t[q].lower)) break;
        if (t[q].lower === ofWord && t[q + 1]?.word && t[q + 2] !== undefined && !OPEN_QUOTES.includes(t[q + 1].text) && (ofWord === 'of' || /\p{Ll}ing$/u.test(t[q + 1].text) || hasWords(text.slice(t[q + 1].start, info.s.end), 3))) {
          contentStart = t[v + 1].start;
          rule = 'quote.reported.accusation';
          break;
        }
      }
    }
    // (English news reports no statement as a noun phrase — `warned of more extreme weather`, `called
    // for an end to …`, `announced a major restructuring`, `expressed disappointment`: none of the nine
    // such claims over final65–69 was annotated. In Polish `Rzecznik poinformował także o ewakuacji 15
    // obozów`, `IMGW ostrzega przed intensywnymi opadami`: informing of something or warning against it
    // reports that thing, as Polish annotators read it.)
    // (…and so does appealing for it, assuring of it or drawing attention to it: `zaapelował o
    // pozostanie w domach`, `zwrócił uwagę na rekordowo wysoki deficyt`. Talking of something —
    // `mówił o sytuacji w kraju` — names a topic, no statement.)
    const plTopic = lang === 'pl' ? PL_TOPIC_PREP[form.lemma] : undefined;
    if (intro < 0 && contentStart < 0 && plTopic && !relativeGap) {
      let p = v + 1;
      // (`zwrócił m.in. uwagę na …`: the abbreviation counts as no words.)
      const mi = minInAt(t, v + 1);
      while (p < t.length && p - v <= 3 + mi && (/^(także|też|również|dziś|wczoraj|w|we|piątek|czwartek|środę|wtorek|poniedziałek|sobotę|niedzielę|nas|media|dziennikarzy|jeszcze|wówczas|wtedy|ponadto|przy|tym|m|in|\.)$/i.test(t[p].lower) || (t[p].lower === 'uwagę' && /^zwr/.test(form.lemma))) && !plTopic.test(t[p].lower)) p++;
      const after = t[p + 1];
      // (`zwrócił uwagę na …` only with its `uwagę`.)
      const attention = !/^zwr/.test(form.lemma) || t.slice(v + 1, p).some((x) => x.lower === 'uwagę');
      if (attention && plTopic.test(t[p]?.lower ?? '') && after?.word && !after.cap && !/^(tym|to|czym|tego|tę|ten|niego|niej|nich|nim|siebie|sobie|godz|godzinie|północy|świcie|poranku|zmroku|wpół)$/.test(after.lower) && !/^\p{N}/u.test(after.text) && hasWords(text.slice(after.start, info.s.end), 3)) {
        contentStart = t[p + 1].start;
        rule = 'quote.reported.noun';
      }
    }
    // The verb of `"…," X said in a briefing` already attributed its quotation: what follows is no content.
    const attributesQuote = earlier.some((f) => f.direct && f.verbPos === t[v].start);
    if (intro < 0 && attributesQuote) continue;
    let tail: Frame | null = null;
    // (`…, the mayors pointed out.`: a phrasal verb of saying closing its sentence is a tail too.)
    const phrasalTail = lang === 'en' && /^(pointed|points)$/i.test(t[v].text) && t[v + 1]?.lower === 'out' && (!t[v + 2] || /^[.!?]$/.test(t[v + 2].text));
    if (intro < 0 && lang === 'en' && (BARE_VERBS.test(t[v].text) || TAIL_VERBS.test(t[v].text) || phrasalTail || form === HEARING_VERB || FINDING_VERBS.test(t[v].text) || quotedAsSaying(t, v) >= 0)) {
      const subj = subjectOf(info, v, form, t[v].start);
      // (`…, said Benjamin Juengst, health director.`: a verb right after a comma is an inverted tail.)
      // (Also after a possessive and its adjectives: `…, said his longtime legal representative, Bert Fields.`)
      // (…also with its acronym in brackets: `…, said the Irish Farmers’ Association (IFA).`)
      const invertedTail = t[v - 1]?.text === ',' && info.mentions.some((m) => (m.t0 === v + 1 || (m.t0 === v + 2 && /^(the|a|an)$/i.test(t[v + 1]?.text ?? '')) || nameAfterTailVerb(t, v, m)) && m.kind !== 'pronoun' && endsNameAt(t, m.t1));
      // (`… galaxies, which scientists believe date back to …`: a relative clause's verb has no content.)
      // (A relative clause of saying is an attribution: `Leonard Francis, who prosecutors said plied them …`.)
      const relativeSubject = !!subj && /^(which|who|whom)$/i.test(t[subj.t0 - 1]?.lower ?? '') && /^(believe|believes|believed|think|thinks|estimate|estimates|estimated)$/i.test(t[v].text);
      // (A finding verb: `reported` after a source with a clause subject next; `showed`, `found` only
      // after a survey, study or data.)
      // (`The statement also said it has 14 patients …`, `A second tweet said …`: a document speaks for
      // its author; it is named as written.)
      const de = verbGroupStart(t, v);
      // (`Offshore wind developers said the price …`: so does a bare plural noun phrase of people.)
      // (…and any other determiner phrase before a plain verb of saying whose clause follows: `A care home
      // has said it is …`, `The migrants say they are …`.)
      // (…also past an apposition: `The lawsuit, filed in federal court in New Jersey, alleges that …`.)
      const dA = appositionStart(t, de);
      const docSubject = !subj && BARE_VERBS.test(t[v].text) ? (DOCUMENT_NOUN.test(t[de - 1]?.lower ?? '') ? describedSubject(t, clauseStartLeft(info, v), de) : dA < de && DOCUMENT_NOUN.test(t[dA - 1]?.lower ?? '') ? describedSubject(t, clauseStartLeft(info, dA), dA) : barePluralSubject(t, clauseStartLeft(info, v), v) ?? describedSpeaker(info, v, de)) : null;
      // (`Records show the spill was reported …`: records or documents of an institution, named as written;
      // bare figures or results showing something are no one's statement.)
      // (…also after a description of the finding: `A survey by YouGov found 943,000 tenants had …`.)
      const fnv = FINDING_VERBS.test(t[v].text) ? findingNounBefore(t, v) : -1;
      const finding = FINDING_VERBS.test(t[v].text) && ((!!subj && subj.start < t[v].start) || (!subj && RECORDS_NOUN.test(t[v - 1]?.text ?? '')) || (fnv >= 0 && fnv < v - 1)) && t[v - 1]?.text !== ',' &&
        (/^report/i.test(t[v].text) ? clauseSubjectAt(info, v + 1) : fnv >= 0 && clauseAhead(info, firstAfterAdverbials(t, v + 1)));
      // (A conclusion takes a bare clause only with a subject and verb of its own: `concluded it was likely …`,
      // not `concluded the hearing on Friday`.)
      const concludes = /^conclude/i.test(t[v].text);
      if (((subj && subj.start < t[v].start && BARE_VERBS.test(t[v].text) && !relativeSubject && (!concludes || clauseSubjectAt(info, v + 1))) || (docSubject && !concludes) || form === HEARING_VERB || finding) && !invertedTail) {
        // English often drops `that`: `The minister said the talks would continue.`
        let q = v + 1;
        // (`Barbara Rentler, Ross CEO, said, the company's unit outperformed …`: a stray comma after the verb.)
        // (…or after an adverb, before a pronoun: `Mustafa Kamal further said, we have to build …`.)
        if (t[q]?.text === ',' && (t[v - 1]?.text === ',' || (/^(further|also|then|later|again|once|previously|earlier)$/i.test(t[v - 1]?.text ?? '') && /^(we|i|he|she|they|it|there)$/i.test(t[q + 1]?.text ?? ''))) && clauseSubjectAt(info, q + 1)) q++;
        // (`The BMA said, despite its strike announcement, it expected …`, `said, however, the plan …`: an
        // adverbial set off by commas after the verb; the clause after it is the content.)
        else if (t[q]?.text === ',' && /^(despite|amid|following|after|before|in|on|at|during|however|though|nevertheless|meanwhile|moreover|furthermore|crucially|importantly)$/i.test(t[q + 1]?.text ?? '')) {
          let c = q + 2;
          while (c < t.length && c - q <= 9 && t[c].text !== ',' && !/^[.;:!?"“”]$/.test(t[c].text)) c++;
          if (t[c]?.text === ',' && t[c + 1]?.lower !== 'that' && clauseSubjectAt(info, c + 1) && hasWords(text.slice(t[c + 1].start, info.s.end), 4)) {
            contentStart = t[c + 1].start;
            rule = 'quote.reported.bare';
          }
        }
        // (`Sheriff Williamson said with an officer involved shooting in Colbert County Sunday, he's afraid
        // …`: an adverbial opening the content clause, up to its comma, then a pronoun subject.)
        else if (/^(with|despite|amid|given|following|after|since|because|if|when|as)$/i.test(t[q]?.text ?? '') && t[v - 1]?.text !== ',') {
          let c = q + 1;
          while (c < t.length && c - q <= 14 && t[c].text !== ',' && (t[c].word || /^['’-]$/.test(t[c].text))) c++;
          const pro = t[c + 1]?.text ?? '';
          if (t[c]?.text === ',' && (/^(he|she|they|we|i|it|there)['’](?:s|re|ll|d|ve|m)$/i.test(pro) || (/^(he|she|they|we|i|it|there)$/i.test(pro) && clauseSubjectAt(info, c + 1))) && hasWords(text.slice(t[q].start, info.s.end), 6)) {
            contentStart = t[q].start;
            rule = 'quote.reported.bare';
          }
        }
        if (/^(told|tells|tell)$/i.test(t[v].text) && form !== HEARING_VERB) {
          // (`told the Coast Guard the boat was …`: the addressee's mention may start after its article.)
          const obj = info.mentions.find((m) => m.t0 === q || (m.t0 === q + 1 && /^(the|a|an)$/i.test(t[q].text)));
          if (obj) q = obj.t1;
          else if (/^(the|a|an)$/i.test(t[q]?.lower ?? '')) q += 2;
          else if (t[q]?.word) q++;
          q = programmeEnd(t, v, q);
          // (`told reporters outside his office he was …`: where they were told.)
          if (/^(outside|at|in|after|before|during|on)$/i.test(t[q]?.lower ?? '')) {
            let r = q + 1;
            while (r < t.length && r - q <= 4 && t[r].word && !/^(he|she|they|it|we|i)$/i.test(t[r].text)) r++;
            if (/^(he|she|they|it|we|i)$/i.test(t[r]?.text ?? '') && t[r + 1]?.word && !t[r + 1].cap) q = r;
          }
        }
        // `said on Friday he had …`, `said Thursday it was …`: a bare time adverbial.
        q = firstAfterAdverbials(t, q);
        // `Yeager said after county staff reviewed the bids, GAC's was the most favorable`: a subordinate
        // clause with its own subject, closed by a comma before the main clause, opens the content.
        // (…or a participle: `said after hearing students' concerns, the regents would …`.)
        const subordinate = /^(after|before|when|if|because|since|although|once|while|unless|until)$/i.test(t[q]?.lower ?? '') && (clauseAhead(info, q + 1) || (/\p{Ll}{2}ing$/u.test(t[q + 1]?.text ?? '') && !/^(if|because|although|unless|until)$/i.test(t[q].lower)));
        if (subordinate) {
          let c = q + 2;
          while (c < t.length && c - q <= 20 && t[c].text !== ',' && !/^[.;:!?]$/.test(t[c].text)) c++;
          if (t[c]?.text === ',' && t[c + 1]?.word && hasWords(text.slice(t[c + 1].start, info.s.end), 3)) {
            contentStart = t[q].start;
            rule = 'quote.reported.bare';
          }
        }
        // (Not `the`/`a`: a determiner opens the content's subject — `thinks the markets …`.)
        while (contentStart < 0 && q < t.length && /^(on|in|at|during|after|before|to|from|late|early|last|this|despite|amid|following|over|for)$/i.test(t[q].lower) && q - v < 8) {
          // skip a short adverbial: `on Monday`, `in a statement`, `at a press conference`
          let r = q + 1;
          // (`said despite the differences, France is …`: a concessive phrase runs to its comma.)
          const concessive = /^(despite|amid|following)$/i.test(t[q].lower);
          while (r < t.length && r - q < (concessive ? 7 : 4) && t[r].word && (concessive ? t[r].lower !== 'that' : !/^(that|the)$/i.test(t[r].lower))) r++;
          if (t[r]?.text === ',' || t[r]?.lower === 'that') q = r + 1;
          else {
            // `said at the time the suspect was …`, `said at a news conference the talks …`: a short
            // prepositional phrase, then a clause opened by a determiner, pronoun or name.
            let e = -1;
            // (`said on Telegram there were …`: a capitalised name for the preposition's object.)
            // (`said for 2022 forecasts ranged …`: a year, then a clause with a bare noun subject.)
            if (/^(at|in|on|via)$/.test(t[q].lower) && t[q + 1]?.cap && t[q + 1].word && t[q + 2]?.word && /^(there|the|a|an|he|she|it|they|we|his|her|its|their|this|these|those)$/.test(t[q + 2].lower)) e = q + 2;
            else if (/^(in|for|by|since)$/.test(t[q].lower) && /^(?:19|20)\d\d$/.test(t[q + 1]?.text ?? '') && clauseAhead(info, q + 2)) e = q + 2;
            else if (/^(at|in|on|during|after|over|for)$/.test(t[q].lower) && /^(the|a|an|his|her|its|their)$/.test(t[q + 1]?.lower ?? '')) {
              for (let n = q + 2; n <= q + 4 && n < t.length; n++) {
                if (!t[n].word || t[n].cap || /^(for|of|to|with|by|from|about|on|in|at|and|or)$/.test(t[n].lower)) break;
                // (A time word may follow the phrase: `said in a statement Wednesday those contracts …`.)
                const ci = firstAfterAdverbials(t, n + 1);
                const c = t[ci];
                if (c && c.word && (/^(the|a|an|he|she|it|they|we|his|her|its|their|this|these|those|there)$/.test(c.lower) || (c.cap && !isNonNameCap(c.text)) || (ci > n + 1 && clauseAhead(info, ci)))) {
                  e = ci;
                  break;
                }
                // (`said over the last decade enrollment at Parklane dropped …`: a bare noun subject.)
                if (/^(decade|year|years|week|weeks|month|months|summer|winter|spring|autumn|weekend)$/.test(t[n].lower) && clauseAhead(info, n + 1)) {
                  e = n + 1;
                  break;
                }
              }
            }
            // (`said in his 20-year experience of working with banks, he had …`: a longer phrase runs to its
            // comma when a clause with a pronoun or determiner subject follows.)
            if (e < 0 && /^(in|at|on|during|after|over|for|from|with|despite|amid|following)$/.test(t[q].lower)) {
              let r = q + 1;
              while (r < t.length && r - q <= 12 && t[r].word && t[r].lower !== 'that' && !isSpeechToken(t, r, lang, inPair)) r++;
              if (t[r]?.text === ',' && r - q > 3 && /^(he|she|it|they|we|i|there|the|his|her|its|their)$/i.test(t[r + 1]?.text ?? '') && clauseSubjectAt(info, r + 1) && hasWords(text.slice(t[r + 1].start, info.s.end), 4)) e = r + 1;
            }
            if (e < 0) break;
            q = e;
          }
        }
        // A content clause opens with its subject, not with a preposition (`said in a blog post`).
        const x = t[q];
        const approx = x && x.lower === 'about' && /^(?:\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a dozen)$)/u.test(t[q + 1]?.lower ?? '');
        // `reported a small profit`, `confirmed the incident in a statement`: a verb that also takes
        // a noun phrase has no content clause when a determiner phrase runs into a preposition.
        // (`He admitted three counts of …`: a counted noun phrase is an object too.)
        // (…but a reported figure is the report itself: `reported 35 infections this year`.)
        const figure = /^report/i.test(t[v].text) && clauseSubjectAt(info, q) && /^(?:\d|more|fewer|less|over|about|nearly|almost|around|roughly|approximately|at|up)/i.test(x?.text ?? '');
        // (…but `confirmed Monday an EF-1 tornado came through …`: an indefinite subject with its verb.)
        // (…and a bare noun phrase with no verb of its own: `admitted defeat after exit polls showed …`,
        // `confirmed new university scholarships`, `claimed a commanding election victory`.)
        // (`revealed falling annual profits as it took a hit …`: an -ing adjective before a noun of figures
        // with no auxiliary after it opens a noun phrase, whatever clause comes later.)
        const ingAdjective = !!x && /\p{Ll}ing$/u.test(x.lower) && ADJ_BEFORE_NOUN.test(t[q + 1]?.lower ?? '') && !auxSoon(t, q + 1);
        const npObject = !figure && (NP_VERBS.test(t[v].text) && ingAdjective || (NP_VERBS.test(t[v].text) || /^(claimed|claims|conceded|concedes)$/i.test(t[v].text)) && !!x && ((/^(a|an)$/i.test(x.lower) && !indefiniteSubject(t, q)) || (/^(the|its|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(x.lower) && npBeforeVerb(t, q)) ||
          (x.word && !x.cap && !/^(the|a|an|its|his|her|their|he|she|it|they|we|i|you|there|this|these|those|that)(?:['’]\p{L}+)?$/iu.test(x.lower) && !(/\p{Ll}ing$/u.test(x.lower) && t[q + 1]?.word && !/^(on|in|for|of|at|from|with|by|and|or)$/.test(t[q + 1].lower) && !ADJ_BEFORE_NOUN.test(t[q + 1].lower)) && !/^['’]/.test(t[q + 1]?.text ?? '') && !approx && !clauseAhead(info, q, true))));
        // (`told reporters in Brussels on Wednesday, explaining …`: a participle clause after the
        // adverbials' comma continues the sentence; it is no content clause.)
        const participleAfterComma = t[q - 1]?.text === ',' && /\p{Ll}ing$/u.test(x?.text ?? '');
        // (`…, which argued the case that …`: a relative pronoun's own verb with a determiner phrase after
        // it has an object, no content clause.)
        // (But `said` takes a clause: `…, who said the budget is used every year to …` — unless the phrase
        // runs into a preposition.)
        const relativeObject = /^(which|who)$/i.test(t[v - 1]?.text ?? '') && /^(the|a|an)$/i.test(x?.text ?? '') && (!/^(said|says)$/i.test(t[v].text) || npBeforeVerb(t, q));
        // (`…, said Central Maine Power Company spokesman Kevin Howes.`: after a comma, a speaker's name and
        // titles running to the sentence's end are an attribution of what came before, no content.)
        let last = t.length;
        while (last > q && !t[last - 1].word) last--;
        const namesToEnd = t[v - 1]?.text === ',' && info.mentions.some((m) => (m.kind === 'person' || m.kind === 'role') && m.t1 === last && m.t0 >= q && t.slice(q, m.t0).every((y) => y.cap || !y.word || roleHead(y.text)));
        // (`all the information that it claimed had already been shared`: after a relative `that` the content
        // lacks its subject — the noun before `that` is it — so this is no report of what was said.)
        const subjStart = clauseStartLeft(info, v);
        const gapRelative = !!x && AUX.test(x.text) && /^(that|which)$/i.test(t[subjStart - 1]?.text ?? t[v - 2]?.text ?? '') && !!t[subjStart - 2]?.word && !t[subjStart - 2].cap && !speechVerb(t[subjStart - 2].text, lang);
        // (`Residents fear the worst`: fearing takes a clause only with a verb of its own.)
        const fearObject = /^fear/i.test(t[v].text) && !clauseAhead(info, q, true);
        if (contentStart < 0 && x?.word && !npObject && !fearObject && !participleAfterComma && !relativeObject && !namesToEnd && !gapRelative && (hasWords(text.slice(x.start, info.s.end), 4) || shortPronounClause(info, q)) && (approx || !BARE_BLOCKERS.has(x.lower) || (/^(as|at)$/.test(x.lower) && clauseSubjectAt(info, q)))) {
          contentStart = x.start;
          rule = 'quote.reported.bare';
        }
      }
      if (contentStart < 0) tail = tailFrame(info, v, form, text);
    }
    // `…, saying the agreement was not legal`: an English participle takes a bare clause too.
    // (Also right after a message noun: `issued a written statement at 3:20 p.m. saying officers were …`.)
    // (`ramped up the war of words by saying other unions had …`; `with residents in Hereford saying
    // they had never seen …`: a participle after `by`, or after the noun of an absolute `with` phrase.)
    // (`…, he said adding the southern portion may witness flood`: the comma left out after the verb.)
    const afterSaid = lang === 'en' && v > 0 && /^(adding|noting|saying)$/i.test(t[v].text) && /^(said|says|told)$/i.test(t[v - 1].text);
    // (`X was quoted on Saturday as saying Tehran wanted …`: the passive report takes a bare clause too.)
    const quotedAs = lang === 'en' && quotedAsSaying(t, v) >= 0;
    // (`called the result “irrelevant,” saying …`: the comma inside a closing mark counts.)
    const commaBefore = t[v - 1]?.text === ',' || (!!t[v - 1] && CLOSE_QUOTES.includes(t[v - 1].text) && t[v - 2]?.text === ',');
    if (!tail && contentStart < 0 && lang === 'en' && v > 0 && (commaBefore || afterSaid || quotedAs || t[v - 1].lower === 'by' || (/^(saying|claiming|insisting|arguing|warning|noting|stating)$/i.test(t[v].text) && withMention(info, v) !== null) ||
      // (…and one that takes a clause only with a subject of its own: `with the minister suggesting the UK would need …`.)
      (/^(suggesting|adding|stressing|admitting|conceding|predicting|explaining|acknowledging)$/i.test(t[v].text) && withMention(info, v) !== null && clauseSubjectAt(info, v + 1)) || (/^(saying|stating)$/i.test(t[v].text) && afterMessageNoun(t, v))) && /ing$/i.test(t[v].text) && t[v + 1]?.word &&
      !/^(accusing|calling|describing|branding|labelling|labeling|dubbing)$/i.test(t[v].text) &&
      // (`it` opens the content of a participle of saying — `…, saying it would conflict with …` — but is
      // the object of one of naming: `calling it …`.)
      !/^(to|for|on|in|at|of|with|about|him|her|them)$/i.test(t[v + 1].lower) && !(t[v + 1].lower === 'it' && !/^(saying|adding|noting|warning|arguing|insisting|stressing|explaining|claiming|stating|asserting|conceding|acknowledging|admitting|predicting|maintaining|contending|declaring|confirming|announcing|revealing)$/i.test(t[v].text)) &&
      hasWords(text.slice(t[v + 1].start, info.s.end), 4)) {
      contentStart = t[v + 1].start;
      rule = 'quote.reported.bare';
      // (`…, telling a royal commission he presented it …`: whom the participle tells comes first.)
      if (/^telling$/i.test(t[v].text)) {
        const obj = info.mentions.find((m) => m.t0 === v + 1 || (m.t0 === v + 2 && /^(the|a|an)$/i.test(t[v + 1].text)));
        let q = obj ? obj.t1 : /^(the|a|an)$/i.test(t[v + 1].text) ? v + 3 : v + 2;
        while (!obj && q < t.length && q - v <= 4 && t[q].word && !t[q].cap && !/^(he|she|they|it|we|i|there|that)$/i.test(t[q].text)) q++;
        if (t[q]?.lower === 'that') q++;
        if (t[q]?.word && clauseSubjectAt(info, q)) contentStart = t[q].start;
      }
    }
    if (!tail && intro < 0 && lang === 'pl') tail = polishCommaTail(info, v, form);
    if (tail) {
      reported.push(tail);
      continue;
    }
    if (contentStart < 0) {
      // `Eagle then observed the vehicle …`: a verb with a direct object is not speaking.
      // (Nor is a verb inside a relative clause: `Izba, którą Trybunał … uznał za nielegalną`.)
      // (A verb of announcing keeps its subject as a speaker: `Abdullahi confirmed the incident …`.)
      // (`told The Daily Telegraph`: the addressee is no object of a non-speaking verb.)
      const withObject = (lang === 'en' && /^(the|a|an|his|her|its|their|this|that|these|those)$/i.test(t[v + 1]?.text ?? '') && !NP_VERBS.test(t[v].text) && !TOLD_VERB.test(t[v].text)) ||
        t.slice(Math.max(0, clauseStartLeft(info, v) - 2), v).some((x) => /^(któr\p{L}*|who|whom|which)$/iu.test(x.text)) || (lang === 'pl' && t[v + 1]?.lower === 'za');
      // (Nor a verb of a `by` clause, which says what someone is asked to do, not what was said: `apelował do
      // Polaków, by zastrzegali masowo numery PESEL`.)
      const subjunctive = lang === 'pl' && /^(by|aby|żeby|iżby|ażeby)$/.test(t[v - 1]?.lower ?? '');
      let who = (form.needsContent && form.lang === 'en') || withObject || subjunctive ? null : subjectOf(info, v, form, null);
      // An inverted subject introduces a speaker only when it ends the clause (`wypowiedział się także
      // George W. Bush.`), not when it is an object in a list (`Wymienia z nazwy Stany Zjednoczone i …`).
      if (who && who.start > t[v].start && t[who.t1] && /^(i|oraz|a|and|or|lub|albo)$/i.test(t[who.t1].text)) who = null;
      if (who && (who.kind === 'person' || who.kind === 'org' || (who.kind === 'role' && lang === 'pl' && !!who.role && !isPluralRole(text.slice(who.start, who.end), who.role.head, form.gender) && titleInNominative(t, who)))) {
        const f = baseFrame(info, 'speaker.intro', false, [t[v].start, t[v].end], form, t[v].start, who, -1);
        f.silent = true;
        reported.push(f);
      }
      continue;
    }
    // `…, told Xinhua, adding that …`, `…, dodając, że …`: a participle has the main clause's speaker,
    // never the nearest name on its left (the outlet, an object).
    // (Without a comma, inside someone's reported clause — `uważa, że skłamała ona mówiąc, iż …` —
    // the participle belongs to that clause.)
    const participle = v > 0 && (lang === 'en' ? (commaBefore || afterSaid || (/^(saying|stating)$/i.test(t[v].text) && afterMessageNoun(t, v))) && /ing$/i.test(t[v].text) : /ąc$/i.test(t[v].text) && (t[v - 1].text === ',' || (t[v - 1].word && !t.slice(0, v).some((x) => CONTENT_INTRO.has(x.lower)))));
    // (…and `with Mr Smith claiming he found out on Twitter`.)
    const withM = lang === 'en' && /^(saying|claiming|insisting|arguing|warning|noting|stating|telling)$/i.test(t[v].text) ? withMention(info, v) : null;
    // (`rejected Trump’s assertion that he would renegotiate the deal`: a claim that someone's possessive
    // owns is that person's statement, whoever rejects it.)
    // (…and a warning, a promise or a prediction so owned: `in light of Ofgem's warning that the price cap
    // will increase`.)
    // (…also with a time between the noun and its `that`, and with the owner's kind in the possessive:
    // `the GDL union's announcement on Monday that …`.)
    const nn = lang === 'en' && intro >= 4 && /^(on|last|this)$/i.test(t[intro - 2].text) && TIME_WORD.test(t[intro - 1].lower) ? intro - 3 : intro - 1;
    const owner = lang === 'en' && nn >= 1 && t[intro].lower === 'that' && (CLAIM_NOUN.test(t[nn].lower) || OWNED_SAYING_NOUN.test(t[nn].lower)) ? info.mentions.find((m) => (m.t1 === nn || (m.t1 === nn - 1 && !t[nn - 1].cap && /^\p{Ll}+['’]s$/u.test(t[nn - 1].text))) && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role') && /['’]s$/.test(t[nn - 1].text)) : undefined;
    const sp = owner ? possessorMention(owner) : withM ?? (participle ? null : subjectOf(info, v, form, contentStart));
    // An adverbial participle that is no participle clause of the main speaker is part of a content.
    if (!participle && lang === 'pl' && /ąc$/i.test(t[v].text)) continue;
    // (`Ustawa przewidywała, że …`, `Projekt zakłada, że …`: what a law or a draft provides for is no one's statement.)
    if (lang === 'pl' && /^(?:przewidywać|przewidzieć|zakładać)$/.test(form.lemma) && sp && LEGAL_TEXT_PL.test(t[sp.t0].lower)) continue;
    if (participle) {
      // (`Andrew Abdo has promised …, conceding …`: the name or pronoun opening an English sentence is
      // the participle's speaker; a title there is left to the context, which knows who holds it.)
      // (Not when the sentence has a verb of saying before: `…, Blinken told reporters, explaining …`.)
      const saidBefore = t.slice(0, v).some((x, q) => isSpeechToken(t, q, lang, inPair) !== null);
      // (…also after a dateline: `GOMA, March 20 – The leader of a rebel coalition has dismissed …, declaring …`.)
      const dl = t.findIndex((x, q) => q < 8 && DASH.test(x.text));
      // (…and after a time opening the sentence: `A few years ago the council put forward …, pointing out …`.)
      const ago = lang === 'en' ? t.findIndex((x, q) => q < 6 && x.lower === 'ago') : -1;
      const opener = lang === 'en' && !saidBefore ? info.mentions.find((m) => (m.t0 <= 1 || (dl >= 0 && m.t0 <= dl + 2 && m.t0 > dl) || (ago > 0 && m.t0 > ago && m.t0 <= ago + 3)) && m.t1 < v && (m.kind === 'person' || m.kind === 'org' || (m.kind === 'pronoun' && m.pronounUse === 'subject')) && !m.afterPreposition && !inPair(m.start) &&
        ((!!t[m.t1]?.word && !t[m.t1].cap && !/^(of|for|in|at|on|with|and|or|to|from|by|who|which|that)$/.test(t[m.t1].lower)) || (ago > 0 && m.t0 > ago && t[m.t1]?.text === ','))) ?? null : null;
      const owned = lang === 'en' && !opener && !saidBefore ? possessiveGroupOpener(info, v, inPair, text) : null;
      if (owned) {
        reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, owned));
        continue;
      }
      // (`The Mi’kmaq First Nations have denied the allegation, stating …`: a capitalised name the lexicon
      // does not know, opening the sentence before its finite verb, is named as written.)
      const written = lang === 'en' && !opener ? writtenOpenerFrame(info, rule, contentStart, form, v) : null;
      if (written) {
        reported.push(written);
        continue;
      }
      const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, opener, 2);
      f.participle = true;
      reported.push(f);
      continue;
    }
    if (form.impersonal) {
      // `W uzasadnieniu do projektu wyjaśniono, że …`, `W komunikacie policji podano, że …`: the
      // document (or the institution owning it) named before the impersonal verb is the source.
      const src = impersonalSource(info, v);
      // (`Zaznaczono, że …`, `Dodano, że …` with no document named: the institution quoted just before goes
      // on, as after an impersonal tail.)
      if (!src) {
        if (rule !== 'quote.reported.ze' || v > 2) continue;
        const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, null, 2);
        f.impersonalTail = true;
        reported.push(f);
        continue;
      }
      const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, src.owner, 2);
      if (!src.owner) {
        f.fallbackName = src.name;
        f.fallback = 'none';
        // (`Prokuratura wydała oświadczenie. W opublikowanym oświadczeniu stwierdzono, że …`: an unowned
        // document is the institution's just named, if any.)
        if (DOCUMENT_LOCATIVE_OWNED.test(src.name)) {
          f.ownerFromContext = true;
          f.sourceStem = src.name.slice(0, 5);
        }
      }
      reported.push(f);
      continue;
    }
    const fn = form === FINDING_VERB ? findingNounBefore(t, v) : -1;
    if (fn >= 0 && fn < v - 1) {
      // `Research by YouGov commissioned by Shelter showed …`: the author after the first `by`/`from`;
      // `Official data released on Thursday shows …`: with none, the noun phrase before its description.
      const by = t.findIndex((x, q) => q > fn && q < v && /^(by|from)$/i.test(x.text));
      const at = by >= 0 && /^(the|a|an)$/i.test(t[by + 1]?.text ?? '') ? by + 2 : by + 1;
      const author = by >= 0 ? info.mentions.find((m) => m.t0 === at && m.t1 <= v && (m.kind === 'org' || m.kind === 'person' || m.kind === 'role')) : undefined;
      if (author) {
        reported.push(baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, author, 2));
        continue;
      }
      let a = clauseStartLeft(info, fn);
      while (a < fn && (SENTENCE_ADVERB.test(t[a].text) || t[a].text === ',')) a++;
      reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, describedName(text.slice(t[a].start, t[fn].end))));
      continue;
    }
    // (`Economists from the LSE Centre for Economic Performance found that …`, `the Office for National
    // Statistics (ONS) found that …`: the research body right before the verb found it.)
    const finder = form === FINDING_VERB && t[v + 1]?.lower === 'that' ? info.mentions.find((m) => (m.kind === 'org' || m.kind === 'group') && (m.t1 === v || (m.t1 === v - 1 && t[v - 1].text === ')') || (t[v - 1].text === ')' && t[m.t1]?.text === '(' && m.t1 === v - 3))) : undefined;
    if (finder) {
      reported.push(baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, { ...finder, afterPreposition: false }, 2));
      continue;
    }
    // (…a group whose institution's name runs on to the verb is named as written: `Economists from the LSE
    // Centre for Economic Performance`.)
    const finders = form === FINDING_VERB && t[v + 1]?.lower === 'that' ? info.mentions.find((m) => m.kind === 'group' && m.t1 < v && v - m.t1 <= 5 && t.slice(m.t1, v).every((x) => x.cap || /^(for|of|and|the|on)$/.test(x.lower))) : undefined;
    if (finders) {
      reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, describedName(text.slice(finders.start, t[v - 1].end))));
      continue;
    }
    // (`Official data shows …`, `Government research shows …`: a word describing the data is no author,
    // unlike a name — `A Reuters survey showed …`.)
    if (form === FINDING_VERB && (!sp || sp.t1 < v - 1 || (fn === v - 1 && sp.t1 === fn && !authorBeforeFinding(t, sp)))) {
      // `A Reuters survey showed …`, `The study found that …`: the finding's source noun phrase.
      let a = v - 1;
      while (a > 0 && v - a < 4 && t[a - 1].word && !/^(the|a|an|this|that|its|their|his|her)$/i.test(t[a].lower) && (t[a - 1].cap || /^(the|a|an|this|new|latest|recent|its|their)$/i.test(t[a - 1].lower))) a--;
      const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, null, 2);
      f.fallbackName = describedName(text.slice(t[a].start, t[v - 1].end));
      f.fallback = 'none';
      reported.push(f);
      continue;
    }
    if (!sp && form === HEARING_VERB) {
      // `A court heard …`, `The inquest has heard that …`: the hearing body is the source.
      const body = t.slice(0, v).reverse().find((x) => HEARING_BODY.test(x.text));
      const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, null, 2);
      f.fallbackName = body ? body.lower : 'court';
      f.fallback = 'none';
      reported.push(f);
      continue;
    }
    // `A report by the World Bank indicated that …`: the author of a document or finding is the source.
    if (!sp && lang === 'en' && intro >= 0) {
      const owner = documentOwnerBefore(info, verbGroupStart(t, v));
      if (owner) {
        reported.push(baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, owner, 2));
        continue;
      }
    }
    // (`Now eight years later, biologists are saying that …`: a bare plural of people before a progressive.)
    if (!sp && lang === 'en' && intro >= 0 && /ing$/i.test(t[v].text) && /^(are|were)$/i.test(t[v - 1]?.text ?? '')) {
      let cs = clauseStartLeft(info, v - 1);
      for (let q = v - 2; q > cs; q--) if (t[q].text === ',') {
        cs = q + 1;
        break;
      }
      const np = barePluralSubject(t, cs, v - 1) ?? (v - 1 - cs === 1 && t[cs].word && !t[cs].acronym && EN_PEOPLE_PLURAL.test(t[cs].lower) && !givenNameLemma(t[cs].text) ? t[cs].lower : null);
      if (np) {
        reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, np));
        continue;
      }
    }
    const served = sp && lang === 'en' && sp.t1 === verbGroupStart(t, v) ? servedByParticiple(t, sp, text) : null;
    if (served) {
      reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, served));
      continue;
    }
    // `„Rzeczpospolita” ustaliła, że …`: a title in marks opening the clause is the subject.
    if (!sp && intro >= 0) {
      const close = t[verbGroupStart(t, v) - 1];
      const p = close && CLOSE_QUOTES.includes(close.text) ? info.pairs.find((x) => x.close === close.start) : undefined;
      const oi = p ? t.findIndex((x) => x.start === p.open) : -1;
      const title = p && oi >= 0 && oi <= clauseStartLeft(info, oi + 1) ? titleSubjectOf(info, p) : null;
      if (title) {
        reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, title));
        continue;
      }
    }
    // `The lawsuit, filed in federal court in New Jersey, alleges that …`: a document before an apposition.
    if (!sp && lang === 'en' && intro >= 0 && t[v - 1]?.text === ',') {
      const dA = appositionStart(t, verbGroupStart(t, v));
      const np = dA < v && DOCUMENT_NOUN.test(t[dA - 1]?.lower ?? '') ? describedSubject(t, clauseStartLeft(info, dA), dA) : null;
      if (np) {
        reported.push(namedSourceFrame(info, rule, contentStart, form, t[v].start, np));
        continue;
      }
    }
    // (`To kolejny mecz, który potwierdza, że …`: a relative clause of a thing — no person, body or
    // document — says nothing anyone said.)
    if (!sp && lang === 'pl' && /^(który|która|które)$/.test(t[v - 1]?.lower ?? '') && t[v - 2]?.text === ',' && t[v - 3]?.word && !t[v - 3].cap &&
      !info.mentions.some((m) => m.t1 === v - 2) && !SOURCE_NOUN_STEM.test(t[v - 3].lower)) continue;
    if (!sp && v > 0 && !/^[-–—]$/.test(t[v - 1]?.text ?? '')) {
      // A subject-less reported verb (`Dodał, że …`) at the clause start is fine; after other words it
      // is usually an infinitive-like use or a participle clause we do not handle.
      let cs = clauseStartLeft(info, v);
      // (An ordinal's dot ends no clause: `podczas 43. Ogólnopolskiej Pielgrzymki … ocenił`.)
      while (cs >= 2 && t[cs - 1].text === '.' && /^\d{1,3}$/.test(t[cs - 2].text) && t[cs - 1].start === t[cs - 2].end) cs = clauseStartLeft(info, cs - 2);
      // (A Polish finite past form after an adverbial phrase — `W czwartek przypomniał, że …`,
      // `W swoim przemówieniu nie ukrywał, że …` — is the same subject-less verb.)
      // (…also after an adverb: `Jeszcze przed spotkaniem podkreślał, że …`.)
      const ps = lang === 'pl' && /^(jeszcze|już|także|również|wcześniej|później|potem|następnie|ponadto|dodatkowo|wówczas|wtedy|zaraz|tuż)$/i.test(t[cs]?.text ?? '') ? cs + 1 : cs;
      // (…however long the adverbials: `W niedzielę podczas 43. Ogólnopolskiej Pielgrzymki Ludzi Pracy na
      // Jasną Górę ocenił, że …`.)
      const adverbialPl = lang === 'pl' && form.tense === 'past' && form.gender !== 'any' && ps < v && v - cs <= 14 && /^(w|we|na|podczas|po|przed|w trakcie|wśród|dla|przy)$/i.test(t[ps].text) &&
        t.slice(cs, v).every((x, i) => (x.word || /^\d{1,3}$/.test(x.text) || (x.text === '.' && /^\d{1,3}$/.test(t[cs + i - 1]?.text ?? ''))) && !CONTENT_INTRO.has(x.lower) && !/^(który|która|które|którzy|gdy|kiedy|jeśli|jeżeli|czy)$/i.test(x.text)) && !info.mentions.some((m) => m.t0 >= cs && m.t0 < v && (m.kind === 'person' || m.kind === 'role') && !m.afterPreposition);
      // (`W Zarządzie Transportu Publicznego przekonują, że …`, `W ratuszu zapewniają, że …`: a present
      // plural verb after an institution in the locative speaks for that institution.)
      const locOrg = lang === 'pl' && form.gender === 'pl' && form.tense === 'present' && /^(w|we)$/i.test(t[cs]?.text ?? '') ? info.mentions.find((m) => m.kind === 'org' && m.t0 === cs + 1 && m.t1 === v) : undefined;
      if (locOrg) {
        reported.push(baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, { ...locOrg, afterPreposition: false }, 2));
        continue;
      }
      // (`Dopytywany o to, czy …, stwierdził: …`, `Pytana o wybory, odpowiedziała, że …`: a sentence opened by
      // a participle of being asked has the person asked as the subject of its verb.)
      // (…in the present too: `Pytany, czy funkcjonariusze sprawdzali trop …, odpowiada: …`.)
      const askedPl = lang === 'pl' && (form.tense === 'past' || form.tense === 'present') && /^(?:za|do)?pyt(?:ywan|an)(?:y|a|i)$/i.test(t[0]?.text ?? '');
      const coordinated = lang === 'pl' && coordinatedPastVerb(t, cs, v, form);
      if (cs !== v && !adverbialPl && !askedPl && !coordinated && !(cs === v - 1 && /^(jak|as)$/i.test(t[cs].text)) && !t.slice(cs, v).every((x) => SUBJECTLESS_OPENER.test(x.text) || !x.word)) {
        // `a senior medic warned that …`, `a member of an EU delegation told AFP that …`: a noun
        // phrase the lexicon does not know, opened by a determiner right before a verb of saying with
        // `that`, is the speaker as written.
        // (`Nasza panczenistka przyznała, że …`: `our` and a singular noun of a person the article is about;
        // the context, by the verb's gender, says who.)
        if (lang === 'pl' && v === cs + 2 && /^(nasz|nasza|nasi|nasze)$/i.test(t[cs].text) && t[cs + 1].word && !t[cs + 1].cap && (form.gender === 'm' || form.gender === 'f') && intro >= 0) {
          reported.push(baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, null, 2));
          continue;
        }
        let np = lang === 'en' && intro >= 0 && !colon && (!form.weak || t[v + 1]?.lower === 'that') && !form.needsContent ? describedSubject(t, cs, v) : lang === 'pl' && form.gender === 'pl' ? pluralPeopleSubject(t, cs, v) : null;
        const de = verbGroupStart(t, v);
        if (!np && lang === 'en' && rule === 'quote.reported.bare' && DOCUMENT_NOUN.test(t[de - 1]?.lower ?? '')) np = describedSubject(t, cs, de);
        if (!np && lang === 'en' && rule === 'quote.reported.bare') np = describedSpeaker(info, v, de);
        // (`Offshore wind developers said …`, `Scientists say …`: a bare plural noun phrase of people.)
        if (!np && lang === 'en' && !colon && (!form.weak || form.gender === 'pl')) np = barePluralSubject(t, cs, v);
        if (!np) continue;
        const f = baseFrame(info, rule, false, [contentStart, info.s.end], form, t[v].start, null, 2);
        f.fallbackName = np;
        f.fallback = 'none';
        reported.push(f);
        continue;
      }
    }
    // (`Noting that the law was unclear, Judge Alsup blocked …`: the content ends at the participle
    // clause's comma; the main clause's subject speaks.)
    const opening = !sp ? openingParticipleSubject(info, v, t.findIndex((x) => x.start >= contentStart) + 1) : null;
    const f = baseFrame(info, rule, false, [contentStart, opening ? t[opening.comma].start : info.s.end], form, t[v].start, sp ?? opening?.m ?? null, 2);
    if (opening) f.endsAtClause = true;
    if (lang === 'en' && relativeWho(t, v) > 0) f.relative = true;
    if (owner) {
      f.owned = true;
      // (…while the subject who rejects or criticises it is the one speaking: `Martin Seiler criticized
      // the GDL union's announcement that … ¶ "These wave strikes are …"` goes on with Seiler.)
      const who = subjectOf(info, v, form, contentStart);
      if (who && (who.kind === 'person' || who.kind === 'org' || who.kind === 'role') && who.t1 <= v) {
        const intro = baseFrame(info, 'speaker.intro', false, [t[v].start, t[v].end], form, t[v].start, who, -1);
        intro.silent = true;
        reported.push(intro);
      }
    }
    reported.push(f);
  }
  return reported;
}

/** The end of a name at token `e`: the sentence's end, a comma or full stop, or an acronym in brackets before one. */
function endsNameAt(t: Token[], e: number): boolean {
  return !t[e] || /^[,.]$/.test(t[e].text) || (t[e].text === '(' && !!t[e + 1]?.acronym && t[e + 2]?.text === ')' && (!t[e + 3] || /^[,.]$/.test(t[e + 3].text)));
}

/** Frames inside one ordinary sentence: quotations with attribution, dash tails, reported speech. */
function sentenceFrames(info: SentInfo, text: string, lang: Language): Frame[] {
  const out: Frame[] = [];
  const t = info.tokens;
  const off = info.s.start;
  const inPair = makeInPair(info.pairs);

  // 1. Dash tail: `… - powiedział X.` (quotation or not).
  // (`Prokurator Przemysław Nowak – rzecznik PK – wskazał, że …`: a name alone before a dash-set
  // apposition is the subject of the verb after it, not a statement.)
  const att0 = dashAttribution(info, lang, 1);
  const d1 = att0 ? t.findIndex((x) => DASH.test(x.text)) : -1;
  const nameOnly = !!att0 && d1 > 0 && d1 < att0.dash && att0.dash - d1 <= 8 && info.mentions.some((m) => m.t0 <= 1 && m.t1 === d1 && (m.kind === 'person' || m.kind === 'org'));
  const att = nameOnly ? null : att0;
  if (att) {
    const dashStart = t[att.dash].start;
    const qa = off;
    // Interrupted quotation: `A – podkreślił minister – B.`
    let qEndAfter: number | null = null;
    for (let k = att.verb + 1; k < t.length; k++) {
      if (DASH.test(t[k].text) && !inPair(t[k].start) && hasWords(text.slice(t[k].end, info.s.end), 3) && !(k === att.verb + 1 && strayDashName(info, k))) {
        qEndAfter = k;
        break;
      }
    }
    let [a, b] = trimSpan(text, qa, dashStart);
    let rule = 'quote.dash-tail';
    let direct = FIRST_PERSON.test(text.slice(a, b));
    const pair = info.pairs.find((p) => p.open >= a - 1 && p.close <= b + 1);
    if (pair) {
      const [ia, ib] = innerSpan(text, pair);
      if (ib - ia >= 0.5 * (b - a)) {
        a = ia;
        b = ib;
        rule = 'quote.direct.after-dash-verb';
        direct = true;
      }
    }
    if (qEndAfter !== null && rule === 'quote.dash-tail') {
      b = trimSpan(text, a, info.s.end)[1];
    }
    // (Not the outlet the words were given to: `wynika z wypowiedzi dla PAP Biznes rzecznika spółki …`.)
    const wynikaSource = att.wynika ? info.mentions.find((m) => m.t0 > att.verb + 1 && m.kind !== 'pronoun' && !/^(dla|w|we|na)$/i.test(t[m.t0 - 1]?.text ?? '')) ?? null : null;
    // (A one-word statement — `Wstyd! - powiedział prezes.` — only as the end of a longer one the
    // paragraph's earlier sentences make; see shortTail.)
    const oneWord = rule === 'quote.dash-tail' && !hasWords(text.slice(a, b), 2) && hasWords(text.slice(a, b), 1) && a === trimSpan(text, info.s.start, info.s.end)[0];
    if (b > a && (hasWords(text.slice(a, b), 2) || oneWord) && (!att.wynika || wynikaSource)) {
      let sp = att.wynika ? wynikaSource : att.subject ?? rightOf(info, att.verb, att.form, qEndAfter !== null ? t[qEndAfter].start : null);
      // (`– pisze „Sueddeutsche Zeitung”`: a name inside quotation marks right after the verb is a
      // publication's title, whatever its words look like.)
      const titleAfter = sp && !att.subject ? quotedSourceAfter(info, att.verb, true) : null;
      if (titleAfter && sp && sp.start >= titleAfter.start && sp.end <= titleAfter.end) sp = null;
      const f = baseFrame(info, rule, direct, [a, b], att.form, t[att.verb].start, sp, rule === 'quote.dash-tail' ? 2 : 3);
      if (oneWord) f.shortTail = true;
      f.quotedSource = sp ? null : quotedSourceAfter(info, att.verb, true);
      finishTail(f, info, att.verb, att.form, sp);
      // `– podano w komunikacie.`: an impersonal tail names a document (or its owner), never a person of the context.
      // (With no owner named, whoever the context has been quoting goes on; failing that, the document.)
      if (att.form.impersonal && !f.quotedSource) {
        f.impersonalTail = true;
        const src = impersonalSource(info, att.verb, true);
        f.speaker = src?.owner ?? null;
        if (f.speaker) f.fallback = 'none';
        else {
          // (Resolved as a quotation with no verb: the impersonal form says nothing of who spoke.)
          f.verb = null;
          f.fallback = 'next-or-context';
          f.fallbackName = src?.name ?? null;
        }
      }
      if (!sp && !f.quotedSource && att.form.person === 1) {
        f.readerTail = true;
        // `– czytamy w „Rzeczpospolitej”`: the publication is the source.
        // (…and `– czytamy na Twitterze premiera`: the platform's account holder.)
        const w = /^(w|we|na)$/.test(t[att.verb + 1]?.lower ?? '') ? att.verb + 1 : -1;
        if (w > 0) {
          f.quotedSource = quotedSourceAfter(info, w);
          // (`– czytamy w poniedziałkowym wydaniu „Rzeczpospolitej”`: the title after a few lower-case words
          // naming the issue or the piece.)
          for (let r = w + 1; !f.quotedSource && r <= w + 3 && t[r]?.word && !t[r].cap; r++) f.quotedSource = quotedSourceAfter(info, r);
          if (!f.quotedSource && !socialPlatform(t[w + 1])) f.speaker = info.mentions.find((m) => m.t0 === w + 1) ?? null;
          // `– czytamy w komunikacie magistratu`: the document's owner follows its noun.
          const doc = t[w + 1];
          if (!f.speaker && !f.quotedSource && doc?.word && (!doc.cap || socialPlatform(doc))) {
            f.speaker = info.mentions.find((m) => m.t0 === w + 2 && m.kind !== 'pronoun') ?? null;
            const owner = t[w + 2];
            const ownerEndsSentence = !t[w + 3] || /^[.!?]$/.test(t[w + 3].text);
            if (!f.speaker && owner?.word && !owner.cap && owner.text.length >= 4 && ownerEndsSentence) {
              f.fallbackName = owner!.text;
              f.fallback = 'none';
            }
            // (`– czytamy w raporcie.`: a document with no owner named is the one the institution just
            // named or speaking issued, as `Z raportu wynika` is.)
            if (!f.speaker && !f.fallbackName && !doc.cap && PL_DOCUMENT_LOC.test(doc.lower) && (!t[w + 2] || /^[.!?]$/.test(t[w + 2].text))) {
              f.ownerFromContext = true;
              f.sourceStem = doc.lower.slice(0, 5);
            }
          }
          if (f.speaker) {
            f.fallback = 'none';
            // (The reader's `czytamy` says nothing of the owner's gender or number.)
            f.verb = null;
          }
        }
      }
      out.push(f);
    }
  }

  // 2. Quotations with a verb right after (`"…" powiedział X`, `"…," said X`, `"…," X said`) or a colon before.
  for (const p of info.pairs) {
    const [ia, ib] = innerSpan(text, p);
    const inner = text.slice(ia, ib);
    if (!hasWords(inner, 1)) continue;
    const ti = t.findIndex((x) => x.start === p.close);
    // (A quotation left open at its paragraph's end has no closing mark to look after.)
    if (ti < 0 && p.closeChar !== '') continue;
    if (ti >= 0) {
      // `"…" powiedział X` needs the quotation to open the sentence (or follow a colon/dash);
      // `Andrzej Lepper w programie "Kropka nad i" zaprzeczył …` is no attribution of the title.
      const lead = text.slice(off, p.open).trim();
      const opensSentence = lead === '' || /[:\-–—]$/u.test(lead);
      let k = ti + 1;
      if (t[k]?.text === ',') k++;
      const vAfter = t[k] && opensSentence && hasWords(inner, 2) ? isSpeechToken(t, k, lang, inPair) : null;
      // (`„Gazeta Wyborcza” pisze, że …`, `"The Guardian" reported that …`: a title in marks is the
      // subject of the verb after it, whose clause is the statement.)
      if (vAfter && k === ti + 1 && lead === '' && titleSubjectOf(info, p) && contentClauseAt(t, k + 1)) continue;
      if (vAfter && !DASH.test(t[ti + 1]?.text ?? '')) {
        const sp = rightOf(info, k, vAfter, null);
        out.push(baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], vAfter, t[k].start, sp, 3));
        continue;
      }
      // `"…," Smith said` / `"…," he added`
      // (Also a partial quotation ending the sentence's first part with a comma: `As mobile devices
      // “become more powerful, …,’’ Senator Jay Rockefeller, a West Virginia Democrat, said`.)
      const commaClosed = lang === 'en' && hasWords(inner, 4) && (t[ti + 1]?.text === ',' || /,\s*$/.test(text.slice(ia, p.closeChar.length === 2 ? p.close - 1 : p.close)));
      if ((opensSentence || commaClosed) && hasWords(inner, 2) && (t[ti + 1]?.text === ',' || lang === 'en')) {
        // (`"…," his publicist said`: a possessive determiner opens the subject like an article.)
        const kk = /^(the|a|an|his|her|their|its)$/i.test(t[k]?.text ?? '') ? k + 1 : k;
        // (`"…," an English statement from the court said`: the document's author.)
        const doc = documentAuthorAt(info, k);
        const dv = doc ? isSpeechToken(t, doc.v, lang, inPair) : null;
        if (doc && dv) {
          out.push(baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], dv, t[doc.v].start, doc.owner, 3));
          continue;
        }
        const m = info.mentions.find((x) => x.t0 === kk);
        const vv = m ? (t[m.t1] ? isSpeechToken(t, m.t1, lang, inPair) : null) : null;
        if (m && vv) {
          out.push(baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], vv, t[m.t1].start, m, 3));
          continue;
        }
        // A longer subject phrase: `"…," Bank of England Governor Andrew Bailey told reporters`,
        // `"…," an OPEC+ delegate told Reuters`. The verb follows within a few tokens, with no
        // punctuation other than name-internal dots and `+`/`'` in between.
        // (`… a tweet that said “…,” while the patrol's spokesman, Sgt. Mark Francis, tweeted “…”`: a
        // conjunction after the quotation opens a clause of its own.)
        if (!/^(while|whereas|but|and|as|when|because|although|though|after|before|since|if|until)$/.test(t[k]?.text ?? '') &&
          (m || t[k]?.cap || /^(the|a|an|one|another|his|her|their|its)$/i.test(t[k]?.text ?? '') || info.mentions.some((x) => x.t0 >= k && x.t0 <= k + 2 && x.kind !== 'pronoun') ||
          // (`"…," state Emergency Management Director Andrew Phelps told MSNBC`: a lower-case word of
          // jurisdiction or standing before a capitalised title.)
          (lang === 'en' && /^(state|federal|county|city|local|national|regional|provincial|former|acting|interim)$/.test(t[k]?.text ?? '') && !!t[k + 1]?.cap))) {
          for (let q = k; q < t.length && q - k <= 9; q++) {
            const x = t[q];
            // (…and `No.` before a number: `"…," the No. 10 seed said`.)
            const nameDot = x.text === '.' && (TITLE_ABBR.test(t[q - 1]?.lower ?? '') || (t[q - 1]?.text.length === 1 && t[q - 1].cap) || (t[q - 1]?.text === 'No' && /^\d/.test(t[q + 1]?.text ?? '')));
            if (x.text === ',' && q > k) {
              // `"…," Brigadier General Itzik Cohen, commander of the 162nd Division, told reporters`:
              // a name, then one comma-enclosed apposition, then the verb.
              // (…also with a bracketed constituency or party after the name: `France Gélinas (Nickel Belt), her
              // party's health critic, said`.)
              const po = t[q - 1]?.text === ')' ? parenOpenBefore(t, q - 1) : -1;
              let nm = info.mentions.find((y) => (y.t1 === q || (po > k && y.t1 === po)) && y.t0 >= k && (y.kind === 'person' || y.kind === 'org'));
              // (`"…," the official, Basem Naim, said`: a title, then the name set off by commas.)
              const titled = nm ? undefined : info.mentions.find((y) => y.t1 === q && y.t0 >= k && y.kind === 'role');
              const named = titled ? info.mentions.find((y) => y.t0 === q + 1 && y.kind === 'person' && t[y.t1]?.text === ',') : undefined;
              if (named) nm = named;
              let r = named ? named.t1 : q + 1;
              while (nm && r < t.length && r - q <= 20) {
                if (t[r].word || t[r].text === "'" || t[r].text === '’' || t[r].text === '-') r++;
                // (…an acronym in brackets inside the apposition: `executive director of the Laser
                // Interferometer Gravitational-Wave Observatory (LIGO), said`.)
                else if (t[r].text === '(' && t[r + 1]?.word && t[r + 2]?.text === ')') r += 3;
                else break;
              }
              // (…and a relative clause after the apposition: `Nancy Northup, president of the Center for
              // Reproductive Rights, which argued the case that …, said Friday`.)
              // (…or a second apposition with an article: `Karen Doyle, national organiser at Movement for
              // Justice, a civil and immigrant rights movement, tells The National`.)
              if (nm && lang === 'en' && t[r]?.text === ',' && /^(which|who|whose|a|an|the)$/i.test(t[r + 1]?.text ?? '')) {
                let r3 = r + 2;
                while (r3 < t.length && r3 - r <= 20 && (t[r3].word || t[r3].text === "'" || t[r3].text === '’' || t[r3].text === '-')) r3++;
                if (t[r3]?.text === ',' && t[r3 + 1] && isSpeechToken(t, r3 + 1, lang, inPair)) r = r3;
              }
              // (…perhaps with an adverb or auxiliary before the verb: `…, a housing expert at Oxford, has said`.)
              const rv = TAIL_ADVERB.test(t[r + 1]?.text ?? '') && t[r + 2]?.word ? r + 2 : r + 1;
              const va = nm && t[r]?.text === ',' && r > q + 1 ? (t[rv] ? isSpeechToken(t, rv, lang, inPair) : null) : null;
              if (nm && va) out.push(baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], va, t[rv].start, nm, 3));
              // (An apposition left unclosed: `"…," Alyssa Clements, a meteorologist with the National
              // Weather Service told USA TODAY.` — the first speech verb after it, outside a relative clause.)
              // (…or opened by a title: `"…," Martin Lindgren, President of the Swedish Pilots Union told reporters.`)
              else if (nm && lang === 'en' && (/^(a|an|the)$/i.test(t[q + 1]?.lower ?? '') || (!!t[q + 1]?.cap && !!roleHead(t[q + 1].lower)))) {
                // (A possessive inside it goes on: `the head of Samsung Electronics’ mobile division said`.)
                for (let r2 = q + 2; r2 < t.length && r2 - q <= 12 && (t[r2].word || t[r2].text === "'" || t[r2].text === '’') && !/^(who|which|that|whose|whom)$/i.test(t[r2].lower); r2++) {
                  const v2 = isSpeechToken(t, r2, lang, inPair);
                  if (!v2) continue;
                  out.push(baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], v2, t[r2].start, nm, 3));
                  break;
                }
              }
              break;
            }
            if (!x.word && !nameDot && x.text !== '+' && x.text !== "'" && x.text !== '’' && x.text !== '-') break;
            const vq = q > k ? isSpeechToken(t, q, lang, inPair) : null;
            if (!vq) continue;
            const sp = subjectOf(info, q, vq, null);
            if (sp && sp.start >= t[k].start && sp.end <= x.start) out.push(baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], vq, x.start, sp, 3));
            else if (lang === 'en' && !sp) {
              // (`"…," the report said.`, `"…," a new study found`: a described subject the lexicon does not
              // know is named as written.)
              // (Only a document or a plural of people: a singular epithet — `the industrialist concluded` — is
              // someone the context names.)
              const ds = describedSubject(t, k, q);
              const dsHead = ds?.split(' ').pop()?.toLowerCase() ?? '';
              // (…or someone new the article introduces without a name: `"…," one trooper told The Buffalo
              // News`, `"…," a passer-by said` — an indefinite singular refers to no one named before.)
              if (ds && (DOCUMENT_NOUN.test(dsHead) || isGroupNoun(dsHead) || EN_PEOPLE_PLURAL.test(dsHead) || /^(a|an|one|another) /i.test(ds))) {
                const f = baseFrame(info, 'quote.direct.after-verb', true, [ia, ib], vq, x.start, null, 3);
                f.fallbackName = ds;
                f.fallback = 'none';
                out.push(f);
              }
            }
            break;
          }
          if (out.length && out[out.length - 1].quoteStart === ia && out[out.length - 1].direct) continue;
        }
      }
    }
    // `X powiedział: "…"`, `X said, "…"`, `X nazwał sprawę "…"`
    const oi = t.findIndex((x) => x.start === p.open);
    if (oi > 0) {
      let v = -1;
      let form: SpeechVerbForm | null = null;
      const before = t[oi - 1].text;
      // (`…, accusing Starmer, Farage, Corbyn and Davey of “shaking the same magic money tree”`: an
      // accusing/calling participle reaches further, up to the `of`/`as` before its quotation.)
      const longReach = lang === 'en' && /^(of|as)$/i.test(before);
      for (let q = oi - 1; q >= 0 && oi - q <= (longReach ? 22 : 10); q--) {
        // (`Nazwał ich m.in. „zdrajcami Polski”`: an abbreviation's dot ends nothing.)
        if (lang === 'pl' && abbreviationDot(t, q)) continue;
        if (/[.;!?]/.test(t[q].text) && t[q].text.length === 1) break;
        if (CONTENT_INTRO.has(t[q].lower)) break;
        if (inPair(t[q].start)) break;
        // (`telling reporters “…”`: the participle of telling, before its addressee and the words.)
        const f = isSpeechToken(t, q, lang, inPair) ?? (lang === 'en' && /^telling$/i.test(t[q].text) && oi - q <= 4 ? speechVerb('tells', 'en') : null);
        if (f) {
          if (oi - q > 10 && !(/^(accusing|calling|describing|branding|labelling|labeling|dubbing)$/i.test(t[q].text) && /^(,|and)$/.test(t[q - 1]?.text ?? ''))) break;
          v = q;
          form = f;
          break;
        }
      }
      // A one-word quotation counts after a naming verb when it is no name (`called it "unsurvivable"`).
      const oneWord = form !== null && form.lang === 'en' && form.needsContent && oi - v <= 4 && /^\p{Ll}[\p{L}-]{3,}[.!]?$/u.test(inner);
      // (`called the ongoing encampment at the campus “highly unstable”`, `warned of “extreme fire
      // behavior”`: a naming verb's object may run longer; a warning names its subject after `of`.)
      const namingReach = form !== null && form.lang === 'en' && v >= 0 && ((/^(call|describe|term|brand|label|dub|blame)$/.test(form.lemma) && oi - v <= 9 && t.slice(v + 1, oi).every((x, i) => x.word && !isSpeechToken(t, v + 1 + i, lang, inPair))) ||
        (form.lemma === 'warn' && before === 'of' && oi - v === 2));
      // `denounced the Israeli attacks as a “horrific massacre”`: a naming verb's quotation after `as`.
      // (`określił decyzję Komisji Europejskiej jako „rewelacyjną wiadomość”`: Polish `jako` likewise.)
      const asNaming = form !== null && oi - v <= 9 && (form.lang === 'en' ? form.needsContent && /^(as|a|an)$/i.test(before) && t.slice(v + 1, oi).some((x) => x.lower === 'as') : before === 'jako' && /^(określić|określać|nazwać|nazywać|ocenić|oceniać|opisać|opisywać|uznać|uznawać)$/.test(form.lemma));
      if (asNaming && form && !hasWords(inner, 2) && hasWords(inner, 1)) {
        // A short epithet (`a “horrific massacre”`) is no claim, but its author spoke.
        const f = baseFrame(info, 'speaker.intro', false, [t[v].start, t[v].end], form, t[v].start, subjectOf(info, v, form, p.open), -1);
        f.silent = true;
        out.push(f);
        continue;
      }
      // (`a następne wydarzenia nazywa się już „buntem artystów”`: a Polish naming verb with `się` is
      // impersonal — what things are called, no one's words.)
      if (form && lang === 'pl' && /^(nazwać|nazywać|określać|określić)$/.test(form.lemma) && (t[v + 1]?.lower === 'się' || t[v - 1]?.lower === 'się')) continue;
      const accusing = form !== null && longReach && oi - v > 4 && /ing$/i.test(t[v].text) && /^(,|and)$/.test(t[v - 1]?.text ?? '');
      // (`…, telling reporters “you heard them …”`: a verb of telling, its addressee, then the words.)
      const tellReach = form !== null && form.lang === 'en' && v >= 0 && (TOLD_VERB.test(t[v].text) || /^telling$/i.test(t[v].text)) && oi - v <= 4 && hasWords(inner, 3) && t.slice(v + 1, oi).every((x) => x.word && !/^(that|of|about|to)$/i.test(x.text));
      // (`m.in.` between the verb and the quotation counts as no words.)
      let minGap = 0;
      for (let q = v + 1; lang === 'pl' && v >= 0 && q < oi && !minGap; q++) minGap = minInAt(t, q);
      if (form && (hasWords(inner, 2) || oneWord) && (before === ':' || before === ',' || (form.needsContent && oi - v - minGap <= 4) || (asNaming && hasWords(inner, 2)) || namingReach || oi - v === 1 || (accusing && hasWords(inner, 3)) || tellReach)) {
        if (isShortName(info, p.open) && before !== ':') continue; // `pisze "New York Times"`: the source
        // `…, adding: “…”`: a participle's quotation belongs to the sentence's speaker.
        let participle = v > 0 && (t[v - 1].text === ',' || accusing) && (lang === 'en' ? /ing$/i : /ąc$/i).test(t[v].text);
        const closeTok = t.findIndex((x) => x.start >= p.close);
        // (`Rzeczpospolita ujawniła kulisy ustaleń, cytując osoby z otoczenia premiera: „…”`, `…, quoting a
        // senior official: “…”`: the words are those of whom the outlet quotes.)
        let qv = -1;
        for (let q = Math.max(v, 0); q < oi - 1 && before === ':'; q++) if (/^(cytując|quoting|citing)$/i.test(t[q].text)) qv = q;
        const quoted = qv >= 0 ? quotedPersonAfter(info, qv, oi - 1) : null;
        if (quoted) participle = false;
        // (`…, with Mr Brearley telling the Committee "…"`: the absolute `with` phrase names who speaks.)
        const withM = lang === 'en' && v > 0 && /ing$/i.test(t[v].text) ? withMention(info, v) : null;
        const sp = quoted ?? withM ?? (participle ? null : openingParticipleSubject(info, v, closeTok >= 0 ? closeTok : t.length)?.m ?? subjectOf(info, v, form, p.open));
        const fq = baseFrame(info, before === ':' ? 'quote.direct.before-colon' : 'quote.direct.before-verb', true, [ia, ib], form, t[v].start, sp, 3);
        // (…named as written when no mention covers them: `cytując osoby z otoczenia premiera`.)
        if (qv >= 0 && !quoted && oi - 1 - qv >= 2 && oi - 1 - qv <= 8 && t.slice(qv + 1, oi - 1).every((x) => x.word)) {
          fq.fallbackName = text.slice(t[qv + 1].start, t[oi - 2].end);
          fq.fallback = 'none';
          fq.speaker = null;
        }
        if (participle) fq.participle = true;
        // (`A neighbour, who asked not to be named, said: “…”`: an unnamed speaker described before the verb.)
        const np = !sp && !participle && lang === 'en' && v > 0 && PLAIN_SAY.test(t[v].text) ? describedSubjectBefore(info, verbGroupStart(t, v)) : null;
        if (np) {
          fq.fallbackName = np;
          fq.fallback = 'none';
        }
        out.push(fq);
        continue;
      }
      // `Minaj's lawyer, Peter W. Ross, issued the following comment about the closed case: “…”`,
      // `Policja wydała komunikat: „…”`: a message noun before the colon; the clause's subject speaks.
      if (!form && before === ':' && hasWords(inner, 3)) {
        let msg = -1;
        for (let q = oi - 2; q >= 0 && oi - q <= 12; q--) {
          if (/^[.;!?]$/.test(t[q].text)) break;
          if (MESSAGE_NOUN.test(t[q].lower)) {
            msg = q;
            break;
          }
        }
        const cs = msg >= 0 ? clauseStartLeft(info, msg) : -1;
        const cands = msg >= 0 ? info.mentions.filter((m) => m.t0 >= cs && m.t1 <= msg && !m.afterPreposition && m.kind !== 'pronoun' && !inPair(m.start)) : [];
        // (`Minaj's lawyer, Peter W. Ross, issued …`: the name in the apposition.)
        const subj = cands.find((m, k) => k > 0 && m.kind === 'person' && m.name && t[m.t0 - 1]?.text === ',' && cands[0].t1 === m.t0 - 1) ?? cands[0];
        if (subj) {
          out.push(baseFrame(info, 'quote.direct.before-colon', true, [ia, ib], null, t[msg].start, subj, 3));
          continue;
        }
        const sole = msg < 0 ? soleNamedSubject(info, oi - 1, inPair) : null;
        if (sole) {
          out.push(baseFrame(info, 'quote.direct.before-colon', true, [ia, ib], null, sole.start, sole, 3));
          continue;
        }
      }
    }
    // Unattributed: a long quotation (not a title) takes its speaker from the context.
    const pre = text.slice(off, p.open);
    // (A shorter one that is the whole sentence is no scare quote: `"Hope for all cancers."`.)
    const wholeSentence = pre.trim() === '' && /^[\s.!?…]*$/u.test(text.slice(p.closeChar ? p.close + p.closeChar.length : p.close, info.s.end)) && /[.!?…]\s*$/u.test(inner);
    if ((hasWords(inner, 5) || (wholeSentence && hasWords(inner, 3))) && !TITLE_INTRO.test(pre) && info.s.kind === 'sentence') {
      // (`„Sytuacja jest trudna – mówi Jan Kowalski – a ceny rosną”`: an attribution set off by dashes inside
      // the marks names the speaker.)
      const inside = lang === 'pl' ? dashAttributionInside(info, p.open, p.close) : null;
      if (inside) {
        out.push(baseFrame(info, 'quote.direct.interrupted', true, [ia, ib], inside.form, t[inside.verb].start, inside.speaker, 3));
        continue;
      }
      // (`The country was named the "colossal fossil" … by Climate Action Network activists for "…"`: the
      // agent of a passive verb of naming or describing in the sentence is whose words they are.)
      const agent = passiveAgent(info, inPair);
      const f = baseFrame(info, 'quote.direct.context', true, [ia, ib], null, p.open, agent, 1);
      if (!agent) f.fallback = 'next-or-context';
      out.push(f);
    }
    // A quoted subheading in the body (`"Rozumiem polskich rolników i ich bunt"` over a section) quotes
    // the person the section below quotes.
    else if (info.s.kind === 'headline' && info.idx > 0 && pre.trim() === '' && /^[\s.!?…]*$/u.test(text.slice(p.closeChar ? p.close + p.closeChar.length : p.close, info.s.end)) && hasWords(inner, 3) && /\p{Ll}/u.test(inner)) {
      const f = baseFrame(info, 'quote.heading', true, [ia, ib], null, p.open, null, 1);
      f.fallback = 'next-or-context';
      f.heading = true;
      out.push(f);
    }
  }

  // 3. Colon then dash inside a sentence: `Pitera … komentuje następująco: – To jest …`
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k].text !== ':' || !DASH.test(t[k + 1].text) || inPair(t[k].start)) continue;
    let v = -1;
    let form: SpeechVerbForm | null = null;
    for (let q = k - 1; q >= 0 && k - q <= 8; q--) {
      const f = isSpeechToken(t, q, lang, inPair);
      if (f) {
        v = q;
        form = f;
        break;
      }
    }
    if (!form) continue;
    const [a, b] = trimSpan(text, t[k + 1].end, info.s.end);
    const sp = subjectOf(info, v, form, t[k].start);
    const cf = baseFrame(info, 'quote.direct.before-colon', true, [a, b], form, t[v].start, sp, 3);
    cf.colonDash = true;
    out.push(cf);
  }

  // `Warner released the following statement:` closing its paragraph: no verb of saying, but the
  // subject introduces the quotation below as a speaker does (`Warner said:`).
  const last = t.length - 1;
  if (last > 2 && t[last].text === ':' && !info.pairs.length) {
    let msg = -1;
    for (let q = last - 1; q >= 0 && last - q <= 5; q--) if (MESSAGE_NOUN.test(t[q].lower)) msg = q;
    const subj = msg > 0 ? info.mentions.find((m) => m.t1 <= msg && clauseStartLeft(info, m.t0 + 1) === 0 && !m.afterPreposition && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role')) : undefined;
    if (subj) {
      const f = baseFrame(info, 'speaker.intro', false, [t[msg].start, t[msg].end], null, t[msg].start, subj, -1);
      f.silent = true;
      out.push(f);
    }
  }

  // 4. Reported speech: `X powiedział, że …`, `X said (that) …`, `X uspokaja: …`.
  const reported = reportedFrames(info, text, lang, att, inPair, out);
  // A verb of saying in a relative clause inside another frame's content (`Kurator tłumaczyła, że każdy
  // dyrektor, który dowiedział się o tym, że …, powinien …`) says nothing of its own: the content goes on.
  for (let k = 0; k + 1 < reported.length; k++) {
    const f = reported[k];
    if (f.silent || f.rule === 'quote.reported.tail') continue;
    for (let n = k + 1; n < reported.length; n++) {
      const g = reported[n];
      if (g.silent || g.verbPos <= f.quoteStart) continue;
      const rel = /(?:^|\s)(?:który|która|które|którzy|who|which)\s+(?:[^\s,;.]+\s+){0,2}$/iu.exec(text.slice(Math.max(f.quoteStart, g.verbPos - 40), g.verbPos));
      // (Not after someone named: `… with Trump, who announced that …` is Trump's statement.)
      if (rel && g.speaker && (g.speaker.kind === 'role' || g.speaker.kind === 'group') && g.speaker.start > f.quoteStart && g.speaker.start < g.verbPos && g.verbPos - rel[0].length > f.quoteStart) reported.splice(n--, 1);
    }
  }
  // Content of a reported frame ends where the next one's clause begins.
  for (let k = 0; k < reported.length; k++) {
    const f = reported[k];
    if (f.silent) {
      out.push(f);
      continue;
    }
    let nk = k + 1;
    while (nk < reported.length && reported[nk].silent) nk++;
    // (`Mr Hamilton said that detectives believe the evidence … exists`: a belief reported at the start of
    // the content is part of what the speaker said, no statement of its own.)
    const inner = reported[nk];
    if (inner && !inner.direct && inner.verb && !f.direct && f.rule !== 'quote.reported.tail' && /^(believe|think|expect|fear|suspect)$/.test(inner.verb.lemma) && inner.verbPos > f.quoteStart &&
      /^[\p{L}\p{N}'’ -]{1,40}$/u.test(text.slice(f.quoteStart, inner.verbPos)) && hasWords(text.slice(f.quoteStart, inner.verbPos), 1) && !hasWords(text.slice(f.quoteStart, inner.verbPos), 5)) {
      reported.splice(nk, 1);
      while (nk < reported.length && reported[nk].silent) nk++;
    }
    const next = reported[nk];
    let end = f.rule === 'quote.reported.tail' || f.endsAtClause ? f.quoteEnd : info.s.end;
    if (next) {
      // (A coordinated verb shares an earlier subject: `X said … and added that …` ends at `and`.)
      // (…also past an auxiliary or adverb: `… but has warned that …`.)
      const before = text.slice(Math.max(f.quoteStart, next.verbPos - 20), next.verbPos);
      const co = next.speaker && next.speaker.start <= f.quoteStart ? /(?:^|\s)(?:and|but|i|oraz|a),?\s+((?:(?:has|have|had|also|then|later)\s+)?)$/u.exec(before) : null;
      let subjStart = co ? next.verbPos - co[1].length : next.speaker && next.speaker.start < next.verbPos ? next.speaker.start : next.verbPos;
      // (…and an absolute `with` phrase begins at `with`: `…, with Mr Smith claiming he …`.)
      const wk = lang === 'en' ? t.findIndex((x) => x.start === subjStart) : -1;
      for (let q = wk - 1; q >= 0 && wk - q <= 3; q--) if (t[q].lower === 'with') subjStart = t[q].start;
      // (…but a relative clause of saying inside the content stays in it: `she has handed the CCTV to
      // police who have confirmed they have launched …` is all hers; the police's is a report of its own.)
      if (subjStart > f.quoteStart && !next.relative) end = Math.min(end, subjStart);
    }
    // (…and where the same speaker's next verb takes over after a quotation: `stated that "the situation is
    // serious" and emphasized the responsibility of …`.)
    if (lang === 'en' && !f.direct) {
      for (let q = 1; q + 1 < t.length; q++) {
        if (t[q].start <= f.quoteStart || t[q].start >= end) continue;
        if (/^(and|but)$/.test(t[q].lower) && CLOSE_QUOTES.includes(t[q - 1].text) && NP_VERBS.test(t[q + 1].text) && isSpeechToken(t, q + 1, lang, () => false)) {
          end = Math.min(end, t[q - 1].end);
          break;
        }
      }
    }
    // (…and where a quotation introduced by its own speaker begins: `Meta said it will appeal the ruling
    // and a spokesperson said “…”`.)
    for (const g of out) {
      if (!g.direct || !g.verb || !/^quote\.direct\.before-/.test(g.rule) || g.verbPos <= f.quoteStart + 10 || g.verbPos >= end || g.quoteStart < g.verbPos) continue;
      // (Only a coordinated clause: `… a move which he called “…”` stays in the content.)
      const gs = g.speaker && g.speaker.start > f.quoteStart + 10 && g.speaker.start < g.verbPos && /(?:^|\s)(?:and|but)\s+$/.test(text.slice(g.speaker.start - 6, g.speaker.start)) ? g.speaker.start : -1;
      const np = gs < 0 ? /(?:^|\s)(?:and|but)\s+((?:a|an|the|his|her|its|their)\s+(?:[^\s,;.]+\s+){0,3})$/u.exec(text.slice(Math.max(f.quoteStart, g.verbPos - 50), g.verbPos)) : null;
      const cut = gs >= 0 ? gs : np ? g.verbPos - np[1].length : -1;
      if (cut > f.quoteStart) end = Math.min(end, cut);
    }
    // (`…, adding she "still sounds …"`: an English participle clause of saying is a statement of its own.)
    // (…also with the comma left out after an accusation or a blame: `blamed his rivals for using his
    // tribe against him saying that he was …`.)
    if (lang === 'en' && f.rule === 'quote.reported.accusation') {
      const sq = t.findIndex((x, q) => x.start > f.quoteStart && x.start < end && /^(adding|saying|noting|insisting|arguing|warning|stressing)$/i.test(x.text) && t[q - 1]?.word);
      if (sq > 0) end = t[sq - 1].end;
    }
    // (`A man who police say broke into a home while armed has died …`, `Francis, who prosecutors said plied
    // officers with gifts, was arrested …`: a relative clause of saying ends where the main clause's
    // auxiliary comes.)
    const vt = lang === 'en' && f.verb ? t.findIndex((x) => x.start === f.verbPos) : -1;
    if (vt >= 2 && /^(who|which|whom)$/.test(t[vt - 2].text)) {
      let words = 0;
      for (let q = vt + 1; q < t.length && t[q].start < end; q++) {
        if (t[q].word && words >= 3 && /^(has|have|had|was|were|is|are|will|would)$/i.test(t[q].text)) {
          end = t[q - 1].text === ',' ? t[q - 1].start : t[q].start;
          break;
        }
        if (t[q].word) words++;
      }
    }
    if (lang === 'en') {
      for (let q = 0; q + 1 < t.length; q++) {
        if (t[q].text !== ',' || t[q].start <= f.quoteStart || t[q].start >= end) continue;
        if (/^(adding|saying|noting|insisting|arguing|warning|stressing)$/i.test(t[q + 1].text)) {
          end = t[q].start;
          break;
        }
        // (`…, writes Gerard Cunningham.`: the reporter's byline closing the sentence is no part of it.)
        if (/^(writes|reports)$/i.test(t[q + 1].text) && t[q + 2]?.cap && t[q + 2].word && t[q + 3]?.cap && t[q + 3].word && (!t[q + 4] || /^[.!?]$/.test(t[q + 4].text) || (t[q + 4].cap && (!t[q + 5] || /^[.!?]$/.test(t[q + 5].text))))) {
          end = t[q].start;
          break;
        }
        // (An accusation ends at its clause: `accused the government of …, after David Davis was …`.)
        if (f.rule === 'quote.reported.accusation' && /^(after|before|while|when|as|because|since|which|who|and|but|although|though)$/i.test(t[q + 1].text)) {
          end = t[q].start;
          break;
        }
      }
    }
    let [a, b] = trimSpan(text, f.quoteStart, end);
    // Trailing conjunctions left before the next clause.
    const tail = /(?:\s|,)+(?:a|i|oraz|ale|and|but)$/u.exec(text.slice(a, b));
    if (tail) b -= tail[0].length;
    if (!hasWords(text.slice(a, b), 2)) continue;
    f.quoteStart = a;
    f.quoteEnd = b;
    out.push(f);
  }

  // 5. `Jak podaje X, …` / `As X said, …`; `Jak wynika z raportu X, …`
  const j = jakFrame(info, lang);
  if (j) {
    // (`Jak dodał, Lech Kaczyński czuł, że …`: the verb of the `jak` clause is that clause's alone; the
    // rest of the sentence is what was said, not another attribution with a subject of its own.)
    if (/^(jak)$/i.test(info.tokens.find((x) => x.word)?.text ?? '') && j.quoteStart > j.verbPos) {
      for (let q = out.length - 1; q >= 0; q--) if (out[q].verbPos === j.verbPos && out[q].rule !== j.rule) out.splice(q, 1);
    }
    out.push(j);
  }

  // 5a. `…, o czym poinformował na Twitterze Marek Kubiak.`: the clause before is what was said.
  const oc = oCzymFrame(info, lang);
  if (oc) out.push(oc);

  // 5b. `Z danych ARP wynika, że …`: a source phrase before `wynika, że`.
  const wf = wynikaFrame(info, lang);
  if (wf) out.push(wf);

  // 5c. `Hennig-Kloska odrzuciła argumenty prezydenta, że …`: a claim owned by its noun's genitive.
  const of = ownedClaimPl(info, lang);
  if (of) out.push(of);

  // 6. `Według X, …` / `Zdaniem X …` / `Jego zdaniem …` / `according to X`.
  out.push(...wedlugFrames(info, lang));

  // A quotation filling most of a reported clause makes the claim a direct (partial) quote; several
  // quotations inside one clause (`to „krok …”, ale „bez …”`) together span from the first to the last.
  for (const f of out) {
    if (f.direct || f.silent) continue;
    let first = -1;
    let last = -1;
    let inner = 0;
    for (const p of info.pairs) {
      const [ia, ib] = innerSpan(text, p);
      if (ia >= f.quoteStart - 1 && ib <= f.quoteEnd + 1) {
        // A speech verb between two quotations starts another attribution (`…”, a sprawę nazwał „…”`).
        if (first >= 0 && info.tokens.some((x, k) => x.start > last && x.end < ia && isSpeechToken(info.tokens, k, lang, () => false))) break;
        if (first < 0) first = ia;
        last = ib;
        inner += ib - ia;
      }
    }
    if (first >= 0 && inner >= 0.5 * (f.quoteEnd - f.quoteStart)) {
      // (Reported words before the quotation — `że to właśnie Kijów powinien wykazać się „…”` — stay
      // in the claim: they are part of what is attributed.)
      if (!hasWords(text.slice(f.quoteStart, first), 3)) f.quoteStart = first;
      f.quoteEnd = last;
      f.direct = true;
      f.rule = 'quote.partial.reported';
    }
  }
  return out;
}

// Polish legal texts, which provide for things rather than say them.
const LEGAL_TEXT_PL = /^(?:ustaw[aye]|projekt|rozporządzeni[ea]|umow[ay]|regulamin|przepis(?:y)?|dyrektyw[ay]|porozumieni[ea]|uchwał[ay]|nowelizacj[aie]|kodeks|konstytucj[ai]|statut)$/;

// Polish nouns of someone's claim or promise, whose owner follows in the genitive.
const PL_CLAIM_NOUN = /^(?:argument(?:y|ów)?|zarzut(?:y|ów)?|twierdzeni[ea]|zapewnieni[ea]|sugesti[aeę]|ostrzeżeni[ea]|deklaracj[aeę]|tez[aęy]|obietnic[aęey]|zapowied(?:ź|zi)|oskarżeni[ea]|słowa|słów)$/;

/**
 * `Hennig-Kloska odrzuciła argumenty prezydenta, że park zatrzymałby żeglugę`: what follows `, że` is the
 * claim of the noun's owner named in the genitive right after it (whoever rejects or repeats it).
 */
function ownedClaimPl(info: SentInfo, lang: Language): Frame | null {
  if (lang !== 'pl') return null;
  const t = info.tokens;
  for (let k = 1; k + 3 < t.length; k++) {
    if (!PL_CLAIM_NOUN.test(t[k].lower)) continue;
    const m = info.mentions.find((x) => x.t0 === k + 1 && (x.kind === 'person' || x.kind === 'role' || x.kind === 'org'));
    if (!m) continue;
    const c = t[m.t1]?.text === ',' ? m.t1 + 1 : m.t1;
    if (!CONTENT_INTRO.has(t[c]?.lower ?? '')) continue;
    const [a, b] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
    if (!hasWords(info.s.text.slice(a, b), 3)) continue;
    // (It outranks the verb before the noun: `Minister odpiera zarzuty opozycji, że …` is the opposition's.)
    const f = baseFrame(info, 'quote.reported.owned', false, [info.s.start + a, info.s.start + b], speechVerb('twierdzi', 'pl'), t[k].start, { ...m, afterPreposition: false }, 3);
    f.owned = true;
    return f;
  }
  return null;
}

// Polish source nouns in the genitive after `z`: reports, analyses, data, notifications, statements.
const SOURCE_NOUN_STEM = /^(raport|analiz|danych|zgłosze|komunikat|informacj|ustaleń|badań|badania|obserwacj|opini|ekspertyz|sprawozda|dokument|pism|prognoz|statystyk|relacji|oświadcze)/;

// Polish adjectives of institutions in the genitive or locative plural (`policyjnych ustaleń`) and the institution.
const INSTITUTION_ADJ_PL: Array<[RegExp, string]> = [[/^policyjn/, 'policja'], [/^prokuratorsk/, 'prokuratura'], [/^rządow/, 'rząd'], [/^ministerialn/, 'ministerstwo'], [/^wojskow/, 'wojsko'], [/^sądow/, 'sąd'], [/^unijn/, 'Unia Europejska']];

/** The institution a Polish adjective names (`policyjnych` → `policja`), or null. */
function institutionOfAdjective(lower: string): string | null {
  if (!/(?:ych|ich|ej|ego|ym|im)$/.test(lower)) return null;
  for (const [re, name] of INSTITUTION_ADJ_PL) if (re.test(lower)) return name;
  return null;
}

// Kinds of source named before a quoted title (`profil facebookowy „Gdzie jesteś”`, `portal „Onet”`).
const PL_SOURCE_KIND = /^(?:profil|fanpage|konto|strona|grupa|serwis|portal|kanał|blog|dziennik|gazeta|tygodnik|miesięcznik|magazyn|radio|telewizja|stacja|agencja)$/;

/** `Z danych X wynika, że …` / `Z raportu X wynikało, iż …`: the source's owner is the speaker. */
function wynikaFrame(info: SentInfo, lang: Language): Frame | null {
  if (lang !== 'pl') return null;
  const t = info.tokens;
  let k = 0;
  while (t[k] && !t[k].word) k++;
  // (`Synoptycy wydali prognozę. Wynika z niej, że …`: the document of the sentence before; its
  // owner speaks.)
  if (t[k] && WYNIKA.test(t[k].text) && /^(z|ze)$/i.test(t[k + 1]?.text ?? '') && /^(niej|niego|nich|tego|tej)$/i.test(t[k + 2]?.text ?? '')) {
    let c = k + 3;
    if (t[c]?.text === ',') c++;
    if (!CONTENT_INTRO.has(t[c]?.lower ?? '')) return null;
    const [a, b] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
    if (!hasWords(info.s.text.slice(a, b), 3)) return null;
    const f = baseFrame(info, 'quote.reported.wynika', false, [info.s.start + a, info.s.start + b], speechVerb('podaje', 'pl'), t[k].start, null, 2);
    f.ownerFromContext = true;
    return f;
  }
  // (…also after a coordinating comma: `Została zabrana do szpitala, a z jej opowieści wynika, że …`.)
  if (t[k] && !/^(z|ze)$/i.test(t[k].text)) {
    const c = t.findIndex((x, q) => x.text === ',' && /^(a|ale|zaś|i)$/i.test(t[q + 1]?.text ?? '') && /^(z|ze)$/i.test(t[q + 2]?.text ?? '') && t.slice(q + 3, q + 10).some((y) => WYNIKA.test(y.text)));
    if (c > 0) k = c + 2;
  }
  if (!t[k] || !/^(z|ze)$/i.test(t[k].text)) return null;
  let v = k + 1;
  // (`Z ustaleń „Pulsu Biznesu” wynika, że …`: a title in quotation marks is the source's name.)
  while (v < t.length && v - k <= 10 && (t[v].word || isDomainDot(t, v) || (v > k + 1 && (OPEN_QUOTES + CLOSE_QUOTES).includes(t[v].text))) && !WYNIKA.test(t[v].text)) v++;
  if (!WYNIKA.test(t[v]?.text ?? '')) return null;
  let c = v + 1;
  // (`Z informacji straży wynika też, że …`: an adverb before the comma.)
  if (/^(też|także|również|jednak|więc|zatem|natomiast|ponadto)$/i.test(t[c]?.text ?? '')) c++;
  if (t[c]?.text === ',') c++;
  if (!CONTENT_INTRO.has(t[c]?.lower ?? '')) return null;
  let src = info.mentions.filter((m) => m.t0 > k && m.t1 <= v && m.kind !== 'pronoun');
  // (`Z przekazanych przez niego informacji wynika, że …`: the pronoun names the source.)
  if (!src.length) src = info.mentions.filter((m) => m.t0 > k && m.t1 <= v && m.kind === 'pronoun' && /^(niego|niej|nich|jego|jej|ich)$/i.test(t[m.t0].text));
  // (`Z danych e-petrol.pl wynika, że …`: a web or brand name after the source noun, named as written.)
  const brand = !src.length && SOURCE_NOUNS.has(t[k + 1]?.lower ?? '') && v > k + 2 && t.slice(k + 2, v).some((x) => x.cap || x.text.includes('-') || x.text === '.') ? info.s.text.slice(t[k + 2].start - info.s.start, t[v - 1].end - info.s.start) : null;
  // (`Ze zgłoszenia wynikało, że …`, `Z analizy danych wynika, że …`: an unowned source noun — its owner
  // is the institution just named, if any.)
  const unowned = !src.length && !brand && SOURCE_NOUN_STEM.test(t[k + 1]?.lower ?? '');
  // (`Z policyjnych ustaleń wynikało, że …`: an institution's adjective before the source noun names it.)
  const byAdjective = !src.length && !brand && !unowned && SOURCE_NOUN_STEM.test(t[k + 2]?.lower ?? '') ? institutionOfAdjective(t[k + 1]?.lower ?? '') : null;
  if (byAdjective) {
    const [a0, b0] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
    if (!hasWords(info.s.text.slice(a0, b0), 3)) return null;
    const f = baseFrame(info, 'quote.reported.wynika', false, [info.s.start + a0, info.s.start + b0], speechVerb('podaje', 'pl'), t[v].start, null, 2);
    f.fallbackName = byAdjective;
    f.fallback = 'none';
    return f;
  }
  if (!src.length && !brand && !unowned) return null;
  const [a, b] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
  if (!hasWords(info.s.text.slice(a, b), 3)) return null;
  if (unowned) {
    const f = baseFrame(info, 'quote.reported.wynika', false, [info.s.start + a, info.s.start + b], speechVerb('podaje', 'pl'), t[v].start, null, 2);
    f.ownerFromContext = true;
    f.sourceStem = t[k + 1].lower.slice(0, 5);
    return f;
  }
  const f = baseFrame(info, 'quote.reported.wynika', false, [info.s.start + a, info.s.start + b], speechVerb('podaje', 'pl'), t[v].start, src.length ? src[src.length - 1] : null, 2);
  if (brand) {
    f.fallbackName = brand;
    f.fallback = 'none';
  }
  return f;
}

/** `…, jak podała agencja Ukrinform, …` inside a sentence: the inserted attribution covers it all. */
function insertedJakFrame(info: SentInfo, lang: Language): Frame | null {
  const t = info.tokens;
  const inPair = makeInPair(info.pairs);
  for (let k = 2; k + 1 < t.length; k++) {
    // (Also between dashes: `… - jak zwraca uwagę ekonomista Jakub Borowski - na ocenę …`.)
    const dashed = DASH.test(t[k - 1].text);
    if ((t[k - 1].text !== ',' && !dashed) || !/^(jak|as)$/i.test(t[k].text)) continue;
    const v = k + 1;
    const form = isSpeechToken(t, v, lang, inPair);
    if (!form || (form.needsContent && !(lang === 'pl' && t[v + 1]?.lower === 'uwagę'))) continue;
    // The attribution closes with a comma (or the second dash) and the sentence goes on.
    let c = v + 1;
    while (c < t.length && c - v <= 8 && t[c].text !== ',' && !(dashed && DASH.test(t[c].text)) && !/^[.;:!?]$/.test(t[c].text)) c++;
    // (`…, jak poinformował na Twitterze Marek Kubiak.`: closing the sentence, it attributes what came before.)
    // (Not a comparison: `Wszystko potoczyło się tak, jak mówił trener.`)
    if (!dashed && t[k - 2]?.lower !== 'tak' && (c >= t.length || (/^[.!]$/.test(t[c].text) && c === t.length - 1))) {
      const [ra, rb] = trimSpan(info.s.text, 0, t[k - 1].start - info.s.start);
      const sp = rightOf(info, v, form, null);
      if (!sp || !hasWords(info.s.text.slice(ra, rb), 4)) continue;
      return baseFrame(info, 'quote.reported.jak', false, [info.s.start + ra, info.s.start + rb], form, t[v].start, sp, 2);
    }
    if ((t[c]?.text !== ',' && !(dashed && DASH.test(t[c]?.text ?? ''))) || !hasWords(info.s.text.slice(t[c].end - info.s.start), 2)) continue;
    // (Nor inside the sentence: `… potoczyła się tak, jak przewiduje Glapiński, ale …` compares.)
    if (!dashed && t[k - 2]?.lower === 'tak') continue;
    const sp = rightOf(info, v, form, t[c].start);
    // (A subject-less verb — `…, ponieważ - jak mówili - sytuacja …` — speaks for someone named before.)
    if (!sp && c !== v + 1) continue;
    // (`… z ministrem Robertem Telusem, który, jak twierdzą, nie potraktował ich właściwie.`: inside a
    // relative clause the words attributed are that clause's, after the insertion.)
    const relative = lang === 'pl' && !dashed && /^(który|która|które|którzy|których)$/.test(t[k - 2]?.lower ?? '') && t[c]?.text === ',';
    const [a, b] = trimSpan(info.s.text, relative ? t[c].end - info.s.start : 0, info.s.text.length);
    const f = baseFrame(info, 'quote.reported.jak', false, [info.s.start + a, info.s.start + b], form, t[v].start, sp, 2);
    return f;
  }
  return null;
}

/** `Bez prądu pozostawało 45 tys. odbiorców, o czym poinformował X.`: a relative attribution after the statement. */
function oCzymFrame(info: SentInfo, lang: Language): Frame | null {
  if (lang !== 'pl') return null;
  const t = info.tokens;
  const inPair = makeInPair(info.pairs);
  // `O tym, że szpital zostanie zamknięty, poinformował w piątek starosta.`: the fronted content clause.
  if (t.length > 8 && t[0].lower === 'o' && t[1].lower === 'tym' && t[2].text === ',' && /^(że|iż)$/.test(t[3].lower) && !inPair(t[0].start)) {
    for (let c = 5; c + 1 < t.length; c++) {
      if (t[c].text !== ',') continue;
      let v = c + 1;
      while (v < t.length && v - c <= 4 && !isSpeechToken(t, v, lang, inPair) && t[v].word && !t[v].cap) v++;
      const form = t[v] ? isSpeechToken(t, v, lang, inPair) : null;
      if (!form) continue;
      // (`…, mówiło się od dawna`: an impersonal report is nobody's statement.)
      if (form.impersonal || t[v + 1]?.lower === 'się') return null;
      const [ra, rb] = trimSpan(info.s.text, t[3].end - info.s.start, t[c].start - info.s.start);
      if (!hasWords(info.s.text.slice(ra, rb), 3)) return null;
      return baseFrame(info, 'quote.reported.o-czym', false, [info.s.start + ra, info.s.start + rb], form, t[v].start, rightOf(info, v, form, null), 2);
    }
  }
  for (let k = 3; k + 2 < t.length; k++) {
    if (t[k - 1].text !== ',' || t[k].lower !== 'o' || t[k + 1].lower !== 'czym') continue;
    let v = k + 2;
    while (t[v] && /^(już|wcześniej|również|także|też|jako|pierwszy|pierwsza|pierwsze)$/i.test(t[v].text)) v++;
    const form = t[v] ? isSpeechToken(t, v, lang, inPair) : null;
    if (!form || inPair(t[k].start)) continue;
    const [ra, rb] = trimSpan(info.s.text, 0, t[k - 1].start - info.s.start);
    if (!hasWords(info.s.text.slice(ra, rb), 4)) return null;
    return baseFrame(info, 'quote.reported.o-czym', false, [info.s.start + ra, info.s.start + rb], form, t[v].start, rightOf(info, v, form, null), 2);
  }
  return null;
}

// Words of a Polish time phrase (`13 maja`, `w sobotę`, `we wtorek rano`, `wczoraj`).
const PL_TIME_WORD = /^(?:\d{1,4}|w|we|wczoraj|dziś|dzisiaj|rano|wieczorem|nocą|po|południu|ubiegł\p{Ll}+|zeszł\p{Ll}+|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|tygodniu|miesiącu|roku|r)$/u;

/**
 * `– … – zastanawiają się inni.`, `– … – mówią niektórzy.`: a Polish plural pronoun of people closing a
 * tail right after its plural verb is the speakers, named as written.
 */
/**
 * What a dash tail's verb says beyond its subject: after `cytować` the speaker is the object, so the
 * verb's gender says nothing of them; with no subject, a plural pronoun closing the tail names the
 * speakers (`– zastanawiają się inni`).
 */
function finishTail(f: Frame, info: SentInfo, v: number, form: SpeechVerbForm, sp: Mention | null): void {
  if (sp && citedObject(info, v)) f.verb = null;
  const pron = sp ? null : pluralPronounAfter(info, v, form);
  if (pron) {
    f.fallbackName = pron;
    f.fallback = 'none';
    return;
  }
  // (`– Wszystko stoi – mówi ochroniarz.`: a lower-case person noun the lexicon lacks, alone closing the
  // tail, is the speaker's title.)
  const plain = sp ? null : plainTitleAfter(info, v, form);
  if (plain) {
    f.speaker = plain;
    f.fallback = 'none';
  }
}

// Endings of Polish nouns for a person (`ochroniarz`, `sprzedawca`, `rybak`, `kelnerka`, `właścicielka`).
const PL_PERSON_NOUN_M = /\p{Ll}{2}(?:arz|erz|nik|ik|ak|ec|ca|ista|ent|or|er|ant|yn|ciel|log)$/u;
const PL_PERSON_NOUN_F = /\p{Ll}{2}(?:ka|yni|ini|owa)$/u;

/** A Polish tail `– mówi ochroniarz.`: the lone lower-case person noun after its verb as a title mention, or null. */
function plainTitleAfter(info: SentInfo, v: number, form: SpeechVerbForm): Mention | null {
  if (info.lang !== 'pl' || form.gender === 'pl') return null;
  const t = info.tokens;
  const k = t[v + 1]?.lower === 'się' ? v + 2 : v + 1;
  const x = t[k];
  if (!x?.word || x.cap || (t[k + 1] && !/^[.!?…]$/.test(t[k + 1].text)) || PL_TIME_WORD.test(x.lower)) return null;
  const g = PL_PERSON_NOUN_F.test(x.lower) ? 'f' : PL_PERSON_NOUN_M.test(x.lower) ? 'm' : null;
  if (!g || (form.gender && form.gender !== 'any' && form.gender !== g)) return null;
  return { kind: 'role', start: x.start, end: x.end, t0: k, t1: k + 1, role: { head: x.lower, generic: false, keys: [], text: x.text, gender: g }, gender: g, afterPreposition: false, sentenceInitial: false };
}

function pluralPronounAfter(info: SentInfo, v: number, form: SpeechVerbForm): string | null {
  if (info.lang !== 'pl' || form.gender !== 'pl') return null;
  const t = info.tokens;
  const k = t[v + 1]?.lower === 'się' ? v + 2 : v + 1;
  if (!t[k]?.word || !/^(inni|niektórzy|pozostali|jedni|wszyscy|obaj|oboje|obie)$/.test(t[k].lower)) return null;
  return !t[k + 1] || /^[.!?…,]$/.test(t[k + 1].text) ? t[k].lower : null;
}

/**
 * English `As <subject> said, <statement>`: `As NPR's Sylvia Poggioli says, Francis has …`, `As he noted
 * earlier, …`. The subject stands before the verb; a few adverbial words may follow the verb before the comma.
 */
function asSubjectFrame(info: SentInfo, k: number, inPair: (pos: number) => boolean): Frame | null {
  const t = info.tokens;
  for (let v = k + 2; v < t.length && v - k <= 9; v++) {
    if (!t[v].word) {
      if (t[v].text === "'" || t[v].text === '’' || t[v].text === '.') continue;
      return null;
    }
    const form = isSpeechToken(t, v, 'en', inPair);
    if (!form) continue;
    if (form.needsContent || form === HEARING_VERB || form === FINDING_VERB) return null;
    // The verb's own adverbials run to the comma: `As he said on Monday, …`.
    let c = v + 1;
    while (c < t.length && c - v <= 5 && t[c].word && !isSpeechToken(t, c, 'en', inPair)) c++;
    if (t[c]?.text !== ',') return null;
    const [a, b] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
    if (!hasWords(info.s.text.slice(a, b), 4) || !clauseAhead(info, c + 1)) return null;
    const sp = subjectOf(info, v, form, null);
    const f = baseFrame(info, 'quote.reported.jak', false, [info.s.start + a, info.s.start + b], form, t[v].start, sp && sp.t0 > k ? sp : null, 2);
    if (!f.speaker) {
      const np = describedSubject(t, k + 1, v);
      if (!np) return null;
      f.fallbackName = np;
      f.fallback = 'none';
    }
    return f;
  }
  return null;
}

function jakFrame(info: SentInfo, lang: Language): Frame | null {
  const t = info.tokens;
  const inPair = makeInPair(info.pairs);
  let k = 0;
  while (t[k] && !t[k].word) k++;
  if (!t[k] || !/^(jak|as)$/i.test(t[k].text)) return insertedJakFrame(info, lang);
  if (lang === 'en' && !(t[k + 1] && isSpeechToken(t, k + 1, lang, inPair))) return asSubjectFrame(info, k, inPair);
  let v = k + 1;
  // (`Jak nieoficjalnie ustaliła PAP, …`: an adverb of how it was learnt too.)
  while (t[v] && /^(się|już|wcześniej|również|także|jednak|zaś|natomiast|też|nieoficjalnie|oficjalnie|wstępnie|then|previously|earlier)$/i.test(t[v].text)) v++;
  // (`Jak możemy przeczytać w komunikacie …`, `Jak można było przeczytać …`: the reader's `czytamy` in other words.)
  const modalReader = lang === 'pl' && /^(możemy|można)$/.test(t[v]?.lower ?? '') ? (t[v + 1]?.lower === 'było' ? v + 2 : v + 1) : -1;
  if (modalReader > 0 && /^(przeczytać|wyczytać)$/.test(t[modalReader]?.lower ?? '')) v = modalReader;
  let form = modalReader === v ? speechVerb('czytamy', 'pl') : t[v] ? isSpeechToken(t, v, lang, inPair) : null;
  let wynika = false;
  if (!form && /^(wynika|wynikało|reported|noted)$/i.test(t[v]?.text ?? '')) {
    wynika = true;
    form = speechVerb('podaje', 'pl');
  }
  if (!form) return null;
  if (t[v + 1]?.lower === 'się') v++;
  // The attribution ends at the first comma not followed by an apposition (`…, Paul O'Donnell, …`).
  let c = -1;
  let apposition: Mention | null = null;
  for (let q = v + 1; q < t.length; q++) {
    // (`Jak zastrzegał szef NBP Adam Glapiński - wiele się może zdarzyć.`: a dash ends it too.)
    if (DASH.test(t[q].text) && t[q].text.length === 1 && lang === 'pl' && q > v + 1 && t[q - 1].end < t[q].start) {
      c = q;
      break;
    }
    if (t[q].text !== ',') continue;
    // (`Jak poinformowało Ministerstwo Rodziny, Pracy i Polityki Społecznej, …`: a comma inside a name is no end.)
    if (info.mentions.some((m) => m.t0 < q && m.t1 > q)) continue;
    // (`Jak dodał, śp. Lech Kaczyński, syn powstańca, „…”`: a comma right after the verb ends an
    // attribution that names no one; whoever follows belongs to the statement.)
    if (q === v + 1) {
      c = q;
      break;
    }
    // A person or role between this comma and the next one is an apposition of the source.
    const app = info.mentions.find((m) => m.t0 <= q + 1 && m.t1 > q + 1 && t[m.t1]?.text === ',' && (m.kind === 'person' || m.kind === 'role'));
    if (app) {
      c = app.t1;
      apposition = app;
      break;
    }
    // (`Jak przekazała podinsp. Alicja Jędo, oficer prasowa Komendy Powiatowej Policji w Oławie, samochód …`:
    // a title with its institution and place, up to the next comma, is an apposition too.)
    // (The title may already be bound to the name before the comma, as its role.)
    const named = info.mentions.find((m) => m.t1 === q && m.kind === 'person');
    if (q > v + 1 && named && t[q + 1]?.word && !t[q + 1].cap && roleHead(t[q + 1].text)) {
      let r = q + 2;
      while (r < t.length && r - q <= 10 && t[r].word && (t[r].cap || t[r].acronym || /^(w|we|ds|do|i)$/.test(t[r].lower) || (r === q + 2 && !t[r].cap && /\p{L}{3}(?:a|y|i|e)$/u.test(t[r].lower))) && !isSpeechToken(t, r, lang, inPair)) r++;
      if (t[r]?.text === ',' && r > q + 2) {
        c = r;
        apposition = named;
        break;
      }
    }
    c = q;
    break;
  }
  // (`Jak doniosła 13 maja „Gazeta Wyborcza”`: a time phrase may stand between the verb and the source.)
  let vt = v;
  while (lang === 'pl' && vt - v < 4 && t[vt + 1]?.word && PL_TIME_WORD.test(t[vt + 1].lower)) vt++;
  // (…and so may the kind of source with its adjective: `Jak informuje profil facebookowy „Gdzie jesteś”, …`.)
  if (lang === 'pl' && PL_SOURCE_KIND.test(t[vt + 1]?.lower ?? '')) {
    let q = vt + 2;
    while (q - vt <= 3 && t[q]?.word && !t[q].cap && /\p{Ll}(?:owy|owa|owe|ny|na|ne|ski|ska|skie)$/u.test(t[q].lower)) q++;
    if (OPEN_QUOTES.includes(t[q]?.text ?? '')) vt = q - 1;
  }
  if (c < 0) {
    // (…and with the comma left out the statement starts right after the quoted title.)
    const qs = lang === 'pl' && !wynika ? quotedSourceAfter(info, vt, true) : null;
    const qp = qs ? info.pairs.find((p) => p.open < qs.start && p.close >= qs.end) : undefined;
    const after = qp ? t.findIndex((x) => x.start > qp.close) : -1;
    if (qs && after > 0 && t[after].word && !t[after].cap) {
      const [a, b] = trimSpan(info.s.text, t[after].start - info.s.start, info.s.text.length);
      if (hasWords(info.s.text.slice(a, b), 4)) {
        const f = baseFrame(info, 'quote.reported.jak', false, [info.s.start + a, info.s.start + b], form, t[v].start, null, 2);
        f.quotedSource = qs;
        return f;
      }
    }
    // (`Jak mówi wójt Sosnówki do tej pory wpłynęło …`: the comma left out, the statement starts right
    // after the source named after the verb.)
    const m = lang === 'pl' && !wynika ? info.mentions.find((x) => x.t0 === v + 1 && (x.kind === 'person' || x.kind === 'role' || x.kind === 'org')) : undefined;
    if (!m || !t[m.t1]?.word || t[m.t1].cap) return null;
    const [a, b] = trimSpan(info.s.text, t[m.t1].start - info.s.start, info.s.text.length);
    if (!hasWords(info.s.text.slice(a, b), 4)) return null;
    return baseFrame(info, 'quote.reported.jak', false, [info.s.start + a, info.s.start + b], form, t[v].start, m, 2);
  }
  const [a, b] = trimSpan(info.s.text, t[c].end - info.s.start, info.s.text.length);
  if (!hasWords(info.s.text.slice(a, b), 2)) return null;
  let sp = rightOf(info, v, wynika ? null : form, t[c].start + 1);
  if (apposition && (!sp || sp.kind !== 'person')) sp = apposition.kind === 'person' ? apposition : sp ?? apposition;
  // (`Jak czytamy w komunikacie urzędu, …`: the reader's verb names the document, and its owner after it
  // in the genitive speaks.)
  if (!sp && lang === 'pl' && form.person === 1 && /^(w|we|na)$/.test(t[v + 1]?.lower ?? '') && PL_DOCUMENT_LOC.test(t[v + 2]?.lower ?? '')) {
    const owner = info.mentions.find((m) => m.t0 === v + 3 && m.t1 <= c && (m.kind === 'org' || m.kind === 'person' || m.kind === 'role'));
    if (owner) sp = { ...owner, afterPreposition: false };
  }
  if (wynika) {
    // `Jak wynika z raportu ONZ` — the source follows a preposition.
    const m = info.mentions.filter((x) => x.t0 > v && x.t1 <= c);
    sp = m.length ? m[m.length - 1] : null;
  }
  const f = baseFrame(info, 'quote.reported.jak', false, [info.s.start + a, info.s.start + b], form, t[v].start, sp, 2);
  f.quotedSource = sp ? null : quotedSourceAfter(info, v, true) ?? (vt > v ? quotedSourceAfter(info, vt, true) : null);
  if (!sp && !f.quotedSource && wynika) return null;
  // (`Jak czytamy w komunikacie, …`: a document with no owner named is the one the institution just named
  // or speaking issued, as after `– czytamy w komunikacie.`)
  if (!sp && !f.quotedSource && lang === 'pl' && form.person === 1 && /^(w|we|na)$/.test(t[v + 1]?.lower ?? '') && PL_DOCUMENT_LOC.test(t[v + 2]?.lower ?? '') && c === v + 3) {
    f.ownerFromContext = true;
    f.sourceStem = t[v + 2].lower.slice(0, 5);
  }
  // (`… – przekazano w mediach społecznościowych. Jak dodano, osoby te …`: an impersonal `jak dodano`
  // goes on with whoever has just been quoted, as an impersonal tail does.)
  if (!sp && !f.quotedSource && form?.impersonal) f.impersonalTail = true;
  return f;
}

function wedlugFrames(info: SentInfo, lang: Language): Frame[] {
  const out: Frame[] = [];
  const t = info.tokens;
  const inPair = makeInPair(info.pairs);
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    let phraseStart = t[k].start;
    let after = k + 1;
    let kind: string | null = null;
    if ((w === 'według' || w === 'wg') && !inPair(t[k].start)) kind = 'wedlug';
    // `Zgodnie z informacjami portalu, …`: like `według`.
    else if (w === 'zgodnie' && t[k + 1]?.lower === 'z' && lang === 'pl' && !inPair(t[k].start) && SOURCE_NOUNS.has(t[k + 2]?.lower ?? '')) {
      kind = 'wedlug';
      after = k + 2;
    }
    else if (w === 'zdaniem' && !inPair(t[k].start)) kind = 'zdaniem';
    // `W ocenie Grzegorza Sielewicza …`, `w opinii ekspertów …`, `W jego ocenie …`: like `zdaniem`.
    else if ((w === 'ocenie' || w === 'opinii') && lang === 'pl' && !inPair(t[k].start) &&
      (/^w$/i.test(t[k - 1]?.text ?? '') || (/^(jego|jej|ich)$/i.test(t[k - 1]?.text ?? '') && /^w$/i.test(t[k - 2]?.text ?? '')))) {
      kind = 'zdaniem';
      if (/^w$/i.test(t[k - 1].text)) phraseStart = t[k - 1].start;
    }
    // (Not inside a quotation: `“… according to what has been agreed upon,” Olaim said` is the speaker's words.)
    else if (w === 'according' && t[k + 1]?.lower === 'to' && !inPair(t[k].start)) {
      kind = 'according-to';
      after = k + 2;
    }
    // (`…, per NBC News.`, `…, per the South Florida Sun Sentinel.`: the news style of `according to`.)
    else if (w === 'per' && lang === 'en' && t[k - 1]?.text === ',' && !inPair(t[k].start) && (t[k + 1]?.cap || (t[k + 1]?.lower === 'the' && t[k + 2]?.cap))) {
      kind = 'according-to';
      after = k + 1;
    }
    if (!kind) continue;
    if (t[after]?.text === '.') after++; // wg.
    // (`wg scenariusza Pawła Pawlikowskiego`, `według planu`: a work or a rule someone made is no statement.)
    if (kind === 'wedlug' && NOT_A_SOURCE_PL.test(t[after]?.lower ?? '')) continue;
    if (/^(the|a|an)$/i.test(t[after]?.text ?? '')) after++; // according to the State Department
    // (`According to Ms Shires, …`: a courtesy title before the surname of someone named in full before.)
    // (…and a rank: `According to Lt. Larry Crowson of HPD, …`.)
    else if (lang === 'en' && /^(Mr|Ms|Mrs|Miss|Dr|Lt|Sgt|Capt|Cpl|Det|Insp|Supt|Gen|Col|Maj|Cmdr|Sen|Rep|Gov|Prof|Rev|Officer|Deputy|Sheriff|Chief)$/.test(t[after]?.text ?? '')) {
      const sn = t[after + 1]?.text === '.' ? after + 2 : after + 1;
      if (t[sn]?.cap && t[sn].word && info.mentions.some((x) => x.t0 === sn && x.kind === 'person')) after = sn;
    }
    let speaker: Mention | null = null;
    let fallbackName: string | null = null;
    let quoted: Frame['quotedSource'] = null;
    let phraseEnd = after;
    let ownerFromContext = false;
    let sourceStem = '';
    if (kind === 'zdaniem' && k > 0 && /^(jego|jej|ich|moim|naszym)$/i.test(t[k - 1].text)) {
      speaker = info.mentions.find((m) => m.t0 === k - 1) ?? null;
      phraseStart = /^w$/i.test(t[k - 2]?.text ?? '') && w !== 'zdaniem' ? t[k - 2].start : t[k - 1].start;
      phraseEnd = k + 1;
      if (!speaker) continue;
    } else if (kind === 'according-to' && /^(its|their)$/i.test(t[after]?.text ?? '') && /^(website|site|statement|report|figures|data|records|filing|account|announcement|estimates|count|tally)$/i.test(t[after + 1]?.text ?? '')) {
      // (`…, according to its website.`: the institution just named owns it — in the sentence, a lone
      // capitalised name with no given name may be one: `Around half of Eurostar trains …`.)
      phraseEnd = after + 2;
      speaker = [...info.mentions].reverse().find((x) => x.t1 <= k && (x.kind === 'org' || (x.kind === 'person' && x.name?.length === 1 && !x.given && !x.role))) ?? null;
      if (speaker) speaker = { ...speaker, afterPreposition: false };
      else ownerFromContext = true;
    } else if (kind === 'wedlug' && /^(jego|jej|ich)$/i.test(t[after]?.text ?? '') && /^(słów|wypowiedzi|relacji|opinii|zapewnień|deklaracji|wyliczeń|szacunków|informacji)$/.test(t[after + 1]?.lower ?? '')) {
      // (`Według jego słów, łączna wartość pomocy wyniosła …`: his words, as `jego zdaniem`.)
      speaker = info.mentions.find((m) => m.t0 === after && m.kind === 'pronoun') ?? null;
      phraseEnd = after + 2;
      if (!speaker) continue;
    } else {
      // Optional source noun with up to two adjectives: `według oficjalnych źródeł`, `według szacunków ONZ`.
      let q = after;
      let srcNoun = -1;
      for (let r = q; r < t.length && r - q < 3; r++) {
        // `według francuskich mediów`: a group noun after its adjectives is the source itself.
        if (r > q && info.mentions.some((m) => m.t0 === r && m.kind === 'group') && t.slice(q, r).every((x) => x.word && !x.cap)) {
          q = r;
          break;
        }
        if (info.mentions.some((m) => m.t0 === r && m.kind === 'group')) break;
        if (SOURCE_NOUNS.has(t[r].lower)) {
          srcNoun = r;
          break;
        }
        if (!t[r].word || t[r].cap) break;
      }
      let mStart = srcNoun >= 0 ? srcNoun + 1 : q;
      // `a summary released by the Senate Appropriations Committee`, `a survey by the Ifop institute`.
      // (`według informacji przedstawionych przez szefa MSZ Jacka Czaputowicza`: the owner after `przez`.)
      if (srcNoun >= 0 && lang === 'pl' && /^(przedstawionych|przedstawionej|opublikowanych|opublikowanego|opublikowanej|podanych|przekazanych|zebranych|przygotowanych|przygotowanego|cytowanych|sporządzonego|sporządzonej|opublikowaną|przygotowanej|przygotowanych|przygotowaną)$/.test(t[mStart]?.lower ?? '')) {
        // (`według prognozy opublikowanej 23 kwietnia przez Pekao`: a date may come between.)
        let r = mStart + 1;
        while (r < t.length && r - mStart <= 4 && t[r].lower !== 'przez' && (/^\p{N}+$/u.test(t[r].text) || (t[r].word && !t[r].cap))) r++;
        if (t[r]?.lower === 'przez') mStart = r + 1;
      }
      if (srcNoun >= 0 && lang === 'en') {
        let r = mStart;
        if (/^(released|published|issued|compiled|conducted|cited|seen|obtained)$/.test(t[r]?.lower ?? '')) {
          r++;
          // (`a statement released on Wednesday by the World Health Organisation`: a time phrase first.)
          const tp = /^(on|last|this|late|early|earlier)$/.test(t[r]?.lower ?? '') ? r + 1 : r;
          if (TIME_WORD.test(t[tp]?.lower ?? '') && /^(by|from)$/.test(t[tp + 1]?.lower ?? '')) r = tp + 1;
        }
        if (/^(by|from|of)$/.test(t[r]?.lower ?? '')) {
          r++;
          if (/^(the|a|an)$/.test(t[r]?.lower ?? '')) r++;
          mStart = r;
        }
      }
      let m = info.mentions.find((x) => x.t0 === mStart || (srcNoun < 0 && x.t0 === q));
      // (`according to GECDSB public relations officer Scott Scantlebury`: an institution qualifying the
      // title of the person named after it.)
      const holder = m?.kind === 'org' && lang === 'en' ? info.mentions.find((x) => x.kind === 'person' && !!x.role && x.t0 > m!.t1 && x.t0 <= m!.t1 + 3 && t.slice(m!.t1, x.t0).every((w) => w.word && !w.cap)) : undefined;
      if (holder) m = holder;
      // (`według agencji Reuters`: the source noun opens the outlet's own name.)
      if (!m && srcNoun >= 0) m = info.mentions.find((x) => x.t0 === srcNoun && x.kind === 'org' && !!x.org && x.org.name !== x.org.head && x.t1 > srcNoun + 1);
      // (`according to the fire chief`, `według miejscowego burmistrza`: a lower-case modifier the
      // role lexicon does not know before the speaker noun.)
      // (Or capitals qualifying the title: `according to Public Works director Mark Cothran`.)
      if (!m && srcNoun < 0) m = info.mentions.find((x) => x.t0 > q && x.t0 <= q + 2 && x.kind !== 'pronoun' && t.slice(q, x.t0).every((w) => w.word && (!w.cap || (x.kind === 'person' && !!x.role)) && !/^(of|and|or|z|i|which|whom|whose|nich|niego|niej|tego|tej|tych|tym|jego|jej|ich)$/.test(w.lower) && !/^któr/.test(w.lower)));
      // `figures from music tour trade publication Pollstar`: the owner after a few describing words.
      if (!m && srcNoun >= 0 && lang === 'en' && mStart > srcNoun + 1) {
        let r = mStart;
        while (r < t.length && r - mStart < 5 && t[r].word && !t[r].cap) r++;
        if (r > mStart && r - mStart < 5) m = info.mentions.find((x) => x.t0 === r && (x.kind === 'org' || x.kind === 'person'));
      }
      // `according to Department of Fire and Emergency Services Commissioner Darren Klemm`: the
      // institution premodifies the titled person who follows it at once.
      if (m?.kind === 'org') {
        const person = info.mentions.find((x) => x.t0 === m!.t1 && x.kind === 'person' && x.role);
        if (person) m = person;
      }
      // (`Według portalu "Super Expressu", …`, `the newspaper "Ha'aretz"`: an outlet noun alone before a
      // quoted title is that outlet.)
      const titled = m && m.kind === 'org' && m.org && m.org.head && m.org.name === m.org.head && OUTLET_HEAD.test(m.org.head) ? quotedSourceAfter(info, m.t1 - 1) : null;
      const titleClose = titled ? t.findIndex((x) => x.start >= titled.end && CLOSE_QUOTES.includes(x.text)) : -1;
      if (titled && titleClose > 0) {
        fallbackName = `${m!.org!.name} ${titled.text}`;
        phraseEnd = titleClose + 1;
      } else if (m && (m.kind !== 'pronoun' || m.pronounUse === 'oblique')) {
        speaker = m;
        phraseEnd = m.t1;
        // `Według szefa Sztabu Generalnego, gen. Wiesława Kukuły, …`: a name in commas after the title.
        if (m.kind === 'role' && t[m.t1]?.text === ',') {
          const ap = info.mentions.find((x) => x.t0 === m!.t1 + 1 && x.kind === 'person' && x.name && t[x.t1]?.text === ',');
          if (ap) {
            speaker = ap;
            phraseEnd = ap.t1;
          }
        }
      } else if (OPEN_QUOTES.includes(t[mStart]?.text ?? '')) {
        quoted = quotedSourceAfter(info, mStart - 1);
        if (!quoted) continue;
        const p = info.pairs.find((x) => x.open === t[mStart].start)!;
        // (A quotation left open at the text's end has no closing token: no source phrase then.)
        const closeTok = t.findIndex((x) => x.start === p.close);
        if (closeTok < 0) continue;
        phraseEnd = closeTok + 1;
      } else if (srcNoun >= 0 && lang === 'pl' && SOURCE_NEEDS_OWNER.has(t[srcNoun].lower) && t.slice(after, srcNoun).some((x) => /^nieoficjaln/.test(x.lower))) {
        // (`Według nieoficjalnych informacji, …` with no owner: what the outlet itself has learnt, not
        // anyone's statement.)
        continue;
      } else if (srcNoun >= 0 && (!SOURCE_NEEDS_OWNER.has(t[srcNoun].lower) || t[srcNoun + 1]?.text === ',' || w === 'zgodnie' ||
        // (…or a preposition right after it, which no owner opens: `Według policyjnych statystyk od początku
        // miesiąca zatrzymano …`.)
        (lang === 'pl' && /^(od|w|we|na|do|po|przez|dla|u|nad|pod|przed|za|już|aż|prawie|niemal|ponad|około|ok)$/.test(t[srcNoun + 1]?.lower ?? '')))) {
        // (`According to recent data, …`: unowned data named as written — or, `GUS opublikował nowe
        // dane. Według szacunku, …`, the institution just named as publishing them.)
        fallbackName = info.s.text.slice(t[after].start - info.s.start, t[srcNoun].end - info.s.start);
        phraseEnd = srcNoun + 1;
        ownerFromContext = lang === 'pl' && SOURCE_NEEDS_OWNER.has(t[srcNoun].lower);
        sourceStem = t[srcNoun].lower.slice(0, 5);
      } else if (lang === 'en' && kind === 'according-to' && t[after]?.word) {
        // (`according to Chinese state media.`, `according to a person granted anonymity to …`: a
        // source the lexicon does not know is named as written, up to the comma or the sentence end.)
        let c = after;
        // (…slashes and ampersands inside a name too: `according to Thomson Reuters I/B/E/S.`)
        while (c < t.length && c - after < 16 && (t[c].word || t[c].text === "'" || t[c].text === '’' || (t[c].text === '.' && c < t.length - 1) || (/^[/&]$/.test(t[c].text) && !!t[c - 1]?.word && !!t[c + 1]?.word))) c++;
        const endsPhrase = c >= t.length || /^[,.;:]$/.test(t[c].text);
        if (!endsPhrase || c === after || t.slice(after, c).some((x) => CLAUSE_WORDS.has(x.lower) && x.lower !== 'and')) continue;
        // (`according to Wood County Coroner Mike St. Clair`: the name after the title.)
        let from = after;
        for (let r = after; r < c - 1; r++) if (t[r].word && roleHead(t[r].text) && t[r + 1].word && t[r + 1].cap && givenNameLemma(t[r + 1].text)) from = r + 1;
        // (`data from the U.S. Energy Information Administration`: the owner after a source noun.)
        if (SOURCE_NOUNS.has(t[from].lower) && /^(from|by|of)$/.test(t[from + 1]?.lower ?? '') && from + 2 < c) from += /^(the|a|an)$/.test(t[from + 2].lower) && from + 3 < c ? 3 : 2;
        // (`transcripts unsealed Wednesday`, `reports Sunday`: a participle or a day after the source is no part of it.)
        let to = c;
        for (let r = from + 1; r < c; r++) {
          if (TIME_WORD.test(t[r].lower) || (/\p{Ll}ed$/u.test(t[r].text) && !t[r].cap && TIME_WORD.test(t[r + 1]?.lower ?? ''))) {
            to = r;
            break;
          }
        }
        fallbackName = info.s.text.slice(t[from].start - info.s.start, t[to - 1].end - info.s.start);
        phraseEnd = c;
      } else continue;
    }
    // English: the phrase runs to the next comma (`according to the EU's Copernicus climate change
    // service.`); when it reaches the sentence end the statement precedes it.
    if (lang === 'en' && kind === 'according-to') {
      let c = phraseEnd;
      while (c < t.length && t[c].text !== ',' && !(t[c].text === '.' && c === t.length - 1) && !/^[;:!?]$/.test(t[c].text)) c++;
      const tailWords = t.slice(phraseEnd, c).filter((x) => x.word);
      if (speaker && tailWords.length && tailWords.length <= 4 && tailWords.every((x) => !x.cap) && orgHead(tailWords[tailWords.length - 1].text)) {
        // The mention was only the owner of the institution named by the whole phrase.
        fallbackName = info.s.text.slice(t[after].start - info.s.start, tailWords[tailWords.length - 1].end - info.s.start);
        speaker = null;
      }
      // (`… by the World Health Organisation (WHO), …`: a bracketed acronym belongs to the phrase.)
      if (c > phraseEnd && t.slice(phraseEnd, c).every((x) => x.word || x.text === '.' || x.text === "'" || x.text === '’' || x.text === '(' || x.text === ')')) phraseEnd = c;
      // (`According to Scott Scantlebury, a GECDSB public relations officer, employees …`: the person's
      // apposition between commas belongs to the phrase.)
      if (speaker?.kind === 'person' && t[phraseEnd]?.text === ',' && /^(a|an|the|his|her|its|their)$/i.test(t[phraseEnd + 1]?.text ?? '')) {
        let e = phraseEnd + 2;
        while (e < t.length && e - phraseEnd <= 10 && (t[e].word || t[e].text === "'" || t[e].text === '’')) e++;
        if (t[e]?.text === ',' && t.slice(phraseEnd + 2, e).some((x) => roleHead(x.lower)) && hasWords(info.s.text.slice(t[e].end - info.s.start), 4)) phraseEnd = e;
      }
    }
    // Content: the rest of the sentence after the phrase, or before it when the phrase ends the sentence.
    const endTok = t[phraseEnd - 1];
    const restAfter = info.s.text.slice(endTok.end - info.s.start);
    // `(wg ONZ)` qualifies what precedes the parenthesis.
    const parenthetical = t[k - 1]?.text === '(';
    // `…spowodowana, według Rosjan, zerwaniem…`: an inserted phrase qualifies the whole sentence.
    // (Not after a sentence adverb alone: `However, according to X, …` opens the sentence with the phrase.)
    // (…and so does one set off by dashes: `Inflacja w styczniu - według wstępnych danych GUS - wyniosła …`.)
    // (`…, according to the I.C.O., which said it will …`: a relative clause of the source after the
    // phrase is the source's next statement; the phrase closes the one before it.)
    const sourceRelative = t[phraseEnd]?.text === ',' && /^(?:which|who)$/i.test(t[phraseEnd + 1]?.text ?? '') && k > 1;
    // (`There were 2,682 repossessions, according to Ministry of Justice figures – a rise of a fifth …`:
    // after a clause and its comma, what a dash adds is an aside on that clause, not the source's next words.)
    let dashAt = phraseEnd;
    while (dashAt < t.length && dashAt - phraseEnd < 3 && t[dashAt].word && !t[dashAt].cap) dashAt++;
    const aside = t[k - 1]?.text === ',' && k >= 4 && DASH.test(t[dashAt]?.text ?? '');
    const inserted = !sourceRelative && !aside && ((t[k - 1]?.text === ',' && t[phraseEnd]?.text === ',') || (DASH.test(t[k - 1]?.text ?? '') && DASH.test(t[phraseEnd]?.text ?? ''))) && k > 1 && !(k === 2 && SENTENCE_ADVERB.test(t[0].text));
    let q: [number, number];
    if (sourceRelative || aside) {
      const [a, b] = trimSpan(info.s.text, 0, phraseStart - info.s.start);
      q = [a + info.s.start, b + info.s.start];
    } else if (inserted) {
      const [a, b] = trimSpan(info.s.text, 0, info.s.text.length);
      q = [a + info.s.start, b + info.s.start];
    } else if (hasWords(restAfter, 2) && !parenthetical) {
      const [a, b] = trimSpan(info.s.text, endTok.end - info.s.start, info.s.text.length);
      q = [a + info.s.start, b + info.s.start];
    } else {
      const [a, b] = trimSpan(info.s.text, 0, phraseStart - info.s.start);
      q = [a + info.s.start, b + info.s.start];
    }
    if (!hasWords(info.s.text.slice(q[0] - info.s.start, q[1] - info.s.start), 3)) continue;
    const f = baseFrame(info, 'quote.reported.' + kind, false, q, null, t[k].start, speaker, parenthetical ? 0 : 1);
    f.fallbackName = fallbackName;
    f.quotedSource = quoted;
    if (!speaker) f.fallback = 'none';
    if (ownerFromContext) {
      f.ownerFromContext = true;
      f.sourceStem = sourceStem;
    }
    out.push(f);
  }
  return out;
}

// Words that may open a sentence before a comma without being part of its content.
const SENTENCE_ADVERB = /^(however|but|meanwhile|still|yet|and|also|instead|now|indeed|moreover|furthermore|separately|earlier|later|previously|nevertheless|tymczasem|jednak|ponadto|natomiast|zaś|ale|również|także|dodatkowo|jednocześnie|wcześniej|później|ostatecznie)$/i;

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|week|month|year)$/;

// English verbs that take a `that`-less content clause.
// (An -ing word before one of these is an adjective of a noun phrase — `revealed falling annual profits` —
// unless a clause follows; before anything else it may open a gerund clause: `denied failing to inform …`.)
const ADJ_BEFORE_NOUN = /^(?:annual|quarterly|monthly|yearly|full-year|half-year|first-half|profits?|sales|revenues?|costs?|prices?|demand|numbers|figures|rates?|earnings|margins|losses)$/;
/** An auxiliary within four words after `q`, before any subordinator or punctuation (`rising costs had cut …`). */
function auxSoon(t: Token[], q: number): boolean {
  for (let r = q; r < t.length && r - q < 4; r++) {
    if (!t[r].word || /^(as|while|because|after|before|and|but|since|when|amid)$/i.test(t[r].text)) return false;
    if (AUX.test(t[r].text)) return true;
  }
  return false;
}

const NP_VERBS = /^(ruled|rules|reported|reports|announced|announces|confirmed|confirms|revealed|reveals|disclosed|discloses|unveiled|denied|denies|admitted|admits|acknowledged|estimated|estimates|predicted|forecast|added|adds|maintained|maintains|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|reiterated|reiterates)$/i;
const AUX = /^(is|are|was|were|be|been|had|has|have|will|would|could|can|may|might|should|must|did|does|do)$/i;

/** True when the words from `q` read as a noun phrase (a preposition comes before any auxiliary). */
/** `an EF-1 tornado came through …`: an indefinite noun phrase of up to four words followed by a past verb. */
function indefiniteSubject(t: Token[], q: number): boolean {
  for (let k = q + 1; k < t.length && k - q <= 4; k++) {
    if (!t[k].word) return false;
    // (`confirmed a full list of schools affected will be published`: an auxiliary soon after the `of`
    // phrase makes the whole a clause's subject.)
    if (t[k].lower === 'of') {
      if (auxAfterOf(t, k, 5)) return true;
    }
    if (/^(in|of|on|at|for|with|from|to|by|that|which|who|and|or)$/i.test(t[k].lower)) return false;
    if (k > q + 1 && !t[k].cap && (/\p{Ll}{3}ed$/u.test(t[k].text) || /^(came|went|hit|struck|took|made|was|were|had|has|is|will|would|could|may|might)$/.test(t[k].lower))) return true;
  }
  return false;
}

// Irregular pasts of happenings that, after a noun, make it a clause's subject (`the rescues took place`).
const IRREGULAR_PAST_OF_EVENTS = /^(?:took|came|went|fell|rose|grew|began|left|broke|ran|hit|struck|sank|spread|swept|tore|blew|froze|shrank|slid|won|lost|held|sold|paid|stood|fought|spent)$/;

/** An auxiliary within `reach` words after the `of` at `k`, no relative word between (`a list of schools affected will be`). */
function auxAfterOf(t: Token[], k: number, reach: number): boolean {
  for (let r = k + 1; r < t.length && r - k <= reach && t[r].word && !/^(who|which|that|and|or)$/.test(t[r].lower); r++) if (/^(will|would|was|were|is|are|has|have|had)$/.test(t[r].lower)) return true;
  return false;
}

function npBeforeVerb(t: Token[], q: number): boolean {
  let aside = 0;
  for (let k = q + 1; k < t.length && k - q - aside <= 7; k++) {
    // (`confirmed the team — made up of members — will meet`: an aside between dashes is skipped.)
    if (/^[—–]$/.test(t[k].text)) {
      let c = k + 1;
      while (c < t.length && c - k <= 10 && t[c].text !== t[k].text && !/^[.;:!?]$/.test(t[c].text)) c++;
      if (t[c]?.text === t[k].text && c > k + 1) {
        aside += c - k + 1;
        k = c;
        continue;
      }
    }
    if (AUX.test(t[k].text) || /ed$/.test(t[k].lower) || (k > q + 1 && IRREGULAR_PAST_OF_EVENTS.test(t[k].lower))) return false;
    if (/^(in|of|on|at|for|with|from|to|despite|after|before|during|over|by)$/i.test(t[k].lower)) {
      // (…unless a `was`/`were` follows its short object: `admitted the possibility of a win was slim`.)
      if (t[k].lower === 'of' && auxAfterOf(t, k, 4)) return false;
      return true;
    }
    // (`announced its widely respected CEO, Stephen Hester, would be leaving`: a name set off by commas,
    // then an auxiliary, makes the phrase a clause's subject.)
    if (t[k].text === ',') {
      let r = k + 1;
      while (r < t.length && r - k <= 4 && t[r].word && t[r].cap) r++;
      if (r > k + 1 && t[r]?.text === ',' && AUX.test(t[r + 1]?.text ?? '')) return false;
      // (…and so does a relative clause set off by commas, then a verb: `claimed his sister, who had a
      // history of mental illness, killed her family`.)
      if (/^(who|which)$/i.test(t[k + 1]?.text ?? '')) {
        let c = k + 2;
        while (c < t.length && c - k <= 16 && (t[c].word || /^['’-]$/.test(t[c].text))) c++;
        const nv = t[c]?.text === ',' ? t[c + 1] : undefined;
        if (nv?.word && !nv.cap && (AUX.test(nv.text) || /\p{Ll}{2}ed$/u.test(nv.text) || IRREGULAR_PAST_OF_EVENTS.test(nv.lower))) return false;
      }
    }
    if (!t[k].word) return true;
  }
  return false;
}

// Polish documents in the locative, as `czytamy w …` names them.
const PL_DOCUMENT_LOC = /^(raporcie|komunikacie|oświadczeniu|opracowaniu|dokumencie|piśmie|uzasadnieniu|analizie|badaniu|stanowisku|liście|wpisie|poście|publikacji|sprawozdaniu|notatce|informacji)$/;

// Polish verbs of asking and advising whose content is a `by`/`aby`/`żeby` clause.
// Polish adverbs that may stand between a dash and the verb of its tail (`– wielokrotnie deklarował X`).
// Polish verbs of finding out that a dash tail may end with (`– … – ustaliła PAP.`).
const PL_FINDING_TAIL = /^(?:ustalić|ustalać)$/;
const PL_TAIL_ADVERB = /^(?:\p{Ll}{3,}(?:nie|cie|rze|ście|o)|też|także|również|jeszcze|już|potem|wtedy|wówczas|dziś|dzisiaj|wczoraj|później|wcześniej|dodatkowo|ponadto|zaś|natomiast)$/u;

// Polish verbs that report what was said through a preposition (`zaapelował o …`, `ostrzega przed …`, `zwrócił uwagę na …`).
const PL_ABOUT = /^o$/;
const PL_TOPIC_PREP: Record<string, RegExp> = {
  poinformować: PL_ABOUT, informować: PL_ABOUT, powiadomić: PL_ABOUT, zawiadomić: PL_ABOUT, ostrzec: /^(o|przed)$/, ostrzegać: /^(o|przed)$/, przestrzegać: /^przed$/,
  przekonywać: PL_ABOUT, zapewniać: PL_ABOUT, zapewnić: PL_ABOUT,
  zwrócić: /^na$/, zwracać: /^na$/,
};
const PL_APPEAL_LEMMA = /^(proponować|zaproponować|sugerować|zasugerować|zaapelować|apelować|wezwać|wzywać|prosić|poprosić|radzić|poradzić|doradzać|zalecać|zalecić|postulować|żądać|zażądać|domagać|nawoływać|namawiać|zachęcać|zachęcić|przestrzegać|ostrzegać|przekonywać|podkreślać|podkreślić|przypominać|przypomnieć)$/;

// Nouns of claiming that carry a content clause after a denial (`dismissed rumours that …`).
// Nouns of saying whose possessor said what follows `that` (`Ofgem's warning that …`).
const OWNED_SAYING_NOUN = /^(warnings?|announcement|predictions?|admission|insistence|promises?|pledges?|beliefs?|views?|arguments?|statements?|forecasts?|estimates?|conclusion|assessment)$/;
const CLAIM_NOUN = /^(suggestions?|claims?|reports?|allegations?|accusations?|rumou?rs?|speculation|assertions?|charges?|criticism|notions?|ideas?|fears?|concerns?)$/;

// Verbs of telling someone: an addressee stands between the verb and its content.
const TOLD_VERB = /^(told|tells|tell|informed|informs|notified|notifies|assured|assures|reminded|reminds|warned|warns|advised|advises)$/i;

/** `he was innocent`, `it is safe`: a three-word clause of a personal pronoun, a verb and its complement, to the sentence's end. */
function shortPronounClause(info: SentInfo, q: number): boolean {
  const t = info.tokens;
  // (…also contracted: `she said she’s scared`, `he said they’re ready`.)
  if (t[q]?.word && /^(he|she|they|it|we)['’](?:s|re|d|ll)$/i.test(t[q].text) && !!t[q + 1]?.word && !t[q + 1].cap && (!t[q + 2] || /^[.!?]$/.test(t[q + 2].text))) return true;
  return !!t[q]?.word && /^(he|she|they|it|we)$/i.test(t[q].text) && /^(was|is|were|are|had|has|would|will|could|did)$/i.test(t[q + 1]?.text ?? '') && !!t[q + 2]?.word && !t[q + 2].cap &&
    (!t[q + 3] || /^[.!?]$/.test(t[q + 3].text));
}

/** True when a clause's subject opens at token `q`: `he …`, `DFES preferred …`, `the council has …`. */
function clauseSubjectAt(info: SentInfo, q: number): boolean {
  const t = info.tokens;
  const x = t[q];
  if (!x?.word || TIME_WORD.test(x.lower)) return false;
  if (/^(he|she|they|it|we|i|there)$/.test(x.lower)) return !!t[q + 1]?.word && !t[q + 1].cap;
  // `National Grid reported more than 12,600 premises had lost power`, `WA has reported 35 infections
  // this year`: a counted figure is what is reported, with or without its verb.
  let n = q;
  if (/^(more|fewer|less)$/.test(t[n]?.lower ?? '') && t[n + 1]?.lower === 'than') n += 2;
  else if (/^(over|about|nearly|almost|around|roughly|approximately)$/.test(t[n]?.lower ?? '')) n += 1;
  else if ((t[n]?.lower === 'at' && t[n + 1]?.lower === 'least') || (t[n]?.lower === 'up' && t[n + 1]?.lower === 'to')) n += 2;
  // (`said as many as 7,300 customers were …`.)
  else if (t[n]?.lower === 'as' && /^(many|much)$/.test(t[n + 1]?.lower ?? '') && t[n + 2]?.lower === 'as') n += 3;
  // (…a number in words too: `reported at least two bridges and roads had washed out`.)
  const numberWord = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|dozen)$/.test(t[n]?.lower ?? '') && n > q;
  if (/^\d+$/.test(t[n]?.text ?? '') || numberWord) {
    // (`12,600` is three tokens.)
    let e = n + 1;
    while (/^[,.]$/.test(t[e]?.text ?? '') && /^\d+$/.test(t[e + 1]?.text ?? '') && t[e].start === t[e - 1].end && t[e + 1].start === t[e].end) e += 2;
    const noun = t[e];
    if (noun?.word && !noun.cap && !TIME_WORD.test(noun.lower) && !/^(am|pm|a|p|per|percent|years?|months?|weeks?|days?|hours?|minutes?)$/.test(noun.lower)) return true;
  }
  // (`said hikes are needed to …`, `said prices would rise`: a bare plural noun with its auxiliary.)
  if (!x.cap && /\p{Ll}{3}s$/u.test(x.text) && /^(were|are|had|have|will|would|could|should|can|must|may|might)$/.test(t[q + 1]?.lower ?? '') && t[q + 2]?.word) return true;
  // (A possessive determiner opens a noun phrase, as `the` does: `said her neighbours were among the dead`.)
  const possessive = /^(his|her|their|its|our)$/.test(x.lower) && !!t[q + 1]?.word && !t[q + 1].cap;
  const m = possessive ? undefined : info.mentions.find((y) => y.t0 === q || (y.t0 === q + 1 && /^(the)$/.test(x.lower)));
  // (`claimed his sister, who had a history of mental illness, killed …`: a relative clause set off by
  // commas after the subject is passed over.)
  const afterRelative = (k: number): number => {
    if (t[k]?.text !== ',' || !/^(who|which|whose)$/i.test(t[k + 1]?.text ?? '')) return k;
    for (let c = k + 2; c < t.length && c - k <= 16; c++) {
      if (t[c].text === ',') return c + 1;
      if (!t[c].word && !/^['’-]$/.test(t[c].text)) return k;
    }
    return k;
  };
  if (m) {
    const nk = afterRelative(m.t1);
    return m.kind !== 'pronoun' && !!t[nk]?.word && !t[nk].cap && !/^(and|or|of|in|on|at|for|to|that|who|which)$/.test(t[nk].lower);
  }
  // `NCDPH says many of the cases are tied to the fair that …`: a quantified or determined noun
  // phrase with its auxiliary before the `that`.
  if (!/^(many|most|some|all|several|few|both|none|the|a|an|this|these|those|its|his|her|their|our|no|each|every)$/.test(x.lower)) return false;
  // (Up to ten tokens, a compound adjective's hyphens included: `her next door neighbours and their
  // 13-year-old grandson were …`.)
  for (let k = q + 1; k < t.length && k - q <= 10; k++) {
    if (t[k].text === '-' && t[k - 1].word && t[k + 1]?.word) continue;
    const nk = k > q + 1 ? afterRelative(k) : k;
    if (nk > k) {
      // (The verb right after the relative clause: `his sister, who …, killed her family`.)
      return !!t[nk]?.word && !t[nk].cap && (AUX.test(t[nk].text) || /\p{Ll}{2}ed$/u.test(t[nk].text) || IRREGULAR_PAST_OF_EVENTS.test(t[nk].lower));
    }
    if (!t[k].word || CONTENT_INTRO.has(t[k].lower)) return false;
    if (AUX.test(t[k].text)) return k > q + 1;
    // (…or an irregular past after its noun: `reported the water rescues took place in Chico`.)
    if (k > q + 1 && IRREGULAR_PAST_OF_EVENTS.test(t[k].lower)) return true;
    // (`said the jump in core inflation indicates that …`: a verb of showing has the phrase as its subject.)
    if (/^(indicates|shows|suggests|means|reflects|signals|confirms|proves|demonstrates|highlights|underlines)$/.test(t[k].lower)) return k > q + 1;
  }
  return false;
}

// Polish documents and places of publication in the locative, with their nominative.
const DOCUMENT_LOCATIVE: Record<string, string> = {
  uzasadnieniu: 'uzasadnienie', komunikacie: 'komunikat', oświadczeniu: 'oświadczenie', raporcie: 'raport', piśmie: 'pismo',
  liście: 'list', wpisie: 'wpis', odpowiedzi: 'odpowiedź', stanowisku: 'stanowisko', notatce: 'notatka', dokumencie: 'dokument',
  publikacji: 'publikacja', artykule: 'artykuł', poście: 'post', wiadomości: 'wiadomość', decyzji: 'decyzja', wyroku: 'wyrok',
  orzeczeniu: 'orzeczenie', opinii: 'opinia', analizie: 'analiza', projekcie: 'projekt', ustawie: 'ustawa', rozporządzeniu: 'rozporządzenie',
  stronie: 'strona', profilu: 'profil', serwisie: 'serwis', portalu: 'portal', informacji: 'informacja', sprawozdaniu: 'sprawozdanie',
  badaniu: 'badanie', sondażu: 'sondaż', apelu: 'apel', ogłoszeniu: 'ogłoszenie',
};

// Documents an institution issues in its own name (not a web page or a poll someone else may run).
const DOCUMENT_LOCATIVE_OWNED = /^(oświadczenie|komunikat|stanowisko|pismo|odpowiedź|uzasadnienie|apel|ogłoszenie|sprawozdanie|raport|notatka|informacja|publikacja|analiza)$/;

/** The source phrase before an impersonal speech verb: `W uzasadnieniu do projektu` → uzasadnienie do projektu. */
function impersonalSource(info: SentInfo, v: number, after = false): { name: string; owner: Mention | null } | null {
  const t = info.tokens;
  // Before the verb (`W komunikacie policji podano, że …`), or after a tail (`– podano w komunikacie.`).
  const from = after ? v + 1 : clauseStartLeft(info, v);
  const to = after ? t.length : v;
  for (let k = from; k < to - 1; k++) {
    if (!/^(w|we|na|podczas)$/i.test(t[k].text)) continue;
    // (`W czasie konferencji poinformowano, że …`, `w trakcie briefingu`: like `podczas`.)
    if (/^(w|we)$/i.test(t[k].text) && /^(czasie|trakcie)$/.test(t[k + 1]?.lower ?? '') && EVENT_NOUN[t[k + 2]?.lower ?? '']) k++;
    // (An adjective may stand before the document: `W opublikowanym oświadczeniu stwierdzono, że …`.)
    const adj = t[k + 1]?.word && !t[k + 1].cap && /\p{Ll}(?:ym|im|ej)$/u.test(t[k + 1].text) && !!t[k + 2] && DOCUMENT_LOCATIVE[t[k + 2].lower] !== undefined;
    if (adj) k++;
    const doc = DOCUMENT_LOCATIVE[t[k + 1].lower] ?? (t[k].lower !== 'w' && t[k].lower !== 'we' ? EVENT_NOUN[t[k + 1].lower] : undefined);
    if (!doc) continue;
    // The phrase runs to the verb (`do projektu`, `policji`, `ministerstwa zdrowia`), adverbs aside.
    let e = k + 2;
    while (e < to && t[e].word && !/^(też|także|również|jednak|natomiast|dodatkowo|ponadto|m\.in)$/i.test(t[e].lower)) e++;
    // (After a tail only the owner right after the document counts: `w piśmie do związkowców cytowanym
    // przez Tygodnik …` names an addressee and an outlet, no owner.)
    if (after) {
      // (…an institution named there, with its adjective: `w komunikacie polskiego resortu spraw zagranicznych`.)
      const named = info.mentions.find((m) => (m.t0 === k + 2 || m.t0 === k + 3) && m.kind === 'org' && m.t1 <= e);
      e = named ? named.t1 : Math.min(e, k + 2 + (t[k + 2]?.word && !/^(do|przez|dla|od|z|ze|cytowan\p{L}*)$/u.test(t[k + 2].lower) ? (t[k + 3]?.cap ? 3 : 1) : 0));
    }
    const owner = info.mentions.find((m) => m.t0 >= k + 2 && m.t1 <= e && (m.kind === 'org' || m.kind === 'person')) ?? null;
    // (An adjective agrees with the noun in the nominative: `konferencji prasowej` → `konferencja prasowa`.)
    const rest = t.slice(k + 2, e).map((x) => (x.cap ? x.text : nominativeAdjective(x.text, doc))).join(' ');
    return { name: rest ? `${doc} ${rest}` : doc, owner };
  }
  return null;
}

// Events where something is said (`Podczas konferencji prasowej PiS podkreślono, że …`), after `na`/`podczas`.
const EVENT_NOUN: Record<string, string> = {
  konferencji: 'konferencja', spotkaniu: 'spotkanie', spotkania: 'spotkanie', briefingu: 'briefing', posiedzeniu: 'posiedzenie',
  posiedzenia: 'posiedzenie', sesji: 'sesja', obradach: 'obrady', obrad: 'obrady', debacie: 'debata', debaty: 'debata', zebraniu: 'zebranie', zebrania: 'zebranie',
};

// Nouns of a message someone issues (`issued the following statement: “…”`, `wydała komunikat: „…”`).
const MESSAGE_NOUN = /^(statement|statements|comment|comments|remarks|message|response|reply|tweet|post|note|letter|oświadczenie|komunikat|wpis|apel|odpowiedź|list|stanowisko)$/;

// Documents that state things: `the news release said`, `the report says`.
const DOCUMENT_NOUN = /^(release|statement|report|study|survey|tweet|post|letter|document|filing|complaint|indictment|ruling|affidavit|lawsuit|memo|notice|announcement|website|poll|analysis|review|summary|warning|alert|advisory|bulletin)$/;

// Verbs that attribute what precedes them (`…, Xinhua reported.`, `…, he assured.`) but take no bare clause.
const TAIL_VERBS = /^(reported|reports|assured|assures|explains|emphasised|emphasized|emphasises|emphasizes|observed|recalled|replied|responded|continued|concluded|suggested|maintained|reiterated|agreed|recounted|cautioned|countered|quipped|joked|tweeted|posted|ruled|declared)$/i;
const BARE_VERBS = /^(clear|ruled|said|says|say|told|tells|tell|added|adds|warned|warns|warn|stated|states|notes|argued|argue|insisted|insist|insists|noted|explained|claimed|claims|claim|announced|revealed|reveals|wrote|writes|believe|believes|think|thinks|estimate|estimates|estimated|acknowledged|conceded|admitted|admits|concedes|acknowledges|predicted|cautioned|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|maintained|maintains|complained|complains|boasted|confirmed|suggested|suggests|indicated|indicates|denied|denies|alleged|alleges|contended|contends|asserted|asserts|testified|testifies|disclosed|discloses|reiterated|reiterates|concluded|concludes|fear|fears|feared|expects|expect|expected|confident|optimistic|hopeful|convinced|adamant)$/i;
// Verbs that take a bare clause only after a finding's source (`A Reuters survey showed …`, `The study
// found …`) or with a clear clause subject after them (`hospitals reported they were struggling`).
const FINDING_VERBS = /^(showed|shows|show|found|finds|reported|reports)$/i;
// Who finds things out by research, and the last words of research bodies' names.
const RESEARCH_BODY = /^(researchers|scientists|economists|analysts|experts|academics|auditors|statisticians|institute|centre|center|office|statistics|performance|studies|research|foundation|university|unit|laboratory|observatory)$/i;
const FINDING_BODY = /^(court|courts|judge|jury|tribunal|commission|regulator|watchdog|panel|coroner|investigators|inspectors|inspector|ombudsman|authority|agency|committee|prosecutors)$/i;
const FINDING_NOUN = /^(survey|surveys|study|studies|research|data|figures|poll|polls|analysis|report|reports|findings|results|review|audit|investigation|inquiry|census|statistics|records|documents)$/i;

// Words that open what follows a finding's noun and describes it: its author or how it came out.
const FINDING_POSTMODIFIER = /^(by|from|into|on|of|released|published|issued|compiled|commissioned|conducted|gathered|obtained|produced|carried|available)$/i;

/**
 * The index of the finding's noun (`FINDING_NOUN`) whose verb is at `v`: right before it, or before a
 * short description of it (`Official data released on Thursday shows …`, `Research by YouGov commissioned
 * by Shelter showed …`, `A survey by YouGov found …`) of plain words with no verb of its own; else -1.
 */
/**
 * Mention `m` right before a finding's noun names its author (`A Reuters survey`, `ONS data`), not a
 * word describing it: a role word (`Official data`), a generic institution noun (`Government research`),
 * or one capitalised adjective opening the sentence (`Preliminary data`, `Federal figures`).
 */
function authorBeforeFinding(t: Token[], m: Mention): boolean {
  if (m.kind === 'role' || m.kind === 'pronoun' || m.kind === 'group') return false;
  if (m.kind === 'org' && m.org && m.org.head !== null && m.org.name === m.org.head) return false;
  const x = t[m.t0];
  if (m.t1 === m.t0 + 1 && !x.acronym && (m.t0 === 0 || !t[m.t0 - 1].word || /^(the|a|an)$/i.test(t[m.t0 - 1].text)) && /\p{Ll}(?:al|ary|ent|ant|ive|ic|ous|ed)$/u.test(x.text)) return false;
  return true;
}

/**
 * After the comma at `q` inside the clause of the verb at `v`, a relative clause of the addressee up to
 * the next comma, then the content's introducer: `apeluje do osób, które mogły zostać poszkodowane, by …`,
 * `told the hearing, which was not attended by any relatives, that …`. The introducer's index, or -1.
 */
function introPastRelative(t: Token[], q: number, v: number, lang: Language, form: SpeechVerbForm, inPair: (pos: number) => boolean): number {
  const pl = lang === 'pl' && /^któr/.test(t[q + 1]?.lower ?? '') && PL_APPEAL_LEMMA.test(form.lemma);
  const en = lang === 'en' && /^(which|who)$/.test(t[q + 1]?.lower ?? '') && q > v + 1 && TOLD_VERB.test(t[v].text);
  if (!pl && !en) return -1;
  let r = q + 2;
  while (r < t.length && r - q <= (pl ? 12 : 14) && t[r].text !== ',' && !/^[.;:!?]$/.test(t[r].text) && !isSpeechToken(t, r, lang, inPair)) r++;
  if (t[r]?.text !== ',') return -1;
  return (pl ? /^(by|aby|żeby)$/ : /^that$/).test(t[r + 1]?.lower ?? '') ? r + 1 : -1;
}

/**
 * `barristers representing the garda commissioner said …`: whom a participle of serving names (the
 * subject mention `sp`) is no speaker; the people before the participle are, named as written. That
 * name, or null.
 */
function servedByParticiple(t: Token[], sp: Mention, text: string): string | null {
  let p = sp.t0 - 1;
  // (…past the title's own lower-case modifiers: `the garda commissioner`.)
  while (p > 0 && sp.t0 - p <= 2 && t[p].word && !t[p].cap && !/^(the|a|an|his|her|their|its|representing|advising|acting|defending|prosecuting|for)$/i.test(t[p].text)) p--;
  if (/^(the|a|an|his|her|their|its)$/i.test(t[p]?.text ?? '')) p--;
  if (t[p]?.lower === 'for' && t[p - 1]?.lower === 'acting') p--;
  if (p <= 0 || !/^(representing|advising|acting|defending|prosecuting)$/i.test(t[p].text)) return null;
  // (Served people before it: `lawyers representing`, `the family's solicitor acting for`.)
  const x = t[p - 1];
  if (!(!!x?.word && (!x.cap || x === t[0]) && (isGroupNoun(x.lower) || EN_PEOPLE_PLURAL.test(x.lower)))) return null;
  const a = t[p - 2]?.word && /^(senior|junior|legal|defence|defense|state)$/.test(t[p - 2].lower) ? p - 2 : p - 1;
  return text.slice(t[a].start, t[sp.t1 - 1].end);
}

/**
 * `Mr Pakula's departmental staff, who …, were wary …, saying …`: a possessive group opening the sentence
 * speaks in a participle clause after it, named as written; else null.
 */
function possessiveGroupOpener(info: SentInfo, v: number, inPair: (pos: number) => boolean, text: string): string | null {
  const t = info.tokens;
  const owned = info.mentions.find((m) => m.kind === 'group' && m.t0 <= 1 && m.t1 < v && t[m.t0].cap && /\p{L}['’]s$/u.test(t[m.t0].text) && !inPair(m.start));
  if (!owned) return null;
  const from = /^(Mr|Mrs|Ms|Miss|Dr)$/.test(t[owned.t0 - 1]?.text ?? '') ? owned.t0 - 1 : owned.t0;
  return text.slice(t[from].start, t[owned.t1 - 1].end);
}

function findingNounBefore(t: Token[], v: number): number {
  // (`…, a report into security failings has found.`: the auxiliary before the verb.)
  if (/^(has|have|had)$/i.test(t[v - 1]?.text ?? '') && t[v - 2]?.word) v--;
  if (FINDING_NOUN.test(t[v - 1]?.text ?? '')) return v - 1;
  for (let k = v - 2; k >= 0 && v - k <= 10; k--) {
    const x = t[k];
    if (!x.word || AUX.test(x.text) || /^(that|which|who|and|or|but|as|if)$/i.test(x.text)) return -1;
    if (FINDING_NOUN.test(x.text) && (!x.cap || k === 0 || !t[k - 1].word) && FINDING_POSTMODIFIER.test(t[k + 1].text) && !t[k + 1].cap) return k;
  }
  return -1;
}
// Words that cannot open a reported clause: prepositions and subordinators of adverbials.
const BARE_BLOCKERS = new Set(['to', 'by', 'for', 'with', 'about', 'of', 'in', 'at', 'on', 'after', 'during', 'before', 'from',
  'into', 'over', 'near', 'outside', 'inside', 'via', 'through', 'since', 'while', 'as', 'amid', 'despite', 'following',
  'according', 'adding', 'and', 'but', 'or', 'hours', 'days', 'weeks', 'earlier', 'later', 'repeatedly', 'publicly', 'privately', 'without',
  // (`said goodbye to …`, `said thanks`: a formula said, no statement reported.)
  'goodbye', 'farewell', 'hello', 'thanks', 'grace', 'sorry']);

/**
 * English attribution after an unquoted statement: `Russia will deepen its cuts, Novak said, adding …`,
 * `…, the weather service said.`, `…, said the ministry.` The statement runs from the sentence start
 * to the comma before the attribution; after the verb only adverbials (or a participle clause) follow.
 */
// Auxiliaries and adverbs between a tail's subject and its verb (`…, the mayor also said.`, `…, has said.`).
const TAIL_ADVERB = BEFORE_VERB_EN;

/**
 * `a statement from the court`, `an English statement released by the ministry` from token `k`: a
 * document, then its author after `from`/`by`, with the author's mention and the token after it (where
 * the verb should stand); else null.
 */
function documentAuthorAt(info: SentInfo, k: number): { owner: Mention; v: number } | null {
  const t = info.tokens;
  let p = k;
  if (/^(the|a|an)$/i.test(t[p]?.text ?? '')) p++;
  let n = p;
  while (n < t.length && n - p < 2 && t[n].word && !DOCUMENT_NOUN.test(t[n].lower)) n++;
  if (!t[n]?.word || t[n].cap || !DOCUMENT_NOUN.test(t[n].lower)) return null;
  let q = n + 1;
  if (/^(released|issued|published|sent|posted)$/i.test(t[q]?.text ?? '')) q++;
  if (!/^(by|from)$/i.test(t[q]?.text ?? '')) return null;
  q++;
  if (/^(the|a|an)$/i.test(t[q]?.text ?? '')) q++;
  const owner = info.mentions.find((x) => x.t0 === q && (x.kind === 'org' || x.kind === 'person' || x.kind === 'role'));
  return owner && t[owner.t1]?.word ? { owner, v: owner.t1 } : null;
}

/** `…, a statement from the court said`: the comma before the document and its author, for verb `v`. */
function documentTail(info: SentInfo, v: number): { comma: number; owner: Mention } | null {
  const t = info.tokens;
  for (let c = v - 3; c >= 0 && v - c <= 12; c--) {
    if (t[c].text !== ',') continue;
    const d = documentAuthorAt(info, c + 1);
    return d && d.v === v ? { comma: c, owner: d.owner } : null;
  }
  return null;
}

// What a broadcaster or a paper runs, named after its outlet: `told Radio 4’s Today programme`.
const PROGRAMME_NOUN = /^(programme|program|show|podcast|bulletin|newspaper|magazine|channel|website|broadcast)$/;

/**
 * After `told` (token `v`) and the start of what was taken for its addressee (`q`): the end of a
 * programme named after its outlet in the possessive (`Radio 4’s Today programme`, `BBC One’s Breakfast
 * show`), which is still the addressee, else `q`.
 */
function programmeEnd(t: Token[], v: number, q: number): number {
  let e = q;
  while (e < t.length && e - q < 4 && t[e].word && (t[e].cap || /^\p{N}+['’]s$/u.test(t[e].text))) e++;
  return PROGRAMME_NOUN.test(t[e]?.lower ?? '') && t.slice(Math.max(v + 1, q - 1), e).some((x) => /['’]s$/.test(x.text)) ? e + 1 : q;
}

/**
 * An English participle after its noun with the clause's own verb to follow (`Additional cost savings
 * announced in the same period are equivalent to …`): a reduced relative clause, no verb of saying.
 */
function reducedRelative(t: Token[], q: number, end: number): boolean {
  const p = t[q - 1];
  if (!/\p{Ll}{3}ed$/u.test(t[q].text) || !p?.word || p.cap || /^(he|she|it|they|we|i|you|who|which|that|has|have|had|also|then|later|and|or)$/.test(p.lower) || /ly$/.test(p.lower)) return false;
  for (let r = q + 1; r < end && r <= q + 8; r++) {
    const x = t[r];
    if (CONTENT_INTRO.has(x.lower) || !x.word) return false;
    if (r > q + 1 && /^(are|is|was|were|have|has|will|would|remain|remains)$/.test(x.lower)) return !/^(he|she|it|they|we|i|you|there)$/.test(t[r - 1].lower);
  }
  return false;
}

/** Whether the token before the verb `v` closes a quotation that opened inside its sentence, after some words. */
function partialQuoteBefore(info: SentInfo, v: number, text: string): boolean {
  const m = info.tokens[v - 1];
  if (!m || !CLOSE_QUOTES.includes(m.text)) return false;
  return info.pairs.some((p) => p.close === m.start && p.open > info.s.start && hasWords(text.slice(info.s.start, p.open), 3));
}

/**
 * `Rząd zdecydował o podwyżkach, poinformował w piątek minister Jan Kowal.`: a Polish past verb of saying
 * after a comma, with its subject closing the sentence after a few adverbial words, attributes what
 * comes before the comma.
 */
function polishCommaTail(info: SentInfo, v: number, form: SpeechVerbForm): Frame | null {
  const t = info.tokens;
  if (t[v - 1]?.text !== ',' || form.needsContent || form.tense !== 'past' || form.impersonal || form.person !== 3) return null;
  const sp = info.mentions.find((m) => m.t0 > v && m.t0 - v <= 8 && (m.kind === 'person' || m.kind === 'role' || m.kind === 'org') && !m.afterPreposition && (m.t1 >= t.length || (/^[.!]$/.test(t[m.t1].text) && m.t1 === t.length - 1)));
  if (!sp || !genderOk(sp, form.gender)) return null;
  // (Only adverbial words between the verb and its subject: `w piątek w Szczecinie`, `PAP`.)
  for (let q = v + 1; q < sp.t0; q++) if (!t[q].word || (t[q].cap && !t[q].acronym && !PREPOSITIONS.has(t[q - 1]?.lower ?? ''))) return null;
  const inPair = makeInPair(info.pairs);
  if (inPair(t[v].start)) return null;
  const [a, b] = trimSpan(info.s.text, 0, t[v - 1].start - info.s.start);
  // (Not an adverbial phrase alone: `Po meczu w Krakowie, powiedział trener.`)
  const first = t.find((x) => x.word);
  if (!hasWords(info.s.text.slice(a, b), 5) || !first || PREPOSITIONS.has(first.lower)) return null;
  return baseFrame(info, 'quote.reported.tail', false, [info.s.start + a, info.s.start + b], form, t[v].start, sp, 2);
}

function tailFrame(info: SentInfo, v: number, form: SpeechVerbForm, text: string): Frame | null {
  const t = info.tokens;
  let comma = -1;
  let speaker: Mention | null = null;
  let fallbackName: string | null = null;
  let extName: string | null = null;
  // `…, CMO Michael Anderson, MD, told the Kitsap Sun.`: a degree after the name is no inversion.
  const degree = t[v - 1]?.text === ',' && /^(MD|PhD|DO|RN|Jr|Sr|Esq|MP|QC|KC|DDS)$/.test(t[v - 2]?.text ?? '') && t[v - 3]?.text === ',' ? info.mentions.find((m) => m.t1 === v - 3) : undefined;
  if (degree) {
    let k = degree.t0 - 1;
    while (k >= 0 && degree.t0 - k <= 4 && t[k].word && !BARE_BLOCKERS.has(t[k].lower)) k--;
    if (t[k]?.text !== ',') return null;
    comma = k;
    speaker = degree;
  } else if ((t[v - 1]?.text === ',' || (TAIL_ADVERB.test(t[v - 1]?.text ?? '') && t[v - 2]?.text === ',')) && (TOLD_VERB.test(t[v].text) || !rightOf(info, v, form, null))) {
    // `…, Kelly Fast, a planetary defense officer at NASA, told ABC News.`: a name, a comma-enclosed
    // apposition opened by an article, then the verb (perhaps after an adverb: `…, has said`, `…, also said`).
    const lv = t[v - 1].text === ',' ? v : v - 1;
    let c2 = lv - 2;
    while (c2 > 0 && lv - c2 <= 22 && t[c2].text !== ',') c2--;
    // (…or a relative clause: `…, senior BJP leader Pralhad Joshi, who took charge as Union Minister for
    // New and Renewable Energy, said on Tuesday.`)
    const nm = t[c2]?.text === ',' && /^(a|an|the|who)$/i.test(t[c2 + 1]?.text ?? '') && t.slice(c2 + 1, lv - 1).every((x) => x.word || x.text === '-' || x.text === '.') ? info.mentions.find((m) => m.t1 === c2 && m.kind === 'person') : undefined;
    // (`…, Dr. Anna Brown, a housing expert at Oxford, said.`: an abbreviated title before the name.)
    const nmComma = nm ? (t[nm.t0 - 1]?.text === '.' && TITLE_ABBR.test(t[nm.t0 - 2]?.lower ?? '') ? nm.t0 - 3 : nm.t0 - 1) : -1;
    if (nm && t[nmComma]?.text === ',') {
      comma = nmComma;
      speaker = nm;
    } else {
      // (`…, its head, Muhammad Wafid, said.`: a title, then the name set off by commas.)
      const named = info.mentions.find((m) => m.t1 === lv - 1 && m.kind === 'person' && !!m.name && t[m.t0 - 1]?.text === ',');
      const title = named ? info.mentions.find((m) => m.t1 === named.t0 - 1 && m.kind === 'role') : undefined;
      const tc = title ? (/^(its|his|her|their|the)$/i.test(t[title.t0 - 1]?.text ?? '') ? title.t0 - 2 : title.t0 - 1) : -1;
      if (!named || !title || t[tc]?.text !== ',') return null;
      comma = tc;
      speaker = named;
    }
  } else if (t[v - 1]?.text === ',' || partialQuoteBefore(info, v, text)) {
    // Inverted: `…, said the ministry.` (…also right after a partial quotation closing the statement:
    // `… as normal on Dec. 5 "unless something else comes up" said Scantlebury.`)
    comma = v - 1;
    speaker = rightOf(info, v, form, null);
    if (!speaker) return null;
    // (`…, Cork, said she and her colleagues were …`: an English pronoun after the verb opens its content.)
    if (form.lang === 'en' && speaker.kind === 'pronoun' && t[speaker.t1] && !/^[,.!?]$/.test(t[speaker.t1].text)) return null;
  } else if (documentTail(info, v)) {
    // (`…, a statement from the court said.`, `…, an English statement released by the ministry said`:
    // the document's author after `from`/`by`.)
    ({ comma, owner: speaker } = documentTail(info, v)!);
  } else {
    // (`…, a Cabinet minister has claimed.`: the auxiliary stands between the subject and the verb.)
    // (`…, the oil minister was quoted as saying by KUNA.`: the passive report of someone's words.)
    const quotedAux = quotedAsSaying(t, v);
    // (…and an adverb before the verb: `…, the mayor also said.`, `…, she has since said.`)
    let vs = quotedAux >= 0 ? quotedAux : v;
    if (quotedAux < 0) while (vs > 1 && v - vs < 2 && TAIL_ADVERB.test(t[vs - 1].text) && t[vs - 2].text !== ',') vs--;
    let subj = info.mentions.find((m) => m.t1 === vs && !m.afterPreposition) ?? null;
    // (`…, scientists at the Jet Propulsion Laboratory in Pasadena said`, `…, the union boss representing
    // striking dockworkers has said`: the subject right after the comma, words up to the verb.)
    if (!subj) {
      let c = vs - 1;
      while (c > 0 && vs - c <= 12 && (t[c].word || t[c].text === "'" || t[c].text === '’' || t[c].text === '.')) c--;
      if (t[c]?.text === ',') {
        // (An institution before a title — `the union boss` — is the title's owner: the title is the subject.)
        let cands = info.mentions.filter((m) => m.t0 > c && m.t0 <= c + 3 && (m.kind === 'person' || m.kind === 'org' || m.kind === 'role' || m.kind === 'group') && m.t1 < vs && !m.afterPreposition);
        if (cands.length > 1 && cands[0].kind === 'org' && cands[1].kind === 'role' && cands[1].t0 === cands[0].t1) cands = cands.slice(1);
        const cand = cands.find((m) => (m.t0 === c + 1 || t.slice(c + 1, m.t0).every((x) => x.word && !x.cap || m.kind === 'role')) &&
          /^(at|of|in|from|with|for|representing|leading|working|who)$/i.test(t[m.t1]?.lower ?? '') && !speechTokenIn(t, m.t1, vs, form.lang));
        if (cand) {
          subj = { ...cand, t0: c + 1, t1: vs };
          // The speaker is named with its description (`scientists at the Jet Propulsion Laboratory`).
          extName = describedName(text.slice(t[c + 1].start, t[vs - 1].end));
        }
      }
    }
    // `… in Khan Younis, the spokesman said`: the title was read as an apposition of the place
    // before it; the subject is the title alone.
    if (!subj && t[vs - 1]?.word && roleHead(t[vs - 1].lower)) {
      let c = vs - 1;
      while (c > 0 && vs - c <= 4 && t[c - 1].word && !t[c - 1].cap) c--;
      const rm = t[c - 1]?.text === ',' ? findMentions(t.slice(c, vs), info.lang).find((x) => x.kind === 'role' && x.role) : undefined;
      if (rm) subj = { ...rm, t0: c, t1: vs, afterPreposition: false, sentenceInitial: false };
    }
    let k = subj ? subj.t0 - 1 : vs - 1;
    // `…, company spokeswoman Ulrika Fager said`: lower-case words before the title belong to it.
    // (`…, county coroner Dr. Anahi Ortiz said`: an abbreviated title before the name.)
    let anchor = subj ? subj.t0 : v;
    const instBefore = info.mentions.find((m) => m.kind === 'org' && m.t1 === k + 1);
    if (subj && t[k]?.text === '.' && TITLE_ABBR.test(t[k - 1]?.lower ?? '')) {
      k -= 2;
      anchor -= 2;
    } else if (subj && subj.kind === 'person' && t[k]?.word && t[k].cap && (TITLE_ABBR.test(t[k].lower) || HONORIFIC_EN.test(t[k].lower))) {
      // (`…, Mr Trainer said.`: British style writes the honorific without its dot.)
      k--;
      anchor--;
    } else if (subj && subj.kind === 'person' && t[k]?.word && t[k].cap && /['’]s$/.test(t[k].text) && t[k - 1]?.text === ',') {
      // (`…, WBKO’s Allison Baker said.`: the outlet or employer in the possessive before the name.)
      k--;
      anchor--;
    } else if (subj && subj.kind === 'person' && subj.role && t[k]?.word && t[k].cap && instBefore && t[instBefore.t0 - 1]?.text === ',') {
      // (`…, University of Quebec Hospital Centre spokeswoman Genevieve Dupuis said Monday.`: the
      // institution's whole name before the title.)
      const inst = instBefore;
      anchor -= k - inst.t0 + 1;
      k = inst.t0 - 1;
    } else if (subj && subj.kind === 'person' && subj.role && t[k]?.word && t[k].cap) {
      // (`…, City Manager Mark Hafner said.`: capitalised words of the title before its head.)
      let q = k;
      while (q > 0 && k - q < 2 && t[q - 1].word && t[q - 1].cap) q--;
      if (t[q - 1]?.text === ',') {
        anchor -= k - q + 1;
        k = q - 1;
      }
    }
    // (`…, Chair Pramila Jayapal and Whip Greg Casar told reporters`: coordinated subjects.)
    if (subj && t[k]?.lower === 'and') {
      const first = info.mentions.find((m) => m.t1 === k && (m.kind === 'person' || m.kind === 'role' || m.kind === 'org'));
      // (Not the end of a list: `… saw the likes of Busted, Sophie Ellis Bextor and Keifer Sutherland added …`.)
      if (first) {
        k = first.t0 - 1;
        anchor = first.t0;
      } else if (t[k - 1]?.cap && t[k - 1].word) {
        // (`…, South Korea and Japan said`: capitalised words the lexicon does not know as a subject.)
        let q = k - 1;
        while (q > 0 && k - q <= 3 && t[q - 1].word && t[q - 1].cap) q--;
        k = q - 1;
        anchor = q;
      }
    }
    // (…and one capitalised modifier right after the comma: `…, Indigenous leaders say.`, `…, Democratic lawmakers said.`)
    // (An adverb of a participle does not count: `…, the city's newly re-elected mayor said Wednesday.`)
    let adverbs = 0;
    if (subj) while (k >= 0 && anchor - k - adverbs <= 2 && t[k].word && (!t[k].cap || isNationalityAdjective(t[k].text) || (t[k - 1]?.text === ',' && subj.kind !== 'person' && !givenNameLemma(t[k].text))) && !BARE_BLOCKERS.has(t[k].lower) && !/^(and|or|but|that)$/.test(t[k].lower)) {
      if (/^\p{Ll}{3,}ly$/u.test(t[k].text) && /\p{Ll}ed$/u.test(t[k + 1]?.text ?? '')) adverbs++;
      k--;
    }
    // (`…, U.N. special envoy Ismail Ould Cheikh Ahmed said`: a dotted acronym before the title.)
    if (subj) while (k > 0 && t[k].text === '.' && t[k - 1].text.length === 1 && t[k - 1].cap) k -= 2;
    // (`…, Homicide Squad detective Dean Thomas said`: a named unit before the lower-case title.)
    if (subj && k >= 0 && k + 1 < anchor && t[k].word && t[k].cap && t[k + 1]?.word && !t[k + 1].cap) {
      const unit = info.mentions.find((m) => m.t1 === k + 1 && m.kind !== 'pronoun');
      if (unit) k = unit.t0 - 1;
    }
    // (…or a document with what it is about: `…, a report into security failings has found.`)
    let docAt = -1;
    if (!subj) for (let q = vs - 3; q > 0 && vs - q <= 8 && t[q].word; q--) if (!t[q].cap && DOCUMENT_NOUN.test(t[q].lower) && FINDING_POSTMODIFIER.test(t[q + 1].text) && !t[q + 1].cap) docAt = q;
    if (!subj && docAt > 0) k = docAt - 1;
    else if (!subj) {
      // No known speaker noun: up to three lower-case words ending in a plural (`federal mediators`).
      // (Or a document: `…, the news release said.`, `…, the report says.`)
      if ((!/[^s]s$/.test(t[vs - 1]?.lower ?? '') && !DOCUMENT_NOUN.test(t[vs - 1]?.lower ?? '')) || t[vs - 1].cap) return null;
      while (k >= 0 && v - k <= 3 && t[k].word && !t[k].cap && !BARE_BLOCKERS.has(t[k].lower)) k--;
    }
    while (k >= 0 && /^(the|a|an|two|three|several|some|many|other)$/i.test(t[k].lower)) k--;
    // (`… “mainly a rain day,” Sikora said`: the comma sits inside the closing quotation mark.)
    if (k > 0 && CLOSE_QUOTES.includes(t[k]?.text ?? '') && t[k - 1].text === ',' && info.pairs.some((p) => p.close === t[k].start && p.open > info.s.start + 1)) k--;
    if (t[k]?.text !== ',') return null;
    comma = k;
    speaker = subj ?? null;
    if (!subj) fallbackName = text.slice(t[k + 1].start, t[vs - 1].end);
  }
  // After the verb (or the inverted subject): nothing, or adverbials up to a participle/`as` clause,
  // and never a content clause (`…, said she had …` is no tail).
  let after = speaker && speaker.start > t[v].start ? speaker.t1 : v + 1;
  if (after === v + 1 && /^(told|tells|tell)$/i.test(t[v].text)) {
    if (/^(the|a|an)$/i.test(t[after]?.text ?? '')) after++;
    const obj = info.mentions.find((m) => m.t0 === after) ?? null;
    if (obj) after = obj.t1;
    // (`told the Riverton Gazette`: a capitalised outlet name, however long.)
    else if (t[after]?.cap) while (t[after]?.word && t[after].cap) after++;
    else if (t[after]?.word) after++;
    after = programmeEnd(t, v, after);
  }
  // (`…, the mayors pointed out.`: the particle of a phrasal verb.)
  if (after === v + 1 && /^(pointed|points)$/i.test(t[v].text) && t[after]?.lower === 'out') after++;
  const nx = t[after];
  // (`… added to the line-up`: adding to something is no speaking.)
  if (form.lemma === 'add' && nx?.lower === 'to') return null;
  if (nx && nx.word && !BARE_BLOCKERS.has(nx.lower) && !TIME_WORD.test(nx.lower) && !/^(late|early|last|this|earlier)$/.test(nx.lower)) return null;
  for (let q = v + 1; q < t.length; q++) {
    const x = t[q];
    if (CONTENT_INTRO.has(x.lower) || x.text === ':' || OPEN_QUOTES.includes(x.text)) return null;
    if (x.text === ',') break;
  }
  const a = info.s.start;
  const b = t[comma].text === ',' ? t[comma].start : t[comma].end;
  // (A quotation inside the statement — `Today will be “mainly a rain day,” Sikora said` — is a
  // partial quote of it; one that ends at the comma was already attributed by the after-verb rule.)
  // (…but one closed before words that go on to the comma — `"The rate is the highest we have seen"
  // since 2010, Schuchat said` — belongs to this attribution too.)
  if (info.pairs.some((p) => p.open < b && p.close > a && p.open <= a + 1 && !(p.closeChar !== '' && hasWords(text.slice(p.close + 1, b), 2)))) return null;
  let start = 0;
  while (start < comma && !t[start].word) start++;
  let [qa, qb] = trimSpan(text, t[start]?.start ?? a, b);
  // `Along with …, he said, earnings reports can cause …`: a parenthetical attribution; the
  // statement runs on to the sentence's end.
  if (nx && nx.text === ',' && !(speaker && speaker.start > t[v].start) && t[after + 1]?.word && !/ing$/i.test(t[after + 1].text) && !CLAUSE_WORDS.has(t[after + 1].lower) && hasWords(text.slice(t[after + 1].start, info.s.end), 4) &&
    !t.slice(after + 1).some((x, i) => isSpeechToken(t, after + 1 + i, form.lang, () => false))) {
    qb = trimSpan(text, qa, info.s.end)[1];
  }
  if (!hasWords(text.slice(qa, qb), 5)) return null;
  // The statement must not be an attribution itself (`X said A, Y said`).
  // (`a flood warning`: an -ing noun is no verb of saying.)
  // (`This suggests the dinosaur had …, Jasinski said`: a verb whose subject is `this`/`it` is the
  // speaker's reasoning, not another attribution.)
  // (A verb with a noun-phrase object says nothing: `… have declared a major incident, the BBC understands.`)
  // (Nor a noun or a passive: `responded to calls of a burglary`, `the order was called off`.)
  // (…nor a figure announced: `Universities have announced more than 12,000 job cuts …, the union says`.)
  const withNounObject = (q: number): boolean => /^(a|an)$/i.test(t[q + 1]?.text ?? '') ||
    (NP_VERBS.test(t[q].text) && /^(?:\d|more$|fewer$|over$|nearly$|almost$|some$|around$|roughly$)/i.test(t[q + 1]?.text ?? '')) || (/^(the|its|his|her|their)$/i.test(t[q + 1]?.text ?? '') && npBeforeVerb(t, q + 1)) ||
    (form.lang === 'en' && (/^(to|of|the|a|an|for|by|was|were|been|being|is|are|be|its|his|her|their|our|my|your)$/i.test(t[q - 1]?.text ?? '') || /^(off|up)$/i.test(t[q + 1]?.text ?? '') ||
    // (`Deputies responded to reports of …`: responding to something is acting on it.)
    (/^(respond|responds|responded|reply|replies|replied)$/i.test(t[q].text) && t[q + 1]?.lower === 'to') ||
    // (`Trump called Trudeau to express condolences`: calling someone is phoning them.)
    (/^(call|calls|called)$/i.test(t[q].text) && (/^(him|her|them|me|us)$/i.test(t[q + 1]?.text ?? '') || (!!t[q + 1]?.cap && t[q + 2]?.lower === 'to')))));
  // (Nor one in a relative clause: `… galaxies, which scientists believe date back …`.)
  // (A belief of a group or an institution opening the statement is part of it when the tail names its
  // speaker after the verb: `Police believe the suspect fled …, said Sgt. John Smith.`)
  const namedAfter = !!speaker && speaker.start > t[v].start && (speaker.kind === 'person' || speaker.kind === 'role');
  // (…nor a verb that says something only with a content clause, when none follows: `The company quickly
  // notified credit card companies and is contacting customers, it said.`)
  const contentless = (q: number): boolean => {
    const sv = isSpeechToken(t, q, form.lang, () => false);
    if (!sv?.needsContent || form.lang !== 'en') return false;
    for (let r = q + 1; r < comma && r - q <= 8; r++) if (CONTENT_INTRO.has(t[r].lower) || t[r].text === ':' || OPEN_QUOTES.includes(t[r].text)) return false;
    return true;
  };
  // (…nor what a finding showed, of a subject no one speaks for: `Consultation … revealed that residents
  // wanted …, the council's lawyer has told the High Court.` — the tail's speaker reports it.)
  const findingOf = (q: number): boolean => form.lang === 'en' && /^(revealed|reveals|showed|shows|found|finds|suggested|suggests|indicated|indicates|confirmed|confirms)$/i.test(t[q].text) &&
    !info.mentions.some((m) => m.t1 === q && m.kind !== 'group' && !m.afterPreposition) && !info.mentions.some((m) => m.t0 >= start && m.t1 <= q && !m.afterPreposition && (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'org' || m.kind === 'role'));
  for (let q = start; q < comma; q++) if (!/ing$/i.test(t[q].text) && !reducedRelative(t, q, comma) && !findingOf(q) && !/^(this|that|it|which|what)$/i.test(t[q - 1]?.text ?? '') && !/^(which|who|whom)$/i.test(t[q - 2]?.text ?? '') && isSpeechToken(t, q, form.lang, () => false) && !withNounObject(q) && !contentless(q) &&
    !(namedAfter && form.lang === 'en' && /^(believe|believes|think|thinks|suspect|suspects|expect|expects|estimate|estimates|fear|fears)$/i.test(t[q].text) && info.mentions.some((m) => m.t1 === q && m.t0 <= start + 1 && (m.kind === 'group' || m.kind === 'org')))) return null;
  const f = baseFrame(info, 'quote.reported.tail', false, [qa, qb], form, t[v].start, speaker, 2);
  // (A group or a title described at length has no entity of its own: it is named as written.)
  if (extName && speaker && (speaker.kind === 'group' || speaker.kind === 'role')) {
    f.speaker = null;
    f.fallbackName = extName;
    f.fallback = 'none';
    return f;
  }
  if (!speaker) {
    f.fallbackName = fallbackName;
    f.fallback = 'none';
  }
  return f;
}

/** A Polish abbreviation's dot (`m.in.`, `np.`, `tzw.`, `ws.`) at token `q`: it ends no clause. */
function abbreviationDot(t: Token[], q: number): boolean {
  if (t[q]?.text !== '.' || !t[q - 1] || t[q - 1].end !== t[q].start) return false;
  // (…nor an English month's before its day: `announced on Jan. 17 that …`.)
  return /^(m|in|np|tzw|ok|ws|ds|br|ub|jw|pt)$/.test(t[q - 1].lower) || monthAbbrDotBeforeDay(t, q);
}

/** The dot at `k` closes an abbreviated English month before its day (`Dec. 3`, `Jan. 17`). */
function monthAbbrDotBeforeDay(t: Token[], k: number): boolean {
  return t[k]?.text === '.' && k > 0 && /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(t[k - 1].text) && /^\d{1,2}$/.test(t[k + 1]?.text ?? '');
}

/** How many tokens Polish `m.in.` (`among others`) takes from token `k`: 4 with its last dot, 3 without, else 0. */
function minInAt(t: Token[], k: number): number {
  if (t[k]?.lower !== 'm' || t[k + 1]?.text !== '.' || t[k + 2]?.lower !== 'in') return 0;
  return t[k + 3]?.text === '.' ? 4 : 3;
}

/**
 * `… was quoted as saying`, `… were quoted by state media as saying`, `… has been quoted as saying`:
 * the index of the first auxiliary before `quoted` when token `v` is that `saying`, else -1.
 */
function quotedAsSaying(t: Token[], v: number): number {
  if (!/^saying$/i.test(t[v]?.text ?? '') || t[v - 1]?.lower !== 'as') return -1;
  let q = v - 2;
  // (`quoted on Saturday as saying`: a time adverbial between.)
  if (TIME_WORD.test(t[q]?.lower ?? '') && (t[q - 1]?.lower === 'quoted' || (/^(on|last|this|late|early|earlier)$/.test(t[q - 1]?.lower ?? '') && t[q - 2]?.lower === 'quoted'))) q = t[q - 1].lower === 'quoted' ? q - 1 : q - 2;
  if (t[q]?.lower !== 'quoted') {
    let b = q;
    while (b > 1 && q - b < 8 && t[b].lower !== 'by' && (t[b].word || t[b].text === '.')) b--;
    if (t[b]?.lower !== 'by' || t[b - 1]?.lower !== 'quoted') return -1;
    q = b - 1;
  }
  const aux = q - 1;
  if (/^(was|were|is|are)$/i.test(t[aux]?.text ?? '')) return aux;
  if (t[aux]?.lower === 'been' && /^(has|have|had)$/i.test(t[aux - 1]?.text ?? '')) return aux - 1;
  return -1;
}

// Source frames (`Jak ustaliła WP, prokuratura uznała, że …`, `according to …`) relay what others say:
// a statement inside their content is its own.
const NOT_NESTING = /^quote\.reported\.(?:tail|jak|wedlug|according-to|zdaniem|noun|wynika|o-czym)$/;

/** True when `inner`'s verb and words stand inside `outer`'s reported (not quoted) words. */
function nestedIn(inner: Frame, outer: Frame): boolean {
  return !outer.direct && !inner.relative && !NOT_NESTING.test(outer.rule) && inner.verbPos > outer.quoteStart + 10 && inner.verbPos < outer.quoteEnd && inner.quoteStart > outer.quoteStart + 10 && inner.quoteEnd <= outer.quoteEnd + 1;
}

/** True when `inner` is a statement with its own verb and speaker inside the content of the source frame `outer`. */
function relayedIn(inner: Frame, outer: Frame): boolean {
  return !outer.direct && NOT_NESTING.test(outer.rule) && outer.rule !== 'quote.reported.tail' && !!inner.verb && !inner.direct && (!!inner.speaker || !!inner.fallbackName) &&
    inner.verbPos > outer.quoteStart && inner.verbPos < outer.quoteEnd && inner.quoteStart > outer.quoteStart && inner.quoteEnd <= outer.quoteEnd + 1;
}

/**
 * Whether frame `a` is the claim rather than the overlapping frame `b`, whatever their priorities:
 * `b`'s verb stands inside `a`'s reported words (`Dodał, że Ukraina potrzebuje …, które określił mianem
 * „zbrodni wojennej”.` is the outer statement); `a` introduces before a colon the quotation `b` only says
 * was read somewhere (`Pan Robert … relacjonuje: "…" - czytamy na Onecie.`); `a` is the statement a source
 * phrase `b` relays (`Jak ustalił Onet, prokuratura uznała jednak, że …` is the prosecutors').
 */
function outranks(a: Frame, b: Frame): boolean {
  return nestedIn(b, a) || (!!b.readerTail && a.rule === 'quote.direct.before-colon' && !!a.speaker) || relayedIn(a, b);
}

/** One claim per quoted span: overlapping frames in a sentence keep the more specific one. */
function dedupe(frames: Frame[], _text: string): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    if (f.silent) {
      out.push(f);
      continue;
    }
    let replaced = false;
    let drop = false;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) {
      const g = out[k];
      if (g.silent) continue;
      const overlap = Math.min(f.quoteEnd, g.quoteEnd) - Math.max(f.quoteStart, g.quoteStart);
      if (overlap <= 0) continue;
      const shorter = Math.min(f.quoteEnd - f.quoteStart, g.quoteEnd - g.quoteStart);
      if (overlap < 0.5 * shorter) continue;
      // (A statement in a relative clause inside another's words is a second one: both stand.)
      if ((f.relative && f.quoteStart > g.quoteStart && f.verbPos < g.quoteEnd) || (g.relative && g.quoteStart > f.quoteStart && g.verbPos < f.quoteEnd)) continue;
      // A statement nested in another's reported words, a reader's tail, a source phrase relaying a
      // statement: one of the two is the claim whatever their priorities (see outranks).
      if (outranks(g, f)) {
        drop = true;
        break;
      }
      if (outranks(f, g)) {
        out[k] = f;
        replaced = true;
        break;
      }
      if (f.priority > g.priority || (f.priority === g.priority && !g.speaker && f.speaker)) {
        if (!f.speaker && g.speaker && !f.fallbackName && !f.quotedSource) {
          f.speaker = g.speaker;
          f.mSent = g.mSent;
        }
        out[k] = f;
        replaced = true;
      } else {
        if (!g.speaker && f.speaker && !g.fallbackName && !g.quotedSource) {
          g.speaker = f.speaker;
          g.mSent = f.mSent;
        }
        drop = true;
      }
      break;
    }
    if (!replaced && !drop) out.push(f);
  }
  return out;
}

/**
 * A Polish title named in an oblique case (`Według rzeczniczki`, `zdaniem rzecznika policji`) as a
 * speaker's name: its first word in the nominative (the genitive complement stays as it is).
 */
// The index of an article's first body sentence, found once per article (asked once per title and frame).
const firstBodyCache = new WeakMap<SentInfo[], number>();
function firstBodySentence(infos: SentInfo[]): number {
  let r = firstBodyCache.get(infos);
  if (r === undefined) {
    r = infos.findIndex((x) => x.s.kind === 'sentence');
    firstBodyCache.set(infos, r);
  }
  return r;
}

// Titles that say only that someone leads (`the head of the WHO`), which any later title of the same person may spell out.
const GENERIC_LEAD_HEAD = /^(head|chief|boss|leader)$/;

/**
 * The delayed identification of an English lead: `THE OUTGOING State Solicitor for Limerick fired a final
 * shot … ¶ Aidan Judge thanked …`, `The head of the World Health Organization has said … ¶ …
 * Director-General Dr Tedros Adhanom Ghebreyesus said`. A title that is the subject of the article's
 * first sentence and that no one holds is the person first named in full in the next two sentences —
 * someone untitled, or, after a title that says only that someone leads, anyone with a title of their own.
 */
function delayedLeadHolder(infos: SentInfo[], table: EntityTable, sentence: number, role: RoleDesc, g: VerbGender | Gender | null, sameTitle = false): Entity | null {
  const info = infos[sentence];
  if (!info || info.lang !== 'en' || info.s.kind !== 'sentence' || firstBodySentence(infos) !== sentence) return null;
  for (let i = sentence + 1; i <= sentence + 2 && i < infos.length; i++) {
    if (infos[i].s.kind !== 'sentence') continue;
    for (const pm of infos[i].mentions) {
      if (pm.kind !== 'person' || (pm.name?.length ?? 0) < 2 || !(pm.given || pm.role) || pm.afterPreposition) continue;
      const e = table.match(pm, false);
      if (!e || e.type === 'organization' || !genderCompatible(e.gender, g) || (e.seenAt?.[0] ?? 0) < info.s.end) continue;
      // (`a federal judge` … `U.S. District Judge William Alsup`: the same title named in full.)
      if (e.roles.length && !(GENERIC_LEAD_HEAD.test(role.head) && e.roles.every((r) => roleScore(r, role) >= 0)) && !e.roles.some((r) => r.head === role.head)) continue;
      if (sameTitle && !e.roles.some((r) => r.head === role.head)) continue;
      return e;
    }
  }
  return null;
}

/**
 * A public figure known for offices other than `role` (`Elon Musk` … `the governor said`): a title no
 * one in the article was given is not that person's; the article would name the office it means.
 */
function knownForOtherOffice(e: Entity, role: RoleDesc, lang: Language | undefined): boolean {
  // (English only: the list's English titles are full; a Polish figure's past offices often are not —
  // `Michał Dworczyk` was a `minister` the list calls `szef KPRM`.)
  const f = lang === 'en' ? figureOf(e) : null;
  if (!f || e.roles.length) return false;
  const known = figureRoles(f);
  return known.length > 0 && !known.some((r) => roleScore(r, role) > 0);
}

function nominativeTitle(s: string, lang: Language | undefined): string {
  if (lang !== 'pl') return s;
  const sp = s.indexOf(' ');
  const first = sp < 0 ? s : s.slice(0, sp);
  const nom = roleNominative(first);
  return nom ? nom + (sp < 0 ? '' : s.slice(sp)) : s;
}

/**
 * A title that opens the sentence `first` or the one before it (same paragraph) as the subject of
 * its verb (`Marszałek Sejmu wyjaśnił …`, `The spokeswoman added …`), before `pos`, agreeing with `g`.
 */
function roleSubjectBefore(infos: SentInfo[], first: number, pos: number, g: VerbGender | null): (Mention & { sentence: number }) | null {
  for (let i = first; i >= Math.max(0, first - 1); i--) {
    const info = infos[i];
    if (!info || info.s.kind !== 'sentence' || info.s.paragraph !== infos[first].s.paragraph) break;
    const t = info.tokens;
    for (const m of info.mentions) {
      if (m.kind !== 'role' || !m.role || m.start >= pos || m.afterPreposition || inPairAt(info, m.start) || isPluralRole(m.role.text, m.role.head, g)) continue;
      // At the start of the sentence (after a determiner or `Jak`/`As` at most), followed by a word.
      let k = 0;
      while (k < m.t0 && (/^(the|a|an|jak|as|też|także|również|natomiast|jednak)$/i.test(t[k].text) || (k > 0 && /^(outgoing|incoming|retiring|embattled|veteran|longtime|new|former|acting|interim)$/i.test(t[k].text)))) k++;
      // (`W homilii metropolita krakowski zwrócił uwagę …`: a short opening phrase of place or occasion
      // before the subject title.)
      if (k === 0 && m.t0 > 1 && m.t0 <= 4 && /^(w|we|na|podczas|po|in|at|during)$/i.test(t[0].text) && t.slice(1, m.t0).every((x) => x.word && !x.cap)) k = m.t0;
      if (k !== m.t0 && !(m.t0 > 0 && t[m.t0 - 1].lower === 'the' && k === m.t0 - 1)) continue;
      if (!t[m.t1]?.word || t[m.t1].cap) continue;
      if (g && g !== 'any' && (g === 'pl' || (m.role.gender && m.role.gender !== g))) continue;
      return { ...m, sentence: i };
    }
  }
  return null;
}

/** A Polish title mention whose head word stands in the nominative (`Przedstawicielka firmy`, not `mężczyzny`). */
function titleInNominative(t: Token[], m: Mention): boolean {
  const h = m.role?.head ?? '';
  return t.slice(m.t0, m.t1).some((x) => x.lower === h || (m.role?.gender === 'f' && x.lower.endsWith('a') && x.lower.startsWith(h.slice(0, 5))));
}

// Polish modifiers that bring a new, unnamed person into the story (`inna pacjentka`, `starsza kobieta`).
const PL_NEWCOMER_MODIFIER = /^(?:inn[aey]|starsz[aey]|starszy|młod[aey]|młodszy|młodsz[aey]|kolejn[aey]|następn[aey]|pewn[aey]|pewien|jak(?:iś|aś)|jedn[aey]|drug[aiy]|trzeci[a]?)$/;

/**
 * `Obok niej siedzi starsza kobieta ze złamaną ręką. – Powiedzieli, że mam czekać – tłumaczy.`: a Polish
 * sentence right before the quotation, in its paragraph, that brings in a new unnamed person as the
 * subject after its verb; that person says the quotation with no subject of its own.
 */
function newcomerBefore(infos: SentInfo[], f: Frame, g: VerbGender | null): { m: Mention; title: string } | null {
  const prev = infos[f.first - 1];
  const cur = infos[f.first];
  if (!prev || !cur || cur.lang !== 'pl' || prev.s.kind !== 'sentence' || prev.s.paragraph !== cur.s.paragraph) return null;
  if (f.quoteStart > cur.s.start + 2) return null;
  const t = prev.tokens;
  for (const m of prev.mentions) {
    if (m.kind !== 'role' || !m.role || m.afterPreposition || inPairAt(prev, m.start) || m.t0 < 2) continue;
    const head = t[m.t1 - 1]?.lower ?? '';
    const nominative = head === m.role.head || (m.role.gender === 'f' && /a$/.test(head));
    if (!nominative || !PL_NEWCOMER_MODIFIER.test(t[m.t0 - 1]?.lower ?? '')) continue;
    if (g && g !== 'any' && (g === 'pl' || (m.role.gender && m.role.gender !== g))) continue;
    return { m, title: prev.s.text.slice(t[m.t0 - 1].start - prev.s.start, m.end - prev.s.start) };
  }
  return null;
}

/**
 * A person named in full (given name and surname) for the first time in the article in the plain narrative
 * sentence right before the frame's, in its paragraph, whose gender agrees with `g` — when that sentence
 * names no one else and quotes no one (Polish).
 */
function newPersonBefore(infos: SentInfo[], f: Frame, g: VerbGender | null): Mention | null {
  const prev = infos[f.first - 1];
  const cur = infos[f.first];
  if (!prev || !cur || cur.lang !== 'pl' || prev.s.kind !== 'sentence' || prev.s.paragraph !== cur.s.paragraph || prev.pairs.length || DASH_OPEN.test(prev.s.text)) return null;
  if (f.quoteStart > cur.s.start + 2 || g === 'pl') return null;
  if (prev.tokens.some((x, q) => x.word && !!isSpeechToken(prev.tokens, q, 'pl', () => false))) return null;
  const people = prev.mentions.filter((m) => m.kind === 'person' || m.kind === 'pronoun');
  if (people.length !== 1 || people[0].kind !== 'person') return null;
  const m = people[0];
  if ((m.name?.length ?? 0) < 2 || !m.given) return null;
  if (g && g !== 'any' && m.gender && m.gender !== g) return null;
  // (Inflected forms share the surname's stem: `Karasia`, `Karaś`.)
  const last = m.name![m.name!.length - 1].toLowerCase();
  const stem = last.slice(0, Math.max(3, last.length - 2));
  for (const [name, k] of surnameIndex(infos).get(stem.slice(0, 3)) ?? []) if (k < f.first - 1 && name.startsWith(stem)) return null;
  return m;
}

// Last names of the people the article mentions, by their first three letters, with their sentences
// (built once per article, so that looking a name up stays cheap on long articles).
const surnameIndexes = new WeakMap<SentInfo[], Map<string, Array<[string, number]>>>();

function surnameIndex(infos: SentInfo[]): Map<string, Array<[string, number]>> {
  let idx = surnameIndexes.get(infos);
  if (!idx) {
    idx = new Map();
    for (let k = 0; k < infos.length; k++) {
      for (const x of infos[k].mentions) {
        if (x.kind !== 'person' || !x.name?.length) continue;
        const n = x.name[x.name.length - 1].toLowerCase();
        const key = n.slice(0, 3);
        const list = idx.get(key);
        if (list) list.push([n, k]);
        else idx.set(key, [[n, k]]);
      }
    }
    surnameIndexes.set(infos, idx);
  }
  return idx;
}

const PL_GROUP_QUANTIFIER = /^(niektórzy|niektóre|inni|inne|pozostali|pozostałe|wszyscy|wszystkie|liczni|okoliczni|miejscowi|nasi|polscy)$/;

/** Mention `x` lies inside the statement that frame `f`'s tail (verb after it) attributes. */
function insideTailedStatement(f: Frame, x: Mention): boolean {
  return f.verbPos >= f.quoteEnd && x.start >= f.quoteStart && x.end <= f.quoteEnd;
}

/** The last group named as a subject (not oblique, not after a preposition) in the frame's sentence before it, or the sentence before in its paragraph. */
/** A group named as a subject (not after a preposition, nor inside quotation marks) before `verbPos` in sentence `info`. */
function ownGroupSubject(info: SentInfo | undefined, verbPos: number): boolean {
  return !!info && info.mentions.some((x) => x.kind === 'group' && !x.afterPreposition && !x.oblique && x.end <= verbPos && !inPairAt(info, x.start));
}

function groupSubjectBefore(infos: SentInfo[], f: Frame): Mention | null {
  // (Not inside the statement a tail attributes: those are what is said, not who says it.)
  for (let k = f.first; k >= 0 && k >= f.first - 6; k--) {
    const info = infos[k];
    // (`… w której udział wzięli rodzice uczniów. ¶ – Pani burmistrz! … – mówili.`: a quotation opening its
    // paragraph goes on from the paragraph before.)
    const inParagraph = info.s.paragraph === infos[f.first].s.paragraph;
    // (…and so does a paragraph opened by the plural verb itself: `Dziś rybacy zarzucają rządowi, że … ¶
    // Twierdzą również, że …`.)
    const verbOpens = k === f.first - 1 && f.verbPos >= infos[f.first].s.start && f.verbPos - infos[f.first].s.start <= 1;
    if (!inParagraph && !(f.direct && (k === f.first - 1 || DASH_OPEN.test(infos[k + 1].s.text))) && !verbOpens) break;
    const gs = info.mentions.filter((x) => x.kind === 'group' && !x.afterPreposition && !x.oblique && x.end <= f.verbPos && !insideTailedStatement(f, x) && !inPairAt(info, x.start));
    if (gs.length) return gs[gs.length - 1];
    // (…and so does one whose paragraph opened with the same speakers' dash lines: `– Jesteśmy już na
    // finiszu. – 99 procent pracy … – mówią.`)
    if (!inParagraph || (k < f.first && !(f.direct && DASH_OPEN.test(info.s.text)))) break;
  }
  return null;
}

/** The last group that was the subject of a verb of saying in the `back` sentences before `first`. */
function speakingGroupBefore(infos: SentInfo[], first: number, back: number): Mention | null {
  for (let k = first - 1; k >= 0 && k >= first - back; k--) {
    const info = infos[k];
    const t = info.tokens;
    const gs = info.mentions.filter((x) => x.kind === 'group' && !x.afterPreposition && !x.oblique && !inPairAt(info, x.start) && [x.t1, x.t1 + 1].some((q) => !!t[q]?.word && !!speechVerb(t[q].text, info.lang)));
    if (gs.length) return gs[gs.length - 1];
  }
  return null;
}

/**
 * `The leaders of France, Germany and Italy issued a statement … . "…," the statement read.`: who issued
 * the document (`issued`/`released`/`published`/`put out` a `noun`) in the two sentences before, named
 * as written up to that verb; else null.
 */
function issuerOf(infos: SentInfo[], sentence: number, noun: string, text: string): string | null {
  for (let k = sentence - 1; k >= 0 && sentence - k <= 2; k--) {
    const t = infos[k].tokens;
    const v = t.findIndex((x, q) => /^(issued|released|published|sent)$/i.test(x.text) && t.slice(q + 1, q + 4).some((y) => y.lower === noun));
    if (v < 1) continue;
    const m = infos[k].mentions.find((x) => x.t0 <= 1 && x.t1 <= v && !x.afterPreposition && x.kind !== 'pronoun');
    if (!m) return null;
    return describedName(text.slice(infos[k].tokens[m.t0 - (m.t0 === 1 && /^(the)$/i.test(t[0].text) ? 1 : 0)].start, t[v - 1].end));
  }
  return null;
}

/** The index of a relative `who` right before verb `v`, past up to two auxiliaries or adverbs (`police who have confirmed`); else -1. */
function relativeWho(t: Token[], v: number): number {
  let w = v - 1;
  while (w > 0 && v - w <= 2 && /^(has|have|had|also|since|then|later)$/.test(t[w].text)) w--;
  return w > 0 && t[w].text === 'who' ? w : -1;
}

/** speakingGroupBefore, within the paragraph of sentence `first`. */
function speakingGroupInParagraph(infos: SentInfo[], first: number, back: number): Mention | null {
  let b = 0;
  while (b < back && first - b - 1 >= 0 && infos[first - b - 1].s.paragraph === infos[first].s.paragraph) b++;
  return b ? speakingGroupBefore(infos, first, b) : null;
}

const POLITICAL_OFFICE = /^(?:poseł|posłanka|senator|senatorka|minister|ministra|wiceminister|premier|wicepremier|prezydent|burmistrz|marszałek|wicemarszałek|radny|radna|europoseł|europosłanka|wojewoda|starosta|wójt|mp|lawmaker|congressman|congresswoman|councillor|councilor|mayor|governor|legislator|assemblyman|assemblywoman|mep|mla|mlc|td)$/;

/** Entity `x` holds an office held by politicians (`poseł PiS`, `senator`, `MP`). */
function holdsPoliticalOffice(x: Entity): boolean {
  return x.roles.some((r) => POLITICAL_OFFICE.test(r.head));
}

const RANK_HEAD = /^(?:(?:nad|pod|młodszy |starszy )?(?:komisarz|inspektor|aspirant|sierżant|posterunkowy|brygadier|kapitan|ogniomistrz)|kapral|major|pułkownik|podpułkownik|generał|porucznik|podporucznik|chorąży|admirał|komandor|nadkom|podinsp|insp|asp|sierż|kpt|mjr|płk|ppłk|gen|por|ppor|st|mł|bryg|kom|sergeant|constable|inspector|detective|superintendent|captain|lieutenant|colonel|major|general|corporal|private|admiral|commander)$/;

/** `kelnerka` for someone the article calls `sprzedawczyni`: two bare occupation nouns (no institution, no epithet) of different heads. */
function otherTrade(e: Entity, r: RoleDesc): boolean {
  // (A rank goes with an office: `nadkomisarz Marczak` is the `rzecznik` the article called him before.)
  return !r.keys.length && !isEpithetHead(r.head) && e.roles.length > 0 && e.roles.every((x) => !x.keys.length && x.head !== r.head && !isEpithetHead(x.head) && !RANK_HEAD.test(x.head));
}

/** Entity `x` is known only by nationality nouns (its case forms count as the same noun: `z Polakiem` … `Polak`). */
function namedOnlyByDemonym(x: Entity, lone: string | null): boolean {
  return !x.given && x.surnames.length > 0 && x.surnames.every((w) => demonymGender(w) !== null || demonymNominative(w, 'pl') !== null || (lone !== null && w.startsWith(lone)));
}

/** Entity `x` unless a plain-person head `rh` (`mężczyzna`, `kobieta`) would name someone who holds an office or rank. */
function plainPersonCandidate(rh: string, x: Entity | null): Entity | null {
  return x && PLAIN_PERSON_HEAD.test(rh) && x.roles.some((r) => !isEpithetHead(r.head) && !PLAIN_PERSON_HEAD.test(r.head)) ? null : x;
}

function resolveSpeaker(f: Frame, next: Frame | null, infos: SentInfo[], table: EntityTable, text: string, nextSentence: Frame | null = null) {
  const sentence = f.mSent;
  const g = f.verb?.gender ?? null;
  let e: Entity | null = null;
  let m = f.speaker;
  // `…," the Daily Mirror reported, citing Rajapaksa as saying`: the outlet relays; the person speaks.
  if (m && m.kind === 'org' && f.verb && f.verbPos > f.quoteStart) {
    const info = infos[sentence];
    const cite = info?.tokens.findIndex((x, i) => i > 0 && /^(citing|quoting|cytując)$/i.test(x.text) && x.start > f.verbPos);
    if (info && cite !== undefined && cite >= 0) {
      const who = info.mentions.find((x) => x.t0 === cite + 1 && (x.kind === 'person' || x.kind === 'role'));
      if (who) m = { ...who, afterPreposition: false };
    }
  }
  let fallbackName = f.fallbackName;
  // (`A statement released by the ministry read "…"`: the document whose text is quoted speaks for its author.)
  if (!m && (!fallbackName || DOCUMENT_NOUN.test(fallbackName.replace(/^the\s+/i, '').toLowerCase())) && f.verb?.lemma === 'read' && infos[sentence]) {
    const t = infos[sentence].tokens;
    const doc = t.filter((x) => x.start < f.verbPos && DOCUMENT_NOUN.test(x.lower)).pop();
    if (doc) fallbackName = issuerOf(infos, sentence, doc.lower, text) ?? 'the ' + doc.lower;
  }
  // `Zapamiętają ją mieszkańcy Baborowa, ponieważ - jak mówili - …`: a subject-less plural verb goes
  // on with a group that is a subject just before it.
  // (`Uczestnicy imprezy tłumaczą, że … . … . Zapewniali, że …`: failing that, the group that last spoke
  // in the paragraph, a few sentences back.)
  if (!m && !fallbackName && g === 'pl' && f.fallback === 'context') m = groupSubjectBefore(infos, f) ?? speakingGroupInParagraph(infos, f.first, 3);
  // `according to a report released Wednesday by Amnesty International` … `according to the report`,
  // `The report also warned that …`: a document named again speaks for whoever the article said issued it.
  // (…and one its owner premodifies or possesses: `an England statement`, `the club's statement`.)
  const docNoun = !m && fallbackName && infos[f.first]?.lang === 'en' ? /^(?:(?:the|this|that|a|an)\s+)?(?:[\p{L}\p{N}’'.&-]+\s+){0,4}?(report|study|survey|analysis|review|findings|statement|letter|memo|release|complaint|lawsuit|suit|filing|petition)$/iu.exec(fallbackName.trim()) : null;
  if (docNoun) {
    let author = documentAuthor(infos, table, f.first, docNoun[1].toLowerCase());
    if (typeof author === 'string') return makeSpeaker(text, null, null, author);
    // (`The National Weather Service said … ¶ "DO NOT DRIVE AROUND BARRICADES," the statement warned`: a
    // statement or release the article never introduced is that of the institution that has just spoken.)
    if (!author && !/^(?:a|an)\s/i.test((fallbackName ?? '').trim()) && /^(statement|release)$/i.test(docNoun[1])) author = table.speakingInstitutionNear(f.verbPos, f.first, 3);
    if (author) {
      table.spoke(author, f.verbPos, f.first, g);
      return makeSpeaker(text, author, null, null);
    }
  }
  if (!m && f.ownerFromContext) {
    // (`W swoim raporcie NIK podsumowała … . Wzięła pod lupę … . Zgodnie z raportem …`: as far back as
    // the sentence that named the same document, three at most.)
    let back = 1;
    for (let d = 1; d <= 3 && f.sourceStem && f.first - d >= 0; d++) {
      if (infos[f.first - d].s.text.toLowerCase().includes(f.sourceStem)) back = d;
    }
    e = table.institutionNear(f.verbPos, f.first, back);
    // (`GUS podkreślił … ¶ Czekolada dużo droższa ¶ W informacji zwrócono uwagę, że …`: across a subheading,
    // the institution that has just been speaking owns its document.)
    if (!e && f.sourceStem) e = table.speakingInstitutionNear(f.verbPos, f.first, 4);
    if (e) {
      table.spoke(e, f.verbPos, f.first, g);
      return makeSpeaker(text, e, null, null);
    }
    // (`Synoptycy wydali prognozę. Wynika z niej, że …`: or the group that issued it just before.)
    if (f.rule === 'quote.reported.wynika') m = groupSubjectBefore(infos, f);
    // (`Autorzy opracowania wskazują, że …` ¶ `„…” – czytamy w raporcie.`: the group that spoke last owns it.)
    else if (f.sourceStem && f.direct) m = speakingGroupBefore(infos, f.first, 6);
    // (A Polish genitive — `danych` — is no name to show: the source stays unknown, or the document.)
    if (!m && infos[f.first]?.lang === 'pl') return fallbackName ? makeSpeaker(text, null, null, fallbackName) : null;
  }
  if (m) {
    // A mention after its quotation (`„…” – powiedział polityk X`) looks back from the quotation's
    // start: the people named inside the quoted words are not candidates.
    const tailAfter = f.verbPos >= f.quoteEnd && m.start >= f.quoteEnd;
    const lookPos = tailAfter ? f.quoteStart : m.start;
    const lookSent = tailAfter ? f.first : sentence;
    // Only a gendered (Polish) nationality noun: the gender narrows the referent enough, while an
    // English one (`the Spaniard`) after two players of one match picked the wrong one on held-out text.
    // (`Włoch` is also the genitive of a country: as the subject of a singular personal verb it is a person.)
    const lone = m.kind === 'person' && m.name?.length === 1 ? m.name[0] : m.kind === 'org' && (g === 'm' || g === 'f') && m.org && !/\s/.test(m.org.name) ? m.org.name : null;
    // (…in any case: `– cytuje słowa Polki portal WP`.)
    const loneNom = lone && infos[f.first]?.lang === 'pl' ? demonymNominative(lone, 'pl') ?? lone : lone;
    const dgen = loneNom && !givenNameLemma(loneNom) ? demonymGender(loneNom, infos[f.first]?.lang) : null;
    const country = dgen ? demonymCountry(lone!, infos[f.first]?.lang) : null;
    // (An English one carries no sex: it is taken only where no one of another nationality is known.)
    const demonym = dgen === 'any' ? (country && infos[f.first]?.lang === 'en' ? 'any' : null) : dgen;
    const known = dgen && m.kind === 'person' ? table.match(m, false) : null;
    if (country && (!known || namedOnlyByDemonym(known, lone))) {
      // (`Polka Iga Świątek pokonała Amerykankę Jessicę Pegulę. … Polka przyznała`: someone the article
      // gave that nationality, in any language, over the last person named.)
      e = table.fromContext(lookPos, lookSent, g && g !== 'any' ? g : demonym, { maxBack: 10, personOnly: true, accept: (x) => x.nationality === country });
      if (e) m = { ...m, kind: 'role' };
    }
    if (!e && demonym && (!known || namedOnlyByDemonym(known, lone))) {
      // `Portugalczyk przyznał`, `the Spaniard said`: a nationality noun is an epithet for the person
      // just talked about, not a new speaker named after a country — nor one known to be of another.
      const dg = g && g !== 'any' ? g : demonym;
      // (A named person, not an unnamed title holder: `Dziennikarz zapytał go … – … – stwierdził Polak.`)
      const accept = (x: Entity) => (!x.nationality || x.nationality === country) && (x.surnames.length > 0 || !x.roleName);
      e = table.fromContext(lookPos, lookSent, dg, { maxBack: 2, accept });
      // (An earlier use of the same nationality noun is no name: `Polak zajął 20. miejsce`.)
      if (e && namedOnlyByDemonym(e, lone)) e = null;
      // (…or the last speaker of that gender a little further back: `- … - przyznał Kubacki. ¶ … ¶
      // - … - dodał Polak.`)
      if (!e && lookSent === f.first) e = table.fromContext(lookPos, lookSent, dg, { maxBack: 10, speakersOnly: true, personOnly: true, accept });
      // (…or the person of that gender named just before in any role: `Pewne jest, że Świątek zamierza … –
      // cytuje słowa Polki portal WP`.)
      if (!e && dg !== 'any') e = table.fromContext(lookPos, lookSent, dg, { maxBack: 3, personOnly: true, weak: true, accept: (x) => accept(x) && !namedOnlyByDemonym(x, lone) && x.surnames.length > 0 });
      if (e) m = { ...m, kind: 'role' };
    }
    if (e && country && e.type === 'person') e.nationality ??= country;
    // (`Stacey King` … `"…," King said`: an English title word written alone with a capital is the
    // surname of someone the article names in full.)
    if (!e && m.kind === 'role' && infos[sentence]?.lang === 'en' && m.t1 - m.t0 === 1 && /^\p{Lu}\p{Ll}+$/u.test(text.slice(m.start, m.end))) {
      const p = table.match({ ...m, kind: 'person', name: [text.slice(m.start, m.end)], role: undefined }, false);
      if (p && p.type === 'person' && p.given) {
        e = p;
        m = { ...m, kind: 'person' };
      }
    }
    const mt = infos[sentence]?.tokens;
    if (e) {
      // resolved as an epithet above
    } else if (m.kind === 'org' && m.org && m.org.name === m.org.head && mt && /^(a|an)$/i.test(mt[m.t0 - 1]?.text ?? '') && f.verbPos > m.end && f.verbPos - m.end < 60 &&
      (/^(who|which|that)$/i.test(mt[m.t1]?.text ?? '') || /^\p{Ll}{3,}ing$/u.test(mt[m.t1]?.text ?? ''))) {
      // (`However, a body representing landlords said …`: an institution the article introduces with `a`
      // and describes is a new one, named as written — not the last one named.)
      const vt = mt.findIndex((x) => x.start === f.verbPos);
      let end = vt - 1;
      while (end > m.t1 && /^(also|has|have|had|later|then)$/i.test(mt[end].text)) end--;
      fallbackName = text.slice(mt[m.t0 - 1].start, mt[end].end).replace(/^A/, 'a');
      m = null;
    } else if (m.kind === 'person' || m.kind === 'org') {
      // (As the subject of a verb of saying a lone sentence-initial name is a name: `Hołownia przyznał, że …`.)
      const subjectName = m.kind === 'person' && m.sentenceInitial && m.name?.length === 1 && m.end <= f.verbPos && !demonym;
      e = table.match(subjectName ? { ...m, sentenceInitial: false } : m, true);
    } else if (m.kind === 'role' && m.role && isPluralRole(text.slice(m.start, m.end), m.role.head, g)) {
      // `NHS leaders have warned`, `ministrowie podkreślili`: several people, named as written.
      fallbackName = describedName(text.slice(modifiedStart(text, infos[sentence], m), m.end)) + (infos[sentence] ? joinedGroup(text, infos[sentence], m, f.verbPos) : '');
      // (`Dyrektorzy zwracają uwagę` after `dyrektorzy szpitali powiatowych protestowali`: the plural title
      // alone is the group named in full before.)
      if (infos[sentence]?.lang === 'pl' && m.t1 - m.t0 === 1 && modifiedStart(text, infos[sentence], m) === m.start) fallbackName = table.groupNameBefore(groupLemma(text.slice(m.start, m.end)).toLowerCase(), m.start) ?? fallbackName;
      m = { ...m, kind: 'group' };
    } else if (m.kind === 'role' && m.role) {
      // `a spokeswoman said`, `an OPEC+ delegate told Reuters`: an indefinite role introduces someone new.
      // (So does a possessed one — `his publicist`, `her lawyer` — who is never the possessor.)
      // (Polish too: `Jej znajoma podkreśla`, `jego adwokat`.)
      // (So does a Polish epithet described afresh: `krzyczał wzburzony starszy mężczyzna`, `mówi inna kobieta`.)
      const ti = infos[sentence]?.tokens;
      const rm = m;
      const rh = m.role.head;
      // (A present-tense verb has no gender; the title's own — `mówi kobieta` — narrows the referent then.)
      const rg = (g === null || g === 'any') && m.role.gender ? m.role.gender : g;
      // (…unless someone already holds that title: `Marcin Piątek, rolnik z …` … `– … – mówi młody rolnik`.)
      const indefinite = /(?:^|\s)(?:a|an|one|his|her|their|its|jego|jej|ich)\s+(?:[^\s,;.:]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
        (infos[sentence]?.lang === 'pl' && !!ti && isEpithetHead(rh) && [1, 2].some((d) => PL_FRESH_DESCRIPTION.test(ti[rm.t0 - d]?.lower ?? '') &&
          // (An age describes afresh only a plain person noun: `młody rolnik` may be the farmer named before.)
          (PL_ONLY_NEW.test(ti[rm.t0 - d].lower) || /^nieznan/.test(ti[rm.t0 - d].lower) || PLAIN_PERSON_HEAD.test(rh))) &&
          // (…but `inna kobieta`, `kolejny rolnik` is someone else than the one who held the title before.)
          (!table.matchRole(m.role, g, lookPos)?.roles.some((r) => r.head === rh) || [1, 2].some((d) => PL_ONLY_NEW.test(ti[rm.t0 - d]?.lower ?? '') && PL_FRESH_DESCRIPTION.test(ti[rm.t0 - d].lower))));
      e = indefinite ? null : table.matchRole(m.role, g, lookPos);
      // (`Defence Minister Tobias Ellwood … The former army captain said:`: a former title no one holds in
      // the article re-mentions the person just talked about, whatever office they hold now.)
      if (!e && !indefinite && /^former\s/i.test(text.slice(m.start, m.end)) && (/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)))) {
        e = table.fromContext(lookPos, lookSent, rg, { maxBack: 2, personOnly: true });
      }
      // (A holder of the title named only further on yields to the untitled person the sentence just
      // before is about: `Dworczyk był pytany … . … – powiedział minister.` before `minister zdrowia
      // Konstanty Radziwiłł` appears.)
      if (e && e.seenAt?.length && e.seenAt[0] > lookPos && !m.role.keys.length && infos[sentence]?.s.kind === 'sentence') {
        // (The subject opening the sentence before, even a lone surname there: `Dworczyk był pytany`.)
        const ps = infos[lookSent - 1];
        const pm = ps && ps.s.paragraph === infos[lookSent]?.s.paragraph ? ps.mentions.find((x) => x.t0 === 0 && x.kind === 'person' && !x.afterPreposition) : undefined;
        const c = table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 1, personOnly: true }) ??
          (pm ? table.match({ ...pm, sentenceInitial: false }, false) : null);
        if (c && c !== e && c.type !== 'organization' && c.surnames.length && ((c.type === 'person' && c.given && givenNameLemma(c.given)) || c.figure)) e = c;
      }
      // A public figure who holds the title but was named only inside someone's words (`- Mam nadzieję,
      // że kandydatem będzie … Mariusz Błaszczak - mówił Janusz Kowalski. … - ocenił poseł PiS.`) yields
      // to the person who has just been speaking.
      // (So does anyone given the title only inside quoted or reported words who has not spoken: `…, że
      // spotka się minister zdrowia Konstanty Radziwiłł` … `– … – powiedział minister.` after Dworczyk spoke.)
      // (Not the one holder of an institution's head office the public figure is known to hold: `pana
      // Adama Glapińskiego` in Grabowski's words, then `– … – powiedział prezes NBP.`)
      const soleOffice = !!e && m.role.keys.length > 0 && SOLE_OFFICE_HEAD.test(m.role.head);
      if (e && !soleOffice && ((!e.roles.length && e.figure) || (!table.hasSpoken(e) && (e.seenAt ?? []).some((p) => p < lookPos))) && !indefinite && !table.namedInNarrative(e, lookPos)) {
        const sp = table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 6, speakersOnly: true, personOnly: true });
        if (sp && sp !== e) e = sp;
      }
      // A person who just introduced themselves as a speaker (`wypowiedział się George W. Bush.
      // "…" - powiedział prezydent`) may be named by a role only afterwards.
      // (`– … – relacjonuje sierżant Kamil Tomaszczuk. ¶ Mężczyzna tłumaczy, że …`: a plain `mężczyzna`,
      // `kobieta` is never someone the article gave an office or rank; it is the person the story is about.)
      if (!e && !indefinite) {
        e = plainPersonCandidate(rh, table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 1, speakersOnly: true, personOnly: true }));
        if (e && knownForOtherOffice(e, m.role, infos[sentence]?.lang)) e = null;
        // (`– … – przyznaje sprzedawczyni Anna Nowak. – … – zapewniała kelnerka.`: another bare trade is
        // someone else.)
        if (e && infos[sentence]?.lang === 'pl' && otherTrade(e, m.role)) e = null;
      }
      // (The guest of a programme, the one interviewed, is someone who has been speaking: `– … – mówił gość
      // RMF FM` after the narrative sentence about Ziobro is still Kulasek.)
      if (!e && !indefinite && /^(gość|rozmówca|rozmówczyni|guest|interviewee)$/.test(rh)) {
        e = plainPersonCandidate(rh, table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 8, speakersOnly: true, personOnly: true }));
      }
      // An epithet (`polityk`, `szkoleniowiec`) re-mentions the person of the previous sentence, speaker or not.
      if (!e && !indefinite && isEpithetHead(m.role.head) && m.role.keys.length <= 3) {
        // (`… zastać posła PiS Kacpra Płażyńskiego. … – mówił polityk.`: `polityk` is the one the article
        // gave a political office, even named only as an object, over a protester who spoke before.)
        if (/^(polityk|polityczka|politician)$/.test(rh)) e = table.fromContext(lookPos, lookSent, rg, { maxBack: 2, personOnly: true, weak: true, accept: holdsPoliticalOffice });
        if (!e) e = plainPersonCandidate(rh, table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 3, personOnly: true }));
        // (`produkcja w reżyserii Mohanneda Almughanniego … – mówił twórca`: the person may have been
        // named only in an oblique phrase.)
        if (!e) e = plainPersonCandidate(rh, table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 2, personOnly: true, weak: true }));
        // (…or the last person who spoke, a few paragraphs back: `W ocenie Grzegorza Sielewicza … ¶ … ¶
        // „…” - zauważył ekonomista.`)
        if (!e) e = plainPersonCandidate(rh, table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 8, speakersOnly: true, personOnly: true }));
      }
      // `Emmanuel Macron has refused … "…," the French president told reporters`: a title given to
      // no one yet re-mentions the untitled person who was the subject just before.
      if (!e && !indefinite) {
        const c = table.fromContext(lookPos, lookSent, rg, { conflictsWith: m.role, maxBack: 1, personOnly: true });
        // (Not a public figure known for other offices: `Elon Musk wrote …` ¶ `The governor said …` is someone else.)
        if (c && c.type === 'person' && !c.roles.length && c.surnames.length && (c.gender || (c.given && givenNameLemma(c.given))) && !knownForOtherOffice(c, m.role, infos[sentence]?.lang)) e = c;
      }
      // `- … - przekazał Cezary Kulesza. ¶ Jeden z dziennikarzy wymienił … - … - wyjaśnił prezes PZPN.`:
      // a title no one in the article holds names the person who spoke last, when that person has
      // been given no title of their own (journalists vary a speaker's name with their office).
      if (!e && !indefinite && !isEpithetHead(m.role.head) && m.role.keys.length) {
        const c = table.fromContext(lookPos, lookSent, null, { maxBack: 6, speakersOnly: true });
        // (Not a known public figure for a spokesman's title: `Rzecznik armii Izraela` is not Netanyahu.)
        if (c && c.type === 'person' && !c.roles.length && c.surnames.length && c.given && givenNameLemma(c.given) && genderCompatible(c.gender, rg) &&
          !(figureOf(c) && /^(rzecznik|spokesman|spokesperson|spokeswoman)$/.test(m.role.head))) e = c;
      }
      if (e) table.giveRole(e, m.role);
      // `Kapitan Lecha przyznał, że … „…” – zaznaczył Ishak.`: a new title in the sentence right before
      // a quotation attributed by a bare surname of someone already introduced names that person.
      if (!e && !indefinite && next && next.first <= f.last + 1 && infos[next.first]?.s.paragraph === infos[f.first].s.paragraph &&
        next.speaker?.kind === 'person' && !next.speaker.role && next.speaker.name?.length === 1 && next.verbPos > next.quoteStart) {
        const ne = table.match(next.speaker, false);
        const want = rg;
        if (ne && ne.type === 'person' && !ne.roles.length && (!ne.gender || !want || want === 'any' || ne.gender === want)) e = ne;
      }
      if (e) table.giveRole(e, m.role);
      // (`A federal judge … blocked` … `The ruling came from U.S. District Judge William Alsup`: an indefinite
      // title in the lead is identified too, by the same title given with the name.)
      if (!e) e = delayedLeadHolder(infos, table, sentence, m.role, rg, indefinite);
      if (!e) {
        const gg = g === 'm' || g === 'f' ? g : m.role.gender;
        e = table.roleEntity(m.role, nominativeTitle(lowerArticle(text.slice(roleNameStart(text, infos[sentence], m), roleNameEnd(text, infos[sentence], m, f.verbPos))), infos[sentence]?.lang), m.start, gg);
      }
    } else if (m.kind === 'pronoun' && text.slice(m.start, m.end).toLowerCase() === 'it') {
      // `It said …`: the institution last talked about.
      // (`The Supreme Court … pulled up the Centre over delays as it stressed that …`: in a clause joined to
      // its sentence, `it` is the institution that opens the sentence as its subject.)
      const si = infos[sentence];
      const it = m;
      const joined = !!si && /^(as|while|because|and|but|after|when|since)$/i.test(si.tokens[it.t0 - 1]?.text ?? '') && it.t0 > 3;
      // (`BBC Sport understands organisers RCS were mystified … because it said …`: the institution that is
      // the subject of the clause `it` is joined to, nearest first.)
      const clauseSubject = joined ? [...si.mentions].reverse().find((x) => x.kind === 'org' && x.t0 > 1 && !x.afterPreposition && x.t1 < it.t0 && /^(?:was|were|is|are|has|had|have|\p{Ll}{3,}ed)$/u.test(si.tokens[x.t1]?.lower ?? '')) : undefined;
      const opener = clauseSubject ?? (joined ? si.mentions.find((x) => x.kind === 'org' && x.t0 <= 1 && !x.afterPreposition && x.t1 < it.t0) : undefined);
      if (opener) e = table.match(opener, false);
      if (!e) e = table.recentInstitution(m.start);
      if (!e) m = null;
    } else if (m.kind === 'pronoun') {
      const pg = m.gender ?? g;
      e = table.fromContext(m.start, sentence, pg, { pronoun: true }) ?? table.fromContext(m.start, sentence, pg, { weak: true, maxBack: 2, pronoun: true });
      // (`Policjanci zauważyli kobietę, która … . Poinformowała ona mundurowych, że …`: with no one named,
      // a singular pronoun is the plain person the sentence before was about — `kobieta`.)
      if (!e && (pg === 'm' || pg === 'f')) {
        for (const k of [sentence, sentence - 1]) {
          const si = infos[k];
          if (!si || si.s.paragraph !== infos[sentence].s.paragraph) break;
          const pm = [...si.mentions].reverse().find((x) => x.kind === 'role' && !!x.role && x.start < m!.start && PLAIN_PERSON_HEAD.test(x.role.head) && x.role.gender === pg);
          if (pm) {
            e = table.roleEntity(pm.role!, pm.role!.head, pm.start, pg);
            break;
          }
        }
      }
      // (`Park officials were using a drone … . They believe …`: a plural pronoun no one answers is the
      // group that was the subject just before, named as written.)
      if (!e && !fallbackName && /^(they|oni|one)$/i.test(text.slice(m.start, m.end))) {
        const gm = groupSubjectBefore(infos, f);
        const gs = gm ? infos.find((x) => x.s.start <= gm.start && gm.end <= x.s.end) : undefined;
        if (gm && gs) fallbackName = text.slice(modifiedStart(text, gs, gm), gm.end).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
      }
      if (!e) m = null;
    } else if (m.kind === 'group' && /^(jej|jego|ich|its|their)$/i.test(infos[sentence]?.tokens[m.t0 - 1]?.text ?? '') && /^(przedstawiciel|representatives|officials|spokes)/i.test(text.slice(m.start, m.end)) &&
      (e = table.institutionNear(m.start, sentence, 1)) !== null) {
      // (`Prokuratura Okręgowa … . Jej przedstawiciele potwierdzają, że …`: the representatives of the
      // institution just named speak for it.)
    } else if (m.kind === 'group') {
      let ms = modifiedStart(text, infos[sentence], m);
      // (`Niektórzy sadownicy mówią …`: a Polish quantifier belongs to the group.)
      const gi = infos[sentence];
      const before = gi?.lang === 'pl' ? gi.tokens[m.t0 - 1] : undefined;
      if (before && PL_GROUP_QUANTIFIER.test(before.lower) && before.end + 1 === m.start) ms = before.start;
      const words = text.slice(m.start, m.end).split(' ');
      words[0] = oneOfNominative(words[0]);
      // (`jedna z jego organizatorek` is `jedna z organizatorek` out of its sentence: the possessive points
      // back into the text.)
      if (/^(jeden|jedna|jedno|one|kolejny|kolejna|inny|inna|drugi|druga)$/i.test(words[0])) fallbackName = words.filter((w, k) => !(k === 2 && /^(z|ze)$/i.test(words[1]) && /^(jego|jej|ich)$/i.test(w))).join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      else {
        const lemma = groupLemma(words[0]);
        words[0] = /^\p{Lu}/u.test(words[0]) ? lemma[0].toUpperCase() + lemma.slice(1) : lemma;
        fallbackName = (ms < m.start ? text.slice(ms, m.start) : '') + words.join(' ');
        // (`The mayors of Canada’s largest cities say …`: an English group keeps its `of` complement up to its verb.)
        const gt = gi?.lang === 'en' ? gi.tokens : undefined;
        if (gt && gt[m.t1]?.lower === 'of' && f.verbPos > m.end && f.verbPos - m.end <= 50) {
          const vk = gt.findIndex((x) => x.start === f.verbPos);
          const span = vk > m.t1 ? gt.slice(m.t1, vk) : [];
          if (span.length >= 2 && span.length <= 7 && span.every((x) => x.word || x.text === '’' || x.text === "'")) fallbackName += text.slice(m.end, gt[vk - 1].end);
        }
        if (gi) fallbackName += joinedGroup(text, gi, m, f.verbPos);
        // `– wskazali analitycy` after `prognozują analitycy Refleksu`: a bare group noun is the group
        // named in full before.
        const key = lemma.toLowerCase();
        if (words.length === 1 && ms === m.start) fallbackName = table.groupNameBefore(key, m.start) ?? fallbackName;
        else if (lemma.length > 3) table.nameGroup(key, fallbackName, m.start);
      }
    }
  } else if (f.quotedSource) {
    const qs = infos[f.first]?.lang === 'pl' ? { ...f.quotedSource, text: titleNominativePl(f.quotedSource.text) } : f.quotedSource;
    // The publication is an institution of the article from now on (`– czytamy w artykule` goes on with it).
    const oe = table.match({ kind: 'org', start: qs.start, end: qs.end, t0: 0, t1: 0, org: { name: qs.text, head: null, ministry: false, gender: null }, gender: null, afterPreposition: false, sentenceInitial: false }, true);
    if (oe) {
      table.spoke(oe, f.verbPos, f.first, null);
      table.markOutlet(oe);
    }
    const sp = { name: qs.text, mention: f.quotedSource.text, start: qs.start, end: qs.end, type: 'organization' as const };
    return sp;
  } else if (f.fallback === 'context' || f.fallback === 'next-or-context') {
    let cg = g;
    if (f.fallback === 'next-or-context' && next && next.first <= f.last + 1 && infos[next.first].s.paragraph === infos[f.first].s.paragraph) {
      // The next sentence's attribution usually covers this quotation too.
      const ne = next.speaker && (next.speaker.kind === 'person' || next.speaker.kind === 'org') ? table.match(next.speaker, true) : null;
      if (ne) e = ne;
      else if (!next.speaker && next.verb) cg = next.verb.gender;
    }
    // `„A” - wskazał, zaznaczając … . B - wskazał prezes NBP.`: a subject-less tail right before a tail
    // naming a title in the same paragraph is that title's holder speaking on.
    // (An impersonal tail — `– podano w komunikacie.` — goes on only with someone already quoted just
    // before; failing that, the document itself is the source.)
    if (!e && f.impersonalTail) e = table.fromContext(f.quoteStart, f.first, null, { speakersOnly: true, maxBack: 3 });
    // (`Najnowszy raport SG ¶ „…” – przekazano w poniedziałkowym komunikacie.`: an institution's kind of
    // document is the institution's named just before.)
    if (!e && f.impersonalTail && fallbackName && DOCUMENT_LOCATIVE_OWNED.test(fallbackName)) e = table.institutionNear(f.quoteStart, f.first, 3) ?? table.speakingInstitutionNear(f.quoteStart, f.first, 4);
    if (f.impersonalTail) {
      if (e) table.spoke(e, f.verbPos, f.first, g);
      return makeSpeaker(text, e, null, fallbackName);
    }
    if (!e && f.fallback === 'context' && !f.participle && (!f.verb || f.verbPos > f.quoteStart)) {
      const nc = newcomerBefore(infos, f, cg);
      if (nc) e = table.roleEntity(nc.m.role!, nc.title, nc.m.start, cg === 'm' || cg === 'f' ? cg : nc.m.role!.gender);
      // (`W obejściu Janusza Karasia wichura zerwała dach. „…” – relacjonuje.`: a person named in full for
      // the first time in the narrative sentence just before, in the same paragraph, is who speaks.)
      const np = !e && f.verb && f.verbPos > f.quoteStart ? newPersonBefore(infos, f, cg) : null;
      if (np) e = table.match(np, true);
    }
    const ns = nextSentence;
    if (!e && f.fallback === 'context' && f.verb && f.verbPos > f.quoteStart && ns && ns.first === f.last + 1 && infos[ns.first]?.s.paragraph === infos[f.first].s.paragraph &&
      ns.speaker?.kind === 'role' && ns.speaker.role && ns.verbPos > ns.quoteStart) {
      const ne = table.matchRole(ns.speaker.role, ns.verb?.gender ?? null, ns.speaker.start);
      if (ne && ne.type === 'person' && genderCompatible(ne.gender, g) && table.hasSpoken(ne)) e = ne;
    }
    // Speakers earlier in the same sentence count (`"A," said X. "B."` in one unit; `X said …, but warned that …`).
    // A subject-less verb after its quotation (`- … Putin ją przegrać … - podkreślił.`) looks back from
    // the quotation's start: names inside the quoted words are not who is speaking.
    const at = f.verb && f.verbPos < f.quoteEnd ? f.verbPos : f.quoteStart;
    // A quotation with no verb at all that opens its paragraph continues the last speaker
    // (`"Unfortunately for him, police were waiting…"` after `… said Insp Wilson.`), not the
    // last thing named in a narrative sentence between them.
    const paragraphStart = !f.verb && (f.first === 0 || infos[f.first - 1].s.paragraph !== infos[f.first].s.paragraph);
    if (!e && paragraphStart) {
      // (Not across a subheading: a new section names its own speaker, `Jakub Piotrowski: …` above
      // a dash paragraph.)
      let back = 1;
      while (back < 8 && f.first - back > 0 && infos[f.first - back].s.kind !== 'headline') back++;
      // The person the sentence just before is about introduces the quotation (`Patty Murray ripped
      // the amendment … ¶ "It is frustrating …"`); otherwise the last speaker goes on.
      const prev = infos[f.first - 1];
      if (prev && prev.s.kind === 'sentence' && !prev.pairs.length && prev.tokens.some((x) => COMMUNICATIVE.test(x.text))) e = table.fromContext(prev.s.start + 1, f.first - 1, cg, { maxBack: 0, personOnly: true, evident: true });
      // (`Do grona krytykujących trenera dołączył Marek Rzepka. ¶ – Szczerze? …`: a full name in the
      // nominative closing the sentence just before, after its verb, introduces the one who speaks next.)
      if (!e && prev && prev.lang === 'pl' && f.rule === 'quote.direct.dash') {
        // (…also past a sentence whose subject is a title no one holds, which re-mentions the newcomer:
        // `… dołączył Marek Rzepka. Były kapitan drużyny nie gryzł się w język …`.)
        const r0 = prev.mentions[0];
        const holder = r0?.kind === 'role' && r0.role ? table.matchRole(r0.role, cg, r0.start) : null;
        const epithet = !!r0 && r0.kind === 'role' && r0.t0 === 0 && !holder?.surnames.length && infos[f.first - 2]?.s.paragraph === prev.s.paragraph;
        const last = closingNewcomer(prev) ?? (epithet ? closingNewcomer(infos[f.first - 2]) : null);
        if (last && genderCompatible(last.given!.gender, cg)) e = table.match(last, false);
      }
      if (!e) e = table.fromContext(at, f.first, cg, { speakersOnly: true, maxBack: back });
    }
    if (!e && f.participle) e = table.fromContext(at, f.first, cg, { speakersOnly: true, maxBack: 0 });
    // A participle clause (`Badenoch attacked her opponents, … accusing them of “…”`) belongs to the
    // subject that opens its sentence.
    if (!e && f.participle) {
      const si = infos[f.first];
      // (…also after an opening phrase closed by a comma: `In a statement, board members defended …,
      // stating they were …`.)
      const c0 = si && /^(in|on|at|after|during|following|meanwhile|later|earlier|speaking|w|we|na|po|podczas)$/i.test(si.tokens[0]?.text ?? '') ? si.tokens.findIndex((x) => x.text === ',') : -1;
      const opens = (k: number) => k === 0 || k === c0 + 1 || ((k === 1 || k === c0 + 2) && /^(the|a|an)$/i.test(si.tokens[k - 1].text));
      let sm = si?.mentions.find((x) => opens(x.t0) && (x.kind === 'person' || x.kind === 'org' || x.kind === 'group') && !x.afterPreposition && x.start < f.verbPos);
      // (`Senate President Warren Petersen sounded a note, saying …`: an institution qualifying the titled
      // person right after it is no subject.)
      const titled = sm?.kind === 'org' ? si.mentions.find((x) => x.t0 === sm!.t1 && x.kind === 'person' && !!x.role && x.start < f.verbPos) : undefined;
      if (titled) sm = titled;
      // (As the subject of its clause a lone sentence-initial name is a name.)
      if (sm?.kind === 'group') fallbackName = text.slice(sm.start, sm.end);
      else if (sm) e = table.match(sm.sentenceInitial ? { ...sm, sentenceInitial: false } : sm, true);
    }
    // A quotation right after an attributed one in the same paragraph goes on with its speaker
    // (`"…," Springsteen told hosts Dave Marsh and Jim Rotolo. "We made a film …"`), not with the
    // people named in the attribution.
    if (!e && !f.verb && !paragraphStart) {
      const prev = infos[f.first - 1];
      if (prev && prev.s.paragraph === infos[f.first].s.paragraph && prev.pairs.length) e = table.fromContext(at, f.first, cg, { speakersOnly: true, maxBack: 1 });
    }
    // `Szkoleniowiec polskich skoczków odniósł się do formy Kamila Stocha. - Kamil nabiera …`: a verbless
    // dash line right after a sentence whose subject is a title is that title's holder speaking,
    // whoever that sentence names after its verb.
    if (!e && !f.verb && f.rule === 'quote.direct.dash' && infos[f.first].lang === 'pl') {
      const rs = roleSubjectBefore(infos, f.first, at, cg);
      if (rs?.role && rs.sentence === f.first - 1) e = table.matchRole(rs.role, cg, rs.start);
      // (`Rodzice wskazują, że … . - 13 września mój syn został pobity …`: a group opening that sentence
      // as the subject of its verb of saying speaks on.)
      const prev = infos[f.first - 1];
      const g0 = !e && prev && prev.s.paragraph === infos[f.first].s.paragraph ? prev.mentions.find((m) => m.kind === 'group' && m.t0 === 0 && !m.oblique && !m.afterPreposition) : undefined;
      if (g0 && prev.tokens.slice(g0.t1, g0.t1 + 2).some((x, q) => !!isSpeechToken(prev.tokens, g0.t1 + q, prev.lang, () => false))) return makeSpeaker(text, null, null, text.slice(g0.start, g0.end));
    }
    // `Marszałek Sejmu wyjaśnił, czym … . Przekazał, że …`: with no one named just before, the title
    // that was the subject of the previous sentence is who goes on speaking.
    // (`Rzecznik liczy na to, aby … tak, jak przewiduje Glapiński, ale „jesteśmy otwarci …”`: a quotation
    // inside a sentence whose subject is a title is that title's holder's, not a name's in a clause between.)
    if (f.rule === 'quote.direct.context' && infos[f.first]?.lang === 'pl' && f.quoteStart > infos[f.first].s.start + 1) {
      const rs = roleSubjectBefore(infos, f.first, f.quoteStart, cg);
      // (Only a known holder: an unheld title leaves the context to decide — `Rektor mówił o „…”` after `prof. Czopka`.)
      const holder = rs?.role && rs.sentence === f.first && !isEpithetHead(rs.role.head) ? table.matchRole(rs.role, cg, rs.start) : null;
      if (holder) e = holder;
    }
    // (So is the title opening an article's first sentence for a participle clause there: `THE OUTGOING
    // State Solicitor for Limerick fired a final shot …, saying that …`.)
    const leadParticiple = f.participle && firstBodySentence(infos) === f.first;
    if (!e && (!f.participle || leadParticiple) && !table.fromContext(at, f.first, cg, { maxBack: 1 })) {
      const rs = roleSubjectBefore(infos, f.first, at, cg);
      if (rs?.role && (!f.participle || rs.sentence === f.first)) {
        e = table.matchRole(rs.role, cg, rs.start);
        // (`52-latek na tym nie poprzestał. - … - przyznał.`: an epithet subject re-mentions the person
        // just talked about.)
        if (!e && isEpithetHead(rs.role.head)) {
          const eg = cg === 'm' || cg === 'f' ? cg : rs.role.gender;
          e = table.fromContext(rs.start, rs.sentence, eg, { conflictsWith: rs.role, maxBack: 4, personOnly: true, evident: true }) ?? table.fromContext(rs.start, rs.sentence, eg, { maxBack: 8, speakersOnly: true, personOnly: true });
        }
        if (!e) e = delayedLeadHolder(infos, table, rs.sentence, rs.role, cg ?? rs.role.gender);
        if (!e) e = table.roleEntity(rs.role, nominativeTitle(lowerArticle(text.slice(roleNameStart(text, infos[rs.sentence], rs), rs.end)), infos[rs.sentence].lang), rs.start, cg === 'm' || cg === 'f' ? cg : rs.role.gender);
      }
    }
    // (`… zgłosił się 28-letni mieszkaniec miasta, by – jak twierdził – poznać …`: a `jak` inserted inside
    // the sentence, with no subject of its own, speaks for the title that is the sentence's subject before it.)
    const ji = f.rule === 'quote.reported.jak' && !e ? infos[f.first] : undefined;
    if (ji && ji.lang === 'pl' && f.verbPos - ji.s.start > 20) {
      const rm = [...ji.mentions].reverse().find((x) => x.kind === 'role' && !!x.role && x.start < f.verbPos && !x.afterPreposition && !inPairAt(ji, x.start) &&
        !isPluralRole(x.role.text, x.role.head, cg) && (!cg || cg === 'any' || !x.role.gender || x.role.gender === cg) && subjectSlotPl(ji.tokens, x.t0));
      if (rm?.role) e = table.roleEntity(rm.role, nominativeTitle(lowerArticle(text.slice(roleNameStart(text, ji, rm), rm.end)), 'pl'), rm.start, cg === 'm' || cg === 'f' ? cg : rm.role.gender);
    }
    if (!e) e = table.fromContext(at, f.first, cg);
    if (!e && cg && cg !== 'any') e = table.fromContext(at, f.first, cg, { weak: true, maxBack: 2 });
    // (`Rozmawialiśmy z Anną Nowak, ekspertką … ¶ – … – przekonuje.`: a present tense shows no gender; with no
    // one else in sight, the person plainly named just before — the interviewee — speaks.)
    if (!e && (cg === 'any' || !cg)) e = table.fromContext(at, f.first, cg, { weak: true, maxBack: 1, personOnly: true, evident: true });
  }
  const subjectUse = m && m.kind === 'person' && m.name?.length === 1 && !m.afterPreposition && nominativeLike(m, infos[f.first]?.lang) && !/wedlug|zdaniem|according/.test(f.rule);
  // (A speaker named after a multi-sentence quotation spoke in its last sentence: later subject-less
  // verbs count their distance from there.)
  if (e && !f.owned) table.spoke(e, f.verbPos, f.verb && f.verbPos >= f.quoteEnd ? f.last : f.first, g, subjectUse ? m!.name![0] : undefined);
  const sp = makeSpeaker(text, e, m, fallbackName);
  if (sp && !e && sp.name && m?.kind === 'person') {
    // An unresolved single name: use the nominative guess of the given name if it is one.
    const gl = givenNameLemma(sp.name);
    if (gl) sp.name = gl.lemma;
  }
  return sp;
}
