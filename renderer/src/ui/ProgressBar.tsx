/** A labelled progress bar; without `total` it is indeterminate (no aria-valuenow). */
export function ProgressBar({ label, done, total }: { label: string; done?: number; total?: number }) {
  const known = typeof done === 'number' && typeof total === 'number' && total > 0;
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div
      className={`progress ${known ? '' : 'progress--indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
      aria-valuetext={known ? `${done} of ${total}` : 'Working…'}
    >
      <div className="progress__bar" style={known ? { width: `${percent}%` } : undefined} />
    </div>
  );
}
