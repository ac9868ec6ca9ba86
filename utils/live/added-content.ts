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

/**
 * Watches `doc` for content added from now on (see `addsContent`) until
 * asked, then stops: the answer is whether any came. It stops by itself at
 * the first that comes.
 */
export function watchAdditions(doc: Document): () => boolean {
  let added = false;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    if (!addsContent(records)) return;
    added = true;
    observer.disconnect();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    added ||= addsContent(observer.takeRecords());
    observer.disconnect();
    return added;
  };
}

/** What the live cleaner's observer watches once a planner keeps a copy: every change the copy must follow (see utils/live/copy-tracker.ts). */
export const WATCHED: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };

/** What it watches otherwise: content added. */
export const ADDITIONS: MutationObserverInit = { childList: true, subtree: true };
