import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { sendToTab, type PageState } from '@/utils/messaging';
import { withRuleSwitched } from '@/utils/settings';
import { loadGlobal, loadSite, ruleStore, saveSite, syncProblem, watchSettings, type SyncProblem } from '@/utils/storage';
import type { Rule } from '@/utils/rules/types';
import { downloadText } from '@/utils/download';
import { cleanCopy, copyParts, renderCopy } from '@/utils/export/clean-copy';
import { embedImages } from '@/utils/export/embed-images';
import { fetchImage, hasImagePermission, requestImagePermission } from '@/utils/fetch-image';
import { loadPage } from '@/utils/page-copy';
import { openReaderTab } from '@/utils/reader-tab';
import { siteOf } from '@/utils/site';
import { RuleList } from './RuleList';
import { UserRuleList } from './UserRuleList';
import { Switch } from './Switch';

/** The tab this popup is about: `?tabId=` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<PageState | null>(null);
  const [error, setError] = useState(false);
  const [problem, setProblem] = useState<SyncProblem | null>(null);
  const [notice, setNotice] = useState<string>('');
  const [askWhere, setAskWhere] = useState(false);
  const [embed, setEmbed] = useState(false);
  const [userRules, setUserRules] = useState<Rule[]>([]);

  useEffect(() => {
    void hasImagePermission().then(setEmbed);
  }, []);

  const refresh = useCallback(async (id: number | undefined, attempts = 20) => {
    if (id === undefined) return setError(true);
    const loadRules = (url: string) => {
      const site = siteOf(url);
      if (site) void ruleStore().load([site]).then(setUserRules);
    };
    // A page that is (re)loading has no content script for a moment: ask again before giving up.
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const next = await sendToTab(id, { type: 'getState' });
        setState(next);
        loadRules(next.url);
        setError(false);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    setError(true);
  }, []);

  useEffect(() => {
    void targetTab().then((id) => {
      setTabId(id);
      void refresh(id);
    });
    void syncProblem.getValue().then(setProblem);
    return syncProblem.watch(setProblem);
  }, [refresh]);

  // The page reports each plan that changes what it hides (for the badge): ask it again, so a page that is
  // still loading (reloaded from here) does not stay at the count it gave before its first plan.
  useEffect(() => {
    if (tabId === undefined) return;
    const onReport = (message: unknown, sender: { tab?: { id?: number } }) => {
      if ((message as { type?: unknown } | null)?.type !== 'hiddenCount' || sender.tab?.id !== tabId) return;
      sendToTab(tabId, { type: 'getState' })
        .then((next) => {
          setState(next);
          setError(false);
        })
        .catch(() => {});
    };
    browser.runtime.onMessage.addListener(onReport);
    return () => browser.runtime.onMessage.removeListener(onReport);
  }, [tabId]);

  // Settings changed (here or on another device): the page re-plans, then we ask it again.
  const watched = state ? siteOf(state.url) : null;
  useEffect(() => {
    if (!watched) return;
    return watchSettings(watched, () => setTimeout(() => void refresh(tabId), 50));
  }, [watched, tabId, refresh]);

  if (error) {
    // No content script answers: a browser page, or a page open since before Sift was installed or updated.
    const reload = async () => {
      if (tabId === undefined) return;
      setError(false);
      await browser.tabs.reload(tabId);
      void refresh(tabId, 300); // up to 30 s: the page loads, then Sift starts once it is parsed
    };
    return (
      <main class="popup">
        <p class="note" id="not-running">{t('notRunning')}</p>
        {tabId !== undefined && <button type="button" id="reload-page" onClick={() => void reload()}>{t('reloadPage')}</button>}
      </main>
    );
  }
  if (!state) return <main class="popup" aria-busy="true" />;
  const site = siteOf(state.url) ?? new URL(state.url).hostname;

  const setSite = async (on: boolean) => {
    const current = await loadSite(site);
    await saveSite(site, { ...current, enabled: on ? undefined : false });
  };
  const setAlwaysReader = async (on: boolean) => {
    const current = await loadSite(site);
    await saveSite(site, { ...current, alwaysReader: on || undefined });
  };
  const switchRule = async (ruleId: string, on: boolean) => {
    const [global, current] = await Promise.all([loadGlobal(), loadSite(site)]);
    await saveSite(site, withRuleSwitched(current, global, ruleId, on));
  };
  const save = async (format: 'html' | 'md', to: 'file' | 'clipboard') => {
    if (tabId === undefined) return;
    let copy;
    try {
      const { doc, url, settings } = await loadPage(tabId);
      if (format === 'html' && embed) {
        // Images inside the file (the optional permission was granted): readable offline.
        const parts = copyParts(doc, url, window, settings);
        const body = (await embedImages(parts.body, fetchImage, new DOMParser())).html;
        copy = renderCopy(parts.meta, body, 'html');
      } else copy = cleanCopy(doc, url, format, window, settings);
    } catch (error) {
      return setNotice(`${t('noArticle')} (${error instanceof Error ? error.message : String(error)})`);
    }
    if (to === 'clipboard') {
      await navigator.clipboard.writeText(copy.text);
      return setNotice(t('copied'));
    }
    await downloadText(copy.text, copy.filename, copy.mime, askWhere);
    setNotice(t('saved', copy.filename));
  };
  const openReader = async () => {
    if (tabId === undefined) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await openReaderTab(tabId, tab?.id === tabId ? tab.index : undefined);
  };
  const switchEmbed = async (on: boolean) => {
    setEmbed(on && (await requestImagePermission()));
  };
  const startPicker = async () => {
    if (tabId === undefined) return;
    await sendToTab(tabId, { type: 'startPicker' });
    // A real popup closes so the page can be picked from; opened as a page (`?tabId=`), it stays.
    if (!new URLSearchParams(location.search).has('tabId')) window.close();
  };
  const deleteRule = async (rule: Rule) => {
    await ruleStore().remove(site, rule.id);
    setNotice(t('ruleDeleted'));
  };
  const toggleOriginal = async () => {
    if (tabId === undefined) return;
    await sendToTab(tabId, { type: 'showOriginal', on: !state.showingOriginal });
    await refresh(tabId);
  };

  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <Switch id="site-switch" label={t('siteSwitch', site)} checked={state.enabled} onChange={(on) => void setSite(on)} />
      </header>
      {problem && <p class="note warn" role="status">{t('syncProblem', problem.message)}</p>}
      {!state.enabled ? (
        <p class="note">{t('siteOff')}</p>
      ) : (
        <>
          <p class="summary" role="status" data-hidden={state.hidden}>
            {state.hidden ? t('hiddenCount', state.hidden) : t('nothingHidden')}
          </p>
          <RuleList rules={state.rules} onSwitch={(id, on) => void switchRule(id, on)} />
          <UserRuleList rules={userRules} onDelete={(rule) => void deleteRule(rule)} />
          {state.errors.length > 0 && (
            <div class="note warn">
              {t('ruleErrors')}
              <ul>{state.errors.map((e) => <li key={e}>{e}</li>)}</ul>
            </div>
          )}
        </>
      )}
      <footer>
        <button type="button" id="show-original" onClick={() => void toggleOriginal()} disabled={!state.enabled}>
          {state.showingOriginal ? t('showCleaned') : t('showOriginal')}
        </button>
        <button type="button" id="pick" onClick={() => void startPicker()} disabled={!state.enabled}>{t('pickElement')}</button>
        <button type="button" id="open-reader" onClick={() => void openReader()}>{t('readerView')}</button>
        <button type="button" id="save-html" onClick={() => void save('html', 'file')}>{t('saveCopy')}</button>
        <button type="button" id="save-md" onClick={() => void save('md', 'file')}>{t('saveMarkdown')}</button>
        <button type="button" id="copy-md" onClick={() => void save('md', 'clipboard')}>{t('copyMarkdown')}</button>
        <Switch id="ask-where" label={t('askWhere')} checked={askWhere} onChange={setAskWhere} />
        <Switch id="embed-images" label={t('embedImages')} checked={embed} onChange={(on) => void switchEmbed(on)} />
        <Switch id="always-reader" label={t('alwaysReader', site)} checked={state.alwaysReader} onChange={(on) => void setAlwaysReader(on)} />
        <button type="button" id="open-options" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
      </footer>
      {notice && <p class="note" role="status" id="notice">{notice}</p>}
    </main>
  );
}
