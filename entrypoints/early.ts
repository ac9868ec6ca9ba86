import { hideEarly } from '@/utils/live/early-style';
import { watchAdditions } from '@/utils/live/added-content';
import { shareEarly, stillShared, type EarlyCopy } from '@/utils/live/early-handoff';
import { sendCopy } from '@/utils/live/sent-copy';
import type { EngineSettings } from '@/utils/engine/types';
import { sendToOpenPlanner } from '@/utils/messaging';
import { afterParsed, nextTask, stoppedBeforeDocument } from '@/utils/live/next-frame';
import { readPageSettings } from '@/utils/page-settings';
import { engineSettings, isSiteEnabled } from '@/utils/settings';
import { siteCandidates } from '@/utils/site-keys';
import { extensionApi, type ExtensionApi } from '@/utils/extension-api';

/**
 * The script that runs before the page is parsed (document_start, top frame of
 * every http(s) page; listed in the manifest by wxt.config.ts). It starts
 * reading the page's settings and hides what the site's own selector rules
 * name, and consent managers' banners (see `hideEarly`), so that is never
 * painted. In Chrome it imports the content script proper
 * (entrypoints/content-main.ts) as a module into this isolated world once the
 * page is parsed, and sends the planner the first copy of the document while
 * that module loads (see `sendFirstCopy`); in Firefox the manifest injects
 * that script at document_end. Either way it takes these settings (and the
 * copy) over, and plans the parsed document. Kept to this until the page is
 * parsed: whatever runs before delays the parsing of every page.
 *
 * Storage is reached without webextension-polyfill, whose module alone cost
 * about as much as the rest of this script (its API table is built on load):
 * see utils/extension-api.ts.
 */
export default defineUnlistedScript(() => {
  const candidates = siteCandidates(location.href);
  if (candidates.length === 0) return;
  const api = extensionApi();
  const settings = readPageSettings(candidates, api.storage.local, api.storage.sync);
  const handoff = shareEarly(location.origin, settings);
  let enabled: EngineSettings | undefined; // the settings once read, for a site where Sift is on
  settings
    .then((s) => {
      if (!isSiteEnabled(s)) return;
      enabled = engineSettings(s);
      hideEarly(document, location.href, enabled);
    })
    .catch(() => {}); // the content script reads them again, and says nothing either
  // Firefox injects the content script itself (listed in its manifest): it compiles an
  // extension's content scripts once for all pages, and would fetch and compile a module anew.
  // Unless the page kept DOMContentLoaded from its document (see `stoppedBeforeDocument`):
  // Firefox then never injects it, and it is imported here.
  if (import.meta.env.FIREFOX) {
    const stopped = stoppedBeforeDocument(document);
    afterParsed(document, () => {
      if (stopped()) load(api);
    });
    return;
  }
  // In a task of its own just after DOMContentLoaded, ahead of the page's others: started while
  // the page was parsed (bcac7a7 to f09e04d), the import's start (about 3.5 ms here) and the
  // module's compiling and running landed in parsing time, and DOMContentLoaded came about 4 %
  // later; the first plan needs the parsed document anyway (docs/performance.md, "Importing the content
  // script after DOMContentLoaded").
  // The first copy of the document goes to the planner while the content script loads (about 50 ms
  // here): the two waits overlap, and the content script takes the copy over. In a task of its own
  // right after the import's, each a few ms: the page's input is not kept waiting for both.
  afterParsed(document, () => {
    load(api);
    const onSite = enabled; // as read by now: the copy is made with these
    if (!onSite) return;
    nextTask(
      window,
      () => {
        if (stillShared(handoff)) handoff.copy = sendFirstCopy(onSite);
      },
      'user-blocking',
    );
  });
});

/**
 * Chrome: sends the planner a copy of the parsed document (see
 * utils/live/sent-copy.ts), and watches for content the page adds meanwhile,
 * for the content script to take over. None with `#sift-in-place` in the
 * address (then the page is planned in place), or when the body is too big
 * for a copy.
 */
function sendFirstCopy(settings: EngineSettings): EarlyCopy | undefined {
  if (location.hash.includes('sift-in-place')) return undefined;
  const sent = sendCopy(document, location.href, settings, sendToOpenPlanner, () => performance.now(), location.hash.includes('sift-debug'));
  return sent ? { sent, addedSince: watchAdditions(document) } : undefined;
}

/**
 * Imports the content script proper into this isolated world, from its
 * extension address: both browsers resolve a content script's `import()`
 * against the page's address (Firefox's add-on linter warns of any argument
 * that is not a literal; this one is the extension's own file).
 */
function load(api: ExtensionApi): void {
  if (location.hash.includes('sift-debug')) performance.mark('sift:import'); // when it started, for the tests
  try {
    void import(/* @vite-ignore */ api.runtime.getURL(CONTENT_MAIN)).catch(() => {});
  } catch {
    // The extension was updated or removed while the page loaded: nothing to load any more.
  }
}

/** The content script proper, built from entrypoints/content-main.ts: a web-accessible module (see wxt.config.ts). */
const CONTENT_MAIN = '/content-main.js';
