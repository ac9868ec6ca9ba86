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

type Scheduling = Window & { scheduler?: { postTask?(fn: () => void, options?: { priority?: string }): Promise<unknown> } };

/**
 * Runs `fn` in a new task soon, without the 4 ms clamp nested timers get;
 * `user-blocking`: ahead of the page's own tasks of normal priority, where
 * the browser can order them (`scheduler.postTask`).
 */
export function nextTask(view: Scheduling | null, fn: () => void, priority: 'user-visible' | 'user-blocking' = 'user-visible'): void {
  if (view?.scheduler?.postTask) void view.scheduler.postTask(fn, { priority }).catch(() => {});
  else setTimeout(fn, 0);
}

/**
 * Runs `fn` once `doc` is parsed, in a task of its own just after
 * DOMContentLoaded (at once if the document is parsed already): neither the
 * parsing nor the page's own DOMContentLoaded listeners wait for it.
 */
export function afterParsed(doc: Document, fn: () => void): void {
  if (doc.readyState !== 'loading') return fn();
  doc.addEventListener('DOMContentLoaded', () => nextTask(doc.defaultView, fn, 'user-blocking'), { once: true });
}
