import type { Language } from '../sources';

/** Grammatical gender/number a verb form demands of its subject (`any` for present tense, English). */
export type VerbGender = 'm' | 'f' | 'n' | 'pl' | 'any';

/** What a speech-verb form tells about its use. */
export interface SpeechVerbForm {
  lemma: string;
  gender: VerbGender;
  tense: 'past' | 'present' | 'future';
  /** Grammatical person (1 for `czytamy`, `we said`), 3 otherwise. */
  person: 1 | 3;
  lang: Language;
  /** True for `się` verbs (`wypowiedział się`), which need the pronoun nearby. */
  reflexive: boolean;
  /**
   * True for verbs that only count as attribution when followed by a content clause (`że`, a colon,
   * a quote) — never as a dash tail alone (`zarzucił`, `nazwał`).
   */
  needsContent: boolean;
  /**
   * True for forms that are also common nouns (`claims`, `reports`, `states`): they count only right
   * after their subject.
   */
  weak: boolean;
  /** True for the impersonal `-no`/`-to` form (`wyjaśniono, że …`, `podano`): no subject at all. */
  impersonal?: boolean;
}

/**
 * Polish speech verbs by infinitive. Past forms (m/f/n/virile/non-virile plural) and present or
 * future 3rd-person forms are generated from the infinitive by the regular conjugation classes;
 * `pres` lists 3sg,3pl explicitly where the class is irregular. `perf` verbs have a future instead
 * of a present. `content` marks verbs that need a content clause to count as attribution.
 */
interface PlVerb {
  inf: string;
  perf?: boolean;
  pres?: [string, string];
  past?: [string, string, string, string, string];
  refl?: boolean;
  content?: boolean;
}

