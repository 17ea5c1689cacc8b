/** True when a key press belongs to a text field (or a select) and must not trigger shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    const nonText = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'];
    return !nonText.includes(target.type);
  }
  return false;
}

/** True while a modal dialog is open: it owns the keyboard. */
export function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
