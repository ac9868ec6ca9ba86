import { escapeRegExp } from './compile';

/**
 * Whether a rule's `sites` list covers a URL. Entries are hostnames (covering
 * their subdomains: `bbc.co.uk` covers `www.bbc.co.uk`) or match patterns
 * (`*://*.example.com/news/*`). An empty list covers every site.
 */
export function appliesTo(sites: readonly string[], url: string | URL | null): boolean {
  if (sites.length === 0) return true;
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (!parsed) return false;
  return sites.some((site) => (site.includes('/') ? matchPattern(site, parsed) : hostCovers(site, parsed.hostname)));
}

/** The URL parsed, or null: parse once, then ask `appliesTo` for many rules. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function hostCovers(site: string, hostname: string): boolean {
  // Without regular expressions: this runs for every site entry of every rule on each page
  // load, where compiling even a small expression costs more than the comparison.
  const lowerHost = hostname.toLowerCase();
  const host = lowerHost.endsWith('.') ? lowerHost.slice(0, -1) : lowerHost;
  const lowerSite = site.toLowerCase();
  const want = lowerSite.startsWith('*.') ? lowerSite.slice(2) : lowerSite;
  return host === want || host.endsWith(`.${want}`);
}

/** A WebExtension-style match pattern: `scheme://host/path` with `*` wildcards. */
export function matchPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      if (!hostCovers(host.slice(2), url.hostname)) return false;
    } else if (host.toLowerCase() !== url.hostname.toLowerCase()) return false;
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}

export function isMatchPattern(site: string): boolean {
  return /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/.test(site);
}
