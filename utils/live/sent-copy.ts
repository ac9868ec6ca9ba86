import { copyOf, type CopiedElements, type PlannedCopy, type PlanRequest } from '../engine/copy-plan';
import type { EngineSettings } from '../engine/types';
import type { CopyTracker } from './copy-tracker';
import { sliceEdge } from './slice-edge';

/** A copy of a document, or its changes, on its way to be planned elsewhere (see utils/engine/copy-plan.ts). */
export interface SentCopy {
  /** The body's elements by the numbers the plan will name them by. */
  elements: CopiedElements;
  answer: Promise<PlannedCopy>;
  /** When making the copy began, and when it was sent (the clock's ms). */
  t0: number;
  sent: number;
  /** The page's own time making and sending it (ms). */
  busy: number;
  /** A whole copy the planner keeps: the body it is of, and the name it is kept by (see `CopyTracker`). */
  kept?: { body: HTMLElement; elements: NodeListOf<Element>; key: string };
  /** Whether it was changes (see `sendChanges`), not a whole copy. */
  changes: boolean;
}

type PlanElsewhere = (request: PlanRequest) => Promise<PlannedCopy>;

/**
 * Makes a copy of `doc`'s body and sends it with `planElsewhere`, in one
 * slice of the page's thread; null when there is none to make (no body, or
 * too big a body: see `copyOf`). `keep`: the planner keeps it, named, for
 * the changes sent later (see `sendChanges`). Under `debug` the slice is
 * bracketed and measured as the cleaner's are (see `CleanerOptions.debug`).
 */
export function sendCopy(doc: Document, url: string, settings: EngineSettings, planElsewhere: PlanElsewhere, clock: () => number, debug: boolean, keep = false): SentCopy | null {
  return send(
    () => {
      const copy = copyOf(doc, url, settings);
      if (!copy || !keep) return copy && { request: copy.request, elements: copy.elements };
      const key = copyKey();
      return { request: { ...copy.request, key }, elements: copy.elements, kept: { body: doc.body, elements: copy.elements, key } };
    },
    planElsewhere,
    clock,
    debug,
  );
}

/** As `sendCopy`, the changes since the tracker's copy (or its last changes); null when they cannot be sent as changes. */
export function sendChanges(tracker: CopyTracker, url: string, settings: EngineSettings, planElsewhere: PlanElsewhere, clock: () => number, debug: boolean): SentCopy | null {
  return send(
    () => {
      const request = tracker.changes(url, settings);
      return request && { request, elements: tracker, changes: true };
    },
    planElsewhere,
    clock,
    debug,
  );
}

function send(
  make: () => { request: PlanRequest; elements: CopiedElements; kept?: SentCopy['kept']; changes?: boolean } | null,
  planElsewhere: PlanElsewhere,
  clock: () => number,
  debug: boolean,
): SentCopy | null {
  if (debug) sliceEdge('start');
  const t0 = clock();
  let made: ReturnType<typeof make>;
  try {
    made = make();
  } catch {
    made = null;
  }
  let sent = t0;
  let answer: Promise<PlannedCopy> | undefined;
  if (made) {
    sent = clock();
    // Sending counts as the page's own time: the browser serialises the message in this task.
    answer = planElsewhere(made.request);
  }
  const busy = clock() - t0;
  if (debug) {
    sliceEdge('end');
    performance.measure('sift:slice', { start: t0, duration: busy });
  }
  return made && answer ? { elements: made.elements, answer, t0, sent, busy, kept: made.kept, changes: made.changes ?? false } : null;
}

/** A name for a copy the planner keeps, unlike any other page's there. */
function copyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
