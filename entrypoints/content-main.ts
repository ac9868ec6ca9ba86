import { extensionApi } from '@/utils/extension-api';
import { ScriptLifetime } from '@/utils/live/script-lifetime';
import { PageCleaners } from '@/utils/live/page-cleaners';
import { whenParsed } from '@/utils/live/next-frame';
import { answering, forgetAtPlanner, sendToBackground, sendToOpenPlanner, sendToPlanner, type PageState, type TabMessage } from '@/utils/messaging';
import { engineSettings, isSiteEnabled, type Settings } from '@/utils/settings';
import { siteCandidates } from '@/utils/site-keys';
import { snapshotOf } from '@/utils/snapshot';
import { loadSettingsForPage, watchSettings } from '@/utils/storage';
import { takeEarly, type EarlyHandoff } from '@/utils/live/early-handoff';
import { engineOnDemand } from '@/utils/live/engine-loader';
import type { PageEngine } from '@/utils/live/page-engine';
import type { ElementPicker } from '@/utils/picker/picker';
import { appliesTo } from '@/utils/rules/sites';
import type { Rule } from '@/utils/rules/types';

/**
 * The content script proper, in the top frame of every http(s) page, once the
 * document is parsed. Frames of the same origin are cleaned from here; frames
 * of other origins (ads, players, embeds) never load Sift at all (see
 * utils/live/frames.ts). Reader view and clean copies run in extension pages on
 * a snapshot of the page (see utils/snapshot.ts).
 *
 * In Chrome it is not listed in the manifest: `entrypoints/early.ts` imports it
 * as a module into the same isolated world just after DOMContentLoaded (so
 * nothing of it lands in the page's parsing time), and it takes over the first
 * copy of the page the early script sent the planner meanwhile (or, without
 * one, plans in the next frame: `whenParsed`). Chromium keeps
 * a fetched module's compiled code in its code cache (for each site: written
 * on a site's second page, used from its third), where a script the manifest
 * injects is compiled again in every new renderer: in a new tab that was most
 * of what starting Sift cost. The built file's first line (`//# allFunctionsCalledOnLoad`,
 * added in `wxt.config.ts`) has V8 compile every function at once, so the
 * cache holds the engine's functions too, not only the top level. Firefox
 * compiles an extension's content scripts once for all pages, so there the
 * manifest injects this file at document_end, as a plain script.
 */
export default defineUnlistedScript(() => {
  // An extension update orphans the old script: it then leaves the page quietly.
  void main(new ScriptLifetime());
});

