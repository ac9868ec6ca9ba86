import { browser } from 'wxt/browser';
import { LiveCleaner, summarize } from '@/utils/live/cleaner';
import { nextFrame } from '@/utils/live/next-frame';
import { dispatch, sendToBackground, type CopyReply, type PageState, type TabMessage } from '@/utils/messaging';
import { cleanCopy } from '@/utils/export/clean-copy';
import { readerPayload } from '@/utils/reader-view';
import { engineSettings, isSiteEnabled, type Settings } from '@/utils/settings';
import { siteOf } from '@/utils/site';
import { loadSettings, watchSettings } from '@/utils/storage';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    const site = siteOf(location.href);
    if (!site) return;
    // `#sift-debug` in the address: time each plan with performance marks (for the benchmark).
    const debug = location.hash.includes('sift-debug');
    let settings: Settings;
    try {
      settings = await loadSettings(site); // straight from storage: no wait on the background
    } catch {
      return;
    }
    let cleaner: LiveCleaner | null = null;

    let fresh = true;
    const report = () => {
      const count = cleaner?.current.findings.filter((f) => f.active).length ?? 0;
      sendToBackground({ type: 'hiddenCount', count: cleaner?.showingOriginal ? 0 : count, fresh }).catch(() => {});
      fresh = false;
    };
    // After the DOM is parsed, in the next frame (before it is painted) rather than inside the
    // DOMContentLoaded event, so the page's own DOMContentLoaded is not delayed by Sift.
    // A timer too: background tabs get no frames.
    const whenReady = (fn: () => void) => {
      const soon = () => nextFrame(window, fn, 50);
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', soon, { once: true });
      else soon();
    };
    const begin = () => {
      cleaner = new LiveCleaner(document, () => location.href, engineSettings(settings), () => report(), debug);
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

    const unwatch = watchSettings(site, () => {
      loadSettings(site)
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

    const openReader = async (): Promise<{ ok: true } | { ok: false; error: string }> => {
      try {
        const payload = readerPayload(document, location.href, engineSettings(settings), window);
        await browser.runtime.sendMessage({ type: 'showReader', payload });
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    };
    // "Always open in reader view" for this site: once the page is parsed (a page with no article stays as it is).
    if (isSiteEnabled(settings) && settings.site.alwaysReader && window === window.top) whenReady(() => void openReader());

    const listener = (message: unknown) =>
      dispatch<TabMessage>(
        {
          getState: async (): Promise<PageState> => ({
            site,
            url: location.href,
            enabled: isSiteEnabled(settings),
            alwaysReader: settings.site.alwaysReader === true,
            showingOriginal: cleaner?.showingOriginal ?? false,
            hidden: cleaner?.current.findings.filter((f) => f.active).length ?? 0,
            rules: cleaner ? summarize(cleaner.current.findings, engineSettings(settings)) : [],
            errors: cleaner?.current.errors ?? [],
          }),
          // The clean copy is made here, on a clone of the live page (the page itself is not touched).
          cleanCopy: async (m): Promise<CopyReply> => {
            try {
              return { ok: true, ...cleanCopy(document, location.href, m.format, window, engineSettings(settings)) };
            } catch (error) {
              return { ok: false, error: error instanceof Error ? error.message : String(error) };
            }
          },
          openReader,
          showOriginal: async (m) => {
            cleaner?.setShowOriginal(m.on);
            report();
          },
        },
        message,
        {},
      );
    // Only the top frame answers the popup; frames still clean themselves.
    if (window === window.top) browser.runtime.onMessage.addListener(listener);

    // After an extension update the old script is orphaned: leave the page quietly.
    ctx.onInvalidated(() => {
      unwatch();
      if (window === window.top) browser.runtime.onMessage.removeListener(listener);
      end();
    });
  },
});