const PL_VERBS: PlVerb[] = [
  { inf: 'powiedzieć', perf: true, pres: ['powie', 'powiedzą'] },
  { inf: 'mówić' },
  { inf: 'rzec', perf: true, pres: ['rzecze', 'rzekną'], past: ['rzekł', 'rzekła', 'rzekło', 'rzekli', 'rzekły'] },
  { inf: 'podkreślić', perf: true },
  { inf: 'podkreślać' },
  { inf: 'dodać', perf: true, pres: ['doda', 'dodadzą'] },
  { inf: 'dodawać' },
  { inf: 'wskazać', perf: true, pres: ['wskaże', 'wskażą'] },
  { inf: 'wskazywać', pres: ['wskazuje', 'wskazują'] },
  { inf: 'zaznaczyć', perf: true },
  { inf: 'zaznaczać' },
  { inf: 'stwierdzić', perf: true },
  { inf: 'stwierdzać' },
  { inf: 'ocenić', perf: true },
  { inf: 'oceniać' },
  { inf: 'przekazać', perf: true, pres: ['przekaże', 'przekażą'] },
  { inf: 'przekazywać', pres: ['przekazuje', 'przekazują'] },
  { inf: 'poinformować', perf: true },
  { inf: 'informować' },
  { inf: 'oświadczyć', perf: true },
  { inf: 'oświadczać' },
  { inf: 'napisać', perf: true, pres: ['napisze', 'napiszą'] },
  { inf: 'pisać', pres: ['pisze', 'piszą'] },
  // (`W ustawie budżetowej zapisano, że …`: what a document has written down.)
  { inf: 'zapisać', perf: true, pres: ['zapisze', 'zapiszą'] },
  { inf: 'zapowiedzieć', perf: true, pres: ['zapowie', 'zapowiedzą'] },
  { inf: 'zapowiadać' },
  { inf: 'przyznać', perf: true },
  { inf: 'przyznawać' },
  { inf: 'zauważyć', perf: true },
  { inf: 'zauważać' },
  { inf: 'tłumaczyć' },
  { inf: 'wytłumaczyć', perf: true },
  { inf: 'wyjaśnić', perf: true },
  { inf: 'wyjaśniać' },
  { inf: 'podać', perf: true, pres: ['poda', 'podadzą'] },
  { inf: 'podawać' },
  { inf: 'twierdzić' },
  { inf: 'uważać' },
  { inf: 'zapewnić', perf: true },
  { inf: 'zapewniać' },
  { inf: 'ostrzec', perf: true, pres: ['ostrzeże', 'ostrzegą'], past: ['ostrzegł', 'ostrzegła', 'ostrzegło', 'ostrzegli', 'ostrzegły'] },
  { inf: 'ostrzegać' },
  { inf: 'przestrzec', perf: true, pres: ['przestrzeże', 'przestrzegą'], past: ['przestrzegł', 'przestrzegła', 'przestrzegło', 'przestrzegli', 'przestrzegły'] },
  { inf: 'zastrzec', perf: true, pres: ['zastrzeże', 'zastrzegą'], past: ['zastrzegł', 'zastrzegła', 'zastrzegło', 'zastrzegli', 'zastrzegły'] },
  { inf: 'zastrzegać' },
  { inf: 'apelować' },
  { inf: 'zaapelować', perf: true },
  { inf: 'przypomnieć', perf: true, pres: ['przypomni', 'przypomną'], past: ['przypomniał', 'przypomniała', 'przypomniało', 'przypomnieli', 'przypomniały'] },
  { inf: 'przypominać' },
  { inf: 'odpowiedzieć', perf: true, pres: ['odpowie', 'odpowiedzą'] },
  { inf: 'odpowiadać' },
  { inf: 'odeprzeć', perf: true, pres: ['odeprze', 'odeprą'], past: ['odparł', 'odparła', 'odparło', 'odparli', 'odparły'] },
  { inf: 'argumentować' },
  { inf: 'przekonywać', pres: ['przekonuje', 'przekonują'] },
  { inf: 'przekonać', perf: true, pres: ['przekona', 'przekonają'] },
  { inf: 'komentować' },
  { inf: 'skomentować', perf: true },
  { inf: 'relacjonować' },
  { inf: 'raportować' },
  { inf: 'wypalić', perf: true, pres: ['wypali', 'wypalą'] },
  { inf: 'zaraportować', perf: true },
  { inf: 'opisać', perf: true, pres: ['opisze', 'opiszą'] },
  { inf: 'opisywać', pres: ['opisuje', 'opisują'] },
  { inf: 'zrelacjonować', perf: true },
  { inf: 'zadeklarować', perf: true },
  { inf: 'deklarować' },
  { inf: 'ogłosić', perf: true },
  { inf: 'ogłaszać' },
  { inf: 'oznajmić', perf: true },
  { inf: 'oznajmiać' },
  { inf: 'zasugerować', perf: true },
  { inf: 'sugerować' },
  { inf: 'potwierdzić', perf: true },
  { inf: 'potwierdzać' },
  { inf: 'zaprzeczyć', perf: true },
  { inf: 'zaprzeczać' },
  { inf: 'zdementować', perf: true },
  { inf: 'dementować' },
  { inf: 'alarmować' },
  { inf: 'zaalarmować', perf: true },
  { inf: 'donieść', perf: true, pres: ['doniesie', 'doniosą'], past: ['doniósł', 'doniosła', 'doniosło', 'donieśli', 'doniosły'] },
  { inf: 'donosić' },
  { inf: 'uspokajać' },
  { inf: 'uspokoić', perf: true },
  { inf: 'zagrozić', perf: true, content: true },
  { inf: 'grozić', content: true },
  { inf: 'przepraszać', content: true },
  { inf: 'przeprosić', perf: true, pres: ['przeprosi', 'przeproszą'], content: true },
  { inf: 'przysiąc', perf: true, pres: ['przysięgnie', 'przysięgną'], past: ['przysiągł', 'przysięgła', 'przysięgło', 'przysięgli', 'przysięgły'], content: true },
  { inf: 'zgłosić', perf: true, pres: ['zgłosi', 'zgłoszą'], content: true },
  { inf: 'zgłaszać', content: true },
  { inf: 'liczyć', content: true },
  { inf: 'obiecać', perf: true, content: true },
  { inf: 'obiecywać', pres: ['obiecuje', 'obiecują'], content: true },
  { inf: 'zarzucić', perf: true, content: true },
  { inf: 'zarzucać', content: true },
  { inf: 'nazwać', perf: true, pres: ['', ''], content: true },
  { inf: 'nazywać', pres: ['nazywa', 'nazywają'], content: true },
  { inf: 'określić', perf: true, content: true },
  { inf: 'wypowiedzieć', perf: true, pres: ['wypowie', 'wypowiedzą'], refl: true },
  { inf: 'wypowiadać', refl: true },
  { inf: 'opowiedzieć', perf: true, pres: ['opowie', 'opowiedzą'] },
  { inf: 'opowiadać' },
  { inf: 'ujawnić', perf: true },
  { inf: 'ujawniać' },
  { inf: 'wspomnieć', perf: true, pres: ['wspomni', 'wspomną'], past: ['wspomniał', 'wspomniała', 'wspomniało', 'wspomnieli', 'wspomniały'] },
  { inf: 'nadmienić', perf: true },
  { inf: 'zapytać', perf: true },
  { inf: 'pytać' },
  { inf: 'podsumować', perf: true },
  { inf: 'skwitować', perf: true },
  { inf: 'podsumowywać', pres: ['podsumowuje', 'podsumowują'] },
  { inf: 'precyzować' },
  { inf: 'doprecyzowywać', pres: ['doprecyzowuje', 'doprecyzowują'] },
  { inf: 'zdradzać', content: true },
  { inf: 'kwitować' },
  { inf: 'wtórować' },
  { inf: 'konkludować' },
  { inf: 'puentować' },
  { inf: 'spuentować', perf: true },
  { inf: 'odpierać', pres: ['odpiera', 'odpierają'] },
  { inf: 'ripostować' },
  { inf: 'zripostować', perf: true },
  { inf: 'uzasadnić', perf: true },
  { inf: 'uzasadniać' },
  { inf: 'prognozować' },
  { inf: 'szacować' },
  { inf: 'oszacować', perf: true },
  { inf: 'żalić', refl: true },
  { inf: 'poskarżyć', perf: true, refl: true },
  { inf: 'skarżyć', refl: true },
  { inf: 'chwalić', refl: true, content: true },
  { inf: 'pochwalić', perf: true, refl: true, content: true },
  { inf: 'dowiedzieć', perf: true, pres: ['dowie', 'dowiedzą'], refl: true },
  { inf: 'wyrazić', perf: true },
  { inf: 'uznać', perf: true, pres: ['uzna', 'uznają'], content: true },
  { inf: 'uznawać', content: true },
  { inf: 'zwrócić', perf: true, content: true },
  { inf: 'zwracać', content: true },
  { inf: 'zakomunikować', perf: true },
  { inf: 'komunikować' },
  { inf: 'zeznać', perf: true },
  { inf: 'zeznawać', content: true },
  { inf: 'uściślić', perf: true },
  { inf: 'uściślać' },
  { inf: 'doprecyzować', perf: true },
  { inf: 'sprostować', perf: true },
  { inf: 'wymieniać' },
  { inf: 'wymienić', perf: true },
  { inf: 'wyliczać' },
  { inf: 'wyliczyć', perf: true },
  { inf: 'podliczać' },
  { inf: 'podliczyć', perf: true },
  { inf: 'krzyczeć', pres: ['krzyczy', 'krzyczą'], past: ['krzyczał', 'krzyczała', 'krzyczało', 'krzyczeli', 'krzyczały'] },
  { inf: 'krzyknąć', perf: true, pres: ['krzyknie', 'krzykną'] },
  { inf: 'zawołać', perf: true },
  { inf: 'mówić' },
  { inf: 'dopowiedzieć', perf: true, pres: ['dopowie', 'dopowiedzą'] },
  { inf: 'sprecyzować', perf: true },
  { inf: 'przestrzegać' },
  { inf: 'zaapelować', perf: true },
  { inf: 'wezwać', perf: true, pres: ['wezwie', 'wezwą'], content: true },
  { inf: 'wzywać', pres: ['wzywa', 'wzywają'], content: true },
  { inf: 'zażądać', perf: true, content: true },
  { inf: 'żądać', content: true },
  { inf: 'zaproponować', perf: true, content: true },
  { inf: 'proponować', content: true },
  { inf: 'przewidywać', pres: ['przewiduje', 'przewidują'] },
  { inf: 'zaznajomić', perf: true, content: true },
  { inf: 'dowodzić', content: true },
  { inf: 'udowodnić', perf: true, content: true },
  { inf: 'zaoferować', perf: true, content: true },
  { inf: 'oferować', content: true },
  { inf: 'zdradzić', perf: true, content: true },
  { inf: 'utrzymywać', pres: ['utrzymuje', 'utrzymują'], content: true },
  { inf: 'zapowiedzieć', perf: true, pres: ['zapowie', 'zapowiedzą'] },
  { inf: 'wyznać', perf: true, pres: ['wyzna', 'wyznają'] },
  { inf: 'wyznawać', pres: ['wyznaje', 'wyznają'] },
  { inf: 'wtrącić', perf: true },
  { inf: 'dorzucić', perf: true },
  { inf: 'uzupełnić', perf: true },
  { inf: 'powtórzyć', perf: true, pres: ['powtórzy', 'powtórzą'] },
  { inf: 'odpisać', perf: true, pres: ['odpisze', 'odpiszą'] },
  { inf: 'odpisywać', pres: ['odpisuje', 'odpisują'] },
  { inf: 'narzekać', content: true },
  { inf: 'ponarzekać', perf: true, content: true },
  { inf: 'uzupełniać' },
  { inf: 'zażartować', perf: true, pres: ['zażartuje', 'zażartują'] },
  { inf: 'żartować', pres: ['żartuje', 'żartują'] },
  { inf: 'zareagować', perf: true, pres: ['zareaguje', 'zareagują'] },
  { inf: 'reagować', pres: ['reaguje', 'reagują'] },
  { inf: 'cytować', pres: ['cytuje', 'cytują'] },
  { inf: 'zacytować', perf: true, pres: ['zacytuje', 'zacytują'] },
  { inf: 'westchnąć', perf: true, pres: ['westchnie', 'westchną'] },
  { inf: 'wspominać' },
  { inf: 'wyrażać', content: true },
  { inf: 'obliczyć', perf: true, content: true },
  { inf: 'obliczać', content: true },
  // `Glapiński nie wykluczył, że …`: (not) ruling out is a statement with its content clause.
  { inf: 'wykluczyć', perf: true, content: true },
  { inf: 'wykluczać', content: true },
  { inf: 'odrzec', perf: true, pres: ['odrzeknie', 'odrzekną'], past: ['odrzekł', 'odrzekła', 'odrzekło', 'odrzekli', 'odrzekły'] },
  { inf: 'orzec', perf: true, content: true, pres: ['orzeknie', 'orzekną'], past: ['orzekł', 'orzekła', 'orzekło', 'orzekli', 'orzekły'] },
  { inf: 'orzekać', content: true },
  { inf: 'powiadomić', perf: true, content: true },
  { inf: 'powiadamiać', content: true },
  // Requests and advice, with `, by …` / `, aby …` or `, że …` for content (`Eksperci radzą, by …`).
  { inf: 'prosić', content: true, pres: ['prosi', 'proszą'] },
  { inf: 'poprosić', perf: true, content: true, pres: ['poprosi', 'poproszą'] },
  { inf: 'radzić', content: true, pres: ['radzi', 'radzą'] },
  { inf: 'poradzić', perf: true, content: true, pres: ['poradzi', 'poradzą'] },
  { inf: 'doradzać', content: true },
  { inf: 'zalecać', content: true },
  { inf: 'zalecić', perf: true, content: true, pres: ['zaleci', 'zalecą'] },
  { inf: 'postulować', content: true },
  // Findings and beliefs with their content clause (`UOKiK ustalił, że …`, `Jak ustaliło radio RMF FM, …`, `Artyści wierzą, że …`).
  { inf: 'ustalić', perf: true, content: true, pres: ['ustali', 'ustalą'] },
  { inf: 'ustalać', content: true },
  { inf: 'wierzyć', content: true, pres: ['wierzy', 'wierzą'] },
  // Verbs of opinion and expectation, only with what is thought (`Sąd podejrzewa, że …`, `sądzi, że …`).
  { inf: 'sądzić', content: true, pres: ['sądzi', 'sądzą'] },
  { inf: 'myśleć', content: true, pres: ['myśli', 'myślą'], past: ['myślał', 'myślała', 'myślało', 'myśleli', 'myślały'] },
  { inf: 'przypuszczać', content: true },
  { inf: 'podejrzewać', content: true, pres: ['podejrzewa', 'podejrzewają'] },
  { inf: 'obawiać', refl: true, content: true },
  { inf: 'spodziewać', refl: true, content: true },
  // Manner of saying in a dash tail (`– … – skandowali.`, `– … – oburzał się.`, `– … – cieszył się trener.`).
  { inf: 'skandować', pres: ['skanduje', 'skandują'] },
  { inf: 'wykrzykiwać', pres: ['wykrzykuje', 'wykrzykują'] },
  { inf: 'wołać', pres: ['woła', 'wołają'] },
  { inf: 'oburzać', refl: true },
  { inf: 'irytować', refl: true, pres: ['irytuje', 'irytują'] },
  { inf: 'denerwować', refl: true, pres: ['denerwuje', 'denerwują'] },
  { inf: 'cieszyć', refl: true, pres: ['cieszy', 'cieszą'] },
  { inf: 'zastanawiać', refl: true },
  { inf: 'śmiać', refl: true, pres: ['śmieje', 'śmieją'] },
];

