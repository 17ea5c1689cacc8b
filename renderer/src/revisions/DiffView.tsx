import { useEffect, useMemo, useRef, useState } from 'react';
import type { FactdeskClient } from '../../../shared/api';
import type { VersionDiff } from '../../../shared/diff/types';
import type { SourceInfo, VersionInfo } from '../../../shared/sources';
import { isTypingTarget, modalOpen } from '../shortcuts/typing-target';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorMessage } from '../ui/errors';
import { baseName } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { revealInContainer } from '../ui/scroll';
import { ChangeList } from './ChangeList';
import { ClaimChanges } from './ClaimChanges';
import { DiffBody } from './DiffBody';
import { layoutDiff } from './diff-rows';
import { loadDiffPrefs, saveDiffPrefs, type DiffPrefs } from './noise-prefs';
import { NoiseToggles } from './NoiseToggles';
import { Timeline } from './Timeline';
import { VersionPicker } from './VersionPicker';

/** Revisions of one article: timeline, two versions compared word by word and claim by claim. */
export function DiffView({
  client,
  source,
  revision,
  onClose,
}: {
  client: FactdeskClient;
  source: SourceInfo;
  revision: number;
  onClose: () => void;
}) {
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [pick, setPick] = useState<{ from: string | null; to: string | null; auto: boolean }>({ from: null, to: null, auto: true });
  const [prefs, setPrefs] = useState<DiffPrefs>(loadDiffPrefs);
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const request = useRef(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  const title = source.title || baseName(source.path);

  // The timeline follows the file: a new version moves the default comparison to it.
  useEffect(() => {
    let live = true;
    client.call('listVersions', { sourceId: source.id }).then(
      (list) => {
        if (!live) return;
        setVersions(list);
        setPick((p) => (p.auto || !list.some((v) => v.id === p.to) ? defaultPick(list) : p));
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [client, source.id, revision]);

  useEffect(() => {
    if (!pick.from || !pick.to || pick.from === pick.to) {
      setDiff(null);
      return;
    }
    const id = ++request.current;
    setLoading(true);
    setError(null);
    client
      .call('diffVersions', { sourceId: source.id, fromVersionId: pick.from, toVersionId: pick.to, options: prefs.options })
      .then(
        (d) => {
          if (id !== request.current) return; // a newer request superseded this one
          setDiff(d);
          setCurrent(0);
        },
        (e: unknown) => id === request.current && setError(errorMessage(e)),
      )
      .finally(() => id === request.current && setLoading(false));
  }, [client, source.id, pick.from, pick.to, prefs.options]);

  const layout = useMemo(() => (diff ? layoutDiff(diff.text.hunks) : null), [diff]);
  const changeCount = layout?.changes.length ?? 0;

  // Mark and reveal the current change (DOM classes: no re-render of a long diff).
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !layout) return;
    for (const el of body.querySelectorAll('.is-current')) el.classList.remove('is-current');
    const els = body.querySelectorAll<HTMLElement>(`.diff-scroll [data-change="${current}"]`);
    for (const el of els) el.classList.add('is-current');
    const scroller = body.querySelector<HTMLElement>('.diff-scroll');
    if (els[0] && scroller) revealInContainer(scroller, els[0], 'center');
  }, [current, layout, prefs.mode]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target) || modalOpen()) return;
      if (e.key === 'n' && changeCount) setCurrent((c) => Math.min(changeCount - 1, c + 1));
      else if (e.key === 'p' && changeCount) setCurrent((c) => Math.max(0, c - 1));
      else if (e.key === 'Escape') onClose();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [changeCount, onClose]);

  const updatePrefs = (next: DiffPrefs) => {
    setPrefs(next);
    saveDiffPrefs(next);
  };
  const byId = (id: string | null) => versions.find((v) => v.id === id) ?? null;

  return (
    <section role="region" aria-label={`Revisions: ${title}`} className="diffview">
      <header className="diffview__header">
        <h2 className="pane__title">Revisions — {title}</h2>
        <span className="muted small mono">{source.path}</span>
        <button type="button" className="btn btn--small" onClick={onClose} aria-keyshortcuts="d Escape">
          Back to reading <kbd aria-hidden="true">d</kbd>
        </button>
      </header>
      <div className="diffview__toolbar">
        <VersionPicker
          versions={versions}
          from={pick.from}
          to={pick.to}
          onChange={(which, id) => setPick((p) => ({ ...p, [which]: id, auto: false }))}
        />
        <div className="segmented" role="radiogroup" aria-label="Diff layout">
          {(['side', 'inline'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={prefs.mode === m}
              className="segmented__item"
              onClick={() => updatePrefs({ ...prefs, mode: m })}
            >
              {m === 'side' ? 'Side by side' : 'Inline'}
            </button>
          ))}
        </div>
        <NoiseToggles options={prefs.options} onChange={(options) => updatePrefs({ ...prefs, options })} />
      </div>
      <ErrorAlert message={error} />
      <div className="diffview__grid">
        <aside className="diffview__side" aria-label="Timeline and changes">
          <h3 className="subhead">Timeline ({versions.length})</h3>
          <Timeline
            versions={versions}
            fromId={pick.from}
            toId={pick.to}
            onPick={(which, id) => setPick((p) => ({ ...p, [which]: id, auto: false }))}
          />
          {layout && diff && (
            <>
              <h3 className="subhead">
                Changes ({changeCount}){' '}
                <span className="muted small">
                  <kbd>n</kbd>/<kbd>p</kbd>
                </span>
              </h3>
              <p className="small muted">
                +{diff.text.stats.wordsAdded} / −{diff.text.stats.wordsRemoved} words
                {diff.text.rewritten && ' · essentially rewritten'}
                {diff.text.coarse && ' · coarse result (size limit reached)'}
              </p>
              <ChangeList layout={layout} current={current} onPick={setCurrent} />
            </>
          )}
        </aside>
        <div className="diffview__main" ref={bodyRef}>
          {loading && <ProgressBar label="Computing diff" />}
          {versions.length === 1 && <p className="pane__empty">Only one version recorded so far — edit the file to see its revisions here.</p>}
          {pick.from && pick.from === pick.to && <p className="pane__empty">Pick two different versions.</p>}
          {diff && layout && byId(pick.from) && (
            <div className={loading ? 'is-stale' : ''}>
              <DiffBody
                layout={layout}
                mode={prefs.mode}
                from={diff.from}
                to={diff.to}
                minRows={layout.changes[current] ? layout.changes[current].row + 1 : 0}
                lang={source.language ?? undefined}
              />
              <ClaimChanges set={diff.claims} />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function defaultPick(list: VersionInfo[]): { from: string | null; to: string | null; auto: boolean } {
  const sorted = list.slice().sort((a, b) => a.number - b.number);
  const to = sorted[sorted.length - 1] ?? null;
  const from = sorted[sorted.length - 2] ?? null;
  return { from: from?.id ?? null, to: to?.id ?? null, auto: true };
}
