import { describe, expect, it } from 'vitest';
import type { Rule } from '../../utils/rules/types';
import { SYNC_QUOTA } from '../../utils/user-rules/quota';
import { RuleStore } from '../../utils/user-rules/store';
import { MemoryStorage, QuotaStorage } from '../helpers/quota-storage';

const rule = (site: string, n: number, selector = `.promo-${n} > .box`): Rule => ({
  id: `user-${site.replace(/\W/g, '-')}-${n}`,
  description: `Hides block ${n} on ${site}.`,
  category: 'promo',
  sites: [site],
  match: { kind: 'selector', selector },
  action: 'hide',
});

function device(sync: QuotaStorage, clock: { t: number }) {
  const local = new MemoryStorage();
  return { local, store: new RuleStore(local, sync, () => clock.t) };
}

describe('user rule store', () => {
  it('saves a site\'s rules locally and in sync, and reads them back', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const { store } = device(sync, clock);
    const report = await store.put('example.com', rule('example.com', 1));
    expect(report).toEqual({ synced: ['example.com'], localOnly: [], problem: undefined });
    expect(await store.load(['example.com'])).toEqual([rule('example.com', 1)]);
    expect(await store.load(['other.org'])).toEqual([]);
    expect([...sync.items.keys()]).toEqual(['rules:example.com']);
    expect(await store.unsynced()).toEqual([]);
  });

  it('keeps 1,000 rules over 300 sites: sync within every quota, the rest local, listed, nothing lost', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const { store } = device(sync, clock);
    const changes = new Map<string, Rule[]>();
    let n = 0;
    for (let s = 0; s < 300; s++) {
      const site = `site${s}.example`;
      const count = s < 100 ? 4 : 3; // 400 + 600 = 1000
      changes.set(site, Array.from({ length: count }, () => rule(site, n++, `article .sidebar-widget[data-slot="slot-${n}"] > div.inner`)));
    }
    expect(n).toBe(1000);
    const report = await store.save(changes);
    // One batched write: far below 120 writes a minute.
    expect(sync.writes.length).toBeLessThanOrEqual(2);
    expect(sync.bytes()).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(sync.items.size).toBeLessThanOrEqual(SYNC_QUOTA.items);
    expect(report.synced.length).toBeGreaterThan(50);
    expect(report.localOnly.length).toBeGreaterThan(0);
    expect(report.synced.length + report.localOnly.length).toBe(300);
    // Every rule is there.
    const all = await store.loadAll();
    expect([...all.values()].flat()).toHaveLength(1000);
    // The user is told exactly which are not synced.
    const unsynced = await store.unsynced();
    expect(unsynced.map((u) => u.site).sort()).toEqual([...report.localOnly].sort());
    expect(unsynced.reduce((a, u) => a + u.rules, 0)).toBe(1000 - report.synced.reduce((a, s) => a + changes.get(s)!.length, 0));
    // Another device sees the synced ones.
    const other = device(sync, clock).store;
    expect([...(await other.loadAll()).keys()].sort()).toEqual([...report.synced].sort());
  });

  it('splits a site with more than 8 KB of rules into items and reads it back whole', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const { store } = device(sync, clock);
    const rules = Array.from({ length: 120 }, (_, i) => rule('big.example', i, `main section.long-class-name-${i} > div[data-widget="recommendations-${i}"]`));
    await store.save(new Map([['big.example', rules]]));
    expect(sync.items.size).toBeGreaterThan(1);
    expect(await device(sync, clock).store.load(['big.example'])).toEqual(rules);
    // Shrinking it removes the extra items.
    clock.t++;
    await store.save(new Map([['big.example', rules.slice(0, 2)]]));
    expect([...sync.items.keys()]).toEqual(['rules:big.example']);
  });

  it('two devices editing different sites never wipe each other\'s rules', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const a = device(sync, clock).store;
    const b = device(sync, clock).store;
    await a.put('one.example', rule('one.example', 1));
    clock.t++;
    await b.put('two.example', rule('two.example', 2));
    clock.t++;
    await a.put('one.example', rule('one.example', 3));
    for (const store of [a, b]) {
      const all = await store.loadAll();
      expect(all.get('one.example')?.map((r) => r.id)).toEqual(['user-one-example-1', 'user-one-example-3']);
      expect(all.get('two.example')?.map((r) => r.id)).toEqual(['user-two-example-2']);
    }
    // A deletion on one device is not undone by the other's older local copy.
    clock.t++;
    await b.remove('one.example', 'user-one-example-1');
    expect((await a.load(['one.example'])).map((r) => r.id)).toEqual(['user-one-example-3']);
  });

  it('past 120 writes a minute, keeps the rest local, then syncs them when it can', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const { store } = device(sync, clock);
    const reports = [];
    for (let i = 0; i < 130; i++) reports.push(await store.put(`s${i}.example`, rule(`s${i}.example`, i)));
    const refused = reports.filter((r) => r.localOnly.length);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].problem).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    expect([...(await store.loadAll()).keys()]).toHaveLength(130);
    expect((await store.unsynced()).length).toBe(refused.length);
    clock.t += 61_000;
    const again = await store.resync();
    expect(again.synced.length).toBe(refused.length);
    expect(await store.unsynced()).toEqual([]);
  });

  it('a rule too big for any sync item stays local and is reported', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const { store } = device(sync, clock);
    const huge = rule('huge.example', 1, `div${'[data-x="y"]'.repeat(800)}`);
    const report = await store.put('huge.example', huge);
    expect(report.localOnly).toEqual(['huge.example']);
    expect(await store.load(['huge.example'])).toEqual([huge]);
    expect(await store.unsynced()).toEqual([{ site: 'huge.example', rules: 1 }]);
  });

  it('when local storage refuses, the error reaches the caller and the old rules stay', async () => {
    const clock = { t: 1000 };
    const sync = new QuotaStorage(() => clock.t);
    const { store, local } = device(sync, clock);
    await store.put('example.com', rule('example.com', 1));
    local.failNext = true;
    await expect(store.put('example.com', rule('example.com', 2))).rejects.toThrow(/QUOTA_BYTES/);
    expect((await store.load(['example.com'])).map((r) => r.id)).toEqual(['user-example-com-1']);
  });
});
