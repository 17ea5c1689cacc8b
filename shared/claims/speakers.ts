import type { Speaker } from './types';
import type { Mention, RoleDesc } from './mentions';
import { OUTLET_HEAD, REGION_NAME_PL, acronymHead, complementKey, isEpithetHead, isPlaceName, orgHead, type Gender } from './roles';
import type { VerbGender } from './speech-verbs';
import { givenNameLemma, isNameParticle, sureGivenNameGender } from './given-names';
import { guessNominative, looksNominative, surnameCandidates } from './names-pl';
import { figureDisplayName, figureRoles, figuresFor, foldName, uniqueFigure, type PublicFigure } from './public-figures';

const candidateCache = new Map<string, string[]>();
function candidatesCached(form: string): string[] {
  let c = candidateCache.get(form);
  if (!c) {
    if (candidateCache.size > 50000) candidateCache.clear();
    // (`O’Shea` and `O'Shea` are one surname whichever apostrophe the writer typed.)
    c = surnameCandidates(form.replace(/’/g, "'"));
    // (`W ocenie Hennig-Kloski` for Paulina Hennig-Kloska: the last part of a double surname in -ka/-ga
    // declines like a noun, whose genitive the adjectival rules leave alone.)
    const dbl = /-\p{Lu}\p{Ll}+[kg]i$/u.test(form) ? form.slice(0, -1) + 'a' : null;
    if (dbl && !c.includes(dbl)) c = [...c, dbl];
    candidateCache.set(form, c);
  }
  return c;
}

/** A person or institution the article talks about, built from all its mentions. */
export interface Entity {
  id: number;
  type: 'person' | 'organization' | 'unknown';
  /** Given name lemma (nominative) when known. */
  given: string | null;
  /** Middle words as written (`W.` in `George W. Bush`). */
  middle: string[];
  /** Surname forms seen, in order. */
  surnames: string[];
  /** Surname forms seen in a clearly nominative use (full name with a nominative given name, a speech-verb subject). */
  nominatives: string[];
  /** Institution name (`MSZ`, `Misja USA przy NATO`). */
  orgName: string | null;
  ministry: boolean;
  roles: RoleDesc[];
  gender: Gender | null;
  /** Positions (offsets) of its subject-like mentions and of the claims it spoke. */
  lastPos: number;
  /** For a person known only by a role (`Prezydent`, `wójt wsi`): the role as written. */
  roleName?: string;
  /** The public figure this person is (public-figures.ts), null when none; undefined until looked up. */
  figure?: PublicFigure | null;
  /** Offsets of all its mentions, in text order. */
  seenAt?: number[];
  /** Named as a relative of someone with the same surname (`Mr Falconio's father Luciano`). */
  kin?: boolean;
  /** Named in an English article: names are not declined there. */
  english?: boolean;
  /** The gender was only guessed from the given name. */
  genderByName?: boolean;
  /** A generational suffix as the article writes it after the name (`, Jr.`, ` III`). */
  suffix?: string;
  /** `pan`/`pani` when the article calls the person only by a given name after that courtesy title. */
  courtesy?: 'pan' | 'pani';
  /** Country of a nationality noun or adjective the article gives the person (`Polka Iga Świątek`, `the American`). */
  nationality?: string;
}

// A Polish genitive surname form in -ki/-gi or -y after a hard consonant (not an adjectival -ski/-cki/-dzki).
function genitiveLikeSurname(x: string): boolean {
  return /\p{Ll}(?:[kg]i|[bcdfłmnprstwz]y)$/u.test(x) && !/(?:s|c|dz)ki$/u.test(x);
}

/** The nominative surname an entity is displayed with. */
function nominativeSurname(e: Entity): string {
  const g = e.gender === 'f' || e.gender === 'm' ? e.gender : null;
  // `Marcina Gruszki`: a man's surname in -ki/-gi never seen beside a nominative given name is the
  // genitive of one in -ka/-ga (a nominative -ki surname is `-ski`/`-cki`/`-dzki`).
  // (So is one in a consonant and -y: `Marcina Ociepy` is Marcin Ociepa; an adjectival surname such as
  // `Biały` would read `Białego` there.)
  // (…also beside its instrumental or accusative: `z Ireneuszem Fąfarą` … `Zdaniem Ireneusza Fąfary`.)
  const gen = e.surnames.find(genitiveLikeSurname);
  if (!e.nominatives.length && g === 'm' && !e.english && e.given && givenNameLemma(e.given) && gen &&
    e.surnames.every((x) => genitiveLikeSurname(x) || (/\p{Ll}[ąę]$/u.test(x) && x.slice(0, -1) === gen.slice(0, -1)))) return gen.slice(0, -1) + 'a';
  return e.nominatives[0] ?? e.surnames.find((s) => looksNominative(s, g)) ?? guessNominative(e.surnames[0], g);
}

/** Both titles name their body and the names share nothing (`szef KRS`, `szef resortu sprawiedliwości`). */
function disjointComplements(a: RoleDesc, b: RoleDesc): boolean {
  const ak = a.keys.filter((k) => !k.startsWith('country:') && k !== 'government' && k !== 'state');
  const bk = b.keys.filter((k) => !k.startsWith('country:') && k !== 'government' && k !== 'state');
  return ak.length > 0 && bk.length > 0 && !ak.some((k) => bk.includes(k));
}

// A police or military rank written as a name word: `Snr-Sgt`, `Det-Insp`, `Supt`.
const GLUED_RANK = /^(?:Snr|Insp|Supt|Sgt|Const|Cst|Cpl|Capt|Cmdr|(?:Snr|Sen|Sr|Det|Insp|Supt|Sgt|Const|Cst|Cpl|Lt|Capt|Cmdr|Ch)(?:-(?:Sgt|Const|Cst|Insp|Supt|Cmdr|Lt|Capt))+)\.?$/;

// Offices of a body that are not its head (`rzecznik KRS` is no `szef KRS`).
const NOT_HEAD_OFFICE = /^(rzecznik|członek|zastępca|kurator|doradca|pracownik|ekspert|spokesman|spokesperson|member|adviser|advisor)$/;

/** Print, web, broadcast or agency: the class of a kind of outlet, or null for none known. */
function outletClass(kind: string): string | null {
  if (/^(gazeta|dziennik|tygodnik|miesięcznik|magazyn|newspaper|magazine)$/.test(kind)) return 'print';
  if (/^(portal|serwis|website|site)$/.test(kind)) return 'web';
  if (/^(stacja|telewizja|rozgłośnia|radio|channel)$/.test(kind)) return 'broadcast';
  return /^(agencja)$/.test(kind) ? 'agency' : null;
}

/** The institution a Polish case form of a one-word name refers to (`bloomberga` → `bloomberg`). */
function declinedOrg(lower: string, byName: Map<string, Entity>): Entity | undefined {
  const m = /^(\p{L}{4,}?)(?:a|u|owi|iem|em|ie)$/u.exec(lower);
  return m ? byName.get(m[1]) : undefined;
}

// The commonest English surnames, which a lone capitalised word more likely is than an unlisted given name.
const COMMON_SURNAMES_EN = new Set(('Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark Lewis Walker Hall Allen Young King Wright ' +
  'Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris ' +
  'Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes ' +
  'Price Sanders Myers Long Ross Foster Thomas Jackson White Harris Martin Thompson Moore Lee Anderson Robinson').split(' '));

/** Index of the first element of sorted `a` greater than `x`. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The offset of the entity's last mention before `before`, or -1. */
function lastSeenBefore(e: Entity, before: number): number {
  let last = -1;
  for (const p of e.seenAt ?? [e.lastPos]) if (p < before && p > last) last = p;
  return last;
}

/** True when `a` was named more recently than `b` before `pos` (or, named by neither before it, later overall). */
function closerBefore(a: Entity, b: Entity, pos: number): boolean {
  const la = lastSeenBefore(a, pos);
  const lb = lastSeenBefore(b, pos);
  if (la !== lb) return la > lb;
  return a.lastPos > b.lastPos;
}

const SPOKESMAN_HEAD = /^(?:rzecznik|spokesman|spokesperson|spokeswoman)$/;

/** Looks the entity up among the public figures once: a unique match lends its offices and gender. */
export function figureOf(e: Entity): PublicFigure | null {
  if (e.figure !== undefined) return e.figure;
  e.figure = null;
  if (e.type === 'organization' || !e.surnames.length || e.roleName) return null;
  const g = e.gender === 'f' || e.gender === 'm' ? e.gender : null;
  let f = uniqueFigure(nominativeSurname(e), e.given, g);
  // (`Według Brzezińskiego` in a story about a Polish gmina is no US ambassador: a foreign figure with a
  // common Polish surname needs the given name too.)
  if (f && !e.given && f.country !== 'pl' && /\p{Ll}(?:ski|cki|dzki|ska|cka|dzka)$/u.test(nominativeSurname(e))) f = null;
  // (A surname seen only declined — `Dmytro Kułebą`, `ministra Kułeby` — finds the figure through its
  // candidate nominatives, when the given name agrees.)
  // (…and a double surname, distinctive enough alone: `W ocenie Kosiniaka-Kamysza` → Władysław Kosiniak-Kamysz.)
  if (!f && !e.given && !e.english) {
    for (const form of e.surnames) {
      if (!/\p{Ll}-\p{Lu}/u.test(form)) continue;
      for (const gg of g ? [g] : (['m', 'f'] as const)) {
        f = uniqueFigure(guessNominative(form, gg), null, gg);
        if (f) break;
      }
      if (f) break;
    }
  }
  if (!f && e.given && !e.english) {
    for (const form of e.surnames) {
      for (const c of candidatesCached(form)) {
        f = uniqueFigure(c, e.given, g);
        if (f) break;
      }
      if (f) break;
    }
  }
  // (`Governor Cooper` is no `Yvette Cooper`: a surname alone with a title the figure is not known for is
  // someone else of that name. A rank that goes with any office proves nothing.)
  if (f && !e.given && e.roles.length) {
    const known = figureRoles(f);
    const titles = e.roles.filter((r) => !/^(professor|profesor|prof|dr|doctor|sir|dame|lord|lady|pan|pani|mr|mrs|ms|poseł|posłanka|mp)$/i.test(r.head));
    if (titles.length && known.length && !titles.some((r) => known.some((k) => roleScore(k, r) > 0))) f = null;
  }
  if (!f) return null;
  e.figure = f;
  if (!e.gender) e.gender = f.gender;
  return f;
}

