// Scores one article's extraction against a blind human annotation (the format is in
// tests/eval/README.md): quotation recall and precision, speakers of the quotations found, and
// temporal expressions found with the right value. Pure: no I/O.
import type { ArticleExtraction } from '../../shared/claims/types';

export interface GoldQuote {
  /** The attributed words, an exact substring of the article text (first occurrence). */
  text: string;
  speaker: string;
  direct: boolean;
}

export interface GoldDate {
  mention: string;
  value: string;
}

export interface GoldArticle {
  id: string;
  language: 'pl' | 'en';
  /** Publication date (`YYYY-MM-DD`) when the page showed one. */
  date: string | null;
  quotes: GoldQuote[];
  dates: GoldDate[];
}

export interface ArticleScore {
  goldQuotes: number;
  /** Gold quotations matched by an extracted quote claim. */
  foundQuotes: number;
  extractedQuotes: number;
  /** Extracted quote claims matched to a gold quotation (by any of their parts). */
  matchedExtracted: number;
  /** Matched pairs whose speaker agrees (see sameSpeaker). */
  speakerCorrect: number;
  goldDates: number;
  /** Gold temporal expressions overlapped by an extracted one. */
  datesFound: number;
  /** …with the same value. */
  datesCorrect: number;
  /**
   * Gold quotations inside the title, left out of every count: a title is metadata, never a claim
   * (issue 3), so the extractor does not look for quotations there by design.
   */
  titleQuotes: number;
  /** Gold strings that are not in the text (annotation errors: left out of every count). */
  unlocated: string[];
  /** One line per miss, for reading. */
  failures: string[];
}

interface Span {
  start: number;
  end: number;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Lower-case words of a name, punctuation, quotation marks and a closing company form (`Inc`, `plc`) dropped. */
function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && /^(?:inc|corp|co|ltd|plc|llc)$/.test(words[words.length - 1])) words.pop();
  return words;
}

/**
 * Whether an extracted speaker name agrees with the annotated one: the same words, or one name's
 * words all found in order in the other with the same last word (`Stoltenberg` for `Jens
 * Stoltenberg`; `Adam Niedzielski` for `minister zdrowia Adam Niedzielski`), or an acronym of the
 * other's capitalised words (`GUS` for `Główny Urząd Statystyczny`, `DPC` for `Irish Data Protection
 * Commission`). Inflected forms and other
 * shortenings (`Stoltenberga`, `MSZ` for `Ministerstwo Zdrowia`) do not agree.
 */
export function sameSpeaker(gold: string, found: string | null | undefined): boolean {
  if (!found) return false;
  const g = nameWords(gold);
  const f = nameWords(found);
  if (!g.length || !f.length) return false;
  if (g.join(' ') === f.join(' ')) return true;
  if (acronymOf(gold, found) || acronymOf(found, gold)) return true;
  const [short, long] = g.length <= f.length ? [g, f] : [f, g];
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/**
 * `short` is one upper-case word (dots allowed: `I.C.O.`) spelling the initials of the capitalised
 * words of `long`, or of its last ones (`DPC` for `Irish Data Protection Commission`).
 */
function acronymOf(short: string, long: string): boolean {
  const s = short.trim().replace(/\./g, '');
  // (A mixed-case acronym spells the small function words too: `UOKiK` for `Urząd Ochrony Konkurencji i
  // Konsumentów`, `MoD` for `Ministry of Defence`.)
  if (/^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(s) && /\p{Ll}/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2) {
    const words = long.replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
    return words.length === s.length && words.every((w, k) => w[0].toLowerCase() === s[k].toLowerCase() && (w[0] === w[0].toUpperCase()) === (s[k] === s[k].toUpperCase()));
  }
  if (!/^\p{Lu}{2,}$/u.test(s)) return false;
  const initials = long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.endsWith(s);
}

/** Share of the shorter span the two spans have in common. */
function coverage(a: Span, b: Span): number {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 ? overlap(a, b) / shorter : 0;
}

/**
 * Scores an extraction of `text` against `gold`. A gold quotation and an extracted quote claim (or
 * one part of an interrupted one) match when at least half of the shorter of the two spans is
 * shared; each is matched at most once, best-covered pairs first.
 */
export function scoreArticle(text: string, gold: GoldArticle, extraction: ArticleExtraction): ArticleScore {
  const unlocated: string[] = [];
  const failures: string[] = [];
  const goldQuotes: Array<GoldQuote & Span> = [];
  const titles = extraction.metadata.filter((m) => m.kind === 'title');
  let titleQuotes = 0;
  for (const q of gold.quotes) {
    const at = text.indexOf(q.text);
    if (at < 0 || !q.text.trim()) unlocated.push(q.text);
    else if (titles.some((m) => m.start <= at && at + q.text.length <= m.end)) titleQuotes++;
    else goldQuotes.push({ ...q, start: at, end: at + q.text.length });
  }
  // (An interrupted quotation — `“A,” she said. “B.”` — is one claim of two parts; each part can match
  // a gold quotation of its own.)
  const claims = extraction.claims.filter((c) => c.kind === 'quote' && c.quote);
  const found = claims.flatMap((c, ci) =>
    (c.quote!.parts?.length ? c.quote!.parts : [c.quote!]).map((p) => ({ claim: ci, start: p.start, end: p.end, speaker: c.speaker?.name ?? null, text: text.slice(p.start, p.end) })),
  );

  const pairs: Array<{ g: number; f: number; cov: number }> = [];
  goldQuotes.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const cov = coverage(g, f);
      if (cov >= 0.5) pairs.push({ g: gi, f: fi, cov });
    }),
  );
  pairs.sort((a, b) => b.cov - a.cov || a.g - b.g || a.f - b.f);
  const goldTaken = new Map<number, number>();
  const foundTaken = new Set<number>();
  for (const p of pairs) {
    if (goldTaken.has(p.g) || foundTaken.has(p.f)) continue;
    goldTaken.set(p.g, p.f);
    foundTaken.add(p.f);
  }
  let speakerCorrect = 0;
  goldQuotes.forEach((g, gi) => {
    const fi = goldTaken.get(gi);
    if (fi === undefined) {
      failures.push(`missed quote (${g.speaker}): ${clip(g.text)}`);
      return;
    }
    if (sameSpeaker(g.speaker, found[fi].speaker)) speakerCorrect++;
    else failures.push(`speaker ${JSON.stringify(found[fi].speaker)} for ${JSON.stringify(g.speaker)}: ${clip(g.text)}`);
  });
  const claimsMatched = new Set([...foundTaken].map((fi) => found[fi].claim));
  claims.forEach((c, ci) => {
    if (!claimsMatched.has(ci)) failures.push(`extra quote (${c.speaker?.name ?? '—'}): ${clip(c.quote!.text)}`);
  });

  let datesFound = 0;
  let datesCorrect = 0;
  let goldDates = 0;
  let from = 0;
  for (const d of gold.dates) {
    // (Repeated mentions are annotated in order: each is looked for after the previous one.)
    let at = text.indexOf(d.mention, from);
    if (at < 0) at = text.indexOf(d.mention);
    if (at < 0 || !d.mention.trim()) {
      unlocated.push(d.mention);
      continue;
    }
    from = at + 1;
    goldDates++;
    const span = { start: at, end: at + d.mention.length };
    const hits = extraction.dates.filter((x) => overlap(x, span) > 0);
    if (hits.length) datesFound++;
    if (hits.some((x) => x.value === d.value)) datesCorrect++;
    else failures.push(`date ${JSON.stringify(d.mention)} = ${d.value}: ${hits.length ? hits.map((x) => `${x.mention} = ${x.value}`).join(', ') : 'not found'}`);
  }

  return {
    goldQuotes: goldQuotes.length,
    foundQuotes: goldTaken.size,
    extractedQuotes: claims.length,
    matchedExtracted: claimsMatched.size,
    speakerCorrect,
    goldDates,
    datesFound,
    datesCorrect,
    titleQuotes,
    unlocated,
    failures,
  };
}

