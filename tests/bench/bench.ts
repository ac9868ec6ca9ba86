/**
 * npm run bench [-- --json FILE] [--reps N] [--browser] [--firefox] [--compare DIR]
 *
 * Speed over the corpus, interleaved (every page and every measure in turn,
 * repeated), reporting median and p95 per page and overall: DOM parse
 * (separately), Sift's in-place plan, Sift's reader extraction (on a
 * document of its own, which it uses up, as the reader view and the command
 * line run it), plain Readability (on a clone of the page, the baseline) and
 * Readability on a document of its own (no clone), and the ratios Sift ÷
 * Readability from the same run. Then
 * scaling on generated pages of ~1k, 10k and 100k elements. `--browser`:
 * the same in Chromium with the built extension; `--firefox`: in Firefox ESR
 * (plans' time, findings hidden, DOMContentLoaded and load with ÷ without).
 * `--compare DIR`: only the
 * content script's first plan, this build against another build of the
 * extension (a `chrome-mv3` folder), side by side. Figures only: nothing here
 * passes or fails.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { disposeDocument, parseHtml } from '../../cli/dom';
import { plan } from '../../utils/engine/plan';
import { extractArticle } from '../../utils/engine/reader';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { generatePage } from './generate';
import { median, p95 } from './stats';

// As the command line runs it: no computed styles (see PlanOptions).
const NODE = { computedStyles: false };
const MEASURES = ['parse', 'plan', 'reader', 'readability', 'readabilityAlone'] as const;
type Measure = (typeof MEASURES)[number];

/** Times `fn` on a document parsed for it alone (the parse not timed), then lets the document go. */
function onOwnDocument(p: { html: string; url: string }, fn: (doc: Document) => void): number {
  const own = parseHtml(p.html, p.url);
  try {
    return time(() => fn(own));
  } finally {
    disposeDocument(own);
  }
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'string' }, reps: { type: 'string', default: '5' }, browser: { type: 'boolean', default: false }, firefox: { type: 'boolean', default: false }, compare: { type: 'string' } },
  });
  const reps = Math.max(1, Number(values.reps) || 5);
  const cases = ['cluttered', 'readability', 'aeb'].flatMap((set) => loadCases(`${CORPUS}/${set}`));
  if (values.compare) {
    const { compareBuildsInChromium } = await import('../browser/bench-chromium');
    const result = await compareBuildsInChromium(cases, reps, values.compare);
    if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 1));
    return;
  }
  const pages = cases.map((c) => ({ id: `${c.set}/${c.name}`, html: readPage(c), url: c.url }));
  const samples = new Map<string, Record<Measure, number[]>>(pages.map((p) => [p.id, { parse: [], plan: [], reader: [], readability: [], readabilityAlone: [] }]));

  // Warm-up: one untimed pass so JIT and module loading do not count.
  for (const p of pages.slice(0, 10)) {
    const doc = parseHtml(p.html, p.url);
    plan(doc, p.url, {}, NODE);
    disposeDocument(doc);
  }
  for (let rep = 0; rep < reps; rep++) {
    for (const p of pages) {
      const s = samples.get(p.id)!;
      let doc!: Document;
      s.parse.push(time(() => (doc = parseHtml(p.html, p.url))));
      // Rotate the order of the measures so no one always runs on a warm cache.
      const order = [...MEASURES.slice(1)];
      for (let i = 0; i < rep % order.length; i++) order.push(order.shift()!);
      for (const m of order) {
        if (m === 'plan') s.plan.push(time(() => plan(doc, p.url, {}, NODE)));
        // As the reader view and the command line run it: on a parsed copy of its own (parsed untimed), used up.
        if (m === 'reader') s.reader.push(onOwnDocument(p, (own) => { try { extractArticle(own, p.url, {}, { consume: true }); } catch { /* no article: still timed */ } }));
        // The baseline as the issue and Readability's own README give it: on a clone of the page.
        if (m === 'readability') s.readability.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
        // And on a parsed copy of its own, like Sift's reader: what Readability alone costs.
        if (m === 'readabilityAlone') s.readabilityAlone.push(onOwnDocument(p, (own) => new Readability(own).parse()));
      }
      disposeDocument(doc);
    }
    (globalThis as { gc?: () => void }).gc?.(); // between repetitions, not inside a timing
    process.stderr.write(`rep ${rep + 1}/${reps}\n`);
  }

  const perPage = pages.map((p) => {
    const s = samples.get(p.id)!;
    const med = Object.fromEntries(MEASURES.map((m) => [m, median(s[m])])) as Record<Measure, number>;
    return { id: p.id, median: med, p95: Object.fromEntries(MEASURES.map((m) => [m, p95(s[m])])), planRatio: med.plan / med.readability, readerRatio: med.reader / med.readability, readerAloneRatio: med.reader / med.readabilityAlone };
  });
  const all = (m: Measure) => [...samples.values()].flatMap((s) => s[m]);
  console.log(`Corpus: ${pages.length} pages × ${reps} repetitions, interleaved (ms)`);
  console.log(`${'measure'.padEnd(22)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
  const label: Record<Measure, string> = { parse: 'DOM parse (jsdom)', plan: 'Sift plan (in place)', reader: 'Sift reader', readability: 'plain Readability', readabilityAlone: 'Readability, no clone' };
  for (const m of MEASURES) console.log(`${label[m].padEnd(22)} ${median(all(m)).toFixed(2).padStart(8)} ${p95(all(m)).toFixed(2).padStart(8)}`);
  const planRatios = perPage.map((p) => p.planRatio);
  const readerRatios = perPage.map((p) => p.readerRatio);
  console.log(`\nRatios per page, Sift ÷ Readability (same run):`);
  console.log(`  plan ÷ Readability    median ${median(planRatios).toFixed(3)}  p95 ${p95(planRatios).toFixed(3)}`);
  console.log(`  reader ÷ Readability  median ${median(readerRatios).toFixed(3)}  p95 ${p95(readerRatios).toFixed(3)}`);
  const aloneRatios = perPage.map((p) => p.readerAloneRatio);
  console.log(`  reader ÷ Readability with no clone (both on a document of their own)  median ${median(aloneRatios).toFixed(3)}  p95 ${p95(aloneRatios).toFixed(3)}`);
  const slowest = [...perPage].sort((a, b) => b.median.plan - a.median.plan).slice(0, 5);
  console.log(`\nSlowest plans: ${slowest.map((p) => `${p.id} ${p.median.plan.toFixed(1)}ms`).join(', ')}`);

  console.log(`\nScaling on generated pages (an article plus clutter-like blocks):`);
  console.log(`${'elements'.padStart(9)} ${'plan ms'.padStart(9)} ${'µs/element'.padStart(11)} ${'heap MB'.padStart(8)}`);
  const scaling = [];
  for (const target of [1_000, 10_000, 100_000]) {
    const html = generatePage(target);
    const doc = parseHtml(html, 'https://generated.example/article');
    const elements = doc.getElementsByTagName('*').length;
    const runs: number[] = [];
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    for (let i = 0; i < (target >= 100_000 ? 3 : 7); i++) {
      runs.push(time(() => plan(doc, 'https://generated.example/article', {}, NODE)));
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    const ms = median(runs);
    const row = { elements, planMs: ms, usPerElement: (ms * 1000) / elements, heapMB: (heapPeak - heapBefore) / 2 ** 20 };
    scaling.push(row);
    console.log(`${String(elements).padStart(9)} ${ms.toFixed(1).padStart(9)} ${row.usPerElement.toFixed(2).padStart(11)} ${row.heapMB.toFixed(1).padStart(8)}`);
  }

  let browser;
  if (values.browser) {
    const { benchInChromium } = await import('../browser/bench-chromium');
    browser = await benchInChromium(cases, reps);
  }
  let firefox;
  if (values.firefox) {
    const { benchInFirefox } = await import('../browser/bench-firefox');
    firefox = await benchInFirefox(cases, reps);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ reps, perPage, scaling, browser, firefox }, null, 1));
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
