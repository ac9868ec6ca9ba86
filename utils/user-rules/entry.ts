import type { Rule } from '../rules/types';
import type { StorageArea } from './area';

/**
 * How the user's rules for one site are stored (`rules:<site>`, split over
 * `rules:<site>#2`, … in sync), and how a page reads them. Apart from the rule
 * store (store.ts, which writes them) so that the scripts every page loads
 * (entrypoints/early.ts, the content script) carry only the reading.
 */

export const RULES_PREFIX = 'rules:';
export const ALL_SITES = '*';
export const VERSION = 1;

export interface Entry {
  v: number;
  /** When the site's rules last changed (ms); the newer copy wins. */
  updated: number;
  rules: Rule[];
  /** Sync only: the entry is split over this many items (`rules:<site>`, `rules:<site>#2`, …). */
  parts?: number;
}

export const headKey = (site: string) => `${RULES_PREFIX}${site}`;
export const partKey = (site: string, n: number) => (n === 1 ? headKey(site) : `${headKey(site)}#${n}`);

/**
 * The rules of these sites (newest copy of each) from their head items,
 * already read from both areas; the further parts of a split sync entry are
 * read from `sync`.
 */
export async function readRules(sites: readonly string[], local: Record<string, unknown>, syncHeads: Record<string, unknown>, sync: StorageArea): Promise<Rule[]> {
  const out: Rule[] = [];
  for (const site of sites) {
    const fromLocal = asEntry(local[headKey(site)]);
    let fromSync = asEntry(syncHeads[headKey(site)]);
    if (fromSync?.parts && fromSync.parts > 1) fromSync = await readSyncParts(sync, site, fromSync);
    out.push(...(newest(fromLocal, fromSync)?.rules ?? []));
  }
  return out;
}

async function readSyncParts(sync: StorageArea, site: string, head: Entry): Promise<Entry | null> {
  const keys = Array.from({ length: head.parts! }, (_, i) => partKey(site, i + 1));
  const items = await sync.get(keys).catch(() => null);
  return items ? joinParts(site, items) : null;
}

/** A site's sync entry put back together; null when its parts are missing or from different writes. */
export function joinParts(site: string, items: Record<string, unknown>): Entry | null {
  const head = asEntry(items[headKey(site)]);
  if (!head) return null;
  const rules = [...head.rules];
  for (let n = 2; n <= (head.parts ?? 1); n++) {
    const part = asEntry(items[partKey(site, n)]);
    if (!part || part.updated !== head.updated) return null;
    rules.push(...part.rules);
  }
  return { ...head, rules };
}

export function asEntry(raw: unknown): Entry | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as Partial<Entry>;
  if (typeof e.updated !== 'number' || !Array.isArray(e.rules)) return null;
  return { v: typeof e.v === 'number' ? e.v : VERSION, updated: e.updated, rules: e.rules.filter((r) => r && typeof r === 'object'), parts: e.parts };
}

export function newest(a: Entry | null, b: Entry | null): Entry | null {
  if (!a) return b;
  if (!b) return a;
  return b.updated > a.updated ? b : a;
}