/** A point in the discourse where an entity was the subject or the speaker. */
interface DiscourseEvent {
  pos: number;
  entity: Entity;
  speaker: boolean;
  sentence: number;
  /** Any mention (object, after a preposition): used only when nothing better agrees. */
  weak?: boolean;
}

const GENERIC_MINISTRY = /^(resort|ministerstwo|ministry|department)$/;
// Company nouns, and an empty head: a proper name without an institution word (`Boeing`).
// A company's legal form after its name (`Corp.`, `Inc.`, `S.A.`, `sp. z o.o.`).
const LEGAL_FORM = /^(?:corp\.?|corporation|inc\.?|incorporated|ltd\.?|limited|plc|llc|co\.?|cos\.?|holdings|group|s\.a\.?|sa|ag|se|gmbh|nv|bv|sp\. z o\.o\.?)$/;
// Words of a company's name after its distinctive first word, which news drops on later mention
// (`Southwest Airlines Co.` → `Southwest`, `Delta Air Lines Inc.` → `Delta`, `Stage Stores Inc` → `Stage Stores`).
// Polish uniformed services that a bare `służby` refers back to.
const UNIFORMED_HEADS_PL = ['policja', 'straż', 'prokuratura', 'żandarmeria', 'pogotowie', 'wojsko'];
// The country of a company's national arm, last in its name (`Santander Bank Polska`, `Orange Polska`).
const COUNTRY_ARM = /^(?:polska|poland)$/;
const COMPANY_TAIL_WORD = /^(?:air|lines|airlines|airways|motors|stores|foods|brands|industries|technologies|systems|communications|pharmaceuticals|entertainment|holdings|group|bank)$/;
// Kinds of company a described noun names (`the retailer`, `the store operator`, `przewoźnik`).
const COMPANY_KINDS = 'company|firm|spółka|firma|koncern|supermarket|retailer|carmaker|automaker|airline|insurer|lender|chain|manufacturer|broadcaster|conglomerate|operator|brewer|publisher|developer|miner|przewoźnik|ubezpieczyciel|przedsiębiorstwo|wykonawca|nadawca|stacja|telewizja|producent|sieć|deweloper';
const LABOUR_BODY_NAME = /\b(?:Steelworkers|Workers|Teamsters|Union|Unions|Unite|Federation|Confederation|Congress|Association|Guild|Solidarność|Związek|Związku)\b/u;
const COMPANY_HEAD = new RegExp(`^(|group|corporation|inc|ltd|holdings|co|grupa|${COMPANY_KINDS})$`);
const GENERIC_ORG = new RegExp(`^(agency|body|club|klub|group|organization|organisation|regulator|watchdog|party|force|agencja|organizacja|instytucja|${COMPANY_KINDS})$`);

/** True when the words before a surname are the last words of an entity's middle names (`Bou` of `Elias Bou Saab`). */
function compoundTail(words: string[], middle: string[]): boolean {
  const n = words.length - 1;
  return n > 0 && n <= middle.length && words.slice(0, n).every((w, k) => w === middle[middle.length - n + k]);
}

export function genderCompatible(a: Gender | null, b: VerbGender | Gender | null): boolean {
  if (!a || !b || b === 'any') return true;
  return a === b;
}

// Heads that name the same function (`szkoleniowiec` = `trener`).
const HEAD_SYNONYMS: Record<string, string> = { szkoleniowiec: 'trener' };

/**
 * A role's office for comparison: `prime minister` = `premier` = `PM` (a minister heading the
 * government); `his top spokeswoman` = `White House press secretary Karoline Leavitt`.
 */
export function officeOf(r: Pick<RoleDesc, 'head' | 'keys' | 'text'>): string {
  if (r.head === 'minister' && r.keys.includes('government') && /prime|premier/i.test(r.text)) return 'premier';
  if (r.head === 'minister' && r.keys.includes('first')) return 'first-minister';
  if (/^(spokeswoman|spokesman|spokesperson)$/.test(r.head) || /\bpress secretary\b/i.test(r.text) || (r.head === 'officer' && /\bpress\b/i.test(r.text))) return 'spokesperson';
  // (`oficer prasowa KPP` … `rzeczniczka oławskich policjantów`: a police press officer is its spokesperson.)
  if (r.head === 'oficer' && /prasow/i.test(r.text)) return 'rzecznik';
  return HEAD_SYNONYMS[r.head] ?? r.head;
}

/** `wiceprezydent` ~ `zastępca prezydenta`: a vice- title equals a deputy role whose complement is that title; synonymous heads match. */
function sameOffice(a: RoleDesc, b: RoleDesc): boolean {
  if (officeOf(a) === officeOf(b)) return true;
  return a.head.startsWith('wice') && a.head.length > 6 && b.head === 'zastępca' && b.keys.includes(complementKey(a.head.slice(4)));
}

/** How well a role mention fits one of an entity's roles: 0 = not at all, <0 = contradicts. */
// Stems of the nouns that name a company without naming it (`spółki`, `firmy`, `przedsiębiorstwa`, `company`).
const GENERIC_FIRM_KEY = new Set(['spółk', 'firmy', 'firma', 'firmę', 'firmą', 'firmi', 'przed', 'konce', 'compa']);
const HEAD_OF_FIRM = /^(szef|prezes|dyrektor|boss|ceo|chief|head)$/;

export function roleScore(entityRole: RoleDesc, m: RoleDesc): number {
  const ek = new Set(entityRole.keys);
  const mCountries = m.keys.filter((k) => k.startsWith('country:'));
  const eCountries = entityRole.keys.filter((k) => k.startsWith('country:'));
  if (mCountries.length && eCountries.length && !mCountries.some((c) => ek.has(c))) return -1;
  const mOther = m.keys.filter((k) => !k.startsWith('country:'));
  // (`ZPRP` is `Związku Piłki Ręcznej w Polsce`: initials may take in the seat's country.)
  const overlap = mOther.filter((k) => ek.has(k) || acronymNear(entityRole, k)).length;
  const countryMatch = mCountries.some((c) => ek.has(c)) ? 1 : 0;
  // (A first minister is no prime minister, nor the other way round.)
  const offices = [officeOf(entityRole), officeOf(m)];
  if (offices.includes('premier') && offices.includes('first-minister')) return -1;
  // (`Szef spółki`, `prezes firmy`, `the head of the company`: the head of a company the article does not
  // name again is any head of a firm it named — `prezes Kolei Mazowieckich` — weakly.)
  if (mOther.length && mOther.every((k) => GENERIC_FIRM_KEY.has(k)) && HEAD_OF_FIRM.test(m.head) && HEAD_OF_FIRM.test(entityRole.head) && !entityRole.keys.some((k) => k === 'resor' || k === 'minis')) return 1;
  let base = 0;
  // (`szef resortu`, `szefowa ministerstwa`: the head of a ministry is its minister.)
  if (entityRole.head === m.head || sameOffice(entityRole, m) || sameOffice(m, entityRole) || ministryHead(m, entityRole) || ministryHead(entityRole, m)) base = 2;
  // (`szef KRS` heads the body; its `rzecznik`, members or deputies do not.)
  else if ((m.head === 'szef' && NOT_HEAD_OFFICE.test(entityRole.head)) || (entityRole.head === 'szef' && NOT_HEAD_OFFICE.test(m.head))) base = 0;
  else if (m.generic || entityRole.generic) base = overlap > 0 ? 1 : 0;
  // (`wiceszef MSWiA` is any deputy head of the ministry: `wiceminister MSWiA`.)
  // (…and any deputy of its head: `zastępczyni Głównego Inspektora Ochrony Środowiska` is `wiceszefowa GIOŚ`.)
  else if ((m.head === 'wiceszef' && (entityRole.head.startsWith('wice') || entityRole.head === 'zastępca')) || (entityRole.head === 'wiceszef' && (m.head.startsWith('wice') || m.head === 'zastępca'))) base = overlap > 0 ? 1 : 0;
  if (base === 0) return 0;
  // (`szef SOR-u` is not `dyrektor Wojewódzkiego Szpitala`: kindred titles of different institutions.)
  const eOther = entityRole.keys.filter((k) => !k.startsWith('country:'));
  // (Not epithets: `szkoleniowiec zabrzan` is the `trener Górnika` named before.)
  if (entityRole.head !== m.head && !isEpithetHead(entityRole.head) && !isEpithetHead(m.head) && mOther.length && eOther.length && overlap === 0 && !ministryHead(m, entityRole) && !ministryHead(entityRole, m)) return -1;
  // Same head but different portfolios (`minister edukacji` vs `minister spraw zagranicznych`).
  const ePortfolio = entityRole.keys.filter((k) => /^[a-z]+$/.test(k) && ['foreign', 'defence', 'education', 'justice', 'health', 'finance', 'interior', 'agriculture', 'economy'].includes(k));
  const mPortfolio = mOther.filter((k) => ePortfolio.length && ['foreign', 'defence', 'education', 'justice', 'health', 'finance', 'interior', 'agriculture', 'economy'].includes(k));
  if (mPortfolio.length && !mPortfolio.some((k) => ek.has(k))) return -1;
  // (A bare Polish `premier`, `prezydent` is the Polish one: a foreign holder of the title matches it less.)
  if (!mCountries.length && mOther.every((k) => k === 'government' || k === 'state') && eCountries.length && !eCountries.includes('country:pl') && /^(premier|prezydent|kanclerz|wicepremier|marszałek)$/.test(m.head)) return Math.max(0.5, base + overlap - 1);
  return base + overlap + countryMatch;
}

