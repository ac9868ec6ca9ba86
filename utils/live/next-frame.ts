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

/** Whether a DOMContentLoaded event is `doc`'s own, once it is parsed: not one a script dispatched on something else, or too early. */
function parsedEvent(event: Event, doc: Document): boolean {
  return event.target === doc && doc.readyState !== 'loading';
}

/**
 * Runs `fn` in the DOMContentLoaded event of `doc`, or at once if `doc` is
 * parsed already. Heard on its window in the capturing phase, the event's first
 * stop: registered at document_start, before any script of the page's, Sift's
 * listener runs first there, and a page's listener that stops the event
 * (`stopImmediatePropagation` in its own capturing listener) cannot keep it
 * from Sift, as it could from a listener on the document. An event a script
 * dispatches (on anything, or before the document is parsed) is not taken
 * for it.
 */
function onParsed(doc: Document, fn: () => void): void {
  if (doc.readyState !== 'loading') return fn();
  const target: EventTarget = doc.defaultView ?? doc;
  const listener = (event: Event) => {
    if (!parsedEvent(event, doc)) return;
    target.removeEventListener('DOMContentLoaded', listener, true);
    fn();
  };
  target.addEventListener('DOMContentLoaded', listener, true);
}

/**
 * Whether the page stopped `doc`'s DOMContentLoaded before it reached the
 * document (read once the event has come, as in `afterParsed`). Called before
 * the page's scripts run, the listener it adds on the document comes before
 * theirs there. Firefox waits for the event on the document to inject the
 * content scripts listed for document_end: a page that stops it on its window
 * gets none.
 */
export function stoppedBeforeDocument(doc: Document): () => boolean {
  let heard = doc.readyState !== 'loading';
  const listener = (event: Event) => {
    if (!parsedEvent(event, doc)) return;
    heard = true;
    doc.removeEventListener('DOMContentLoaded', listener, true);
  };
  if (!heard) doc.addEventListener('DOMContentLoaded', listener, true);
  return () => !heard;
}

/**
 * Runs `fn` once `doc` is parsed, in the next animation frame (before that
 * frame is painted; the parser has usually painted the page once already)
 * rather than inside its DOMContentLoaded event, so the page's own
 * DOMContentLoaded is not delayed by Sift.
 */
export function whenParsed(doc: Document, fn: () => void): void {
  onParsed(doc, () => nextFrame(doc.defaultView, fn, 50));
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
  onParsed(doc, () => nextTask(doc.defaultView, fn, 'user-blocking'));
}
