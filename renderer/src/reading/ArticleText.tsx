import { memo, useMemo, type ReactNode } from 'react';
import type { Claim } from '../../../shared/claims/types';
import { marksOf, segmentText, type Segment } from './segments';

const KIND_LABEL = { quote: 'Quote', event: 'Event', quantity: 'Quantity' } as const;

/**
 * The article body as React text nodes (article text is hostile data, never HTML), with claim
 * spans wrapped in nested highlight spans. Memoised: selection is applied by the pane without
 * re-rendering the whole text.
 */
export const ArticleText = memo(function ArticleText({ text, claims }: { text: string; claims: readonly Claim[] }) {
  const segments = useMemo(() => {
    const { marks, speakers } = marksOf(claims, text.length);
    return segmentText(text.length, marks, speakers);
  }, [text, claims]);
  return <>{segments.map((seg) => renderSegment(text, seg))}</>;
});

function renderSegment(text: string, seg: Segment): ReactNode {
  const slice = text.slice(seg.start, seg.end);
  if (seg.marks.length === 0 && !seg.speaker) return slice;
  let node: ReactNode = slice;
  if (seg.speaker) node = <span className="speaker">{node}</span>;
  // Innermost (shortest) mark wraps the text first, so `closest('[data-claim]')` finds it on click.
  // Only the innermost mark paints a background (outer ones keep their underline), so a sentence
  // that is both a quote and an event stays readable instead of turning muddy.
  const last = seg.marks.length - 1;
  for (let i = last; i >= 0; i--) {
    const m = seg.marks[i];
    node = (
      <span className={`hl hl--${m.kind}${i < last ? ' hl--outer' : ''}`} data-claim={m.key} title={KIND_LABEL[m.kind]}>
        {node}
      </span>
    );
  }
  return <span key={seg.start}>{node}</span>;
}
