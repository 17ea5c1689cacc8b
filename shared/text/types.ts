/** A sentence-like unit of an article: a sentence, a headline or a list item. */
export interface Sentence {
  start: number;
  end: number;
  /** text === body.slice(start, end) */
  text: string;
  /** 0-based index of the paragraph (blank-line separated block) it belongs to. */
  paragraph: number;
  kind: 'sentence' | 'headline' | 'list-item';
}
