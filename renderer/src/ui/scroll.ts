/**
 * Scrolls `container` (only) so that `el` is visible. `Element.scrollIntoView` would also scroll
 * every ancestor, including the fixed-height window, which makes the whole layout jump.
 */
export function revealInContainer(container: HTMLElement, el: HTMLElement, block: 'center' | 'nearest' = 'nearest'): void {
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const top = r.top - box.top;
  const bottom = r.bottom - box.top;
  if (block === 'center') {
    container.scrollTop += top - (box.height - Math.min(r.height, box.height)) / 2;
    return;
  }
  if (top < 0) container.scrollTop += top - 8;
  else if (bottom > box.height) container.scrollTop += bottom - box.height + 8;
}

/** Focuses an element without letting the browser scroll the window, then reveals it in its list. */
export function focusInContainer(el: HTMLElement, container: HTMLElement | null): void {
  el.focus({ preventScroll: true });
  if (container) revealInContainer(container, el, 'nearest');
}