/** The impersonal form (`wyjaśniono`, `poinformowano`, `stwierdzono`) from the masculine past. */
function impersonalForm(pastM: string): string | null {
  if (pastM.endsWith('ał')) return pastM.slice(0, -1) + 'no';
  if (pastM.endsWith('ył')) return pastM.slice(0, -2) + 'ono';
  if (!pastM.endsWith('ił')) return null;
  const s = pastM.slice(0, -2);
  if (/(?:dz|rz|sz|cz|c|l)$/.test(s)) return s + 'ono';
  if (s.endsWith('s')) return s.slice(0, -1) + 'szono';
  if (s.endsWith('z')) return s.slice(0, -1) + 'żono';
  if (/[aeiouyóąę]$/.test(s)) return s + 'jono';
  return s + 'iono';
}

/** Past-tense forms m, f, n, virile plural, non-virile plural, by conjugation class. */
function pastForms(inf: string): [string, string, string, string, string] {
  if (inf.endsWith('nąć')) {
    const s = inf.slice(0, -3);
    return [s + 'nął', s + 'nęła', s + 'nęło', s + 'nęli', s + 'nęły'];
  }
  if (inf.endsWith('eć')) {
    // powiedzieć → powiedział / powiedzieli
    const s = inf.slice(0, -2);
    return [s + 'ał', s + 'ała', s + 'ało', s + 'eli', s + 'ały'];
  }
  const s = inf.slice(0, -1); // -ać, -ić, -yć, -ować
  return [s + 'ł', s + 'ła', s + 'ło', s + 'li', s + 'ły'];
}

