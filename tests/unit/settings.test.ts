import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compactSite, engineSettings, isSiteEnabled, withRuleSwitched } from '../../utils/settings';
import { siteOf } from '../../utils/site';
import { applySettings, loadAllSettings, loadSettings, loadSettingsForPage, loadSite, saveSite, syncProblem, watchSettings } from '../../utils/storage';
import { migrate } from '../../utils/page-settings';
import { siteCandidates } from '../../utils/site-keys';

describe('siteOf', () => {
  it.each([
    ['https://www.bbc.co.uk/news/1', 'bbc.co.uk'],
    ['https://edition.cnn.com/x', 'cnn.com'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['http://[::1]:8080/', '::1'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));
});

describe('settings model', () => {
  it('a site switch-off and a global switch-off both turn cleanup off', () => {
    expect(isSiteEnabled({ global: {}, site: {} })).toBe(true);
    expect(isSiteEnabled({ global: {}, site: { enabled: false } })).toBe(false);
    expect(isSiteEnabled({ global: { enabled: false }, site: {} })).toBe(false);
  });
  it('merges global and per-site rule switches; a site can switch a globally-off rule back on', () => {
    const s = engineSettings({ global: { disabledRules: ['a', 'b'] }, site: { disabledRules: ['c'], enabledRules: ['a'] }, userRules: [] });
    expect(s.disabledRules?.slice().sort()).toEqual(['b', 'c']);
  });
  it('stores only differences from the defaults', () => {
    expect(compactSite({ enabled: true, disabledRules: [] })).toEqual({});
    expect(withRuleSwitched({}, {}, 'x', false)).toEqual({ disabledRules: ['x'] });
    expect(withRuleSwitched({ disabledRules: ['x'] }, {}, 'x', true)).toEqual({});
    expect(withRuleSwitched({}, { disabledRules: ['x'] }, 'x', true)).toEqual({ enabledRules: ['x'] });
  });
  it('migrates unversioned (v0) items', () => {
    expect(migrate({ enabled: false })).toEqual({ enabled: false });
    expect(migrate({ v: 1, data: { enabled: false } })).toEqual({ enabled: false });
    expect(migrate(null)).toBeNull();
  });
});

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves per-site items in storage.sync and reads them back', async () => {
    await saveSite('example.com', { enabled: false });
    expect(await fakeBrowser.storage.sync.get('site:example.com')).toEqual({ 'site:example.com': { v: 1, data: { enabled: false } } });
    expect((await loadSettings('example.com')).site).toEqual({ enabled: false });
    expect((await loadSettings('other.org')).site).toEqual({});
  });

  it('falls back to storage.local on a quota error, tells the user, loses nothing', async () => {
    const realSet = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    const seen: (string | null)[] = [];
    const unwatch = syncProblem.watch((problem) => seen.push(problem?.key ?? null));
    await saveSite('example.com', { disabledRules: ['related-heading'] });
    expect(await loadSite('example.com')).toEqual({ disabledRules: ['related-heading'] });
    expect(seen).toEqual(['site:example.com']); // the popup learns of it while open
    expect((await syncProblem.getValue())?.message).toMatch(/QUOTA_BYTES_PER_ITEM/);
    // Sync works again: the next write goes there and the local copy and the warning go away.
    fakeBrowser.storage.sync.set = realSet;
    await saveSite('example.com', { disabledRules: ['related-heading', 'comments-heading'] });
    expect(await fakeBrowser.storage.local.get('site:example.com')).toEqual({});
    expect(await syncProblem.getValue()).toBeNull();
    expect(seen).toEqual(['site:example.com', null]);
    unwatch();
    expect(await loadSite('example.com')).toEqual({ disabledRules: ['comments-heading', 'related-heading'] });
  });

  it('removes a site item once it is back to the defaults', async () => {
    await saveSite('example.com', { enabled: false });
    await saveSite('example.com', {});
    expect(await fakeBrowser.storage.sync.get('site:example.com')).toEqual({});
  });

  it("calls back once per change to the page's own settings or rules, in either area, and not after unwatching", async () => {
    let calls = 0;
    const unwatch = watchSettings(['news.example.com', 'example.com'], () => calls++);
    await saveSite('example.com', { enabled: false });
    expect(calls).toBe(1);
    await fakeBrowser.storage.local.set({ 'rules:news.example.com': { v: 1 }, 'site:news.example.com': { v: 1, data: {} } }); // two keys, one change
    expect(calls).toBe(2);
    await fakeBrowser.storage.local.set({ 'rules:news.example.com': { v: 1 } }); // the same value again
    await saveSite('other.org', { enabled: false }); // another site
    await fakeBrowser.storage.local.set({ readerPrefs: { size: 20 } }); // not a setting of pages
    expect(calls).toBe(2);
    unwatch();
    await saveSite('example.com', { enabled: true });
    expect(calls).toBe(2);
  });
});

describe('siteCandidates (the content script has no public-suffix list)', () => {
  it.each([
    ['https://www.bbc.co.uk/news', ['www.bbc.co.uk', 'bbc.co.uk', 'co.uk']],
    ['http://127.0.0.1:8080/', ['127.0.0.1']],
    ['http://localhost/', ['localhost']],
    ['about:blank', []],
  ])('%s → %j', (url, keys) => expect(siteCandidates(url)).toEqual(keys));
  it('always includes the registrable domain the popup writes under', () => {
    for (const url of ['https://a.b.example.com/x', 'https://news.bbc.co.uk/', 'https://x.github.io/']) {
      expect(siteCandidates(url)).toContain(siteOf(url));
    }
  });
  it('finds a site item by the longest candidate present', async () => {
    fakeBrowser.reset();
    await saveSite('bbc.co.uk', { enabled: false });
    expect((await loadSettingsForPage(siteCandidates('https://www.bbc.co.uk/news'))).site).toEqual({ enabled: false });
    expect((await loadSettingsForPage(siteCandidates('https://www.cnn.com/'))).site).toEqual({});
  });
});

describe('settings page storage (all settings and rules)', () => {
  beforeEach(() => fakeBrowser.reset());
  const rule = (id: string, site: string) => ({
    id,
    description: `Hides the promo box ${id}.`,
    category: 'custom' as const,
    sites: [site],
    match: { kind: 'selector' as const, selector: `.${id}` },
    action: 'hide' as const,
  });
  const state = {
    global: { disabledCategories: ['social'] },
    sites: { 'example.com': { enabled: false }, 'news.org': { alwaysReader: true } },
    rules: { 'example.com': [rule('user-a', 'example.com')], '*': [rule('user-b', 'example.org')] },
  };

  it('writes what differs and reads it all back', async () => {
    await applySettings({ global: {}, sites: {}, rules: {} }, state);
    expect(await loadAllSettings()).toEqual(state);
    // The page of a site gets its rules and those for every site.
    expect((await loadSettingsForPage(siteCandidates('https://www.example.com/a'))).userRules.map((r) => r.id).sort()).toEqual(['user-a', 'user-b']);
  });

  it('when local storage is full, the error reaches the page and nothing changes', async () => {
    await applySettings({ global: {}, sites: {}, rules: {} }, state);
    const before = await loadAllSettings();
    const realSet = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const next = { ...before, global: {}, rules: { ...before.rules, 'example.com': [] } };
    await expect(applySettings(before, next)).rejects.toThrow(/QUOTA_BYTES/);
    fakeBrowser.storage.local.set = realSet;
    expect(await loadAllSettings()).toEqual(before);
  });
});
