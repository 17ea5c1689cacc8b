import { useEffect, useRef } from 'react';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import type { Status } from '../../../shared/verification/types';
import { isTypingTarget, modalOpen } from './typing-target';

export interface TriageHandlers {
  /** The diff view is open: it owns n/p/Escape itself. */
  diffOpen: boolean;
  move: (delta: 1 | -1) => void;
  setStatus: (status: Status) => void;
  focus: (elementId: string) => void;
  undo: () => void;
  toggleCheck: () => void;
  toggleDiff: () => void;
  swap: () => void;
  shortcuts: () => void;
}

/** The window-wide triage keys; ignored in text fields and while a dialog is open. */
export function useTriageKeys(handlers: TriageHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target) || modalOpen()) return;
      const h = ref.current;
      const status = STATUS_INFO.find((s) => s.key === e.key);
      if (status) h.setStatus(status.status);
      else if (e.key === 'j') h.move(1);
      else if (e.key === 'k') h.move(-1);
      else if (e.key === '/') h.focus('claim-search');
      else if (e.key === 'e') h.focus('evidence-value');
      else if (e.key === 'b') h.focus('bulk-status');
      else if (e.key === 'u') h.undo();
      else if (e.key === 'x') h.toggleCheck();
      else if (e.key === 'd') h.toggleDiff();
      else if (e.key === 's') h.swap();
      else if (e.key === '?') h.shortcuts();
      else if (e.key === 'n' && !h.diffOpen) h.focus('claim-note');
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
