import { getDomain } from 'tldts';

/**
 * The "site" settings are keyed by: the registrable domain (`www.bbc.co.uk` →
 * `bbc.co.uk`), or, for an IP address or `localhost`, the host itself.
 * Null for pages that are not http(s).
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}
