import { sendToTab } from './messaging';
import { parseSnapshot } from './snapshot';
import { engineSettings } from './settings';
import { siteOf } from './site';
import { loadSettings } from './storage';

/**
 * In an extension page: the open tab's page as an inert document (from a
 * snapshot its content script serialised), with the settings of its site.
 */
export async function loadPage(tabId: number) {
  const snapshot = await sendToTab(tabId, { type: 'snapshot' });
  const doc = parseSnapshot(snapshot, new DOMParser());
  const site = siteOf(snapshot.url);
  const settings = site ? engineSettings(await loadSettings(site)) : {};
  return { doc, url: snapshot.url, settings };
}
