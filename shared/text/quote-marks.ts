/** A matched pair of quotation marks: `open` and `close` are the indices of the marks themselves. */
export interface QuotePair {
  open: number;
  close: number;
  openChar: string;
  closeChar: string;
}

interface Opener {
  at: number;
  char: string;
  closers: string;
}

// Which closing marks each opening mark accepts. Polish typography is „…” but sloppy text mixes
// „…" and „…“ (German style), so the low-9 opener takes all three.
const CLOSERS: Record<string, string> = {
  '„': '”“"″',
  '“': '”"″',
  // (Wire copy mixes «…" too: `«The talks are being prepared," Zakharova told RIA Novosti`.)
  '«': '»"”',
  '»': '«»',
  '‹': '›',
  '›': '‹',
  '‚': '’‘',
  '‘': '’',
  '"': '"”″',
  // (A double prime, which some wire copy carries for a quotation mark: `,″ Johan Lundgren said`.)
  '″': '″"”',
  "'": "'",
  '”': '”',
};

// Code units the scan below acts on: `\n` and every case of its switch.
const MARK_OR_NEWLINE = new Uint8Array(65536);
for (const c of '\n„‚«‹“‘»›”’"\'″') MARK_OR_NEWLINE[c.charCodeAt(0)] = 1;

const UNCLOSED_OPENERS = '"“„«';
const MAX_STACK = 16;
const LOOKBACK = 4;

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isOpeningContext(c: string | undefined): boolean {
  return c === undefined || /[\s(\[\-–—:„"“«»/]/u.test(c);
}

/**
 * News convention: a quotation running over several paragraphs leaves each paragraph but the last
 * unclosed, and the next paragraph opens with a quotation mark; an excerpt may also stop inside a
 * quotation. Such a quotation ends at its paragraph end: a pair with `closeChar` '' and `close`
 * just after the paragraph's last character. (A quotation opening its paragraph is left to the
 * claim finder, which chains such paragraphs up to the one that closes and carries the attribution.)
 */
function flushUnclosed(text: string, stack: Opener[], pairs: QuotePair[], end: number, continued: boolean, atTextEnd: boolean): void {
  const o = stack[0];
  if (!o) return;
  let ls = o.at;
  while (ls > 0 && (text[ls - 1] === ' ' || text[ls - 1] === '\t')) ls--;
  const opensParagraph = ls === 0 || text[ls - 1] === '\n';
  // A quotation opened at a sentence start and never closed before a paragraph of narrative (`…,"
  // Moore said. "Right now … run-off.¶The storm …`) lost its closing mark: it runs to the paragraph end.
  // (Also one opened after a colon: `He went on: "For that reason a deterrent sentence is inevitable.¶`.)
  const lostClose = !continued && stack.length === 1 && (opensParagraph || /(?:[.!?…]["”’]?|:)\s+$/u.test(text.slice(Math.max(0, o.at - 4), o.at))) && /[.!?…]$/u.test(text.slice(o.at, end).trimEnd()) &&
    text.slice(o.at, end).split(/\s+/).length >= 5;
  if (!continued && !lostClose) return;
  // (Single marks only where the text ends or the quotation plainly lost its close: `… recent chaos.
  // 'As much as I may be furiously unhappy with the water companies, they` at an excerpt's end.)
  const openers = atTextEnd || lostClose ? UNCLOSED_OPENERS + "'‘" : UNCLOSED_OPENERS;
  // (`"[I'm] very upset …`: an editor's bracket may open the quotation.)
  const first = text[o.at + 1] === o.char ? o.at + 2 : o.at + 1;
  if ((!opensParagraph || atTextEnd || lostClose) && openers.includes(o.char) && (o.at === 0 || isOpeningContext(text[o.at - 1])) && (isLetterOrDigit(text[first]) || (text[first] === '[' && isLetterOrDigit(text[first + 1])))) {
    let e = end;
    while (e > o.at && /\s/u.test(text[e - 1])) e--;
    if (e - o.at > 12) pairs.push({ open: o.at, close: e, openChar: o.char, closeChar: '' });
  }
}

// What follows a quotation's closing mark when a verb of saying attributes it (`," Inslee said.`,
// `," said Jurczyk.`, `” – powiedział`).
const ATTRIBUTION_AFTER = /^\s+(?:(?:said|says|added|told|explained|insisted|stated|continued)\b|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|added|told|explained|insisted|stated|continued)\b|[-–—]\s+(?:\p{Ll}{2,}(?:ł|ła|li|ły)|mówi|dodaje|podkreśla|zaznacza|wyjaśnia|tłumaczy|przekonuje)\b)/u;

/**
 * A paragraph with no quotation mark before a closing mark that ends a clause and is followed by an
 * attribution (`The land burned … after 2015," Inslee said.`) lost its opening mark: the quotation
 * runs from the paragraph's start. Records that pair (`open` is the line break before the paragraph,
 * `openChar` '') and returns true.
 */
function lostOpener(text: string, from: number, i: number, pairs: QuotePair[]): boolean {
  if (!/[,.!?]/.test(text[i - 1] ?? '') || !ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 60))) return false;
  let ls = i;
  while (ls > from && text[ls - 1] !== '\n') ls--;
  // (Not the text's first line, nor a paragraph holding another mark or opening with a dash.)
  // (A block scanned on its own starts at its paragraph: that start is the line's.)
  if (ls === 0 || (ls <= from && text[ls - 1] !== '\n') || /["“”„«»]/u.test(text.slice(ls, i)) || !/^\p{Lu}/u.test(text[ls] ?? '')) return false;
  if (text.slice(ls, i).split(/\s+/).length < 6) return false;
  pairs.push({ open: ls - 1, close: i, openChar: '', closeChar: text[i] });
  return true;
}

/**
 * Finds matched quotation-mark pairs in `text[from, to)` in one linear pass. Pairs never cross a
 * blank line (a paragraph break); apostrophes inside words (`O'Donnell`, `don’t`) are not quotes.
 * Returns every matched pair (nested ones too), sorted by opening position.
 */
// (Module-level helpers rather than closures: the scan runs once per prose block of every article.)
function findOpenerIn(stack: Opener[], closer: string): number {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - LOOKBACK; k--) {
    if (stack[k].closers.includes(closer)) return k;
  }
  return -1;
}

function closeAt(stack: Opener[], pairs: QuotePair[], k: number, at: number, char: string): void {
  const o = stack[k];
  pairs.push({ open: o.at, close: at, openChar: o.char, closeChar: char });
  stack.length = k;
}

/**
 * Two single marks at `i`, `i + 1` closing a double quotation (`“…’’`, `"…''`): closes the open
 * quotation a double `closer` would close (not one opened by the same single mark). True if it did.
 */
function closeDoubled(stack: Opener[], pairs: QuotePair[], i: number, single: string, closer: string): boolean {
  const k = findOpenerIn(stack, closer);
  if (k < 0 || stack[k].char === single || stack[k].char === '”') return false;
  closeAt(stack, pairs, k, i + 1, single + single);
  return true;
}

function pushOpener(stack: Opener[], at: number, char: string): void {
  stack.push({ at, char, closers: CLOSERS[char] });
  if (stack.length > MAX_STACK) stack.shift();
}

export function findQuotePairs(text: string, from = 0, to = text.length): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: Opener[] = [];
  for (let i = from; i < to; i++) {
    // Most characters are neither a newline nor a quotation mark: skip them with one table lookup.
    if (!MARK_OR_NEWLINE[text.charCodeAt(i)]) continue;
    const c = text[i];
    if (c === '\n') {
      // A blank line (only spaces between two newlines) ends every open quote.
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n')) j++;
      // (…unless it breaks a sentence — after a letter or a comma, before a lower-case letter — as a web
      // copy's broken line does; see splitSentences.)
      const blank = text.slice(i + 1, j).includes('\n') && !(i > 0 && /[\p{L},]/u.test(text[i - 1]) && j < to && /\p{Ll}/u.test(text[j]));
      const opensQuote = j < to && UNCLOSED_OPENERS.includes(text[j]);
      // A line that opens with a quotation mark starts a new quotation: a quote still open from an
      // earlier line was a paragraph-continued one (`"A …` / `"B …"`), closed by its line end.
      if (stack.length && (blank || opensQuote)) {
        flushUnclosed(text, stack, pairs, i, opensQuote || j >= to, j >= to);
        stack.length = 0;
      }
      continue;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    // (`he said: ““It appears …`: a typed-twice double mark is one mark.)
    if (c === prev && (c === '“' || c === '”' || c === '„')) continue;
    switch (c) {
      case '„': case '‚':
        pushOpener(stack, i, c);
        break;
      case '«': case '‹': {
        // `»…«` (Polish/German) closes with the mark that opens `«…»` (French).
        const k = findOpenerIn(stack, c);
        if (k >= 0) closeAt(stack, pairs, k, i, c);
        else pushOpener(stack, i, c);
        break;
      }
      case '“': case '‘': case '»': case '›': {
        const k = findOpenerIn(stack, c);
        // `“A … resolved. “B …”` on one line (a continued quotation whose paragraph break was lost):
        // a mark that reopens after a sentence end starts a new quotation.
        const top = stack.length - 1;
        if (c === '“' && k < 0 && top >= 0 && stack[top].char === '“' && /[.!?]\s+$/u.test(text.slice(Math.max(stack[top].at, i - 3), i)) && isLetterOrDigit(next)) {
          let e = i;
          while (e > stack[top].at && /\s/u.test(text[e - 1])) e--;
          pairs.push({ open: stack[top].at, close: e, openChar: '“', closeChar: '' });
          stack.length = top;
          pushOpener(stack, i, c);
          break;
        }
        if (k >= 0) closeAt(stack, pairs, k, i, c);
        else if (c !== '‘' || isOpeningContext(prev)) pushOpener(stack, i, c);
        break;
      }
      case '”': {
        const k = findOpenerIn(stack, c);
        if (k >= 0) closeAt(stack, pairs, k, i, c);
        else if (lostOpener(text, from, i, pairs)) break;
        // ”…” (same mark both sides) appears in careless text: open only in an opening context.
        else if (isOpeningContext(prev) && isLetterOrDigit(next)) pushOpener(stack, i, c);
        break;
      }
      case '’': {
        if (isLetterOrDigit(next)) break; // apostrophe: don’t, O’Brien
        // `“… area.’’`: two single marks close a double quotation (Australian and older British copy).
        if (next === '’' && !isLetterOrDigit(text[i + 2]) && closeDoubled(stack, pairs, i, '’', '”')) {
          i++;
          break;
        }
        const k = findOpenerIn(stack, c);
        if (k >= 0) closeAt(stack, pairs, k, i, c);
        break;
      }
      case '"': {
        const k = findOpenerIn(stack, c);
        if (k >= 0) closeAt(stack, pairs, k, i, c);
        else if (lostOpener(text, from, i, pairs)) break;
        else if (!(isLetterOrDigit(prev) && isLetterOrDigit(next))) pushOpener(stack, i, c);
        break;
      }
      case '″': {
        // (After a digit it is inches or seconds: `12″`.)
        if (prev !== undefined && /\d/.test(prev)) break;
        const k = findOpenerIn(stack, c);
        if (k >= 0) closeAt(stack, pairs, k, i, c);
        else if (isOpeningContext(prev) && isLetterOrDigit(next)) pushOpener(stack, i, c);
        break;
      }
      case "'": {
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // O'Donnell, Be'er
        // (The same with straight marks: `“…''` or `"…''`.)
        if (next === "'" && !isLetterOrDigit(text[i + 2]) && !/\s/.test(prev ?? ' ') && closeDoubled(stack, pairs, i, "'", '"')) {
          i++;
          break;
        }
        const k = findOpenerIn(stack, c);
        if (k >= 0 && !/\s/.test(prev ?? ' ') && !isLetterOrDigit(next)) closeAt(stack, pairs, k, i, c);
        else if (isOpeningContext(prev) && isLetterOrDigit(next)) pushOpener(stack, i, c);
        break;
      }
      default:
        break;
    }
  }
  if (stack.length && to === text.length) flushUnclosed(text, stack, pairs, to, true, true);
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

/** Keeps only the pairs not nested inside another pair (input sorted by `open`). */
export function outermostPairs(pairs: QuotePair[]): QuotePair[] {
  const out: QuotePair[] = [];
  let end = -1;
  for (const p of pairs) {
    if (p.open > end) {
      out.push(p);
      end = p.close;
    }
  }
  return out;
}
