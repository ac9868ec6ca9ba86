import { copyOf, type CopyRequest, type PlannedCopy } from '../engine/copy-plan';
import type { EngineSettings } from '../engine/types';
import { sliceEdge } from './slice-edge';

/** A copy of a document on its way to be planned elsewhere (see utils/engine/copy-plan.ts). */
export interface SentCopy {
  /** The body's elements when the copy was made: what the plan's positions name. */
  elements: ArrayLike<Element>;
  answer: Promise<PlannedCopy>;
  /** When making the copy began, and when it was sent (the clock's ms). */
  t0: number;
  sent: number;
  /** The page's own time making and sending it (ms). */
  busy: number;
}

/**
 * Makes a copy of `doc`'s body and sends it with `planElsewhere`, in one
 * slice of the page's thread; null when there is none to make (no body, or
 * too big a body: see `copyOf`). Under `debug` the slice is bracketed and
 * measured as the cleaner's are (see `CleanerOptions.debug`).
 */
export function sendCopy(
  doc: Document,
  url: string,
  settings: EngineSettings,
  planElsewhere: (request: CopyRequest) => Promise<PlannedCopy>,
  clock: () => number,
  debug: boolean,
): SentCopy | null {
  if (debug) sliceEdge('start');
  const t0 = clock();
  let copy: ReturnType<typeof copyOf>;
  try {
    copy = copyOf(doc, url, settings);
  } catch {
    copy = null;
  }
  let sent = t0;
  let answer: Promise<PlannedCopy> | undefined;
  if (copy) {
    sent = clock();
    // Sending counts as the page's own time: the browser serialises the message in this task.
    answer = planElsewhere(copy.request);
  }
  const busy = clock() - t0;
  if (debug) {
    sliceEdge('end');
    performance.measure('sift:slice', { start: t0, duration: busy });
  }
  return copy && answer ? { elements: copy.elements, answer, t0, sent, busy } : null;
}
