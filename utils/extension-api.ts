import type { browser } from 'wxt/browser';

/** The extension API's type (webextension-polyfill's, which the browsers' own objects match where Sift's scripts use them). */
export type ExtensionApi = typeof browser;

/**
 * The browser's own extension API, not webextension-polyfill's wrapper of it:
 * for the scripts every page loads (entrypoints/early.ts, the content script,
 * the engine it loads on demand) and what they share with the extension's
 * pages (utils/messaging.ts, utils/storage.ts, utils/i18n.ts). In Chrome the
 * polyfill's module builds its table of the whole API and wraps `chrome` in
 * proxies when it loads: a third of the content script's bytes, and 3 to 7 %
 * of Sift's CPU on a page (docs/performance.md, "The content script without
 * webextension-polyfill"). What
 * these scripts call returns a promise in both browsers (Firefox's `browser`;
 * Chrome's `chrome` under Manifest V3) but one thing: a `runtime.onMessage`
 * listener answers through `sendResponse`, which `answering` in
 * utils/messaging.ts does. Looked up at each call: the unit tests stub these
 * globals (WXT's fake browser).
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser ?? scope.chrome!;
}