/** Present (or perfective future) 3sg and 3pl by conjugation class. */
function presentForms(inf: string): [string, string] {
  if (inf.endsWith('ować')) {
    const s = inf.slice(0, -4);
    return [s + 'uje', s + 'ują'];
  }
  if (inf.endsWith('awać')) {
    const s = inf.slice(0, -4);
    return [s + 'aje', s + 'ają'];
  }
  if (inf.endsWith('ać')) {
    const s = inf.slice(0, -2);
    return [s + 'a', s + 'ają'];
  }
  if (inf.endsWith('yć')) {
    const s = inf.slice(0, -2);
    return [s + 'y', s + 'ą'];
  }
  if (inf.endsWith('ić')) {
    const s = inf.slice(0, -2);
    const sg = s + 'i';
    if (s.endsWith('dz') || s.endsWith('c') || s.endsWith('rz') || s.endsWith('sz') || s.endsWith('cz') || s.endsWith('l')) return [sg, s + 'ą'];
    if (/[aeiouyóąę]$/.test(s)) return [sg, s + 'ją'];
    if (s.endsWith('s')) return [sg, s.slice(0, -1) + 'szą'];
    if (s.endsWith('z')) return [sg, s.slice(0, -1) + 'żą'];
    return [sg, s + 'ią'];
  }
  return [inf, inf];
}

