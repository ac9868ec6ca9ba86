import { siteOf } from '../site';
import { loadSite, saveSite } from '../storage';

/** Switches cleanup on or off for the site of a URL; returns the new state, or null for non-web pages. */
export async function toggleSite(url: string | undefined): Promise<boolean | null> {
  const site = url ? siteOf(url) : null;
  if (!site) return null;
  const current = await loadSite(site);
  const enabled = current.enabled === false;
  await saveSite(site, { ...current, enabled: enabled ? undefined : false });
  return enabled;
}
