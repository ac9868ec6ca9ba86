import { extensionApi } from './extension-api';
import { currentValue, globalKey, readPageSettings, SCHEMA_VERSION, SITE_PREFIX, siteKey, type Versioned } from './page-settings';
import { readBoth } from './user-rules/area';
import { ALL_SITES, headKey } from './user-rules/entry';
import { RuleStore, type SaveReport } from './user-rules/store';
import type { SettingsState } from './user-rules/transfer';
import type { GlobalSettings, Settings, SiteSettings } from './settings';
import { compactSite, isEmptySite } from './settings';

/**
 * Settings live in `storage.sync` (they follow the user), as differences from
 * the defaults, one item per site so each stays far below the 8 KB item quota
 * and two devices editing different sites never overwrite each other. When a
 * sync write fails (quota, too many writes a minute), the item is kept in
 * `storage.local` instead, the problem is recorded for the popup to show, and
 * nothing is lost; the next successful sync write clears the local copy.
 */

async function readItem<T>(key: string): Promise<T | null> {
  const { local, sync } = await readBoth(extensionApi().storage.local, extensionApi().storage.sync, key);
  return currentValue<T>(local[key], sync[key]);
}

export interface SyncProblem {
  key: string;
  message: string;
  at: number;
}

const PROBLEM_KEY = 'syncProblem';

/** The last failed sync write (in `storage.local`), for the popup to show. */
export const syncProblem = {
  async getValue(): Promise<SyncProblem | null> {
    return ((await extensionApi().storage.local.get(PROBLEM_KEY))[PROBLEM_KEY] as SyncProblem | undefined) ?? null;
  },
  async setValue(value: SyncProblem | null): Promise<void> {
    if (value === null) await extensionApi().storage.local.remove(PROBLEM_KEY);
    else await extensionApi().storage.local.set({ [PROBLEM_KEY]: value });
  },
  watch(callback: (value: SyncProblem | null) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && PROBLEM_KEY in changes) callback((changes[PROBLEM_KEY].newValue as SyncProblem | undefined) ?? null);
    };
    extensionApi().storage.onChanged.addListener(listener);
    return () => extensionApi().storage.onChanged.removeListener(listener);
  },
};

async function writeItem<T>(key: string, value: T | null): Promise<void> {
  const wrapped: Versioned<T> | null = value === null ? null : { v: SCHEMA_VERSION, data: value };
  try {
    if (wrapped === null) await extensionApi().storage.sync.remove(key);
    else await extensionApi().storage.sync.set({ [key]: wrapped });
    await extensionApi().storage.local.remove(key);
    const problem = await syncProblem.getValue();
    if (problem?.key === key) await syncProblem.setValue(null);
  } catch (error) {
    // Keep it locally: the setting works on this device and is not lost.
    await extensionApi().storage.local.set({ [key]: wrapped ?? { v: SCHEMA_VERSION, data: null } });
    await syncProblem.setValue({ key, message: error instanceof Error ? error.message : String(error), at: Date.now() });
  }
}

export async function loadGlobal(): Promise<GlobalSettings> {
  return (await readItem<GlobalSettings>(globalKey)) ?? {};
}

export async function loadSite(site: string): Promise<SiteSettings> {
  return (await readItem<SiteSettings>(siteKey(site))) ?? {};
}

/** The user's own rules, in this browser's storage (see RuleStore). */
export function ruleStore(): RuleStore {
  return new RuleStore(extensionApi().storage.local, extensionApi().storage.sync);
}

export function loadSettings(site: string): Promise<Settings> {
  return loadSettingsForPage([site]);
}

/** The settings a page needs (see `readPageSettings`). */
export function loadSettingsForPage(candidates: readonly string[]): Promise<Settings> {
  return readPageSettings(candidates, extensionApi().storage.local, extensionApi().storage.sync);
}

export async function saveSite(site: string, value: SiteSettings): Promise<void> {
  const compact = compactSite(value);
  await writeItem(siteKey(site), isEmptySite(compact) ? null : compact);
}

export async function saveGlobal(value: GlobalSettings): Promise<void> {
  await writeItem(globalKey, value);
}

/**
 * Calls back (once per change, however many keys it touches) when settings or
 * user rules that concern `site` change, in sync or local storage. One
 * listener: every tab's content script holds one, and every storage write
 * anywhere reaches them all.
 */
export function watchSettings(sites: string | readonly string[], callback: () => void): () => void {
  const list = typeof sites === 'string' ? [sites] : sites;
  const keys = new Set([globalKey, ...list.map(siteKey), ...[...list, ALL_SITES].map(headKey)]);
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area !== 'local' && area !== 'sync') return;
    for (const key of Object.keys(changes)) {
      // A write of the same value is no change (some browsers report it).
      if (keys.has(key) && JSON.stringify(changes[key].newValue) !== JSON.stringify(changes[key].oldValue)) return callback();
    }
  };
  extensionApi().storage.onChanged.addListener(listener);
  return () => extensionApi().storage.onChanged.removeListener(listener);
}

/** Everything the user set (the options page's view): global switches, every site's overrides, every user rule. */
export async function loadAllSettings(): Promise<SettingsState> {
  // One read per storage area for everything.
  const { local, sync } = await readBoth(extensionApi().storage.local, extensionApi().storage.sync, null);
  const sites: Record<string, SiteSettings> = {};
  for (const key of new Set([...Object.keys(sync), ...Object.keys(local)])) {
    if (!key.startsWith(SITE_PREFIX)) continue;
    const value = currentValue<SiteSettings>(local[key], sync[key]);
    if (value && !isEmptySite(value)) sites[key.slice(SITE_PREFIX.length)] = compactSite(value);
  }
  const global = currentValue<GlobalSettings>(local[globalKey], sync[globalKey]) ?? {};
  return { global, sites, rules: Object.fromEntries(ruleStore().loadAllFrom(local, sync)) };
}

/**
 * Writes what differs between two states: the rules of all changed sites in
 * one batch first (the write that can fail, when local storage is full: then
 * nothing else is written), then the site and global switches.
 */
export async function applySettings(current: SettingsState, next: SettingsState): Promise<SaveReport> {
  const changed = new Map<string, SettingsState['rules'][string]>();
  for (const site of new Set([...Object.keys(current.rules), ...Object.keys(next.rules)])) {
    if (JSON.stringify(current.rules[site] ?? []) !== JSON.stringify(next.rules[site] ?? [])) changed.set(site, next.rules[site] ?? []);
  }
  const report = await ruleStore().save(changed);
  if (JSON.stringify(current.global) !== JSON.stringify(next.global)) await saveGlobal(next.global);
  for (const site of new Set([...Object.keys(current.sites), ...Object.keys(next.sites)])) {
    const before = compactSite(current.sites[site] ?? {});
    const after = compactSite(next.sites[site] ?? {});
    if (JSON.stringify(before) !== JSON.stringify(after)) await saveSite(site, after);
  }
  return report;
}
