import { hideEarly } from '@/utils/live/early-style';
import { shareEarlySettings } from '@/utils/live/early-settings';
import { readPageSettings } from '@/utils/page-settings';
import { engineSettings, isSiteEnabled } from '@/utils/settings';
import { siteCandidates } from '@/utils/site-keys';
import type { StorageArea } from '@/utils/user-rules/area';

/**
 * The only script that runs before the page is parsed (document_start, in the
 * top frame like the content script; listed in the manifest by wxt.config.ts):
 * it starts reading the page's settings and hides what the site's own selector
 * rules name, so that is never painted. Everything else waits for the content
 * script, which runs once the document is parsed (document_end, after
 * DOMContentLoaded) and takes these settings over. Kept to this: whatever runs
 * here delays the parsing of every page.
 *
 * Storage is reached without webextension-polyfill, whose module alone cost
 * about as much as the rest of this script (its API table is built on load):
 * `storage.*.get` returns a promise in both browsers (Firefox's `browser`,
 * Chrome's `chrome` under Manifest V3).
 */
export default defineUnlistedScript(() => {
  const candidates = siteCandidates(location.href);
  if (candidates.length === 0) return;
  const api = (globalThis as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome;
  const settings = readPageSettings(candidates, api.storage.local, api.storage.sync);
  shareEarlySettings(location.href, settings);
  settings
    .then((s) => {
      if (isSiteEnabled(s)) hideEarly(document, location.href, engineSettings(s));
    })
    .catch(() => {}); // the content script reads them again, and says nothing either
});

interface StorageApi {
  storage: { local: StorageArea; sync: StorageArea };
}
