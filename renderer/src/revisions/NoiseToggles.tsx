import type { DiffOptions } from '../../../shared/diff/types';

const TOGGLES: { key: keyof DiffOptions; label: string; hint: string }[] = [
  { key: 'ignoreWhitespace', label: 'Ignore whitespace', hint: 'Spaces, tabs and line breaks only' },
  { key: 'ignoreQuoteStyle', label: 'Ignore quote style', hint: '„…” vs "…"' },
  { key: 'ignoreDashes', label: 'Ignore dashes', hint: '- vs – vs —' },
  { key: 'ignoreNumberFormat', label: 'Ignore number format', hint: '1 700 vs 1700' },
];

/** The four noise controls of the diff view (remembered by the caller). */
export function NoiseToggles({ options, onChange }: { options: Required<DiffOptions>; onChange: (o: Required<DiffOptions>) => void }) {
  return (
    <fieldset className="noise">
      <legend className="visually-hidden">Noise controls</legend>
      {TOGGLES.map((t) => (
        <label key={t.key} className="check" title={t.hint}>
          <input type="checkbox" checked={options[t.key]} onChange={(e) => onChange({ ...options, [t.key]: e.target.checked })} />
          {t.label}
        </label>
      ))}
    </fieldset>
  );
}
