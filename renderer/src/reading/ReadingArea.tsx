import type { FactdeskClient } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import type { ClaimRef } from '../state/rows';
import { ArticlePane, type PaneSide } from './ArticlePane';

export type { PaneSide };
import { KindLegend } from './KindLegend';

export interface PanesState {
  left: string | null;
  right: string | null;
  active: PaneSide;
}

/** The two article panes side by side, with a swap button and the highlight legend. */
export function ReadingArea(props: {
  client: FactdeskClient;
  panes: PanesState;
  sources: SourceInfo[];
  sourceRevisions: Record<string, number>;
  selected: ClaimRef | null;
  scrollNonce: number;
  onActivate: (side: PaneSide) => void;
  onPickSource: (side: PaneSide, sourceId: string) => void;
  onSelectClaim: (ref: ClaimRef, scroll: boolean) => void;
  onSourceUpdated: (source: SourceInfo) => void;
  onOpenRevisions: (sourceId: string) => void;
  onSwap: () => void;
}) {
  const { panes, sources, selected } = props;
  const find = (id: string | null) => (id ? (sources.find((s) => s.id === id) ?? null) : null);
  const pane = (side: PaneSide) => {
    const source = find(panes[side]);
    return (
      <ArticlePane
        key={side}
        client={props.client}
        side={side}
        source={source}
        sources={sources}
        revision={source ? (props.sourceRevisions[source.id] ?? 0) : 0}
        active={panes.active === side}
        selectedKey={selected && source && selected.sourceId === source.id ? selected.claimKey : null}
        scrollNonce={props.scrollNonce}
        onActivate={() => props.onActivate(side)}
        onPickSource={(id) => props.onPickSource(side, id)}
        onSelectClaim={(claimKey) => source && props.onSelectClaim({ sourceId: source.id, claimKey }, false)}
        onSourceUpdated={props.onSourceUpdated}
        onOpenRevisions={() => source && props.onOpenRevisions(source.id)}
      />
    );
  };
  return (
    <div className="reading">
      <div className="reading__toolbar">
        <KindLegend />
        <button type="button" className="btn btn--small" onClick={props.onSwap} aria-keyshortcuts="s">
          Swap panes <kbd aria-hidden="true">s</kbd>
        </button>
      </div>
      <div className="reading__panes">
        {pane('left')}
        {pane('right')}
      </div>
    </div>
  );
}
