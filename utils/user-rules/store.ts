import type { Rule } from '../rules/types';
import { readBoth, type StorageArea } from './area';
import { asEntry, headKey, joinParts, newest, partKey, readRules, RULES_PREFIX, VERSION, type Entry } from './entry';
import { itemBytes, SYNC_QUOTA } from './quota';

/**
 * The user's own rules, one entry per site (`rules:<site>`; `*` holds rules
 * for every site), so two devices editing different sites never overwrite
 * each other.
 *
 * `storage.local` always holds every site's latest entry: nothing is lost,
 * whatever sync does. `storage.sync` holds as many entries as its quotas
 * allow, each split into items under the per-item quota, every batch in one
 * write. An entry that does not fit stays on this device only and is listed
 * by `unsynced()`. Readers take, per site, whichever copy is newer: a change
 * made on another device arrives through sync, one made here while sync was
 * full is in local.
 */

export interface SaveReport {
  /** Sites whose entries are now in sync storage. */
  synced: string[];
  /** Sites kept on this device only (sync full, or a sync error). */
  localOnly: string[];
  /** Why sync refused, when it did. */
  problem?: string;
}

export interface UnsyncedSite {
  site: string;
  rules: number;
}

export class RuleStore {
  constructor(
    private readonly local: StorageArea,
    private readonly sync: StorageArea,
    private readonly now: () => number = Date.now,
  ) {}

  /** The rules of these sites (newest copy of each). */
  async load(sites: readonly string[]): Promise<Rule[]> {
    const keys = sites.map(headKey);
    const { local, sync } = await readBoth(this.local, this.sync, keys);
    return readRules(sites, local, sync, this.sync);
  }

  /** Every site with rules, newest copy of each. */
  async loadAll(): Promise<Map<string, Rule[]>> {
    const { local, sync } = await this.readAll();
    return this.loadAllFrom(local, sync);
  }

  /** `loadAll` from both areas' items already read (the settings page reads them once for everything). */
  loadAllFrom(local: Record<string, unknown>, sync: Record<string, unknown>): Map<string, Rule[]> {
    const out = new Map<string, Rule[]>();
    for (const site of sitesIn(local, sync)) {
      const entry = newest(asEntry(local[headKey(site)]), joinParts(site, sync));
      if (entry?.rules.length) out.set(site, entry.rules);
    }
    return out;
  }

  /**
   * Replaces the rules of the given sites (an empty list deletes them), in one
   * local write and at most two sync writes. Throws only when local storage
   * refuses (then nothing changed).
   */
  async save(changes: ReadonlyMap<string, readonly Rule[]>): Promise<SaveReport> {
    if (changes.size === 0) return { synced: [], localOnly: [] };
    const updated = this.now();
    const entries = new Map<string, Entry>();
    for (const [site, rules] of changes) entries.set(site, { v: VERSION, updated, rules: [...rules] });
    const localItems: Record<string, unknown> = {};
    for (const [site, entry] of entries) localItems[headKey(site)] = entry;
    await this.local.set(localItems);
    return this.pushToSync(entries);
  }

  /** Adds a rule to a site, or replaces the site's rule with the same id. */
  async put(site: string, rule: Rule): Promise<SaveReport> {
    const current = await this.load([site]);
    return this.save(new Map([[site, [...current.filter((r) => r.id !== rule.id), rule]]]));
  }

  async remove(site: string, ruleId: string): Promise<SaveReport> {
    const current = await this.load([site]);
    return this.save(new Map([[site, current.filter((r) => r.id !== ruleId)]]));
  }

  /** Sites whose latest rules are on this device only, with how many rules each. */
  async unsynced(): Promise<UnsyncedSite[]> {
    const { local, sync } = await this.readAll();
    return [...pendingEntries(local, sync)].map(([site, entry]) => ({ site, rules: entry.rules.length }));
  }

  /** Tries again to put local-only entries into sync (after rules were deleted, say). */
  async resync(): Promise<SaveReport> {
    const { local, sync } = await this.readAll();
    const entries = pendingEntries(local, sync);
    return entries.size ? this.pushToSync(entries) : { synced: [], localOnly: [] };
  }

