import { STYLE_ID } from '../engine/apply';
import { EARLY_STYLE_ID } from './early-style';

/** Elements whose arrival is no new content to plan: scripts, styles, metadata, line breaks, frames (planned from their host page), Sift's own. */
const NOISE = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'IFRAME']);

/** Whether these mutations added an element that may be (or hold) content to plan. */
export function addsContent(records: Iterable<MutationRecord>): boolean {
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (NOISE.has(el.tagName.toUpperCase()) || el.id === STYLE_ID || el.id === EARLY_STYLE_ID || el.localName.startsWith('sift-')) continue;
      return true;
    }
  }
  return false;
}

/** What the page did while watched: nothing, changed only what was there, or added content (see `addsContent`). */
export type PageChange = 'none' | 'changed' | 'added';

/**
 * Watches `doc` from now on until asked, then stops: the answer is what
 * changed meanwhile (child lists, attributes or text; content added being the
 * most). It stops by itself once content comes.
 */
export function watchChanges(doc: Document): () => PageChange {
  let seen: PageChange = 'none';
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const note = (records: MutationRecord[]) => {
    if (records.length && seen === 'none') seen = 'changed';
    if (!addsContent(records)) return;
    seen = 'added';
    observer.disconnect();
  };
  const observer = new Observer(note);
  observer.observe(doc.documentElement, WATCHED);
  return () => {
    if (seen !== 'added') note(observer.takeRecords());
    observer.disconnect();
    return seen;
  };
}

/** What a copy the planner keeps must follow: the document's child lists, attributes and text (see utils/live/copy-tracker.ts). */
export const WATCHED: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };
