import { useEffect, useRef, useState } from 'react';

/**
 * The claim's free-text note. Saved on blur and Ctrl+Enter; the draft survives a failed save (an
 * enormous note gets the back end's message and nothing typed is lost).
 */
export function NoteEditor({
  note,
  claimId,
  disabled,
  onSave,
}: {
  note: string;
  /** Identity of the claim, so switching claims resets the draft. */
  claimId: string;
  disabled: boolean;
  onSave: (note: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const base = useRef(note);
  // The text being saved right now: Ctrl+Enter followed by leaving the field must not save twice.
  const pending = useRef<string | null>(null);
  const dirty = draft !== base.current;

  useEffect(() => {
    setDraft(note);
    base.current = note;
    setState('idle');
    // Only when switching claims: a remote change while typing must not wipe the draft.
  }, [claimId]);

  useEffect(() => {
    if (!dirty) {
      setDraft(note);
      base.current = note;
    }
  }, [note]);

  const save = async () => {
    if (draft === note) {
      base.current = note;
      return;
    }
    if (draft === pending.current) return;
    pending.current = draft;
    setState('saving');
    const ok = await onSave(draft);
    pending.current = null;
    if (ok) base.current = draft;
    setState(ok ? 'saved' : 'failed');
  };

  const changedElsewhere = dirty && note !== base.current;
  return (
    <div className="field">
      <label htmlFor="claim-note" className="field__label">
        Note <kbd aria-hidden="true">n</kbd>
      </label>
      <textarea
        id="claim-note"
        className="input textarea"
        rows={4}
        value={draft}
        disabled={disabled}
        placeholder="What did you check, with whom, what is still open…"
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
          if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
        }}
      />
      <div className="field__hint" aria-live="polite">
        {changedElsewhere && <span className="warn">Changed in another window meanwhile; saving keeps both in history. </span>}
        {state === 'saving' && 'Saving…'}
        {state === 'saved' && !dirty && 'Saved.'}
        {state === 'failed' && 'Not saved — your text is kept here.'}
        {state === 'idle' && dirty && 'Unsaved — Ctrl+Enter or leave the field to save.'}
      </div>
    </div>
  );
}
