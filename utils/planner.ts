import { browser } from 'wxt/browser';

/**
 * Chrome: the planner, an offscreen document (entrypoints/planner) where the
 * content scripts' copies of their pages are planned (utils/engine/copy-plan.ts).
 * One for the whole browser, opened by the background when Chrome starts or
 * the extension is installed, and again when a content script finds none
 * (Chrome may close it); `DOM_PARSER` is the reason Chrome has for exactly this.
 */
const PLANNER = 'planner.html';

let opening: Promise<void> | null = null;

export function openPlanner(): Promise<void> {
  opening ??= (async () => {
    const offscreen = browser.offscreen;
    if (!offscreen || (await offscreen.hasDocument())) return;
    await offscreen.createDocument({
      url: PLANNER,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Plans the cleanup of a copy of each page, off the page’s main thread.',
    });
  })()
    .catch(() => {}) // opened meanwhile by another call, or not allowed: content scripts plan in place
    .finally(() => (opening = null));
  return opening;
}
