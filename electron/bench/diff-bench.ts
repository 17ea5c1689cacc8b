import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffTexts } from '../../shared/diff/text-diff';
import { rng } from './corpus';

// Common Polish news vocabulary (with diacritics and inflection), drawn with a Zipf-like skew so
// frequent function words repeat as in real text.
const VOCABULARY = (
  'w i na się z do nie że to jest o od przez po jak ale za co już tak oraz także jednak który która które ' +
  'był była było były będzie został została zostało według podczas około ponad prawie wśród przed między ' +
  'rząd minister premier prezydent sejm senat ustawa projekt decyzja komisja policja straż wojsko szpital ' +
  'miasto gmina województwo kraj państwo granica Polska Warszawa Kraków Gdańsk Wrocław Łódź Poznań Europa ' +
  'Ukraina Rosja Niemcy NATO UE ONZ rzecznik poseł posłanka radny burmistrz wojewoda dyrektor prezes ' +
  'powiedział powiedziała poinformował poinformowała zapowiedział zaznaczył podkreślił przyznał ' +
  'dodał ocenił stwierdził wyjaśnił ogłosił zdecydował przyjął odrzucił skrytykował zapewnił ' +
  'osób ludzi mieszkańców pacjentów żołnierzy uczniów pracowników rannych zabitych ofiar zakażeń ' +
  'procent złotych euro dolarów milionów miliardów tysięcy kilometrów godzin dni tygodni miesięcy lat ' +
  'roku stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia ' +
  'poniedziałek wtorek środę czwartek piątek sobotę niedzielę wczoraj dzisiaj jutro rano wieczorem ' +
  'nowy nowa nowe duży duża wielki ważny ważna trudny trudna pierwszy pierwsza ostatni ostatnia kolejny ' +
  'publiczny publiczna społeczny społeczna gospodarczy gospodarcza zdrowotny zdrowotna energetyczny ' +
  'wybory budżet podatek inflacja ceny energia gaz węgiel prąd paliwo szkoła uczelnia sąd prokuratura ' +
  'śledztwo wypadek pożar powódź burza mróz upał epidemia szczepionka pandemia granicy sprawie sprawy ' +
  'informacji danych raportu badania analizy spotkania konferencji posiedzenia głosowania protestu ' +
  'mówił mówiła wskazał wskazała przypomniał zwrócił uwagę dotyczy dotyczą wynosi wyniosła wzrosła spadła'
).split(' ');

function word(rand: () => number): string {
  const r = rand();
  if (r < 0.04) return String(Math.floor(rand() * (rand() < 0.3 ? 100_000 : 1000)));
  return VOCABULARY[Math.floor(VOCABULARY.length * rand() * rand())];
}

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 17);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = word(rand);
    if (i > 2 && i < n - 1 && rand() < 0.07) w += ',';
    words.push(w);
  }
  if (rand() < 0.1) {
    const at = 1 + Math.floor(rand() * (n - 3));
    words[at] = '„' + words[at];
    words[at + 2] = words[at + 2] + '”';
  }
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rand));
  return out.join(' ');
}

/** A Polish-like news text of about `chars` characters: paragraphs separated by blank lines. */
export function generateArticle(seed: number, chars: number): string {
  const rand = rng(seed);
  const paras: string[] = [];
  let size = 0;
  while (size < chars) {
    const p = paragraph(rand);
    paras.push(p);
    size += p.length + 2;
  }
  return paras.join('\n\n');
}

/** Replaces the given share of words (whitespace-separated) by other words, keeping punctuation. */
export function changeWords(text: string, share: number, seed: number): string {
  const rand = rng(seed);
  const parts = text.split(/(\s+)/);
  for (let i = 0; i < parts.length; i += 2) {
    if (rand() >= share) continue;
    const m = /^(„?)([\p{L}\p{N}]+)(.*)$/u.exec(parts[i]);
    if (m) parts[i] = m[1] + word(rand) + m[3];
  }
  return parts.join('');
}