const plIndex = new Map<string, SpeechVerbForm>();

function addPl(form: string, f: SpeechVerbForm): void {
  // '' marks a form left out on purpose (`nazwą` is far more often the noun `nazwa`).
  if (form && !plIndex.has(form)) plIndex.set(form, f);
}

for (const v of PL_VERBS) {
  const base = { lemma: v.inf, lang: 'pl' as const, reflexive: !!v.refl, needsContent: !!v.content, person: 3 as const, weak: false };
  const past = v.past ?? pastForms(v.inf);
  const genders: VerbGender[] = ['m', 'f', 'n', 'pl', 'pl'];
  past.forEach((form, i) => addPl(form, { ...base, gender: genders[i], tense: 'past' }));
  const [sg, pl] = v.pres ?? presentForms(v.inf);
  const tense = v.perf ? 'future' : 'present';
  addPl(sg, { ...base, gender: 'any', tense });
  addPl(pl, { ...base, gender: 'pl', tense });
  // `W uzasadnieniu wyjaśniono, że …`: the impersonal form needs its content clause.
  const imp = v.refl ? null : impersonalForm(past[0]);
  if (imp) addPl(imp, { ...base, gender: 'n', tense: 'past', needsContent: true, impersonal: true });
  // The adverbial participle of an imperfective verb (`podkreślając, że …`, `pisząc, że …`): it
  // carries the main clause's speaker and needs a content clause.
  if (!v.perf && pl && pl.endsWith('ą')) addPl(`${pl}c`, { ...base, gender: 'any', tense: 'present', needsContent: true });
}
// `czytamy w „Rzeczpospolitej”`: the newspaper is the source.
addPl('czytamy', { lemma: 'czytać', lang: 'pl', reflexive: false, needsContent: false, person: 1, gender: 'pl', tense: 'present', weak: false });

