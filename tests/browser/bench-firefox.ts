import type { Browser } from 'puppeteer-core';
import type { Case } from '../helpers/corpus';
import { median, p95 } from '../bench/stats';
import { launchFirefox } from './firefox';
import { serve } from './server';
import { benchSample } from './bench-sample';

/** One load in Firefox: navigation timing, and under `#sift-debug` Sift's plans. */
interface FirefoxTiming {
  dclMs: number;
  loadMs: number;
  /** Sift's plans by then (`sift:plan`, their own time summed over slices), and when the first plan's findings were hidden after DOMContentLoaded ended. */
  sift: { planMs: number; hiddenAfterDclMs: number } | null;
}

const READ_TIMING = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const plans = performance.getEntriesByName('sift:plan');
  const applied = performance.getEntriesByName('sift:applied')[0];
  return {
    dclMs: nav.domContentLoadedEventEnd - nav.startTime,
    loadMs: nav.loadEventEnd - nav.startTime,
    sift: plans.length && applied ? { planMs: plans.reduce((a, e) => a + e.duration, 0), hiddenAfterDclMs: applied.startTime - nav.domContentLoadedEventEnd } : null,
  };
})()`;

/** Loads `url` in a new tab, waits for load (and, with Sift, its first plan's findings hidden), reads the timing. */
async function measure(browser: Browser, url: string, withSift: boolean, hash = '#sift-debug'): Promise<FirefoxTiming> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}${hash}`, { waitUntil: 'load', timeout: 60_000 });
    if (withSift) await page.waitForFunction('performance.getEntriesByName("sift:applied").length > 0', { timeout: 20_000, polling: 'mutation' }).catch(() => {});
    await page.waitForFunction('performance.getEntriesByType("navigation")[0].loadEventEnd > 0', { timeout: 20_000 });
    return (await page.evaluate(READ_TIMING)) as FirefoxTiming;
  } finally {
    await page.close();
  }
}

/**
 * Firefox ESR with and without the built extension, interleaved per page (new
 * tab each): the plans' own time on the page's thread (the copy, and marking
 * what the background page's plan names), when the findings were hidden, and
 * DOMContentLoaded/load with ÷ without; then the same page planned in place,
 * for comparison. Not among the issue's targets (they are Chromium's); printed
 * so Firefox's cost is seen too.
 */
export async function benchInFirefox(cases: Case[], reps: number) {
  const server = await serve();
  const withExt = await launchFirefox();
  const without = await launchFirefox({ extension: false });
  const sample = benchSample(cases);
  const rows = sample.map(() => ({ with: [] as FirefoxTiming[], without: [] as FirefoxTiming[], inPlace: [] as FirefoxTiming[] }));
  const skipped: string[] = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      console.error(`Firefox, loads: rep ${rep + 1}/${reps}`);
      for (const [i, c] of sample.entries()) {
        const url = `${server.base}/${c.set}/${c.name}/page.html`;
        // Which browser loads the page first alternates, so neither always meets a warmer machine.
        const order = (rep + i) % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        try {
          const pair = { with: null as FirefoxTiming | null, without: null as FirefoxTiming | null };
          for (const which of order) pair[which] = await measure(which === 'with' ? withExt : without, url, which === 'with');
          // And planned in place, on the page's thread, as before the background page planned copies.
          const inPlace = await measure(withExt, url, true, '#sift-debug,sift-in-place');
          rows[i].with.push(pair.with!);
          rows[i].without.push(pair.without!);
          rows[i].inPlace.push(inPlace);
        } catch (error) {
          // Firefox reports some corpus pages' navigation as failed (with or without Sift: a resource of a host that does
          // not resolve here; their load then ends seconds later): left out, both ways.
          skipped.push(`${c.set}/${c.name}: ${String(error instanceof Error ? error.message : error).split('\n')[0].slice(0, 100)}`);
        }
      }
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  const planned = rows.flatMap((r) => r.with.flatMap((t) => (t.sift ? [t.sift] : [])));
  const plannedInPlace = rows.flatMap((r) => r.inPlace.flatMap((t) => (t.sift ? [t.sift] : [])));
  const ratio = (key: 'dclMs' | 'loadMs') => rows.filter((r) => r.with.length).map((r) => median(r.with.map((t) => t[key])) / median(r.without.map((t) => t[key])));
  const summary = {
    pages: sample.length,
    loads: rows.reduce((a, r) => a + r.with.length, 0),
    planned: planned.length,
    planMs: { median: median(planned.map((p) => p.planMs)), p95: p95(planned.map((p) => p.planMs)) },
    hiddenAfterDclMs: { median: median(planned.map((p) => p.hiddenAfterDclMs)), p95: p95(planned.map((p) => p.hiddenAfterDclMs)) },
    inPlace: {
      planMs: { median: median(plannedInPlace.map((p) => p.planMs)), p95: p95(plannedInPlace.map((p) => p.planMs)) },
      hiddenAfterDclMs: { median: median(plannedInPlace.map((p) => p.hiddenAfterDclMs)), p95: p95(plannedInPlace.map((p) => p.hiddenAfterDclMs)) },
    },
    dclRatio: { median: median(ratio('dclMs')), p95: p95(ratio('dclMs')) },
    loadRatio: { median: median(ratio('loadMs')), p95: p95(ratio('loadMs')) },
  };
  const f = (n: number, d = 2) => n.toFixed(d);
  console.log(`\nFirefox ESR with the built extension (${summary.pages} corpus pages × ${reps}, with/without interleaved, new tab each):`);
  console.log(`  plans as copies in the background page: the page's own time  median ${f(summary.planMs.median)} ms  p95 ${f(summary.planMs.p95)} ms  (${summary.planned} of ${summary.loads} loads planned)`);
  console.log(`    findings hidden after DOMContentLoaded ended  median ${f(summary.hiddenAfterDclMs.median, 1)} ms  p95 ${f(summary.hiddenAfterDclMs.p95, 1)} ms`);
  console.log(`  the same pages planned in place (#sift-in-place)  median ${f(summary.inPlace.planMs.median)} ms  p95 ${f(summary.inPlace.planMs.p95)} ms`);
  console.log(`    findings hidden after DOMContentLoaded ended  median ${f(summary.inPlace.hiddenAfterDclMs.median, 1)} ms  p95 ${f(summary.inPlace.hiddenAfterDclMs.p95, 1)} ms`);
  console.log(`  DOMContentLoaded with ÷ without  median ${f(summary.dclRatio.median, 3)}  p95 ${f(summary.dclRatio.p95, 3)}`);
  console.log(`  load with ÷ without              median ${f(summary.loadRatio.median, 3)}  p95 ${f(summary.loadRatio.p95, 3)}`);
  for (const s of skipped) console.log(`  left out: ${s}`);
  return { ...summary, skipped };
}
