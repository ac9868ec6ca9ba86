/** The part of a `storage.StorageArea` the rule store uses; tests pass a quota-enforcing fake. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The same keys from both areas at once; an unavailable sync area (signed out, switched off) reads as empty. */
export async function readBoth(local: StorageArea, sync: StorageArea, keys: string | string[] | null): Promise<{ local: Record<string, unknown>; sync: Record<string, unknown> }> {
  const [fromLocal, fromSync] = await Promise.all([local.get(keys), sync.get(keys).catch(() => ({}) as Record<string, unknown>)]);
  return { local: fromLocal, sync: fromSync };
}
