import { useEffect, useRef, type MouseEvent } from 'react';
import type { FactdeskClient } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import { baseName } from '../ui/format';
import { revealInContainer } from '../ui/scroll';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ArticleDateInput } from './ArticleDateInput';
import { ArticleText } from './ArticleText';
import { useArticle } from './useArticle';

export type PaneSide = 'left' | 'right';

export interface ArticlePaneProps {
  client: FactdeskClient;
  side: PaneSide;
  source: SourceInfo | null;
  sources: SourceInfo[];
  revision: number;
  active: boolean;
  selectedKey: string | null;
  /** Changes whenever the selected claim should be scrolled into view again. */
  scrollNonce: number;
  onActivate: () => void;
  onPickSource: (sourceId: string) => void;
  onSelectClaim: (claimKey: string) => void;
  onSourceUpdated: (source: SourceInfo) => void;
  onOpenRevisions: () => void;
}

const EMPTY: never[] = [];

/** One article pane: header (source picker, metadata, date) and the highlighted text. */
export function ArticlePane(props: ArticlePaneProps) {
  const { client, side, source, revision, selectedKey, scrollNonce } = props;
  const { article, loading, error } = useArticle(client, source?.id ?? null, revision);
  const bodyRef = useRef<HTMLDivElement>(null);
  const text = article?.text ?? '';
  const claims = article?.extraction?.claims ?? EMPTY;
  const label = source ? source.title || baseName(source.path) : `${side === 'left' ? 'Left' : 'Right'} pane (empty)`;

  // Selection is applied to the DOM directly so a click does not re-render a long article.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    for (const el of body.querySelectorAll('.is-selected')) el.classList.remove('is-selected');
    if (!selectedKey) return;
    const spans = body.querySelectorAll<HTMLElement>(`[data-claim="${CSS.escape(selectedKey)}"]`);
    for (const el of spans) el.classList.add('is-selected');
  }, [selectedKey, text, claims]);

  useEffect(() => {
    if (!selectedKey || scrollNonce === 0) return;
    const body = bodyRef.current;
    const first = body?.querySelector<HTMLElement>(`[data-claim="${CSS.escape(selectedKey)}"]`);
    if (body && first) revealInContainer(body, first, 'center');
    // Only on explicit selection (nonce) or a new version, not on every re-render.
  }, [scrollNonce, selectedKey, article?.version.id]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    props.onActivate();
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // the user is selecting text, not a claim
    const span = (e.target as HTMLElement).closest<HTMLElement>('[data-claim]');
    if (span?.dataset.claim) props.onSelectClaim(span.dataset.claim);
  };

  return (
    <section
      role="region"
      aria-label={label}
      className={`pane ${props.active ? 'pane--active' : ''}`}
      onFocus={props.onActivate}
    >
      <header className="pane__header">
        <div className="pane__titlebar">
          <span className="pane__side" title={props.active ? 'Active pane: sources open here' : 'Click to make this the active pane'}>
            {side === 'left' ? 'L' : 'R'}
          </span>
          <h2 className="pane__title" title={label}>
            {label}
          </h2>
          {source?.state === 'deleted' && <span className="tag tag--warn">deleted</span>}
        </div>
        <div className="pane__meta">
          <select
            className="select select--compact mono"
            aria-label={`${side === 'left' ? 'Left' : 'Right'} pane source`}
            title={source?.path}
            value={source?.id ?? ''}
            onChange={(e) => props.onPickSource(e.target.value)}
          >
            {!source && <option value="">Choose a source…</option>}
            {props.sources.map((s) => (
              <option key={s.id} value={s.id} disabled={s.state === 'skipped'}>
                {s.path}
              </option>
            ))}
          </select>
          {source && (
            <>
              {source.language && <span className="tag">{source.language.toUpperCase()}</span>}
              <span className="muted" title={article?.version.recordedAt}>
                v{article?.version.number ?? '–'} of {source.versionCount}
              </span>
              <button type="button" className="btn btn--small" onClick={props.onOpenRevisions} disabled={source.versionCount < 1}>
                Revisions
              </button>
              <ArticleDateInput client={client} source={source} onSaved={props.onSourceUpdated} />
            </>
          )}
        </div>
      </header>
      <ErrorAlert message={error} />
      {source?.state === 'skipped' && <p className="pane__empty">Skipped: {source.reason ?? 'unreadable file'}</p>}
      {!source && <p className="pane__empty">Pick a source from the list or the menu above.</p>}
      {article && !article.extraction && <p className="pane__notice">Claims not extracted yet.</p>}
      <div
        ref={bodyRef}
        className={`pane__body ${loading ? 'is-loading' : ''}`}
        tabIndex={0}
        role="article"
        aria-label={`${label} — text`}
        aria-busy={loading}
        lang={article?.extraction?.language ?? source?.language ?? undefined}
        onClick={onClick}
      >
        {article && <ArticleText text={text} claims={claims} />}
      </div>
    </section>
  );
}