  private readAll(): Promise<{ local: Record<string, unknown>; sync: Record<string, unknown> }> {
    return readBoth(this.local, this.sync, null);
  }

  private async pushToSync(entries: Map<string, Entry>): Promise<SaveReport> {
    let current: Record<string, unknown>;
    try {
      current = await this.sync.get(null);
    } catch (error) {
      return { synced: [], localOnly: [...entries.keys()], problem: message(error) };
    }
    const sizes = new Map(Object.entries(current).map(([k, v]) => [k, itemBytes(k, v)]));
    const toSet: Record<string, unknown> = {};
    const toRemove: string[] = [];
    const synced: string[] = [];
    const localOnly: string[] = [];
    for (const [site, entry] of entries) {
      const items = splitEntry(site, entry);
      const old = [...sizes.keys()].filter((k) => k === headKey(site) || k.startsWith(`${headKey(site)}#`));
      const next = new Map(sizes);
      for (const k of old) next.delete(k);
      for (const [k, v] of Object.entries(items ?? {})) next.set(k, itemBytes(k, v));
      if (!items || !fits(next)) {
        localOnly.push(site);
        continue;
      }
      sizes.clear();
      for (const [k, v] of next) sizes.set(k, v);
      Object.assign(toSet, items);
      toRemove.push(...old.filter((k) => !(k in items)));
      synced.push(site);
    }
    try {
      if (Object.keys(toSet).length) await this.sync.set(toSet);
      if (toRemove.length) await this.sync.remove(toRemove);
    } catch (error) {
      return { synced: [], localOnly: [...entries.keys()], problem: message(error) };
    }
    return { synced, localOnly, problem: localOnly.length ? 'sync storage is full' : undefined };
  }
}

/** Local entries newer than their sync copy (or without one), by site name. */
function pendingEntries(local: Record<string, unknown>, sync: Record<string, unknown>): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const site of [...sitesIn(local)].sort((a, b) => a.localeCompare(b))) {
    const mine = asEntry(local[headKey(site)]);
    const theirs = joinParts(site, sync);
    if (mine && mine.rules.length && (!theirs || theirs.updated < mine.updated)) out.set(site, mine);
  }
  return out;
}

function fits(sizes: Map<string, number>): boolean {
  let total = 0;
  for (const bytes of sizes.values()) {
    if (bytes > SYNC_QUOTA.bytesPerItem) return false;
    total += bytes;
  }
  return total <= SYNC_QUOTA.bytes && sizes.size <= SYNC_QUOTA.items;
}

/** An entry as sync items, each under the per-item quota; null when one rule alone is too big. */
export function splitEntry(site: string, entry: Entry): Record<string, unknown> | null {
  const parts: Rule[][] = [[]];
  const limit = SYNC_QUOTA.bytesPerItem - 64; // room for the key suffix and the `parts` field
  let size = itemBytes(partKey(site, 1), { v: VERSION, updated: entry.updated, rules: [] });
  for (const rule of entry.rules) {
    const bytes = itemBytes('', rule) + 1;
    if (bytes + size > limit) {
      if (parts[parts.length - 1].length === 0) return null;
      parts.push([]);
      size = itemBytes(partKey(site, parts.length), { v: VERSION, updated: entry.updated, rules: [] });
      if (bytes + size > limit) return null;
    }
    parts[parts.length - 1].push(rule);
    size += bytes;
  }
  const out: Record<string, unknown> = {};
  parts.forEach((rules, i) => {
    out[partKey(site, i + 1)] = i === 0 ? { v: VERSION, updated: entry.updated, rules, parts: parts.length } : { v: VERSION, updated: entry.updated, rules };
  });
  return out;
}

function sitesIn(...areas: Record<string, unknown>[]): Set<string> {
  const sites = new Set<string>();
  for (const items of areas) {
    for (const key of Object.keys(items)) {
      if (key.startsWith(RULES_PREFIX) && !key.includes('#')) sites.add(key.slice(RULES_PREFIX.length));
    }
  }
  return sites;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
