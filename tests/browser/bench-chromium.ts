import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Case } from '../helpers/corpus';
import { generatePage } from '../bench/generate';
import { median, p95 } from '../bench/stats';
import { launchChromium } from './chromium';
import { serve } from './server';

interface PageTiming {
  siftMs: number;
  /** Sift's longest stretch in one task (its longest slice). */
  siftSliceMs: number;
  longestTaskMs: number;
  dclMs: number;
  loadMs: number;
}

const OBSERVE_LONG_TASKS = `
  window.__siftLongest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__siftLongest = Math.max(window.__siftLongest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function measure(context: BrowserContext, url: string, waitForPlan = false): Promise<PageTiming> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(`${url}#sift-debug`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  // A huge page is planned in slices after load: wait for the plan to finish.
  if (waitForPlan) await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0, undefined, { timeout: 120_000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const sift = performance.getEntriesByName('sift:plan').reduce((a, e) => a + e.duration, 0);
    return {
      siftMs: sift,
      siftSliceMs: performance.getEntriesByName('sift:slice').reduce((a, e) => Math.max(a, e.duration), 0),
      longestTaskMs: (window as unknown as { __siftLongest: number }).__siftLongest,
      dclMs: nav.domContentLoadedEventEnd - nav.startTime,
      loadMs: nav.loadEventEnd - nav.startTime,
    };
  });
  await page.close();
  return t;
}

/** In Chromium with and without the built extension: the content script's own time, longest task, DCL/load ratio. */
export async function benchInChromium(cases: Case[], reps: number) {
  const server = await serve();
  const genDir = mkdtempSync(join(tmpdir(), 'sift-gen-'));
  writeFileSync(join(genDir, 'page-100k.html'), generatePage(100_000));
  const gen = await serve(genDir);
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  const sample = cases.filter((c) => c.set === 'cluttered' || c.name.charCodeAt(0) % 3 === 0).slice(0, 40);
  const rows: { id: string; with: PageTiming[]; without: PageTiming[] }[] = sample.map((c) => ({ id: `${c.set}/${c.name}`, with: [], without: [] }));
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const [i, c] of sample.entries()) {
        const url = `${server.base}/${c.set}/${c.name}/page.html`;
        // Alternate which browser goes first.
        const order = (rep + i) % 2 ? [withExt, without] : [without, withExt];
        for (const b of order) rows[i][b === withExt ? 'with' : 'without'].push(await measure(b.context, url));
      }
    }
    const big = await measure(withExt.context, `${gen.base}/page-100k.html`, true);
    const bigWithout = await measure(without.context, `${gen.base}/page-100k.html`);
    const sift = rows.map((r) => median(r.with.map((t) => t.siftMs)));
    const longest = rows.map((r) => Math.max(...r.with.map((t) => t.longestTaskMs)));
    const dclRatio = rows.map((r) => median(r.with.map((t) => t.dclMs)) / median(r.without.map((t) => t.dclMs)));
    const loadRatio = rows.map((r) => median(r.with.map((t) => t.loadMs)) / median(r.without.map((t) => t.loadMs)));
    console.log(`\nChromium with the built extension (${sample.length} corpus pages × ${reps}, with/without interleaved):`);
    console.log(`  content script time per page   median ${median(sift).toFixed(2)} ms  p95 ${p95(sift).toFixed(2)} ms`);
    console.log(`  longest task while loading     median ${median(longest).toFixed(0)} ms  max ${Math.max(...longest).toFixed(0)} ms (long tasks are ≥ 50 ms; 0 = none)`);
    console.log(`  DOMContentLoaded with ÷ without median ${median(dclRatio).toFixed(3)}  p95 ${p95(dclRatio).toFixed(3)}`);
    console.log(`  load with ÷ without             median ${median(loadRatio).toFixed(3)}  p95 ${p95(loadRatio).toFixed(3)}`);
    const slices = rows.map((r) => Math.max(...r.with.map((t) => t.siftSliceMs)));
    console.log(`  Sift's longest single task       median ${median(slices).toFixed(1)} ms  max ${Math.max(...slices).toFixed(1)} ms`);
    console.log(
      `  generated 100k-element page: content script ${big.siftMs.toFixed(0)} ms in all, its longest task ${big.siftSliceMs.toFixed(1)} ms; ` +
        `page's longest task ${big.longestTaskMs.toFixed(0)} ms with Sift, ${bigWithout.longestTaskMs.toFixed(0)} ms without (parsing the page)`,
    );
    return { rows, big, bigWithout };
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
    await gen.close();
  }
}
