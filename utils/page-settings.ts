import type { GlobalSettings, Settings, SiteSettings } from './settings';
import { readBoth, type StorageArea } from './user-rules/area';
import { ALL_SITES, headKey, readRules } from './user-rules/entry';

/**
 * How settings are stored, and the one read a page needs. No extension API is
 * imported here: the storage areas are passed in, so the script that runs
 * before the page is parsed (entrypoints/early.ts) loads no more than this.
 */

export const SCHEMA_VERSION = 1;

export interface Versioned<T> {
  v: number;
  data: T;
}

export const globalKey = 'global';
export const SITE_PREFIX = 'site:';
export const siteKey = (site: string) => `${SITE_PREFIX}${site}`;

/** Upgrades a stored item to the current schema. Version 0 (no wrapper) was the bare object. */
export function migrate<T>(raw: unknown): T | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'object') return null;
  const v = (raw as Partial<Versioned<T>>).v;
  if (typeof v !== 'number') return raw as T; // v0: unwrapped
  // v1, or newer (another device runs a newer Sift): read the fields we know.
  return (raw as Versioned<T>).data;
}

/** An item's current value from its two copies: a local copy exists only while sync could not take the latest write, so it is newer. */
export function currentValue<T>(local: unknown, sync: unknown): T | null {
  return migrate<T>(local) ?? migrate<T>(sync);
}

/**
 * Settings for a page whose registrable domain is not known (content scripts
 * load no public-suffix list): the longest candidate key that holds settings
 * wins (see `siteCandidates`). Every key the page needs, in one read per area.
 */
export async function readPageSettings(candidates: readonly string[], local: StorageArea, sync: StorageArea): Promise<Settings> {
  const ruleSites = [...candidates, ALL_SITES];
  const keys = [globalKey, ...candidates.map(siteKey), ...ruleSites.map(headKey)];
  const items = await readBoth(local, sync, keys);
  const item = <T>(key: string) => currentValue<T>(items.local[key], items.sync[key]);
  return {
    global: item<GlobalSettings>(globalKey) ?? {},
    site: candidates.map((c) => item<SiteSettings>(siteKey(c))).find((s) => s !== null) ?? {},
    userRules: await readRules(ruleSites, items.local, items.sync, sync),
  };
}
