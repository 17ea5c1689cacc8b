import type { SourceInfo } from '../../../shared/sources';
import { baseName } from '../ui/format';

/** One row of the source list: file, title, language, date, versions and state. */
export function SourceOption({
  source,
  id,
  focused,
  openIn,
  onClick,
}: {
  source: SourceInfo;
  id: string;
  focused: boolean;
  openIn: ('L' | 'R')[];
  onClick: () => void;
}) {
  const versions = `${source.versionCount} version${source.versionCount === 1 ? '' : 's'}`;
  return (
    <li
      id={id}
      role="option"
      aria-selected={focused}
      aria-disabled={source.state === 'skipped' ? true : undefined}
      className={`source ${focused ? 'is-focused' : ''} source--${source.state}`}
      onClick={onClick}
    >
      <div className="source__top">
        <span className="source__file mono" title={source.path}>
          {baseName(source.path)}
        </span>
        <span className="source__panes" aria-label={openIn.length ? `open in ${openIn.join(' and ')} pane` : undefined}>
          {openIn.map((p) => (
            <span key={p} className="pane-chip">
              {p}
            </span>
          ))}
        </span>
      </div>
      {source.title && <div className="source__title">{source.title}</div>}
      <div className="source__meta">
        {source.language && <span className="tag">{source.language.toUpperCase()}</span>}
        {source.date && <span>{source.date}</span>}
        <span>{versions}</span>
        {source.state === 'deleted' && <span className="tag tag--warn">deleted</span>}
        {source.state === 'skipped' && <span className="tag tag--warn">skipped</span>}
      </div>
      {source.state === 'skipped' && source.reason && <div className="source__reason">{source.reason}</div>}
    </li>
  );
}
