/**
 * The keys under which a page's site settings may be stored, without the
 * public-suffix list (too large to load into every page): every suffix of the
 * host with at least two labels, longest first, or the host itself for an IP
 * address or a single-label host. Settings are written under the registrable
 * domain (see `siteOf`, used by the popup and the background), which is always
 * one of these; the longest one present wins.
 */
export function siteCandidates(url: string): string[] {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return [];
    host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return [];
  }
  if (!host) return [];
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return [host];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}