async function main(ctx: ScriptLifetime): Promise<void> {
  const candidates = siteCandidates(location.href);
  if (candidates.length === 0) return;
  // `#sift-debug` in the address: time each plan with performance marks (for the benchmark).
  const debug = location.hash.includes('sift-debug');
  let settings: Settings;
  let early: EarlyHandoff | undefined;
  try {
    // Read by the early script (read again if that failed), or straight from storage: no wait on the background.
    early = takeEarly(location.origin);
    if (debug) performance.mark(early ? 'sift:settings:early' : 'sift:settings:read');
    settings = await (early ? early.settings.catch(() => loadSettingsForPage(candidates)) : loadSettingsForPage(candidates));
  } catch {
    return;
  }
  let cleaners: PageCleaners | null = null;
  // The engine's code (utils/live/page-engine.ts): in Chrome loaded only when the page is planned in
  // place, or for the picker, a rule's test or the popup's list; Firefox bundles it, at hand at once.
  const engine = engineOnDemand(undefined, debug ? () => performance.mark('sift:engine') : undefined);
  if (import.meta.env.FIREFOX) void engine.load().catch(() => {});
  // Pages are planned as copies in the planner: Chrome's offscreen document (utils/planner.ts),
  // opened again on demand; Firefox's background page. `#sift-in-place` in the address plans in
  // place (to compare the two).
  const planElsewhere = location.hash.includes('sift-in-place') ? undefined : import.meta.env.FIREFOX ? sendToPlanner : sendToOpenPlanner;

  // The page's count, its frames of the same origin included, for the badge.
  const report = () => void sendToBackground({ type: 'hiddenCount', count: cleaners?.hiddenCount ?? 0 }).catch(() => {});
  // Chrome: the first copy, sent by the early script while this script loaded; the first plan only.
  let firstCopy = planElsewhere && early?.copy;
  const begin = () => {
    cleaners = new PageCleaners(document, engineSettings(settings), () => !ctx.isInvalid && report(), { debug, planElsewhere, forgetElsewhere: forgetAtPlanner, engine });
    cleaners.start(firstCopy);
    firstCopy = undefined;
  };
  const end = () => {
    cleaners?.dispose();
    cleaners = null;
    report();
  };

  if (isSiteEnabled(settings)) begin();
  // "Always open in reader view" for this site: the background opens it from a snapshot.
  if (isSiteEnabled(settings) && settings.site.alwaysReader) {
    whenParsed(document, () => void sendToBackground({ type: 'openReader' }).catch(() => {}));
  }

  // Settings changed (popup, settings page, another device): watched from the first plan on,
  // so setting up the watch does not add to the page's parsing time.
  let unwatch = () => {};
  whenParsed(document, () => {
    if (ctx.isInvalid) return;
    unwatch = watchSettings(candidates, () => {
      loadSettingsForPage(candidates)
        .then((next) => {
          settings = next;
          if (!isSiteEnabled(settings)) end();
          else if (!cleaners) begin();
          else {
            cleaners.updateSettings(engineSettings(settings));
            report();
          }
        })
        .catch(() => {});
    });
  });

  // The engine's plan for one rule alone, on the live page: planning only reads it.
  const tryRule = (e: PageEngine, rule: Rule) =>
    e.plan(document, location.href, engineSettings(settings), { onlyRules: [rule], selectors: 'native' }).findings.filter((f) => f.active).map((f) => f.element);
  let picker: ElementPicker | null = null;
  let pickerLoading = false;
  const startPicker = async () => {
    if (picker || pickerLoading || !document.documentElement) return;
    pickerLoading = true;
    try {
      const e = await engine.load();
      if (picker || ctx.isInvalid) return;
      picker = new e.ElementPicker(
        document,
        {
          preview: (rule) => tryRule(e, rule),
          save: (rule) => sendToBackground({ type: 'saveUserRule', rule }),
          undo: (site, ruleId) => sendToBackground({ type: 'removeUserRule', site, ruleId }),
        },
        () => (picker = null),
      );
      picker.open();
    } finally {
      pickerLoading = false;
    }
  };

  const listener = answering<TabMessage>({
    getState: async (): Promise<PageState> => {
      // The rules' descriptions are the engine's: loaded first, then the state read at one moment.
      const e = cleaners ? await engine.load() : undefined;
      return {
        url: location.href,
        enabled: isSiteEnabled(settings),
        alwaysReader: settings.site.alwaysReader === true,
        showingOriginal: cleaners?.showingOriginal ?? false,
        hidden: cleaners?.hiddenCount ?? 0,
        rules: cleaners && e ? e.summarize(cleaners.findings, engineSettings(settings)) : [],
        errors: cleaners?.errors ?? [],
      };
    },
    snapshot: async () => snapshotOf(document, location.href),
    startPicker: () => startPicker(),
    testRule: async (m) =>
      appliesTo(m.rule.sites, location.href) ? { url: location.href, title: document.title, count: tryRule(await engine.load(), m.rule).length } : null,
    showOriginal: async (m) => {
      cleaners?.setShowOriginal(m.on);
      report();
    },
  });
  extensionApi().runtime.onMessage.addListener(listener);

  // After an extension update the old script is orphaned: leave the page quietly.
  ctx.onInvalidated(() => {
    unwatch();
    picker?.close();
    extensionApi().runtime.onMessage.removeListener(listener);
    end();
  });
}
