import { browser } from 'wxt/browser';
import { LiveCleaner, summarize } from '@/utils/live/cleaner';
import { nextFrame } from '@/utils/live/next-frame';
import { dispatch, sendToBackground, type PageState, type TabMessage } from '@/utils/messaging';
import { engineSettings, isSiteEnabled, type Settings } from '@/utils/settings';
import { siteCandidates } from '@/utils/site-keys';
import { snapshotOf } from '@/utils/snapshot';
import { loadSettingsForPage, watchSettings } from '@/utils/storage';
import { takeEarlySettings } from '@/utils/live/early-settings';
import { isForeignFrame } from '@/utils/live/foreign-frame';
import { plan } from '@/utils/engine/plan';
import { ElementPicker } from '@/utils/picker/picker';
import { appliesTo } from '@/utils/rules/sites';
import type { Rule } from '@/utils/rules/types';

// Kept small on purpose: every frame of every page loads it. Reader view and clean copies
// run in extension pages on a snapshot of the page (see utils/snapshot.ts).
// It runs once the document is parsed (document_end, after DOMContentLoaded), so none of it
// delays the page; what must happen before the page is painted is done by entrypoints/early.ts.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  noScriptStartedPostMessage: true,
  // Not in about:blank and srcdoc frames (ad slots, mostly: cnn.com makes twenty): they have
  // no address of their own to take settings from, and the page's plan sees their iframes.
  // In frames of another origin it returns at once (see isForeignFrame).
  allFrames: true,
  async main(ctx) {
    const candidates = siteCandidates(location.href);
    if (candidates.length === 0) return;
    // `#sift-debug` in the address: time each plan with performance marks (for the benchmark).
    const debug = location.hash.includes('sift-debug');
    if (isForeignFrame(window)) {
      if (debug) performance.mark('sift:foreign-frame');
      return;
    }
    let settings: Settings;
    try {
      // Read by the early script (read again if that failed), or straight from storage: no wait on the background.
      const early = takeEarlySettings(location.href);
      if (debug) performance.mark(early ? 'sift:settings:early' : 'sift:settings:read');
      settings = await (early ? early.catch(() => loadSettingsForPage(candidates)) : loadSettingsForPage(candidates));
    } catch {
      return;
    }
    let cleaner: LiveCleaner | null = null;
    const top = window === window.top;

    let fresh = true;
    const report = () => {
      const count = cleaner?.current.findings.filter((f) => f.active).length ?? 0;
      sendToBackground({ type: 'hiddenCount', count: cleaner?.showingOriginal ? 0 : count, fresh }).catch(() => {});
      fresh = false;
    };
    // After the DOM is parsed, in the next frame (before it is painted) rather than inside the
    // DOMContentLoaded event, so the page's own DOMContentLoaded is not delayed by Sift.
    const whenReady = (fn: () => void) => {
      const soon = () => nextFrame(window, fn, 50);
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', soon, { once: true });
      else soon();
    };
    const begin = () => {
      cleaner = new LiveCleaner(document, () => location.href, engineSettings(settings), () => report(), { debug });
      cleaner.hideEarly();
      whenReady(() => {
        if (cleaner && !ctx.isInvalid) {
          cleaner.start();
          report();
        }
      });
    };
    const end = () => {
      cleaner?.dispose();
      cleaner = null;
      report();
    };

    if (isSiteEnabled(settings)) begin();
    // "Always open in reader view" for this site: the background opens it from a snapshot.
    if (top && isSiteEnabled(settings) && settings.site.alwaysReader) {
      whenReady(() => void sendToBackground({ type: 'openReader' }).catch(() => {}));
    }

    // Settings changed (popup, settings page, another device): watched from the first plan on,
    // so setting up the watch does not add to the page's parsing time.
    let unwatch = () => {};
    whenReady(() => {
      if (ctx.isInvalid) return;
      unwatch = watchSettings(candidates, () => {
        loadSettingsForPage(candidates)
          .then((next) => {
            settings = next;
            if (!isSiteEnabled(settings)) end();
            else if (!cleaner) begin();
            else {
              cleaner.updateSettings(engineSettings(settings));
              report();
            }
          })
          .catch(() => {});
      });
    });

    // The engine's plan for one rule alone, on the live page: planning only reads it.
    const tryRule = (rule: Rule) =>
      plan(document, location.href, engineSettings(settings), { onlyRules: [rule], selectors: 'native' }).findings.filter((f) => f.active).map((f) => f.element);
    let picker: ElementPicker | null = null;
    const startPicker = () => {
      if (picker || !document.documentElement) return;
      picker = new ElementPicker(
        document,
        {
          preview: tryRule,
          save: (rule) => sendToBackground({ type: 'saveUserRule', rule }),
          undo: (site, ruleId) => sendToBackground({ type: 'removeUserRule', site, ruleId }),
        },
        () => (picker = null),
      );
      picker.open();
    };

    const listener = (message: unknown) =>
      dispatch<TabMessage>(
        {
          getState: async (): Promise<PageState> => ({
            url: location.href,
            enabled: isSiteEnabled(settings),
            alwaysReader: settings.site.alwaysReader === true,
            showingOriginal: cleaner?.showingOriginal ?? false,
            hidden: cleaner?.current.findings.filter((f) => f.active).length ?? 0,
            rules: cleaner ? summarize(cleaner.current.findings, engineSettings(settings)) : [],
            errors: cleaner?.current.errors ?? [],
          }),
          snapshot: async () => snapshotOf(document, location.href),
          startPicker: async () => startPicker(),
          testRule: async (m) =>
            appliesTo(m.rule.sites, location.href) ? { url: location.href, title: document.title, count: tryRule(m.rule).length } : null,
          showOriginal: async (m) => {
            cleaner?.setShowOriginal(m.on);
            report();
          },
        },
        message,
        {},
      );
    // Only the top frame answers the popup; frames still clean themselves.
    if (top) browser.runtime.onMessage.addListener(listener);

    // After an extension update the old script is orphaned: leave the page quietly.
    ctx.onInvalidated(() => {
      unwatch();
      picker?.close();
      if (top) browser.runtime.onMessage.removeListener(listener);
      end();
    });
  },
});