/**
 * A second person's annotation of the same article in the shape of an extraction, so that
 * `scoreArticle` measures how far two annotators agree (the ceiling any extractor is held to by
 * this kind of gold). Strings not in the text are left out; repeated date mentions are located in
 * order, as in scoring; the title is the first line, as the brief asks annotators to write it, and
 * quotations inside it are left out as the extractor leaves them.
 */
export function annotationAsExtraction(text: string, other: GoldArticle): ArticleExtraction {
  const firstLine = text.indexOf('\n');
  const titleEnd = firstLine < 0 ? text.length : firstLine;
  const claims: ArticleExtraction['claims'] = [];
  for (const q of other.quotes) {
    const start = text.indexOf(q.text);
    const end = start + q.text.length;
    // (Quotations in the title are left out, as the extractor leaves them: see titleQuotes.)
    if (start < 0 || !q.text.trim() || end <= titleEnd) continue;
    claims.push({
      key: `agree-${claims.length}`,
      kind: 'quote',
      text: q.text,
      start,
      end,
      rule: 'annotator',
      speaker: { name: q.speaker, mention: q.speaker },
      quote: { text: q.text, start, end, direct: q.direct },
      date: null,
      quantity: null,
    });
  }
  const dates: ArticleExtraction['dates'] = [];
  let from = 0;
  for (const d of other.dates) {
    let at = text.indexOf(d.mention, from);
    if (at < 0) at = text.indexOf(d.mention);
    if (at < 0 || !d.mention.trim()) continue;
    from = at + 1;
    dates.push({ start: at, end: at + d.mention.length, mention: d.mention, value: d.value });
  }
  return {
    language: other.language,
    date: other.date,
    title: text.slice(0, titleEnd).trim() || null,
    metadata: titleEnd > 0 ? [{ kind: 'title', start: 0, end: titleEnd, text: text.slice(0, titleEnd) }] : [],
    dates,
    claims,
  };
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
}

export interface Totals {
  articles: number;
  goldQuotes: number;
  recall: number;
  precision: number;
  speakers: number;
  goldDates: number;
  temporal: number;
  /** Gold quotations in titles, left out (see ArticleScore.titleQuotes). */
  titleQuotes: number;
}

/** Sums article scores into the four figures (recall, precision, speakers of found, temporal). */
export function totals(scores: ArticleScore[]): Totals {
  const sum = (k: keyof Omit<ArticleScore, 'unlocated' | 'failures'>) => scores.reduce((a, s) => a + s[k], 0);
  const ratio = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 1000 : 0);
  return {
    articles: scores.length,
    goldQuotes: sum('goldQuotes'),
    recall: ratio(sum('foundQuotes'), sum('goldQuotes')),
    precision: ratio(sum('matchedExtracted'), sum('extractedQuotes')),
    speakers: ratio(sum('speakerCorrect'), sum('foundQuotes')),
    goldDates: sum('goldDates'),
    temporal: ratio(sum('datesCorrect'), sum('goldDates')),
    titleQuotes: sum('titleQuotes'),
  };
}
