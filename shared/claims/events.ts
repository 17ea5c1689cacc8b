/**
 * Dated events: a sentence that holds a temporal expression and an event predicate or noun
 * (`12 stycznia odbędzie się spotkanie Rady NATO-Rosja`, `Ministrowie … odbyli w piątek spotkanie`,
 * `The summit will take place on March 3`) becomes one event claim spanning the sentence, dated by
 * the temporal expression nearest to the trigger.
 */
import type { Language } from '../sources';
import type { Sentence } from '../text/types';
import type { Claim, DateMention } from './types';
import { GAP_NEWLINE, tokenize, tokenAt } from './tokens';
import { detectMetadata } from './metadata';

interface Trigger {
  id: string;
  verb: boolean;
}

function lexicon(entries: [string, boolean, string][]): Map<string, Trigger> {
  const m = new Map<string, Trigger>();
  for (const [id, verb, forms] of entries) for (const f of forms.split(' ')) if (f) m.set(f, { id, verb });
  return m;
}

const PL = lexicon([
  ['odbedzie-sie', true, 'odbędzie odbędą'],
  ['odbyc-sie', true, 'odbył odbyła odbyło odbyły odbyli odbywa odbywają odbywał odbywała odbywało odbywały odbyć'],
  ['spotkac-sie', true, 'spotkał spotkała spotkało spotkali spotkały spotka spotkają spotyka spotykają spotkać spotkamy'],
  ['zebrac-sie', true, 'zebrał zebrała zebrało zebrali zebrały zbierze zbiorą zbiera zbierają'],
  ['rozpoczac-sie', true, 'rozpocznie rozpoczną rozpoczął rozpoczęła rozpoczęło rozpoczęły rozpoczęli rozpoczyna rozpoczynają rozpoczęto'],
  ['zakonczyc-sie', true, 'zakończy zakończą zakończył zakończyła zakończyło zakończyły zakończyli zakończono'],
  ['zaplanowano', true, 'zaplanowano zaplanowane zaplanowany zaplanowana zaplanowanego zaplanowanej zaplanowanym zaplanował zaplanowała zaplanowali'],
  ['dojsc-do', true, 'doszło dojdzie'],
  ['wizyta', true, 'odwiedził odwiedziła odwiedzili odwiedziły odwiedzi odwiedzą przyjechał przyjechała przyjechali przyjedzie przyjadą przyleciał przyleciała przylecieli przyleci przylecą przybył przybyła przybyli'],
  ['glosowanie', true, 'głosował głosowała głosowało głosowali głosowały zagłosuje zagłosują zagłosował zagłosowała zagłosowało zagłosowali'],
  ['podpisanie', true, 'podpisał podpisała podpisali podpisały podpisze podpiszą podpisano'],
  ['smierc', true, 'zmarł zmarła zmarło zmarli zginął zginęła zginęło zginęli zginęły'],
  ['atak', true, 'zaatakował zaatakowała zaatakowali zaatakowały zaatakowano ostrzelali ostrzelano zbombardowano'],
  ['wybuch', true, 'wybuchł wybuchła wybuchło wybuchły eksplodował eksplodowała'],
  ['aresztowanie', true, 'aresztowano zatrzymano aresztował aresztowała aresztowali'],
  ['uchwalenie', true, 'uchwalił uchwaliła uchwalili uchwaliły uchwalono przyjął przyjęła przyjęli przyjęły przyjęto przyjmie przyjmą'],
  ['obrady', true, 'obradował obradowała obradowali obradowały obradować obrady obrad obradach'],
  ['spotkanie', false, 'spotkanie spotkania spotkaniu spotkaniem spotkań spotkaniach spotkaniami'],
  ['posiedzenie', false, 'posiedzenie posiedzenia posiedzeniu posiedzeniem posiedzeń'],
  ['szczyt', false, 'szczyt szczytu szczycie szczytem'],
  ['rozmowy', false, 'rozmowy rozmów rozmowach rozmowami rozmowom negocjacje negocjacji negocjacjach negocjacjami'],
  ['konferencja', false, 'konferencja konferencji konferencję konferencją konferencje wideokonferencja wideokonferencji wideokonferencję wideokonferencją telekonferencja telekonferencji'],
  ['debata', false, 'debata debaty debacie debatę debatą sesja sesji sesję sesją zjazd zjazdu zjeździe narada narady naradzie'],
  ['wybory', false, 'wybory wyborów wyborach wyborami prawybory prawyborów prawyborach referendum głosowanie głosowania głosowaniu głosowaniem'],
  ['wizyta', false, 'wizyta wizyty wizytę wizytą wizycie'],
  ['protest', false, 'manifestacja manifestacji manifestację manifestacje demonstracja demonstracji demonstrację demonstracje protest protestu protesty protestów protestach marsz marszu strajk strajku strajki'],
  ['wybuch', false, 'wybuch wybuchu eksplozja eksplozji eksplozję'],
  ['atak', false, 'atak ataku ataki ataków nalot nalotu naloty nalotów ostrzał ostrzału bombardowanie bombardowania zamach zamachu zamachy zamachów'],
  ['trzesienie', false, 'trzęsienie trzęsienia trzęsieniu'],
  ['powodz', false, 'powódź powodzi powodzie powodziach'],
  ['pozar', false, 'pożar pożaru pożarze pożary'],
  ['katastrofa', false, 'katastrofa katastrofy katastrofie katastrofę katastrofą wypadek wypadku'],
  ['podpisanie', false, 'podpisanie podpisania'],
  ['rozpoczecie', false, 'rozpoczęcie rozpoczęcia zakończenie zakończenia otwarcie otwarcia inauguracja inauguracji'],
  ['uroczystosc', false, 'uroczystość uroczystości ceremonia ceremonii zaprzysiężenie zaprzysiężenia pogrzeb pogrzebu pogrzebie'],
  ['przemowienie', false, 'przemówienie przemówienia orędzie orędzia'],
  ['mecz', false, 'mecz meczu meczem finał finału turniej turnieju'],
  ['rozprawa', false, 'rozprawa rozprawy rozprawie'],
  ['ewakuacja', false, 'ewakuacja ewakuacji ewakuowano'],
  ['smierc', false, 'śmierć śmierci'],
]);

