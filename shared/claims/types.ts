import type { Language } from '../sources';

export type ClaimKind = 'quote' | 'event' | 'quantity';

/** Who a claim is attributed to: the resolved name and the words the article used. */
export interface Speaker {
  /** Normalised full name (nominative), e.g. `Jens Stoltenberg`, or an institution (`MSZ`). */
  name: string;
  /** The mention in this sentence, e.g. `szef NATO`, `Stoltenberga`, or `` for a subject-less verb. */
  mention: string;
  start?: number;
  end?: number;
  type?: 'person' | 'organization' | 'unknown';
}

export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** True for a verbatim (direct or partial) quote, false for reported speech. */
  direct: boolean;
  /**
   * The quoted words when an attribution interrupts the quotation (`“A,” she said. “B.”`): `start`…`end`
   * then spans both pieces and the attribution between them; each part is one piece.
   */
  parts?: Array<{ start: number; end: number }>;
}

export interface DateValue {
  /** ISO / TIMEX3 value: `2022-01-12`, `XXXX-01-12`, `2022-01`, `XXXX-WXX-5`, `2022-W02`. */
  value: string;
  mention: string;
  start?: number;
  end?: number;
}

export interface QuantityValue {
  value: number;
  /** Unit or measured thing: `%`, `USD`, `osób`, `zabitych`, `killed`. */
  unit: string;
  mention: string;
  start?: number;
  end?: number;
  /** Upper bound for ranges (`10–15 osób`). */
  valueTo?: number;
}

/** A checkable claim found in an article. Offsets are JS string indices into the decoded text. */
export interface Claim {
  /** Stable key from normalised content, not offsets: the same claim in the next version keeps it. */
  key: string;
  kind: ClaimKind;
  /** The claim sentence(s): text === body.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Name of the rule that found it, for explainability. */
  rule: string;
  speaker: Speaker | null;
  quote: QuoteSpan | null;
  date: DateValue | null;
  quantity: QuantityValue | null;
}

/** A temporal expression found in the article. */
export interface DateMention {
  start: number;
  end: number;
  mention: string;
  value: string;
}

export interface MetadataSpan {
  kind: 'title' | 'date-header' | 'byline' | 'dateline';
  start: number;
  end: number;
  text: string;
}

export interface ArticleExtraction {
  language: Language;
  /** Article date used as anchor (from header or options), TIMEX3-like, or null. */
  date: string | null;
  title: string | null;
  metadata: MetadataSpan[];
  dates: DateMention[];
  claims: Claim[];
}

export interface ExtractOptions {
  /** Article date (`YYYY-MM-DD`, `YYYY-MM`), used when the text carries none (a user-set date wins). */
  date?: string | null;
  /** When true, `date` overrides a date header in the text (the user corrected it). */
  dateOverrides?: boolean;
  lang?: Language;
}
