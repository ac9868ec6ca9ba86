/**
 * Runs `fn` once, in the next animation frame (before the next paint) or
 * after `timeoutMs`, whichever comes first: hidden tabs get no frames.
 */
export function nextFrame(win: Window | null, fn: () => void, timeoutMs = 100): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      fn();
    }
  };
  win?.requestAnimationFrame?.(once);
  setTimeout(once, timeoutMs);
}

/**
 * Runs `fn` once `doc` is parsed, in the next animation frame (before that
 * frame is painted; the parser has usually painted the page once already)
 * rather than inside its DOMContentLoaded event, so the page's own
 * DOMContentLoaded is not delayed by Sift.
 */
export function whenParsed(doc: Document, fn: () => void): void {
  const soon = () => nextFrame(doc.defaultView, fn, 50);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', soon, { once: true });
  else soon();
}