const EN = lexicon([
  ['meet', true, 'meet meets met'],
  ['hold', true, 'held hold holds holding'],
  ['vote', true, 'voted'],
  ['visit', true, 'visited visiting'],
  ['attack', true, 'attacked exploded bombed'],
  ['crash', true, 'crashed'],
  ['launch', true, 'launched launches'],
  ['begin', true, 'begin begins began started starts opened ended concluded'],
  ['sign', true, 'signed'],
  ['protest', true, 'protested marched'],
  ['gather', true, 'gathered gather convene convened convenes'],
  ['die', true, 'died killed'],
  ['arrest', true, 'arrested detained'],
  ['schedule', true, 'scheduled'],
  ['meeting', false, 'meeting meetings'],
  ['summit', false, 'summit summits'],
  ['talks', false, 'talks negotiations'],
  ['conference', false, 'conference conferences videoconference'],
  ['election', false, 'election elections vote votes voting referendum ballot primaries'],
  ['visit', false, 'visit visits trip'],
  ['attack', false, 'attack attacks bombing bombings explosion explosions blast blasts shelling airstrike airstrikes'],
  ['earthquake', false, 'earthquake quake'],
  ['flood', false, 'flood floods flooding'],
  ['crash', false, 'crash crashes'],
  ['launch', false, 'launch'],
  ['sign', false, 'signing'],
  ['ceremony', false, 'ceremony funeral inauguration'],
  ['protest', false, 'protest protests demonstration demonstrations rally rallies march strike strikes'],
  ['hearing', false, 'hearing hearings trial'],
  ['speech', false, 'speech'],
]);

const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:since|until|till|before|after|od|do|przed|sprzed|po)\s+$/iu;

/** `take place` / `took place`: the verb needs `place` after it. */
const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);

/** Finds event claims: sentences with a temporal expression and an event predicate or noun. */
export function findEvents(text: string, sentences: Sentence[], dates: DateMention[], lang: Language): Omit<Claim, 'key'>[] {
  if (sentences.length === 0 || dates.length === 0) return [];
  const tk = tokenize(text);
  const lex = lang === 'pl' ? PL : EN;
  const meta = detectMetadata(text).metadata.filter((m) => m.kind !== 'title');
  // Dates usable as event times: not metadata, not a bare decade or century, not a vague `PAST_REF`.
  const usable = dates
    .filter((d) => !meta.some((m) => m.start < d.end && d.start < m.end) && !/^\d{2,3}$|_REF$/.test(d.value))
    .sort((a, b) => a.start - b.start);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const out: Omit<Claim, 'key'>[] = [];
  let di = 0;
  for (const s of sorted) {
    while (di < usable.length && usable[di].end <= s.start) di++;
    const inside: DateMention[] = [];
    for (let k = di; k < usable.length && usable[k].start < s.end; k++) if (usable[k].start >= s.start && usable[k].end <= s.end) inside.push(usable[k]);
    if (inside.length === 0) continue;
    let best: { d: DateMention; id: string; dist: number; verb: boolean } | null = null;
    for (let t = tokenAt(tk, s.start); t < tk.n && tk.end[t] <= s.end; t++) {
      const lc = tk.lc[t];
      let trig = lex.get(lc);
      if (lang === 'en') {
        if (TAKE.has(lc) && t + 1 < tk.n && tk.lc[t + 1] === 'place' && tk.gap[t + 1] !== GAP_NEWLINE) trig = { id: 'take-place', verb: true };
        // `March` the month is not a march.
        if (lc === 'march' && tk.raw[t] !== lc) trig = undefined;
      }
      if (!trig) continue;
      const ts = tk.start[t];
      const te = tk.end[t];
      for (const d of inside) {
        if (d.start < te && ts < d.end) continue; // the trigger word is part of the date
        let dist = d.end <= ts ? ts - d.end : d.start - te;
        // `since 2011`, `od 2011 roku`, `until March`: a reference point, not the time of the event.
        if (REFERENCE_BEFORE.test(text.slice(Math.max(s.start, d.start - 12), d.start))) dist += 200;
        if (!best || dist < best.dist || (dist === best.dist && trig.verb && !best.verb)) best = { d, id: trig.id, dist, verb: trig.verb };
      }
    }
    if (!best) continue;
    let start = s.start;
    for (const m of meta) if (m.kind === 'dateline' && m.start <= start && m.end > start && m.end < s.end) start = m.end;
    while (start < s.end && /\s/.test(text[start])) start++;
    out.push({
      kind: 'event',
      text: text.slice(start, s.end),
      start,
      end: s.end,
      rule: `event.${lang}.${best.id}`,
      speaker: null,
      quote: null,
      date: { value: best.d.value, mention: best.d.mention, start: best.d.start, end: best.d.end },
      quantity: null,
    });
  }
  return out;
}