/** English speech verbs: base, 3sg, past. `content` verbs need a content clause. */
const EN_VERBS: Array<[string, string, string, boolean?]> = [
  ['say', 'says', 'said'], ['tell', 'tells', 'told'], ['add', 'adds', 'added'], ['state', 'states', 'stated'],
  ['note', 'notes', 'noted'], ['warn', 'warns', 'warned'], ['announce', 'announces', 'announced'],
  ['write', 'writes', 'wrote'], ['tweet', 'tweets', 'tweeted'], ['argue', 'argues', 'argued'],
  ['insist', 'insists', 'insisted'], ['claim', 'claims', 'claimed'], ['explain', 'explains', 'explained'], ['clarify', 'clarifies', 'clarified'],
  ['assert', 'asserts', 'asserted'], ['acknowledge', 'acknowledges', 'acknowledged'], ['admit', 'admits', 'admitted'],
  ['confirm', 'confirms', 'confirmed'], ['deny', 'denies', 'denied'], ['declare', 'declares', 'declared'],
  ['emphasize', 'emphasizes', 'emphasized'], ['emphasise', 'emphasises', 'emphasised'], ['stress', 'stresses', 'stressed'],
  ['observe', 'observes', 'observed'], ['remark', 'remarks', 'remarked'], ['reply', 'replies', 'replied'],
  ['flag', 'flags', 'flagged', true], ['imply', 'implies', 'implied', true],
  ['respond', 'responds', 'responded'], ['report', 'reports', 'reported'], ['suggest', 'suggests', 'suggested'],
  ['predict', 'predicts', 'predicted'], ['urge', 'urges', 'urged', true], ['caution', 'cautions', 'cautioned'],
  ['estimate', 'estimates', 'estimated'], ['promise', 'promises', 'promised'], ['pledge', 'pledges', 'pledged', true],
  ['vow', 'vows', 'vowed'], ['maintain', 'maintains', 'maintained'], ['contend', 'contends', 'contended'],
  ['concede', 'concedes', 'conceded'], ['recall', 'recalls', 'recalled'], ['reveal', 'reveals', 'revealed'],
  ['disclose', 'discloses', 'disclosed'], ['ask', 'asks', 'asked'], ['comment', 'comments', 'commented'],
  ['complain', 'complains', 'complained'], ['conclude', 'concludes', 'concluded'], ['allege', 'alleges', 'alleged'],
  ['point', 'points', 'pointed', true], ['inform', 'informs', 'informed', true], ['testify', 'testifies', 'testified'],
  ['mention', 'mentions', 'mentioned'], ['reiterate', 'reiterates', 'reiterated'], ['repeat', 'repeats', 'repeated', true], ['assure', 'assures', 'assured'],
  ['believe', 'believes', 'believed', true], ['think', 'thinks', 'thought', true], ['agree', 'agrees', 'agreed', true],
  ['shout', 'shouts', 'shouted'], ['joke', 'jokes', 'joked'], ['quip', 'quips', 'quipped'], ['counter', 'counters', 'countered'],
  ['acknowledge', 'acknowledges', 'acknowledged'], ['propose', 'proposes', 'proposed', true], ['forecast', 'forecasts', 'forecast'],
  ['recognise', 'recognises', 'recognised', true], ['recognize', 'recognizes', 'recognized', true], ['refute', 'refutes', 'refuted'],
  ['exhort', 'exhorts', 'exhorted', true], ['implore', 'implores', 'implored', true], ['reassure', 'reassures', 'reassured'],
  ['underline', 'underlines', 'underlined'], ['affirm', 'affirms', 'affirmed'], ['divulge', 'divulges', 'divulged'],
  ['highlight', 'highlights', 'highlighted'], ['remind', 'reminds', 'reminded', true], ['boast', 'boasts', 'boasted'], ['lament', 'laments', 'lamented'],
  ['fume', 'fumes', 'fumed'], ['retort', 'retorts', 'retorted'], ['scoff', 'scoffs', 'scoffed'], ['muse', 'muses', 'mused'],
  ['plead', 'pleads', 'pleaded'], ['exclaim', 'exclaims', 'exclaimed'], ['yell', 'yells', 'yelled'], ['whisper', 'whispers', 'whispered'],
  ['mutter', 'mutters', 'muttered'], ['gush', 'gushes', 'gushed'], ['sneer', 'sneers', 'sneered'], ['snap', 'snaps', 'snapped'],
  ['thunder', 'thunders', 'thundered'], ['grumble', 'grumbles', 'grumbled'], ['sob', 'sobs', 'sobbed'], ['scream', 'screams', 'screamed'],
  ['express', 'expresses', 'expressed', true], ['voice', 'voices', 'voiced', true], ['praise', 'praises', 'praised', true],
  ['blast', 'blasts', 'blasted', true], ['slam', 'slams', 'slammed', true], ['criticise', 'criticises', 'criticised', true],
  ['criticize', 'criticizes', 'criticized', true], ['tease', 'teases', 'teased'], ['accuse', 'accuses', 'accused', true],
  ['cry', 'cries', 'cried'], ['beg', 'begs', 'begged'], ['sigh', 'sighs', 'sighed'], ['gasp', 'gasps', 'gasped'], ['chuckle', 'chuckles', 'chuckled'],
  ['denounce', 'denounces', 'denounced', true], ['describe', 'describes', 'described', true], ['condemn', 'condemns', 'condemned', true],
  ['recommend', 'recommends', 'recommended', true], ['brand', 'brands', 'branded', true], ['dub', 'dubs', 'dubbed', true], ['label', 'labels', 'labelled', true], ['hail', 'hails', 'hailed', true],
  ['share', 'shares', 'shared'],
  // (Only with a content clause: `the woman accepted that some of the waste was hers`, `had indicated that …`.)
  ['accept', 'accepts', 'accepted', true], ['indicate', 'indicates', 'indicated', true], ['hint', 'hints', 'hinted', true],
  // (`Gustafson welcomed that the agreed wage increase was …`: welcoming a fact states it.)
  ['welcome', 'welcomes', 'welcomed', true],
  // (A forecast: `The IMF expects that …`, `expects the economy will contract` — only so, see THAT_ONLY_LEMMA.)
  ['expect', 'expects', 'expected', true],
  ['signal', 'signals', 'signaled', true], ['signal', 'signals', 'signalled', true], ['project', 'projects', 'projected', true],
  // (Naming with a quotation only: `blamed “challenging trading conditions” for …`, `termed them "terrorist acts"`.)
  ['blame', 'blames', 'blamed', true], ['term', 'terms', 'termed', true],
  // (Denials, only of a claim: `rejected suggestions that …`, `dismissed rumours that …`.)
  ['reject', 'rejects', 'rejected', true], ['dismiss', 'dismisses', 'dismissed', true],
  ['opine', 'opines', 'opined'],
  // (`The department specified that …`, `notified regulators that …`, `Experts fear the virus could …`.)
  ['specify', 'specifies', 'specified', true], ['notify', 'notifies', 'notified', true], ['fear', 'fears', 'feared', true],
  // (Appeals, only with what is appealed for or to whom: `Police are appealing for witnesses`.)
  ['appeal', 'appeals', 'appealed', true],
  // (…and so is encouraging someone to act: `encouraged customers to visit its website`.)
  ['encourage', 'encourages', 'encouraged', true],
  // (Courts and regulators: `a court ruled that …`, `…, a judge has ruled.`.)
  ['rule', 'rules', 'ruled'],
];