// About ten edits of the kinds revisions show: changed words and numbers, an inserted and a
// deleted sentence, an inserted paragraph.
function smallRevision(text: string, seed: number): string {
  const rand = rng(seed);
  const paras = text.split('\n\n');
  for (let e = 0; e < 6; e++) {
    const p = Math.floor(rand() * paras.length);
    const words = paras[p].split(' ');
    const w = 1 + Math.floor(rand() * (words.length - 2));
    words[w] = rand() < 0.3 ? String(Math.floor(rand() * 1000)) : word(rand);
    paras[p] = words.join(' ');
  }
  const p1 = Math.floor(rand() * paras.length);
  paras[p1] = paras[p1] + ' ' + sentence(rand);
  const p2 = Math.floor(rand() * paras.length);
  const sentences = paras[p2].split('. ');
  if (sentences.length > 1) sentences.splice(0, 1);
  paras[p2] = sentences.join('. ');
  paras.splice(Math.floor(rand() * paras.length), 0, paragraph(rand));
  paras[0] = paras[0].replace(/\d+/, (d) => String(Number(d) + 15));
  return paras.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function timeGit(dir: string): { ms: number | null; error?: string } {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    const r = spawnSync('git', ['diff', '--no-index', '--no-ext-diff', '--word-diff=porcelain', 'old.txt', 'new.txt'], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
    const ms = performance.now() - t0;
    // git diff exits 1 when the files differ; that is the expected outcome, not an error.
    if (r.error || (r.status !== 0 && r.status !== 1)) {
      return { ms: null, error: r.error ? r.error.message : String(r.stderr).trim().slice(0, 200) };
    }
    times.push(ms);
  }
  return { ms: median(times) };
}

function benchPair(name: string, oldText: string, newText: string, dir: string): Record<string, unknown> {
  const caseDir = join(dir, name);
  rmSync(caseDir, { recursive: true, force: true });
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, 'old.txt'), oldText);
  writeFileSync(join(caseDir, 'new.txt'), newText);
  // The first call in a fresh process runs mostly unoptimised code; the app's diff worker is
  // long-lived, so the figure compared with git is the median after warm-up. Both are reported.
  const t0 = performance.now();
  let result = diffTexts(oldText, newText);
  const firstRunMs = performance.now() - t0;
  for (let i = 0; i < 5; i++) diffTexts(oldText, newText);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    result = diffTexts(oldText, newText);
    times.push(performance.now() - t0);
  }
  const diffMs = median(times);
  const git = timeGit(caseDir);
  return {
    oldBytes: Buffer.byteLength(oldText),
    newBytes: Buffer.byteLength(newText),
    diffMs: round(diffMs),
    diffMaxMs: round(Math.max(...times)),
    diffFirstRunMs: round(firstRunMs),
    gitMs: git.ms === null ? null : round(git.ms),
    ratioToGit: git.ms ? round(diffMs / git.ms) : null,
    ...(git.error ? { gitError: git.error } : {}),
    hunks: result.hunks.length,
    changes: result.stats.changes,
    wordsAdded: result.stats.wordsAdded,
    wordsRemoved: result.stats.wordsRemoved,
    rewritten: result.rewritten,
    rewrittenHunks: result.hunks.filter((h) => h.rewritten).length,
    coarse: result.coarse,
  };
}


/** Times `diffTexts` against `git diff --no-index --word-diff=porcelain` on generated revision pairs. */
export async function benchDiff(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-diff-bench-'));
  try {
    const small = generateArticle(1, 5_000);
    const large = generateArticle(2, 500_000);
    const unrelatedA = generateArticle(3, 100_000);
    const unrelatedB = generateArticle(4, 100_000);
    const identicalMs = (() => {
      const t0 = performance.now();
      diffTexts(large, large);
      return round(performance.now() - t0);
    })();
    return {
      small5kTenEdits: benchPair('small', small, smallRevision(small, 11), dir),
      large500kOnePercent: benchPair('large', large, changeWords(large, 0.01, 12), dir),
      unrelated100k: benchPair('unrelated', unrelatedA, unrelatedB, dir),
      identical500kMs: identicalMs,
      goals: { large500kWithin3xGit: '≤ 3 × gitMs', unrelatedUnder1s: 'diffMs < 1000 and rewritten' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