/** An acronym `k` one letter longer or shorter than one of the role's (see roleScore). */
function acronymNear(entityRole: RoleDesc, k: string): boolean {
  return /^\p{Lu}{3,}$/u.test(k) && entityRole.keys.some((x) => /^\p{Lu}{3,}$/u.test(x) && Math.abs(x.length - k.length) === 1 && (x.startsWith(k) || k.startsWith(x)));
}

/** The head of a ministry (`szef resortu`) against its minister. */
function ministryHead(a: RoleDesc, b: RoleDesc): boolean {
  return a.head === 'szef' && a.keys.some((k) => k === 'resor' || k === 'minis') && b.head === 'minister';
}

// Family names common enough in English-language news that, used alone, they name someone by surname.
const COMMON_SURNAME_EN = new Set(('Smith Jones Williams Brown Taylor Davies Wilson Evans Thomas Johnson Roberts Walker Wright Robinson Thompson White Hughes Edwards ' +
  'Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen ' +
  'Mitchell James Anderson Phillips Bell Parker Davis Miller Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Khan Singh Kumar').split(' '));

// Suffixes that are no surname: religious orders, generations, postnominal letters of rank and
// honours (`Neil Rafferty QC`, `Jane Smith MP`).
const NAME_SUFFIX = /^(?:OFM|SJ|OP|SDB|OSB|CSsR|SVD|OCist|OCD|Jr\.?|Sr\.?|II|III|IV|QC|KC|SC|MP|MSP|MEP|OBE|MBE|CBE|KBE|DBE)$/;

// Family names that East Asian and Vietnamese news names write first (`Xi Jinping`, `Kim Jong Un`).
const FAMILY_NAME_FIRST = new Set(('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Xi ' +
  'Kim Lee Park Choi Chung Jung Jeong Kang Cho Yoon Yun Jang Lim Shin Moon Kwon Hwang Ahn Song Oh Ko Seo Nam Ryu Hong Yoo Roh Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong').split(' '));

/** Entity `e`, unless the anaphor was missed when first met (`missed`) and `e` was named only after `pos`. */
function seenBeforeUnlessMissed(missed: boolean, pos: number, e: Entity | null | undefined): Entity | null {
  return e && (!missed || (e.seenAt ?? [e.lastPos]).some((p) => p < pos)) ? e : null;
}

/**
 * The article's entity table and discourse history: mentions are observed in text order, then
 * speaker mentions are resolved to entities (surname, inflected surname, role-only mention,
 * institution, pronoun or subject-less verb).
 */
export class EntityTable {
  /** English names are not inflected: only a given name in its base form is read as one there. */
  constructor(private readonly lang: 'pl' | 'en' = 'pl') {}

  private givenName(word: string): ReturnType<typeof givenNameLemma> {
    const g = givenNameLemma(word);
    return g && this.lang === 'en' && g.lemma !== word ? null : g;
  }

  /**
   * Words the article also writes in lower case (`trains`, `bar`): a capitalised name ending in one
   * (`Sydney Trains`, `Cafe Bar`) is more likely a thing than a person a `he`/`she` refers to.
   */
  lowerWords: ReadonlySet<string> = new Set();

  private entities: Entity[] = [];
  private events: DiscourseEvent[] = [];
  /** Groups named in full (`analitycy Refleksu`), by their head noun's lemma, with where: for a bare `analitycy` later. */
  private groupNames = new Map<string, Array<[number, string]>>();

  /** Notes a group named in full at `pos`. */
  nameGroup(key: string, name: string, pos: number): void {
    const list = this.groupNames.get(key);
    if (!list) this.groupNames.set(key, [[pos, name]]);
    else if (!list.some(([p]) => p === pos)) list.push([pos, name]);
  }

  /** The group of that head named in full last before `pos` (`ratownicy TOPR` for a later `ratownicy`). */
  groupNameBefore(key: string, pos: number): string | undefined {
    let best: [number, string] | undefined;
    for (const x of this.groupNames.get(key) ?? []) if (x[0] < pos && (!best || x[0] > best[0])) best = x;
    return best?.[1];
  }
  private nextId = 1;

  /** Records a mention and returns its entity (created when new), or null for roles/pronouns/groups. */
  observe(m: Mention, sentence: number, subjectLike: boolean, weak = false): Entity | null {
    const e = this.match(m, true);
    if (e) {
      e.lastPos = m.start;
      (e.seenAt ??= []).push(m.start);
      // Only an institution that acts (a subject) is what `the agency` later refers to.
      if (e.type === 'organization' && subjectLike && !this.pluralInstitution(e)) {
        this.lastOrg = e;
        // (A web outlet — `tysol.pl` — is no company `spółka` refers back to.)
        // (…nor is a trade union or an association: `The United Steelworkers have ratified …`.)
        if (COMPANY_HEAD.test(this.headOf.get(e) ?? '') && !/\.\p{Ll}{2,4}$/u.test(e.orgName ?? '') && !LABOUR_BODY_NAME.test(e.orgName ?? '')) this.lastCompany = e;
      }
      if (subjectLike) this.insertEvent({ pos: m.start, entity: e, speaker: false, sentence });
      else if (weak) this.insertEvent({ pos: m.start, entity: e, speaker: false, sentence, weak: true });
    }
    return e;
  }

  /** Records `e` as the subject of a sentence at `pos` (a title that names someone already known). */
  subject(e: Entity, pos: number, sentence: number): void {
    e.lastPos = Math.max(e.lastPos, pos);
    this.insertEvent({ pos, entity: e, speaker: false, sentence });
  }

  /** Marks an entity as the speaker of a claim at `pos` (later subject-less verbs may refer to it). */
  /** The entity that last became a speaker (read by the caller right after resolving one claim). */
  lastSpoke: Entity | null = null;

  spoke(e: Entity, pos: number, sentence: number, verbGender: VerbGender | null, subjectWord?: string): void {
    this.lastSpoke = e;
    if (!e.gender && verbGender && verbGender !== 'any' && verbGender !== 'pl' && e.type !== 'organization') e.gender = verbGender as Gender;
    else if (e.genderByName && (verbGender === 'm' || verbGender === 'f') && e.gender !== verbGender && e.type !== 'organization') e.gender = verbGender;
    if (verbGender === 'm' || verbGender === 'f') e.genderByName = false;
    if (subjectWord && e.surnames.includes(subjectWord) && !e.nominatives.includes(subjectWord)) e.nominatives.push(subjectWord);
    if (e.type === 'unknown') e.type = 'person';
    this.spokenSet.add(e);
    this.insertEvent({ pos, entity: e, speaker: true, sentence });
  }

  // Mentions arrive in text order during observation and speakers in (nearly) text order during
  // resolution, so both lists stay sorted with cheap insertions near their ends.
  private speakerEvents: DiscourseEvent[] = [];

  /** Entities that have been the subject of a sentence (a non-weak event). */
  private subjectSet = new Set<Entity>();

  private insertEvent(ev: DiscourseEvent): void {
    if (!ev.weak) this.subjectSet.add(ev.entity);
    const list = ev.speaker ? this.speakerEvents : this.events;
    let i = list.length;
    while (i > 0 && list[i - 1].pos > ev.pos) i--;
    if (i === list.length) list.push(ev);
    else list.splice(i, 0, ev);
  }