// Base forms are used only for plural subjects (`officials say`); most others are also nouns.
const EN_BASE_FORMS = new Set(['say', 'claim', 'tell', 'add', 'warn', 'insist', 'argue', 'believe', 'think', 'explain', 'allege', 'predict', 'estimate', 'admit', 'confirm', 'deny', 'fear']);
// 3sg/past forms that are also frequent nouns or adjectives.
const EN_WEAK = new Set(['states', 'claims', 'reports', 'estimates', 'notes', 'points', 'comments', 'remarks', 'forecasts',
  'replies', 'promises', 'stresses', 'counters', 'vows', 'forecast', 'estimate', 'confirm', 'deny', 'predict', 'report',
  'pledges', 'jokes', 'quips', 'asks', 'thought', 'shares', 'shared', 'believe', 'think', 'agree', 'agrees', 'agreed', 'reported', 'appeals', 'fears',
  'rules']);

// Participles that continue an attribution with a content clause (`…, adding that …`).
const EN_PARTICIPLES = ['adding', 'saying', 'noting', 'warning', 'arguing', 'insisting', 'stressing', 'explaining', 'claiming',
  'asserting', 'recalling', 'confirming', 'suggesting', 'acknowledging', 'admitting', 'announcing', 'revealing', 'predicting', 'maintaining', 'contending', 'stating',
  'conceding', 'declaring', 'emphasising', 'emphasizing', 'urging', 'appealing', 'pleading', 'encouraging', 'ruling', 'hinting', 'telling',
  // (Loud or light speech, with the words after it: `left the meeting, some shouting ‘shame on you’`.)
  'shouting', 'chanting', 'yelling', 'exclaiming', 'joking', 'quipping', 'replying',
  // (`…, pointing out that …`, as `pointed out that`.)
  'pointing',
  // (Naming participles: only with a quotation after `of`/`as` — `accusing X of “…”`.)
  'accusing', 'describing', 'branding', 'labelling', 'labeling', 'dubbing', 'calling', 'terming'];

