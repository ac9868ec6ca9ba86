import type { Settings } from '../settings';
import type { SentCopy } from './sent-copy';

/**
 * What the script that runs before the page is parsed (entrypoints/early.ts)
 * hands the content script that runs after it: the page's settings, read
 * once, and in Chrome the copy of the document it sent the planner at
 * DOMContentLoaded. Both scripts run in the extension's one isolated world of
 * the frame, so they share its global object; the page cannot see it.
 */
const KEY = '__siftEarly';

export interface EarlyHandoff {
  /**
   * The page's origin. Not its address: a page's script may change that
   * (`history.replaceState`, often on load to drop tracking parameters) in the
   * same document, whose settings and copy these still are.
   */
  origin: string;
  settings: Promise<Settings>;
  /** Chrome: the first copy, sent while the content script was still loading (see `EarlyCopy`). */
  copy?: EarlyCopy;
}

/**
 * The document's first copy, on its way to the planner before the content
 * script has loaded, and whether the page added content since it was made
 * (see `watchAdditions`): the content script's watch starts only when it
 * takes the copy over.
 */
export interface EarlyCopy {
  sent: SentCopy;
  addedSince: () => boolean;
}

/** Shares the settings read for a page of `origin`; the returned handoff takes the copy later. */
export function shareEarly(origin: string, settings: Promise<Settings>): EarlyHandoff {
  const handoff: EarlyHandoff = { origin, settings };
  (globalThis as Record<string, unknown>)[KEY] = handoff;
  return handoff;
}

/** What the early script shared for a page of `origin`, once; undefined when it shared nothing (then read the settings yourself). */
export function takeEarly(origin: string): EarlyHandoff | undefined {
  const shared = (globalThis as Record<string, unknown>)[KEY] as EarlyHandoff | undefined;
  delete (globalThis as Record<string, unknown>)[KEY];
  return shared?.origin === origin ? shared : undefined;
}

/** Whether the content script has not taken `handoff` yet (a copy put in it later would be lost). */
export function stillShared(handoff: EarlyHandoff): boolean {
  return (globalThis as Record<string, unknown>)[KEY] === handoff;
}
