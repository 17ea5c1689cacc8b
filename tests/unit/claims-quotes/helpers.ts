import { extractArticle } from '../../../shared/claims/extract';
import type { Claim } from '../../../shared/claims/types';

/** Quote claims of a text as [quoted words, speaker name, rule] triples, checking every offset. */
export function quotes(text: string, lang?: 'pl' | 'en'): Array<{ quote: string; speaker: string | null; mention: string; rule: string; direct: boolean; claim: Claim }> {
  const r = extractArticle(text, lang ? { lang } : {});
  return r.claims
    .filter((c) => c.kind === 'quote')
    .map((c) => {
      if (text.slice(c.start, c.end) !== c.text) throw new Error('claim offsets');
      if (text.slice(c.quote!.start, c.quote!.end) !== c.quote!.text) throw new Error('quote offsets');
      if (c.speaker?.start !== undefined && text.slice(c.speaker.start, c.speaker.end) !== c.speaker.mention) throw new Error('mention offsets');
      return { quote: c.quote!.text, speaker: c.speaker?.name ?? null, mention: c.speaker?.mention ?? '', rule: c.rule, direct: c.quote!.direct, claim: c };
    });
}

type Quote = ReturnType<typeof quotes>[number];

/** The first quote whose quoted words start with `prefix`. */
export function starting(qs: Quote[], prefix: string): Quote | undefined {
  return qs.find((x) => x.quote.startsWith(prefix));
}