const enIndex = new Map<string, SpeechVerbForm>();
for (const [base, s3, past, content] of EN_VERBS) {
  const common = { lemma: base, lang: 'en' as const, reflexive: false, needsContent: !!content, person: 3 as const, gender: 'any' as const };
  if (!enIndex.has(past)) enIndex.set(past, { ...common, tense: 'past', weak: EN_WEAK.has(past) });
  if (!enIndex.has(s3)) enIndex.set(s3, { ...common, tense: 'present', weak: EN_WEAK.has(s3) });
  if (EN_BASE_FORMS.has(base) && !enIndex.has(base)) enIndex.set(base, { ...common, tense: 'present', gender: 'pl', weak: true });
}
for (const p of EN_PARTICIPLES) {
  enIndex.set(p, { lemma: p.replace(/ing$/, ''), lang: 'en', reflexive: false, needsContent: true, person: 3, gender: 'any', tense: 'present', weak: false });
}
// `called the bill "a betrayal"`: only with a quotation right after (content verb).
enIndex.set('called', { lemma: 'call', lang: 'en', reflexive: false, needsContent: true, person: 3, gender: 'any', tense: 'past', weak: false });

// Base forms of every English verb of saying, for `did stress that …`, `does insist …`.
const enBase = new Map<string, SpeechVerbForm>();
for (const [base, , past, content] of EN_VERBS) if (!enBase.has(base)) enBase.set(base, { lemma: base, lang: 'en', reflexive: false, needsContent: !!content, person: 3, gender: 'any', tense: 'past', weak: EN_WEAK.has(past) });

/** The English verb of saying whose base form `word` is (lower case), or null. */
export function englishSpeechBase(word: string): SpeechVerbForm | null {
  return enBase.get(word) ?? null;
}

/** Looks up a word (any case) as a speech-verb form; null when it is not one. */
export function speechVerb(word: string, lang?: Language): SpeechVerbForm | null {
  if (word.length < 3 || word.length > 16) return null;
  const c = word.charCodeAt(0);
  const w = (c >= 97 && c <= 122) ? word : word.toLowerCase();
  if (lang !== 'en') {
    const f = plIndex.get(w);
    if (f) return f;
  }
  if (lang !== 'pl') {
    const f = enIndex.get(w);
    if (f) return f;
  }
  return null;
}

/** All Polish speech-verb forms (for tests and documentation). */
export function polishSpeechVerbForms(): ReadonlyMap<string, SpeechVerbForm> {
  return plIndex;
}