  private static firstAtOrAfter(list: DiscourseEvent[], pos: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entity a mention refers to, creating one for new names and institutions when `create`. */
  match(m: Mention, create: boolean): Entity | null {
    // (`Acme said …` after `Acme Corp.`: a company's name without its legal form.)
    if (m.kind === 'person' && m.name?.length === 1 && !m.given && !m.role) {
      const co = this.companyByShortName(m.name[0], m.start) ?? (this.bySurname.has(m.name[0]) ? null : this.orgByNameWord(m.name[0], m.start));
      if (co) return co;
    }
    if (m.kind === 'person' && m.name && m.name.length) return this.matchPerson(m, create);
    if (m.kind === 'org' && m.org) return this.matchOrg(m, create);
    return null;
  }

  /**
   * `the Clearinghouse` after `the National Student Clearinghouse Research Center`, `the Journal` after
   * `The Wall Street Journal`: one capitalised word (no given name, no place) of a longer institution's
   * name seen before `pos`, not its first, is that institution (the latest such); else null.
   */
  private orgByNameWord(word: string, pos: number): Entity | null {
    if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word) || isPlaceName(word) || givenNameLemma(word)) return null;
    let best: Entity | null = null;
    let at = -1;
    const lower = word.toLowerCase();
    for (const e of this.orgByWord.get(lower) ?? []) {
      // (Not the first word: `Labour` is no shortening of `Labour Party` the annotator would write.)
      if (!/\s/.test(e.orgName ?? '') || e.orgName!.toLowerCase().startsWith(lower + ' ')) continue;
      const p = lastSeenBefore(e, pos);
      if (p > at) [best, at] = [e, p];
    }
    return best;
  }

  /**
   * The company named before `pos` as `<word> <legal form>` (`Acme Corp.`, `Orlen S.A.`), also with
   * industry words between (`Southwest Airlines Co.`, `Delta Air Lines Inc.`), or null.
   */
  private companyByShortName(word: string, pos: number): Entity | null {
    const lower = word.toLowerCase();
    let best: Entity | null = null;
    for (const e of this.orgByPrefix.get(lower) ?? []) {
      const rest = e.orgName!.toLowerCase().slice(lower.length + 1).split(/\s+/);
      const words = rest.length;
      // (`Santander` after `Santander Bank Polska`, `Orange` after `Orange Polska S.A.`: the national arm's
      // country closes the name too.)
      if (rest.length > 1 && LEGAL_FORM.test(rest[rest.length - 1]) && COUNTRY_ARM.test(rest[rest.length - 2])) rest.length -= 2;
      else if (rest.length && COUNTRY_ARM.test(rest[rest.length - 1])) rest.length -= 1;
      while (rest.length && COMPANY_TAIL_WORD.test(rest[0])) rest.shift();
      if (rest.length ? rest.length > 1 || !LEGAL_FORM.test(rest[0]) : words === 0) continue;
      if (!(e.seenAt ?? [e.lastPos]).some((p) => p < pos)) continue;
      if (!best || e.lastPos > best.lastPos) best = e;
    }
    return best;
  }

  private bySurname = new Map<string, Entity[]>();
  private roleEntities: Entity[] = [];
  private orgByName = new Map<string, Entity>();
  /** Institutions by each word of their lower-cased name (`airlines` → American Airlines). */
  private orgByWord = new Map<string, Entity[]>();
  /** Institutions by each word prefix of their lower-cased name (`sąd okręgowy` → Sąd Okręgowy w Białymstoku). */
  private orgByPrefix = new Map<string, Entity[]>();
  private lastByHead = new Map<string, Entity>();
  private lastMinistry: Entity | null = null;

  // The latest institution of each kind, for `resort`, `ministerstwo`, `komisja` referring back.
  private lastOrg: Entity | null = null;
  private lastCompany: Entity | null = null;
  /** News outlets named (`portal Business Korea`, `czytamy w „Rzeczpospolitej”`): what `gazeta` or `dziennik` alone refers back to. */
  private outlets: Entity[] = [];
  private headOf = new WeakMap<Entity, string>();
  private anaphora = new WeakMap<Mention, Entity>();
  /** Institution anaphors that found nothing when first met in text order. */
  private anaphoraMissed = new WeakSet<Mention>();

  /** Heads whose latest institution was last named only after a preposition. */
  private headAfterPreposition = new Set<string>();

  /** Marks a publication quoted as a source by its title as the latest outlet. */
  markOutlet(e: Entity): void {
    if (!this.outlets.includes(e)) this.outlets.push(e);
  }

  /** The outlet of a kind like `kind` (`gazeta`: a paper, not a portal) named last before `pos`, if any. */
  private outletBefore(pos: number, kind: string): Entity | null {
    let best: Entity | null = null;
    let at = -1;
    const want = outletClass(kind);
    for (const e of this.outlets) {
      const has = outletClass(this.headOf.get(e) ?? '');
      if (want && has && want !== has) continue;
      const p = lastSeenBefore(e, pos);
      if (p > at) [best, at] = [e, p];
    }
    return best;
  }

  /**
   * `rival companies`, `Civil defence authorities`: an English institution named by a plural noun is a
   * group of them, never what a later singular `the company` means.
   */
  private pluralInstitution(e: Entity): boolean {
    if (this.lang !== 'en' || !e.orgName) return false;
    const last = e.orgName.slice(e.orgName.lastIndexOf(' ') + 1);
    const h = last === last.toLowerCase() && last.endsWith('s') ? orgHead(last) : null;
    return !!h && h.lemma !== last;
  }

  private touchOrg(e: Entity, head: string | null, afterPreposition = false): void {
    if (this.pluralInstitution(e)) return;
    if (e.ministry) this.lastMinistry = e;
    // (An institution named after a preposition does not displace one of the same kind named as a
    // subject: `Sąd Okręgowy zajmował się sprawą po tym, gdy kasację do Sądu Najwyższego wniosła
    // prokuratura. … Sąd uzasadniał …` is the regional court.)
    // (Polish only: an English `by the Police Association` is the agent of a passive.)
    if (head && afterPreposition && this.lang === 'pl' && this.lastByHead.has(head) && this.lastByHead.get(head) !== e && !this.headAfterPreposition.has(head)) return;
    if (head && OUTLET_HEAD.test(head) && e.orgName && e.orgName.toLowerCase() !== head) this.markOutlet(e);
    if (head) {
      this.lastByHead.set(head, e);
      if (afterPreposition) this.headAfterPreposition.add(head);
      else this.headAfterPreposition.delete(head);
    }
    // (`the Police Federation` … `the federation`: an English name's later institution word is a
    // head a bare noun can refer back by, as its first one is.)
    if (this.lang === 'en' && e.orgName && /\s/.test(e.orgName)) {
      for (const w of e.orgName.split(/\s+/)) {
        if (w === 'of' || w === 'for') break;
        const h = orgHead(w)?.lemma;
        if (h && h !== head) this.lastByHead.set(h, e);
      }
    }
  }

  private indexSurname(e: Entity, surname: string): void {
    for (const c of candidatesCached(surname)) {
      const list = this.bySurname.get(c);
      if (!list) this.bySurname.set(c, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  private addRoles(e: Entity, m: Mention): void {
    if (m.role) this.addRole(e, m.role);
    if (m.rank) this.addRole(e, m.rank);
  }

  /** Gives a resolved entity the title a mention called it by, so that later mentions of the title find it. */
  giveRole(e: Entity, role: RoleDesc): void {
    this.addRole(e, role);
  }

  private addRole(e: Entity, role: RoleDesc): void {
    if (e.roles.some((r) => r.text === role.text)) return;
    e.roles.push(role);
    if (!this.roleEntitySet.has(e)) {
      this.roleEntitySet.add(e);
      this.roleEntities.push(e);
    }
  }

  private matchPerson(m: Mention, create: boolean): Entity | null {
    // (A religious order's or generational suffix is no surname: `Damian Muskus OFM`, `Samuel Stanley Jr.`)
    // (A rank abbreviation glued to the name is no part of it: `Snr-Sgt Byrnes`, `Det-Insp Lee`.)
    let all = m.name!.filter((w) => w !== '.');
    while (all.length > 1 && GLUED_RANK.test(all[0])) all = all.slice(1);
    // (`Judge Lucas QC`: after a title two words are enough.)
    const words = (all.length > 2 || (all.length === 2 && m.role)) && NAME_SUFFIX.test(all[all.length - 1]) ? all.slice(0, -1) : all;
    const generation = words.length < all.length && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(all[all.length - 1]) ? (m.suffixComma ? ', ' : ' ') + all[all.length - 1].replace(/^(Jr|Sr)$/, '$1.') : null;
    const surname = words[words.length - 1];
    // (`Ould Cheikh Ahmad`, `Van Speybroeck`: a name particle is no given name.)
    // (The mention may already know the given name's case better: `wójta Roberta` is Robert.)
    let given: string | null = null;
    // (`Ben Reid`: a particle that is also a given name, opening a two-word name, is the given name.)
    if (words.length > 1 && !(isNameParticle(words[0]) && !(m.given && words.length === 2))) given = m.given && m.given.lemma !== words[0] && this.lang === 'pl' ? m.given.lemma : this.givenName(words[0])?.lemma ?? words[0];
    // (`zdaniem Aleksandra Miszalskiego`, `Daniela Obajtka`: the mention already reads a man's name in the
    // genitive as his — see manInGenitive.)
    // Only a listed given name in its nominative shows that the surname beside it is nominative too
    // (an unknown one, `Andrijem`, may be declined like the surname).
    // (An unknown given name before a visibly oblique surname — `Mohanneda Almughanniego` — is oblique too.)
    // (An undeclined foreign given name proves nothing of the surname: `z Dmytro Kułebą`.)
    const knownNominative = given !== null && words[0] === given && !/\p{Ll}[ąę]$/u.test(surname) && (this.givenName(words[0]) !== null || (!/\p{Ll}(?:iem|em|owi|ą|ę)$/u.test(given) && looksNominative(surname, null)));
    let best: Entity | null = null;
    const seen = new Set<Entity>();
    for (const c of candidatesCached(surname)) {
      for (const e of this.bySurname.get(c) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        // (Lech vs Jarosław Kaczyński; but an initial matches its name: `bp D. Muskus` is Damian Muskus.)
        // (`Elias Bou Saab` … `Bou Saab said`: the words before the surname may be the end of a
        // compound surname rather than a given name.)
        if (given && e.given && e.given !== given && !(/^\p{Lu}\.?$/u.test(given) && e.given.startsWith(given[0])) && !compoundTail(words, e.middle)) continue;
        // (`Mr Lamb` is not Rebecca Lamb.)
        if (m.titleGender && (e.gender === 'm' || e.gender === 'f') && e.gender !== m.titleGender) continue;
        // (The one named last before this mention: `Kaczyński:` in a headline is the Jarosław of the lead,
        // not the Lech named at the article's end.)
        // (A surname alone is the person the story is about, not a relative named after them:
        // `Falconio said` after `Mr Falconio's father Luciano` is Peter Falconio.)
        if (!best || (!given && !!best.kin !== !!e.kin ? best.kin : closerBefore(e, best, m.start))) best = e;
      }
    }
    if (!best && words.length === 1) {
      // A lone given name (`Terri`) can name a person introduced with full name.
      // (In English, also a given name the lexicon lacks, as the article wrote it with the surname:
      // `shop owner Shakilah Ahmed` … `Shakilah said`.)
      const g = givenNameLemma(surname)?.lemma;
      // (`pana Stanisława` is the genitive of Stanisław, though `Stanisława` is a woman's name too.)
      const oblique = this.lang === 'pl' && /\p{Ll}a$/u.test(surname) && givenNameLemma(surname.slice(0, -1))?.lemma === surname.slice(0, -1) ? surname.slice(0, -1) : null;
      if (g) for (const e of this.entities) if ((e.given === g || (oblique && e.given === oblique && e.gender !== 'f')) && (!best || e.lastPos > best.lastPos)) best = e;
      // (Not a common surname: `Coach Smith Jones` … `Smith said` may well be another Smith. Looked up in
      // an index of given names as entities were made: asked for many capitalised words of a long text.)
      if (!g && this.lang === 'en' && !m.sentenceInitial && !COMMON_SURNAMES_EN.has(surname)) {
        // (Only someone introduced with a title, as a subject or who has spoken: `a list of Apple
        // Intelligence features` … `Apple announced` is no person called Apple.)
        for (const e of this.entitiesByGiven(surname)) if (e.given === surname && (e.roles.length > 0 || this.hasSpoken(e) || this.subjectSet.has(e)) && (!best || e.lastPos > best.lastPos)) best = e;
      }
    }
    if (!best && words.length === 1 && !givenNameLemma(surname)) {
      // `Hyundai Motor Chair Chung Mong-koo` … `Chung said`: a family name written first (Chinese,
      // Korean, Vietnamese order) names the person by the first word of the full name.
      for (const e of this.entities) {
        if (e.type !== 'person' || e.given !== surname || !e.surnames.length) continue;
        if (!(FAMILY_NAME_FIRST.has(surname) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(e.surnames[0]))) continue;
        if (!best || e.lastPos > best.lastPos) best = e;
      }
      if (best) {
        this.addRoles(best, m);
        return best;
      }
      // (`Foreign Minister Retno Marsudi` … `said Retno`: with no one of that surname, an unlisted given
      // name that opens exactly one full name is that person, as Indonesian names and first-name style go.)
      // (Only someone introduced with a title: a capitalised run such as `Amazon Calls` is no full name.)
      // (Nor a word common as a family name: `Coach Smith Jones` … `Smith said` is someone else.)
      const byGiven = COMMON_SURNAME_EN.has(surname) ? [] : this.entities.filter((e) => e.type === 'person' && e.given === surname && e.surnames.length > 0 && (e.roles.length > 0 || this.hasSpoken(e)));
      if (byGiven.length === 1) {
        this.addRoles(byGiven[0], m);
        return byGiven[0];
      }
    }
    // (`Zdaniem Bloomberga` after `agencja Bloomberg`: a lone capitalised word that is a Polish case
    // form of an institution's one-word name is that institution.)
    if (!best && words.length === 1 && this.lang === 'pl' && !m.role) {
      const org = this.orgByName.get(surname.toLowerCase()) ?? declinedOrg(surname.toLowerCase(), this.orgByName);
      if (org && org.type === 'organization') return org;
    }
    if (best && given && best.given !== given && compoundTail(words, best.middle)) given = null;
    // (`Paethongtarn Shinawatra said …` … `Ms. Paethongtarn said`: a lone name first read as a name of
    // its own is the given name of the one person who already spoke or holds a title under it.)
    if (best && words.length === 1 && !best.given && !best.roles.length && best.surnames.length === 1 && !givenNameLemma(surname) && !COMMON_SURNAME_EN.has(surname) && this.lang === 'en') {
      const byGiven = this.entities.filter((e) => e !== best && e.type === 'person' && e.given === surname && e.surnames.length > 0 && (e.roles.length > 0 || this.hasSpoken(e)));
      if (byGiven.length === 1) {
        this.addRoles(byGiven[0], m);
        return byGiven[0];
      }
    }
    // (`…: Salman on 'Padmavati'` in a headline, then `Superstar Salman Khan …`, then `Salman said`: a lone
    // listed given name first met alone goes to the one person named in full with it since.)
    if (best && words.length === 1 && !best.given && !best.roles.length && best.surnames.length === 1 && givenNameLemma(surname)?.lemma === surname) {
      const lone = best;
      const byGiven = this.entities.filter((e) => e !== lone && e.type === 'person' && e.given === surname && e.surnames.length > 0 && (e.seenAt?.[0] ?? e.lastPos) > (lone.seenAt?.[0] ?? lone.lastPos));
      if (byGiven.length === 1 && !this.bySurname.get(surname)?.some((e) => e !== lone && e.given)) {
        this.addRoles(byGiven[0], m);
        return byGiven[0];
      }
    }
    if (best) {
      if (generation && !best.suffix) best.suffix = generation;
      // (A surname beside a nominative given name is the surest nominative: `Miłosz Motyka` in the body
      // beats a headline's misspelt `Motyk`.)
      if (given && knownNominative && best.nominatives[0] !== surname) best.nominatives = [surname, ...best.nominatives.filter((x) => x !== surname)];
      if (given && !best.given) best.given = given;
      // (A lone given name that found the person — `Jelena` for `Jelena Rybakina` — is no surname.)
      if (!best.surnames.includes(surname) && words.length > 0 && !(words.length === 1 && best.given === (givenNameLemma(surname)?.lemma ?? surname))) {
        best.surnames.push(surname);
        this.indexSurname(best, surname);
      }
      if (words.length > 2 && !best.middle.length && given !== null) best.middle = words.slice(1, -1);
      else if (words.length > 1 && given === null && !best.middle.length && !best.given) best.middle = words.slice(0, -1);
      this.addRoles(best, m);
      if (!best.gender && m.gender) best.gender = m.gender;
      if (words.length > 1 || m.role) best.type = 'person';
      return best;
    }
    if (!create) return null;
    // A lone capitalised word at the start of a sentence is no evidence of a name.
    // (…unless it is the surname of a public figure: `Szydło podkreśliła, że …`.)
    if (words.length === 1 && m.sentenceInitial && !m.role && !(this.lang === 'pl' && figuresFor(surname, null, null).length)) return null;
    const e: Entity = {
      id: this.nextId++,
      type: words.length > 1 || m.role || m.given ? 'person' : 'unknown',
      given,
      // (A leading particle stays in front of the surname: `De Villemont`, `Ould Cheikh Ahmad`.)
      middle: words.length > 1 && given === null ? words.slice(0, -1) : words.length > 2 ? words.slice(1, -1) : [],
      surnames: [surname],
      nominatives: given && knownNominative ? [surname] : [],
      orgName: null,
      ministry: false,
      roles: [],
      gender: m.gender ?? (given && this.givenName(words[0]) ? sureGivenNameGender(words[0]) : null),
      // (A given name's gender is a guess — `Nikola` is a woman's name in Polish, a man's in Serbian —
      // that the verbs the person speaks with may overrule.)
      genderByName: !m.role && !/(?:ska|cka|dzka|ski|cki|dzki)$/u.test(surname),
      lastPos: m.start,
      english: this.lang === 'en',
    };
    if (m.kin) e.kin = true;
    if (generation) e.suffix = generation;
    this.addRoles(e, m);
    this.entities.push(e);
    this.indexSurname(e, surname);
    return e;
  }

  private matchOrg(m: Mention, create: boolean): Entity | null {
    let o = m.org!;
    // `the San Francisco-based cloud software company`: a described company noun refers back like
    // `the company` does.
    if (o.head && COMPANY_HEAD.test(o.head) && o.name.toLowerCase().endsWith(o.head) && /\s\p{Ll}/u.test(o.name) && !/^\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*$/u.test(o.name)) o = { ...o, name: o.head };
    // `the space agency`, `the U.S. health agency`: an all-lower-case described institution noun
    // after an institution of that kind (`NASA`) refers back to it.
    // (Not ministries or departments: `the interior ministry` is not the foreign one.)
    // (A Polish region or city says which one — `małopolska policja` is not the national `policja` named before.)
    if (o.head && !o.ministry && o.name !== o.head && o.name.toLowerCase() === o.name && o.name.endsWith(' ' + o.head) && this.lastByHead.has(o.head) &&
      !(this.lang === 'pl' && REGION_NAME_PL.test(o.name)) &&
      // (…nor does a possessor: `the sheriff's office` is not the `Met Office` named before.)
      !/\p{L}['’]s /u.test(o.name)) o = { ...o, name: o.head };
    const lower = o.name.toLowerCase();
    // (`the sheriff's office` after `Jackson County Sheriff's Office`: a possessed institution refers back to
    // one named in full that ends in the same words.)
    if (/\p{L}['’]s /u.test(lower) && o.head) {
      const own = lower.replace(/’/g, "'");
      let best: Entity | null = null;
      for (const e of this.orgByWord.get(lower.slice(lower.lastIndexOf(' ') + 1)) ?? []) {
        const full = e.orgName!.toLowerCase().replace(/’/g, "'");
        if (full !== own && full.endsWith(' ' + own) && lastSeenBefore(e, m.start) >= 0 && (!best || e.lastPos > best.lastPos)) best = e;
      }
      if (best) return best;
    }
    // (A sentence-initial capital does not make `Spółka`, `Biuro` a name.)
    // (`komunikat Instytutu` after `IMGW`: a capitalised bare head names the institution of that kind
    // already in the text.)
    // (`the military` is the head `army` in another form.)
    const bareHead = !!o.head && (lower === o.head || (!/\s/.test(lower) && orgHead(lower)?.lemma === o.head));
    // (`Gazeta zarzuca`, `the newspaper said`: a bare kind of outlet.)
    const outletNoun = !/\s/.test(lower) && OUTLET_HEAD.test(o.head ?? orgHead(lower)?.lemma ?? lower) && (o.name === lower || m.sentenceInitial);
    // (`resort zdrowia` after `Ministerstwo Zdrowia`: a ministry by its portfolio, the one named before.)
    const portfolio = /^resort\p{L}* (\p{L}{4,})/u.exec(lower);
    if (portfolio) {
      const stem = portfolio[1].slice(0, 5);
      let best: Entity | null = null;
      let at = -1;
      for (const e of this.entities) {
        if (!e.ministry || !e.orgName || /^resort/i.test(e.orgName) || !e.orgName.toLowerCase().split(/\s+/).some((w) => w.startsWith(stem))) continue;
        const p = lastSeenBefore(e, m.start);
        if (p > at) [best, at] = [e, p];
      }
      if (best) return best;
    }
    if (GENERIC_MINISTRY.test(lower) || (GENERIC_ORG.test(lower) && o.name === lower) || outletNoun || (bareHead && (o.name === lower || m.sentenceInitial || this.lastByHead.has(o.head!)))) {
      // `resort`, `ministerstwo`, `the ministry`: the most recent institution of that kind.
      // Resolved once, when observed in text order: later look-ups must not see institutions named afterwards.
      // (The outlet named last, whatever kind it was called; not cached, as a title quoted as a source
      // is known only once its quotation is read.)
      if (outletNoun) {
        const outlet = this.outletBefore(m.start, o.head ?? orgHead(lower)?.lemma ?? lower);
        if (outlet) return outlet;
      }
      const cached = this.anaphora.get(m);
      if (cached !== undefined) return cached;
      // (What was latest when the anaphor was first met is gone by a later look-up: an anaphor that
      // found nothing then must not take an institution named after it — `the mobile phone firm said`
      // before the article lists `Mobiles.co.uk`.)
      const missed = this.anaphoraMissed.has(m);
      // (A ministry or an institution of the same kind named only later is still the one meant: an
      // excerpt may open with `resort przypomniał` and name the ministry below.)
      let best = GENERIC_MINISTRY.test(lower) ? this.lastMinistry : this.lastByHead.get(o.head ?? '') ?? null;
      // (`Z informacji przekazanych przez służby wynika …` after `Policja … wydała komunikat`: the bare
      // Polish `służby` are the uniformed service named last.)
      if (!best && this.lang === 'pl' && o.head === 'służba' && bareHead) {
        let at = -1;
        for (const h of UNIFORMED_HEADS_PL) {
          const e = this.lastByHead.get(h);
          const p = e ? lastSeenBefore(e, m.start) : -1;
          if (e && p > at) [best, at] = [e, p];
        }
      }
      // (`– podała policja` after `danych opublikowanych przez Komendę Główną Policji`: a bare Polish
      // institution noun is the body named since with it as its genitive complement.)
      if (this.lang === 'pl' && bareHead && !/\s/.test(lower) && !GENERIC_MINISTRY.test(lower)) {
        const forms = new Set([lower.replace(/ja$/, 'ji'), lower.replace(/a$/, 'y'), lower.replace(/a$/, 'i'), lower + 'u', lower + 'y']);
        forms.delete(lower);
        let at = best ? lastSeenBefore(best, m.start) : -1;
        for (const form of forms) {
          for (const e of this.orgByWord.get(form) ?? []) {
            if (!/\s/.test(e.orgName ?? '')) continue;
            const p = lastSeenBefore(e, m.start);
            if (p > at) [best, at] = [e, p];
          }
        }
      }
      // `the agency`, `the company`, `spółka`: a generic institution noun refers back to the latest institution.
      // A company noun (`spółka`, `the company`) never refers back to a public body or a union.
      // (`the airline` after `American Airlines`, `the agency` after `Environment Agency`: an institution
      // named before with that very word in its name, before any other.)
      // (Through an index of the words of institutions' names: linear in the article.)
      if (!best && GENERIC_ORG.test(lower) && lower.length > 4) {
        let at = -1;
        for (const e of [...(this.orgByWord.get(lower) ?? []), ...(this.orgByWord.get(lower + 's') ?? [])]) {
          if (/\s/.test(e.orgName ?? '') === false) continue;
          const p = lastSeenBefore(e, m.start);
          if (p > at) [best, at] = [e, p];
        }
      }
      // (`the group` is any body, a company or not: `The Semiconductor Industry Association … blasted the
      // rules. "…," the group said.` — the latest of the two.)
      // (Only the bare noun: `Human rights group say …` describes a group of its own.)
      const anyBody = /^(group|grupa)$/.test(lower) && m.org!.name.toLowerCase() === lower && this.lastOrg && (!this.lastCompany || lastSeenBefore(this.lastOrg, m.start) > lastSeenBefore(this.lastCompany, m.start)) ? this.lastOrg : null;
      if (!best && GENERIC_ORG.test(lower)) best = seenBeforeUnlessMissed(missed, m.start, anyBody ?? (COMPANY_HEAD.test(lower) ? this.lastCompany : this.lastOrg));
      // (`Dziennik podaje`, `wskazuje gazeta` after `czytamy w „Rzeczpospolitej”`: a bare kind of outlet
      // is the outlet named last, whatever kind it was called.)

      // (`with the Environment Agency describing … as the organisation warned`: with no institution
      // as a subject yet, the one named last, in whatever role.)
      if (!best && /^(organi[sz]ation|organizacja|instytucja|agency|agencja)$/.test(lower)) {
        for (const e of this.entities) if (e.type === 'organization' && e.lastPos < m.start && (!best || e.lastPos > best.lastPos)) best = e;
      }
      // `Samsung has launched … The company said`: a company noun with no institution before it
      // names the bare proper name that was last a subject (not a person).
      if (!best && COMPANY_HEAD.test(lower)) best = this.recentBareName(m.start);
      if (best) this.anaphora.set(m, best);
      else if (create) this.anaphoraMissed.add(m);
      // An unresolved company noun (`fined the airline`) is no institution of its own.
      if (best || !create || (COMPANY_HEAD.test(lower) && lower !== '')) return best;
    }
    // (`sąd apelacyjny` after `Sąd Apelacyjny w Katowicach`: a lower-case name that opens an
    // institution's full name refers back to it.)
    // (…and so does a capitalised name without the place the full name adds: `Sąd Okręgowy` after
    // `Sąd Okręgowy w Białymstoku`.)
    // (…also after the city's adjective, which the full name gives as its seat: `katowicki sąd apelacyjny`.)
    const region = this.lang === 'pl' ? REGION_NAME_PL.exec(lower) : null;
    const key = region && /\s/.test(region[1]) ? region[1] : lower;
    if (/\s/.test(key) && !this.orgByName.has(lower)) {
      const lowerCase = o.name === lower;
      let best: Entity | null = null;
      // (Through an index of the word prefixes of every institution's name: linear in the article.)
      for (const e of this.orgByPrefix.get(key) ?? []) {
        const full = e.orgName!.toLowerCase();
        if (!full.startsWith(key + ' ') || !(lowerCase || /^(?:w|we|na|przy|in|of|at) \S/.test(full.slice(key.length + 1)))) continue;
        if ((e.seenAt ?? [e.lastPos]).some((p) => p <= m.start) && (!best || e.lastPos > best.lastPos)) best = e;
      }
      if (best) return best;
    }
    // (`The MoD said` after `the Ministry of Defence`, `DfE` after `the Department for Education`: an
    // acronym written with the small letters of its function words is the body named in full before.)
    if (/^\p{Lu}[\p{Lu}\p{Ll}]{1,6}$/u.test(o.name) && /\p{Ll}/u.test(o.name) && (o.name.match(/\p{Lu}/gu)?.length ?? 0) >= 2) {
      let best: Entity | null = null;
      for (const e of this.entities) if (e.type === 'organization' && e.orgName && lastSeenBefore(e, m.start) >= 0 && initialsOf(e.orgName, o.name) && (!best || e.lastPos > best.lastPos)) best = e;
      if (best) return best;
    }
    // (`Zdaniem Bloomberga` after `agencja Bloomberg`: a one-word foreign name declined in Polish.)
    const known = this.orgByName.get(lower) ?? (this.lang === 'pl' && !o.head && /^\p{Lu}\p{Ll}+$/u.test(o.name) ? declinedOrg(lower, this.orgByName) : undefined);
    const head = o.head ?? acronymHead(o.name);
    // (`Samuel Stanley … Stanley said`: a place-like word that is the surname of someone already
    // named is that person, not the town.)
    if (!known && !o.head && !/\s/.test(o.name)) {
      let person: Entity | null = null;
      for (const e of this.bySurname.get(o.name) ?? []) if (e.type !== 'organization' && e.given && (!person || e.lastPos > person.lastPos)) person = e;
      if (person) return person;
    }
    if (known) {
      this.touchOrg(known, head, m.afterPreposition);
      return known;
    }
    const byWord = !o.head ? this.orgByNameWord(o.name, m.start) : null;
    if (byWord) {
      this.touchOrg(byWord, head, m.afterPreposition);
      return byWord;
    }
    if (!create) return null;
    const e: Entity = {
      id: this.nextId++, type: 'organization', given: null, middle: [], surnames: [], nominatives: [], orgName: o.name, ministry: o.ministry,
      roles: [], gender: o.gender, lastPos: m.start,
    };
    this.entities.push(e);
    this.headOf.set(e, head ?? '');
    this.orgByName.set(lower, e);
    const words = lower.split(' ');
    for (let k = 1; k < words.length && k <= 8; k++) {
      const pre = words.slice(0, k).join(' ');
      const list = this.orgByPrefix.get(pre);
      if (!list) this.orgByPrefix.set(pre, [e]);
      else if (list.length < 50) list.push(e);
    }
    for (const w of new Set(words)) {
      const list = this.orgByWord.get(w);
      if (!list) this.orgByWord.set(w, [e]);
      else if (list.length < 50) list.push(e);
    }
    this.touchOrg(e, head, m.afterPreposition);
    return e;
  }

  /** True when the entity was named before `before` outside every quoted or reported content. */
  namedInNarrative(e: Entity, before: number): boolean {
    return (e.seenAt ?? []).some((p) => p < before && !this.insideQuote(p));
  }

  /** True once the entity has been the speaker of a claim. */
  hasSpoken(e: Entity): boolean {
    return this.spokenSet.has(e);
  }

  private spokenSet = new Set<Entity>();
  private figuresChecked = 0;
  private roleEntitySet = new Set<Entity>();

  /** Subject and speaker events before `pos`, latest first, at most `limit` of them. */
  private *eventsBefore(pos: number, limit: number): Generator<DiscourseEvent> {
    let a = EntityTable.firstAtOrAfter(this.events, pos) - 1;
    let b = EntityTable.firstAtOrAfter(this.speakerEvents, pos) - 1;
    for (let steps = 0; (a >= 0 || b >= 0) && steps < limit; steps++) {
      const useSpeaker = b >= 0 && (a < 0 || this.speakerEvents[b].pos >= this.events[a].pos);
      yield useSpeaker ? this.speakerEvents[b--] : this.events[a--];
    }
  }

  /** The latest institution that was a subject or a speaker at most `maxBack` sentences before `sentence`. */
  institutionNear(pos: number, sentence: number, maxBack: number): Entity | null {
    for (const ev of this.eventsBefore(pos, 40)) {
      if (sentence - ev.sentence > maxBack) break;
      if (!ev.weak && ev.entity.type === 'organization') return ev.entity;
    }
    return null;
  }

  /** The institution that spoke last before `pos`, at most `maxBack` sentences back (a document's owner across a subheading). */
  speakingInstitutionNear(pos: number, sentence: number, maxBack: number): Entity | null {
    for (let k = EntityTable.firstAtOrAfter(this.speakerEvents, pos) - 1; k >= 0; k--) {
      const ev = this.speakerEvents[k];
      if (sentence - ev.sentence > maxBack) break;
      if (ev.entity.type === 'organization') return ev.entity;
    }
    return null;
  }

  /** The institution `it said` refers to: the latest institution or bare proper name that was a subject before `pos`. */
  recentInstitution(pos: number): Entity | null {
    // An institution that has already spoken first (`The supermarket described … It said …`), then any.
    let any: Entity | null = null;
    for (let k = EntityTable.firstAtOrAfter(this.events, pos) - 1, steps = 0; k >= 0 && steps < 60; k--, steps++) {
      if (this.events[k].weak) continue;
      const e = this.events[k].entity;
      // (A plural noun is no antecedent of `it`: `notified credit card companies …, it said`.)
      if (e.type !== 'organization' || this.pluralInstitution(e)) continue;
      if (this.hasSpoken(e)) return e;
      any ??= e;
    }
    for (let k = EntityTable.firstAtOrAfter(this.speakerEvents, pos) - 1, steps = 0; k >= 0 && steps < 20; k--, steps++) {
      const e = this.speakerEvents[k].entity;
      if (e.type === 'organization' && !this.pluralInstitution(e)) return e;
    }
    return any ?? this.recentBareName(pos);
  }

  /** The latest bare proper name (no given name, no role) that was a subject before `pos`, made an institution. */
  private recentBareName(pos: number): Entity | null {
    // (Subjects and speakers both: `Shopify said …` at a sentence start is only a speaker.)
    for (const ev of this.eventsBefore(pos, 60)) {
      if (ev.weak) continue;
      const e = ev.entity;
      if (e.type === 'organization') {
        // A public body met on the way is never what `the company` means: stop there.
        if (COMPANY_HEAD.test(this.headOf.get(e) ?? '')) return e;
        return null;
      }
      // (`Shopify said …` made a lone name a speaker; with no given name, title or gender it may
      // still be the company.)
      const bare = e.type === 'unknown' || (e.type === 'person' && !e.gender && !e.middle.length && !givenNameLemma(e.surnames[0] ?? ''));
      if (!bare || e.given || e.roles.length || e.surnames.length !== 1) continue;
      e.type = 'organization';
      e.orgName = e.surnames[0];
      this.orgByName.set(e.orgName.toLowerCase(), e);
      return e;
    }
    return null;
  }

  /** The entity whose role best fits a role-only mention (`szef NATO`, `ukraińska wicepremier`), or null. */
  matchRole(role: RoleDesc, gender: VerbGender | Gender | null, before: number): Entity | null {
    let best: Entity | null = null;
    let bestScore = 0;
    // People the article names who are known public figures hold their known offices too
    // (`Tusk` … `premier`), a little below the titles the article itself gives.
    // (Entities only grow at the end of the list: each is looked up once.)
    for (; this.figuresChecked < this.entities.length; this.figuresChecked++) {
      const e = this.entities[this.figuresChecked];
      // (Only for people the article gives no title: `Szef Rady Europejskiej Donald Tusk` in 2018 is
      // not the `premier` of that article.)
      // (…or only bare ones: `Minister Mariusz Błaszczak` is still the known `szef MON`.)
      if (e.roles.some((r) => r.keys.length)) continue;
      const f = figureOf(e);
      if (f && !this.roleEntitySet.has(e)) {
        this.roleEntitySet.add(e);
        this.roleEntities.push(e);
      }
    }
    const roleCountries = role.keys.filter((k) => k.startsWith('country:'));
    for (const e of this.roleEntities) {
      if (e.type === 'organization' || !genderCompatible(e.gender, gender) || !genderCompatible(e.gender, role.gender)) continue;
      // (`szef polskiego MSZ` is not the Ukrainian foreign minister the article called `szef MSZ`: a public
      // figure's own country answers a title's country when the article gave the person none.)
      if (roleCountries.length && !e.roles.some((r) => r.keys.some((k) => k.startsWith('country:')))) {
        const f = figureOf(e);
        if (f && !roleCountries.includes('country:' + f.country)) continue;
      }
      // (A holder named only later is no match across someone else first named in between: `The budget
      // airline's CEO said …` / `"…," Johan Lundgren said.` / … / `CEO Ed Bastian said` is not Bastian.)
      if (this.namedInBetween(e, before, role)) continue;
      let s = 0;
      for (const r of e.roles) s = Math.max(s, roleScore(r, role));
      // (A known office of another body is no match: `szef KRS` is not the `szef resortu sprawiedliwości`.)
      if (e.figure && !e.roles.some((r) => r.keys.length)) for (const r of figureRoles(e.figure)) if (!disjointComplements(r, role)) s = Math.max(s, roleScore(r, role) - 0.5);
      // Ties go to someone who has spoken in the article, then to the one named last.
      // (Named last before the mention, whatever was resolved later: `seenAt`, not `lastPos`.)
      const tieBreak = best !== null && s === bestScore && s > 0 && (this.hasSpoken(e) !== this.hasSpoken(best) ? this.hasSpoken(e) : lastSeenBefore(e, before) > lastSeenBefore(best, before));
      if (s > bestScore || tieBreak) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * Whether `e` is first named after `pos` and another person (with a known given name) is first
   * named between the two who might be the holder of `role`: someone the article gives only other
   * offices (`Andrzej Arndt, przewodniczący związku` between `Prezydent miasta mówi` and `Prezydent
   * miasta Rafał Bruski`) is not.
   */
  private namedInBetween(e: Entity, pos: number, role: RoleDesc): boolean {
    const first = e.seenAt?.length ? e.seenAt[0] : e.lastPos;
    if (first <= pos) return false;
    // (First sightings of people by a known given name, sorted, grown as entities are added: a
    // binary search, not a scan of every entity for every candidate of every title.)
    for (; this.namedChecked < this.entities.length; this.namedChecked++) {
      const o = this.entities[this.namedChecked];
      // (A person by a known given name: not a capitalised word taken for a name, `Sytuacja`.)
      if (o.type !== 'person' || !o.surnames.length || !o.given || !givenNameLemma(o.given)) continue;
      const f = o.seenAt?.length ? o.seenAt[0] : o.lastPos;
      const at = upperBound(this.namedFirsts, f);
      this.namedFirsts.splice(at, 0, f);
      this.namedFirstEntities.splice(at, 0, o);
    }
    // Any first sighting strictly between `pos` and `first` (e's own is `first`, not below it).
    // (A few are looked at; past them, someone in between is assumed to block.)
    for (let k = upperBound(this.namedFirsts, pos), n = 0; k < this.namedFirsts.length && this.namedFirsts[k] < first; k++, n++) {
      const o = this.namedFirstEntities[k];
      if (n >= 6 || !o.roles.length || o.roles.some((r) => roleScore(r, role) > 0)) return true;
    }
    return false;
  }

  /** Entities by the given name they were made with (grown on demand, like namedFirsts). */
  private entitiesByGiven(given: string): Entity[] {
    for (; this.givenChecked < this.entities.length; this.givenChecked++) {
      const e = this.entities[this.givenChecked];
      if (!e.given) continue;
      const list = this.byGivenIndex.get(e.given);
      if (list) list.push(e);
      else this.byGivenIndex.set(e.given, [e]);
    }
    return this.byGivenIndex.get(given) ?? [];
  }

  private byGivenIndex = new Map<string, Entity[]>();
  private givenChecked = 0;
  private namedFirsts: number[] = [];
  private namedFirstEntities: Entity[] = [];
  private namedChecked = 0;

  /** A person known only by a role (`Prezydent`), so later mentions and subject-less verbs find it. */
  roleEntity(role: RoleDesc, text: string, pos: number, gender: Gender | null): Entity {
    const e: Entity = {
      id: this.nextId++, type: 'person', given: null, middle: [], surnames: [], nominatives: [], orgName: null, ministry: false,
      roles: [], gender, lastPos: pos, roleName: text,
    };
    this.entities.push(e);
    this.addRole(e, role);
    return e;
  }

  private quoteSpans: Array<[number, number]> = [];

  /** Records the quoted/reported content of a claim: names inside it are not discourse subjects. */
  addQuoteSpan(a: number, b: number, content = false): void {
    this.quoteSpans.push([a, b]);
    if (content) this.contentSpans.push([a, b]);
  }

  /** The quoted or reported words themselves (not the attribution around them). */
  private contentSpans: Array<[number, number]> = [];

  /** Inside a quotation or reported clause; `strict`: strictly inside the words themselves. */
  private insideQuote(pos: number, strict = false): boolean {
    const spans = strict ? this.contentSpans : this.quoteSpans;
    for (let k = spans.length - 1; k >= 0 && k >= spans.length - 40; k--) {
      const [a, b] = spans[k];
      if (strict ? pos > a && pos < b : pos >= a && pos < b) return true;
    }
    return false;
  }

  /**
   * The entity a subject-less verb (`- wskazał.`) or a pronoun refers to: the most recent speaker or
   * subject before `pos` whose gender agrees. Non-speaker subjects count only within a few sentences.
   */
  fromContext(pos: number, sentence: number, gender: VerbGender | Gender | null, opts: { conflictsWith?: RoleDesc; maxBack?: number; speakersOnly?: boolean; weak?: boolean; pronoun?: boolean; personOnly?: boolean; evident?: boolean; accept?: (e: Entity) => boolean } = {}): Entity | null {
    // Walk both event lists backwards from `pos`, newest first; the bounded look-back keeps
    // resolution linear on huge inputs.
    let a = EntityTable.firstAtOrAfter(this.events, pos) - 1;
    let b = EntityTable.firstAtOrAfter(this.speakerEvents, pos) - 1;
    let reserve: Entity | null = null;
    let titledReserve = false;
    for (let steps = 0; (a >= 0 || b >= 0) && steps < 300; steps++) {
      const useSpeaker = b >= 0 && (a < 0 || this.speakerEvents[b].pos >= this.events[a].pos);
      const ev = useSpeaker ? this.speakerEvents[b--] : this.events[a--];
      if (opts.maxBack !== undefined && sentence - ev.sentence > opts.maxBack) break;
      if (!ev.speaker && sentence - ev.sentence > 4) continue;
      if (ev.weak && !opts.weak) {
        // (…though a titled full name of the pronoun's gender just introduced after a preposition is kept in
        // reserve: `… can't come quick enough for resident Mella Gigis.` — `Ms Gigis` later.)
        const w = ev.entity;
        if (!reserve && opts.pronoun && (gender === 'm' || gender === 'f') && sentence - ev.sentence === 1 && w.type === 'person' && w.gender === gender && w.given && w.surnames.length && w.roles.length > 0 &&
          !this.insideQuote(ev.pos) && !this.lowerWords.has(w.given.toLowerCase()) && !this.lowerWords.has(w.surnames[w.surnames.length - 1].toLowerCase()) && !isPlaceName(w.given)) {
          reserve = w;
          titledReserve = true;
        }
        continue;
      }
      const e = ev.entity;
      // A bare capitalised word (`Sojusz`) that never spoke is too weak to be a subject-less speaker.
      if (!ev.speaker && e.type === 'unknown') continue;
      if (!ev.speaker && (opts.speakersOnly || this.insideQuote(ev.pos))) continue;
      // (`Prezydent zapowiedział, że nie zgodzi się na podwyżki, co proponuje resort finansów. Jak dodał, …`:
      // someone who speaks only inside another's reported words is not who goes on speaking.)
      if (ev.speaker && this.insideQuote(ev.pos, true)) continue;
      if (!ev.speaker && e.type === 'organization') continue;
      // A personal title (`kapitan`, `rzecznik`) never names an institution.
      if (opts.personOnly && e.type === 'organization') continue;
      if (opts.accept && !opts.accept(e)) continue;
      // `ona`/`Jej zdaniem`: an institution only when its grammatical gender is known to agree
      // (`Komisja … Podkreśliła ona`); a subject-less verb may also continue an institution that just spoke.
      if (e.type === 'organization' && (gender === 'm' || gender === 'f') && e.gender !== gender && !(ev.speaker && !e.gender && !opts.pronoun)) continue;
      if (gender === 'pl' ? e.type !== 'organization' : !genderCompatible(e.gender, gender)) continue;
      if (gender && gender !== 'any' && gender !== 'pl' && !e.gender && e.type === 'unknown' && !ev.speaker) continue;
      if (opts.conflictsWith && e.roles.some((r) => roleScore(r, opts.conflictsWith!) < 0)) continue;
      // (A spokesman's title never re-mentions a public figure known for another office: `Rzecznik armii
      // Izraela` after Netanyahu spoke.)
      if (opts.conflictsWith && SPOKESMAN_HEAD.test(opts.conflictsWith.head) && ((e.roles.some((r) => r.keys.length > 0) && !e.roles.some((r) => SPOKESMAN_HEAD.test(r.head) || isEpithetHead(r.head))) || (!e.roles.length && figureOf(e)))) continue;
      // `he`/`she` names a person: a capitalised phrase with no known given name, gender or title
      // (`Grand Slam`, `Command Structure`) is no antecedent.
      // `evident`: only someone plainly a person (a known given name, a title, a gender) counts.
      if (opts.evident && (e.type === 'organization' || (!e.gender && !e.roles.length && !(e.given && givenNameLemma(e.given))))) continue;
      // (Someone who has already spoken is a person whatever the name.)
      if (opts.pronoun && (gender === 'm' || gender === 'f') && e.type !== 'organization' && !e.gender && !e.roles.length && !(e.given && givenNameLemma(e.given)) && !ev.speaker && !this.hasSpoken(e)) {
        // (A full name the lexicon cannot sex — `Satya Rhodes-Conway … ¶ "…," she said` — is kept in
        // reserve: the nearest one, just before, when no one plainly fitting is found.)
        if (!reserve && e.given && e.surnames.length && sentence - ev.sentence <= 2 && !this.lowerWords.has(e.given.toLowerCase()) && !this.lowerWords.has(e.surnames[e.surnames.length - 1].toLowerCase()) && !isPlaceName(e.given)) reserve = e;
        continue;
      }
      if (opts.pronoun && (gender === 'm' || gender === 'f') && e.type !== 'organization' && !e.gender && !e.roles.length && e.surnames.length && this.lowerWords.has(e.surnames[e.surnames.length - 1].toLowerCase())) continue;
      // (A title of no known gender further back fits `he` no better than the full name kept in reserve,
      // nearer: `the Residents Association's lawyer, Con Anastasiou, criticised … . He said …` after another
      // lawyer spoke.)
      if (reserve && opts.pronoun && !e.gender && !e.given) return reserve;
      // (…nor does anyone last named two sentences or more before the full name introduced just before:
      // `… for resident Mella Gigis. ¶ The 68-year-old's apartment …, and she says …` after a minister spoke.)
      if (titledReserve && reserve && sentence - ev.sentence >= 2) return reserve;
      return e;
    }
    return reserve;
  }
}

/** `Ministry of Defence` spelt by `MoD`: each letter opens one word in turn (lower-case function words may be left out). */
function initialsOf(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  let k = 0;
  for (const w of words) {
    if (k < acronym.length && w[0].toLowerCase() === acronym[k].toLowerCase()) k++;
    else if (!/^(?:of|for|and|the|on|in|i|w|z|na|do|ds\.)$/.test(w)) return false;
  }
  return k === acronym.length && words.length >= acronym.length;
}

/** Display name of an entity: nominative full name (`Jens Stoltenberg`) or institution name. */
export function entityName(e: Entity): string {
  // (A British or American legal form is no part of how news names a company: `Cineworld Group Plc` →
  // `Cineworld Group`; `Corp.` and `Inc.` may be part of the name, `Canada Mortgage and Housing Corp.`.)
  if (e.type === 'organization') return e.orgName ? withoutGenericHead(e.orgName).replace(/(?<=\S)(?:,)? (?:Plc|PLC|plc|Ltd\.?|LLC)$/u, '') : '';
  const g = e.gender === 'f' || e.gender === 'm' ? e.gender : null;
  if (!e.surnames.length) return e.roleName ?? '';
  const nominative = nominativeSurname(e);
  // `Tusk`, `Mr Sunak`: a public figure the article names by surname only gets the full name.
  const f = figureOf(e);
  // (`J. Kaczyński` too: an initial is no given name to keep.)
  if (f && (!e.given || /^\p{Lu}\.?$/u.test(e.given))) return figureDisplayName(f, nominative);
  // (…and the figure's own spelling of a name whose surname was seen only declined: `Dmytro Kułeby`.)
  // (The article's own spelling stands when it is the same surname: `Edgars Rinkevics`.)
  // (…but not over a spelling the list knows too: `Benjamin Netanjahu` stays as the Polish article writes it.)
  if (f && e.given && !e.english && f.name.startsWith(e.given + ' ') && foldName(f.name.slice(f.name.lastIndexOf(' ') + 1)) !== foldName(nominative) &&
    !f.spellings.some((sp) => foldName(sp) === foldName(`${e.given} ${nominative}`))) return f.name;
  // A given name missing from the list keeps the case it was first seen in (`z Andrijem Sybihą`):
  // undo a clearly oblique ending.
  let given = e.given && !e.english && /\p{Ll}(?:iem|em|owi|ą|ę)$/u.test(e.given) && e.given.length > 4 ? guessNominative(e.given, g) : e.given;
  // `Mohanneda Almughanniego`: an unknown given name in -a beside a genitive surname is a genitive too.
  if (given && !e.english && g !== 'f' && !e.nominatives.length && !givenNameLemma(given) && /[bcdfghjklłmnprstwz]a$/u.test(given) && given.length > 4 && e.surnames.every((s) => /(?:iego|ego|a)$/u.test(s) && !looksNominative(s, 'm'))) given = given.slice(0, -1);
  // (`pan Filip`: a given name alone after `pan`/`pani` stays with it.)
  if (e.courtesy && !e.given && e.surnames.length === 1 && !e.middle.length && givenNameLemma(nominative)) return `${e.courtesy} ${nominative}`;
  // Initials run together as news writes them (`D. J. Koh` → `D.J. Koh`).
  // (`Ferdinand R. Marcos, Jr.`: the generational suffix tells father and son apart.)
  return [given, ...e.middle, nominative].filter(Boolean).join(' ').replace(/\b(\p{Lu})\. (?=\p{Lu}\.)/gu, '$1.') + (e.suffix ?? '');
}


/** `agencja AFP`, `spółka JSW`, `koncern Orlen`: a lower-case generic noun before the proper name is no part of it. */
function withoutGenericHead(name: string): string {
  // (`portal e-petrol.pl`: a lower-case web address is a name too.)
  const m = /^(\p{Ll}+) (\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*)*|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,4})$/u.exec(name);
  return m && (GENERIC_ORG.test(m[1]) || OUTLET_HEAD.test(m[1])) ? m[2] : name;
}

/** Builds the claim's Speaker from a resolved entity (or a bare mention) and the words used. */
export function makeSpeaker(text: string, e: Entity | null, m: Mention | null, fallbackName: string | null): Speaker | null {
  const mention = m ? text.slice(m.start, m.end) : '';
  if (e) {
    const sp: Speaker = { name: entityName(e), mention, type: e.type };
    if (m) {
      sp.start = m.start;
      sp.end = m.end;
    }
    return sp;
  }
  // (`W opinii nadawcy, …` with no broadcaster named before: a lone institution noun in another case is
  // named by its nominative.)
  const head = m?.kind === 'org' && m.org?.head && m.t1 - m.t0 === 1 && !/\s/.test(mention) && mention.toLowerCase() !== m.org.head ? m.org.head : null;
  const name = fallbackName ?? (head ? (/^\p{Lu}/u.test(mention) ? head[0].toUpperCase() + head.slice(1) : head) : mention);
  if (!name) return null;
  const sp: Speaker = { name, mention, type: m?.kind === 'org' ? 'organization' : m?.kind === 'role' ? 'person' : 'unknown' };
  if (m) {
    sp.start = m.start;
    sp.end = m.end;
  }
  return sp;
}
