import type { StorageArea } from '../../utils/user-rules/area';
import { itemBytes, SYNC_QUOTA } from '../../utils/user-rules/quota';

/** A plain in-memory `storage.local`; `failNext` makes the next write throw (a full disk, say). */
export class MemoryStorage implements StorageArea {
  readonly items = new Map<string, unknown>();
  failNext = false;

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.items.has(k)) out[k] = structuredClone(this.items.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    for (const [k, v] of Object.entries(items)) this.items.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.items.delete(k);
  }
}

/**
 * A `storage.sync` that enforces the browsers' quotas the way Chrome does
 * (WXT's fakeBrowser enforces none): a write that would break one throws and
 * changes nothing. Counts write operations per minute on an injectable clock.
 */
export class QuotaStorage extends MemoryStorage {
  writes: number[] = [];
  constructor(
    private readonly now: () => number = Date.now,
    private readonly quota = SYNC_QUOTA,
  ) {
    super();
  }

  override async set(items: Record<string, unknown>): Promise<void> {
    this.countWrite();
    const next = new Map(this.items);
    for (const [k, v] of Object.entries(items)) {
      if (itemBytes(k, v) > this.quota.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(k, structuredClone(v));
    }
    if (next.size > this.quota.items) throw new Error('MAX_ITEMS quota exceeded');
    if (this.bytes(next) > this.quota.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    await super.set(Object.fromEntries([...next].filter(([k]) => k in items)));
  }

  override async remove(keys: string | string[]): Promise<void> {
    this.countWrite();
    await super.remove(keys);
  }

  bytes(items: Map<string, unknown> = this.items): number {
    let total = 0;
    for (const [k, v] of items) total += itemBytes(k, v);
    return total;
  }

  private countWrite() {
    const t = this.now();
    this.writes = this.writes.filter((w) => t - w < 60_000);
    if (this.writes.length >= this.quota.writesPerMinute) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    this.writes.push(t);
  }
}
