import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { Case } from '../helpers/corpus';
import { FRAME_DOCUMENT, generateFramedPage, generatePage } from '../bench/generate';
import { median, p95 } from '../bench/stats';
import { launchChromium, type Chromium } from './chromium';
import { serve } from './server';
import { benchSample } from './bench-sample';
import { sliceCpu, type TraceEvent } from './slice-cpu';

interface PageTiming {
  siftMs: number;
  /** Each phase of the first plan (ms), when it ran in one slice; null otherwise. */
  phases: Record<string, number> | null;
  /** Sift's longest stretch in one task (its longest slice). */
  siftSliceMs: number;
  longestTaskMs: number;
  dclMs: number;
  loadMs: number;
  /**
   * The first plan, when it was of a copy (the planner, Chrome): its round trip, the planner's
   * own parse and plan (ms), and when its findings were hidden, after DOMContentLoaded ended; null when planned in place.
   */
  copy: { roundTripMs: number; parseMs: number; planMs: number; hiddenAfterDclMs: number } | null;
}

const OBSERVE_LONG_TASKS = `
  window.__siftLongest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__siftLongest = Math.max(window.__siftLongest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** A corpus page's address on the test server. */
const pageUrl = (base: string, c: Case) => `${base}/${c.set}/${c.name}/page.html`;

/** Loads `url` under `#sift-debug` (Sift marks its plans) and waits until its first plan is measured. */
async function loadPlanned(page: Page, url: string, timeouts: { load: number; plan: number }): Promise<void> {
  await page.goto(`${url}#sift-debug`, { waitUntil: 'load', timeout: timeouts.load });
  await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0, undefined, { timeout: timeouts.plan });
}

/** Loads `url` (as `loadPlanned`) and returns its first plan's own time. */
async function firstPlanOf(page: Page, url: string): Promise<number> {
  return (await firstPlanTimes(page, url)).planMs;
}

/** Loads `url` (as `loadPlanned`): its first plan's own time, and how long after DOMContentLoaded ended its findings were hidden. */
async function firstPlanTimes(page: Page, url: string): Promise<{ planMs: number; hiddenMs: number }> {
  await loadPlanned(page, url, { load: 60_000, plan: 10_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      planMs: performance.getEntriesByName('sift:plan')[0].duration,
      hiddenMs: (performance.getEntriesByName('sift:applied')[0]?.startTime ?? NaN) - nav.domContentLoadedEventEnd,
    };
  });
}

async function measure(context: BrowserContext, url: string, waitForPlan = false): Promise<PageTiming> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(`${url}#sift-debug`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  // A huge page is planned in slices after load, a small one can be planned after it: wait for the plan.
  if (waitForPlan) await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0, undefined, { timeout: 120_000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const sift = performance.getEntriesByName('sift:plan').reduce((a, e) => a + e.duration, 0);
    // Phase ends are marks; durations are exact only for a plan done in one slice (no page tasks in between).
    const slices = performance.getEntriesByName('sift:slice');
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sift:phase:'));
    let phases: Record<string, number> | null = null;
    if (slices.length === 1 && marks.length > 0) {
      phases = {};
      let last = slices[0].startTime;
      for (const m of marks) {
        const name = m.name.slice('sift:phase:'.length);
        if (name in phases) break; // a later plan
        phases[name] = m.startTime - last;
        last = m.startTime;
      }
    }
    return {
      siftMs: sift,
      phases,
      siftSliceMs: performance.getEntriesByName('sift:slice').reduce((a, e) => Math.max(a, e.duration), 0),
      copy: performance.getEntriesByName('sift:copy').length
        ? {
            roundTripMs: performance.getEntriesByName('sift:copy')[0].duration,
            parseMs: performance.getEntriesByName('sift:copy:parse')[0]?.duration ?? 0,
            planMs: performance.getEntriesByName('sift:copy:plan')[0]?.duration ?? 0,
            hiddenAfterDclMs: (performance.getEntriesByName('sift:applied')[0]?.startTime ?? NaN) - nav.domContentLoadedEventEnd,
          }
        : null,
      longestTaskMs: (window as unknown as { __siftLongest: number }).__siftLongest,
      dclMs: nav.domContentLoadedEventEnd - nav.startTime,
      loadMs: nav.loadEventEnd - nav.startTime,
    };
  });
  await page.close();
  return t;
}

interface TracedLoad {
  /** Thread CPU time of all of Sift's main-thread work on the page (its scripts' start, the plan, its callbacks). */
  cpuMs: number;
  /** The same events' wall time: above the CPU time when the thread waits (for a core, here). */
  wallMs: number;
  /** Of `cpuMs`: starting Sift (compiling and running the top level of its early script and of its content script's module). */
  startMs: number;
  /** The plans' own `performance.measure` (wall time, under tracing). */
  planMs: number;
  /**
   * The same slices' thread CPU time: the CPU clock the trace gives each of the marks that
   * bracket a slice (`sift:slice:start`, `sift:slice:end`; see `CleanerOptions.debug`),
   * end minus start, summed. Wall time above it is the thread waiting (for a core, here).
   */
  planCpuMs: number;
  /** Not in `cpuMs`: compiling Sift's module on a background thread while it streams in (a site's first pages). */
  offThreadMs: number;
  /**
   * Sift's longest single event on the main thread (a slice of a plan, a callback, a script's
   * start) by wall time, and its thread CPU: a slice is a task's worth of Sift, and where its
   * wall time is well above its CPU the thread waited (for a core, or a garbage collection's helpers).
   */
  longest: { wallMs: number; cpuMs: number };
}

/**
 * One load with a trace (the DevTools timeline and V8 categories): the CPU the
 * page's main thread spent in Sift, all of it, which the plan's own
 * `performance.measure` leaves out (compiling and starting the scripts) or
 * overstates (wall time includes the time the thread waits for a core on a
 * busy machine). Events are the outermost `EvaluateScript` and `FunctionCall`
 * of the extension's scripts, and compiling, evaluating and caching its module
 * (`v8.compileModule`, `v8.evaluateModule` in an extension's isolated world,
 * `v8.produceModuleCache`); microtasks run outside them are not counted.
 * In a new tab (a new renderer, nothing of Sift's compiled yet), or in `tab`,
 * navigated from the page before (a reader going from article to article on
 * one site, whose pages share a renderer and its compiled code).
 */
async function traceLoad(chromium: Chromium, url: string, tab?: Page): Promise<TracedLoad> {
  const page = tab ?? (await within(chromium.context.newPage(), 60_000, `opening a tab (${url}) did not end`));
  const { events, value: planMs } = await traced(chromium, page, url, async (step) => {
    await loadPlanned(page, url, { load: 120_000, plan: 120_000 });
    return step('reading the plan marks', page.evaluate(() => performance.getEntriesByName('sift:plan').reduce((a, e) => a + e.duration, 0)));
  });
  if (!tab) await within(page.close(), 60_000, `closing the page (${url}) did not end`);
  const prefix = `chrome-extension://${chromium.extensionId}/`;
  const out = { ...siftsWork(events, prefix), planMs, planCpuMs: sliceCpu(events), offThreadMs: 0 };
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'v8.parseOnBackground' && String(e.args?.data?.url ?? '').startsWith(prefix)) out.offThreadMs += (e.tdur ?? 0) / 1000;
  }
  return out;
}

/** All of Sift's work in a trace (see `isSifts`), outermost events only: thread CPU, wall time, the scripts' start, the longest. */
function siftsWork(events: readonly TraceEvent[], prefix: string): Pick<TracedLoad, 'cpuMs' | 'wallMs' | 'startMs' | 'longest'> {
  const mine = events.filter((e) => e.ph === 'X' && isSifts(e, prefix)).sort((a, b) => a.ts - b.ts);
  const out = { cpuMs: 0, wallMs: 0, startMs: 0, longest: { wallMs: 0, cpuMs: 0 } };
  const ends = new Map<string, number>(); // per thread: where the last counted event ended (nested ones are inside it)
  for (const e of mine) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(thread) ?? -1)) continue;
    ends.set(thread, e.ts + (e.dur ?? 0));
    out.cpuMs += (e.tdur ?? 0) / 1000;
    out.wallMs += (e.dur ?? 0) / 1000;
    if (e.name !== 'FunctionCall') out.startMs += (e.tdur ?? 0) / 1000;
    if ((e.dur ?? 0) / 1000 > out.longest.wallMs) out.longest = { wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 };
  }
  return out;
}

/** A page that keeps adding content after DOMContentLoaded: a paragraph to a feed every `FEED.every` ms for `FEED.for` ms, then a "Most read" rail. */
const FEED = { every: 100, for: 5000 };
const FEED_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  const feed = document.body.appendChild(document.createElement('div'));
  let n = 0;
  const timer = setInterval(() => {
    n++;
    feed.insertAdjacentHTML('beforeend', '<div class="feed-item"><p>Update ' + n + ' of the feed, with <a href="/u' + n + '">a link</a> and a few more words to read.</p></div>');
    if (n * ${FEED.every} < ${FEED.for}) return;
    clearInterval(timer);
    feed.insertAdjacentHTML('beforeend', '<div id="feed-end"><h3>Most read</h3><ol><li><a href="/m1">One story</a></li><li><a href="/m2">Another</a></li></ol></div>');
  }, ${FEED.every});
});`;

/** A traced load of a page that keeps adding content (see `FEED`), in a new tab, until Sift hid the rail added last: all of its work, its plans. */
export interface FedLoad {
  cpuMs: number;
  /** The plans' thread CPU (their slices), how many plans, and how many of their copies were changes (see utils/live/copy-tracker.ts). */
  planCpuMs: number;
  plans: number;
  changes: number;
}

async function traceFeed(chromium: Chromium, url: string): Promise<FedLoad> {
  const page = await within(chromium.context.newPage(), 60_000, `opening a tab (${url}) did not end`);
  try {
    await page.addInitScript(FEED_SCRIPT);
    const { events, value: counts } = await traced(chromium, page, url, async (step) => {
      await loadPlanned(page, url, { load: 120_000, plan: 120_000 });
      await page.waitForFunction(() => document.getElementById('feed-end')?.closest('[data-sift-hide]') != null, undefined, { timeout: FEED.for + 30_000 });
      return step('reading the marks', page.evaluate(() => [performance.getEntriesByName('sift:plan').length, performance.getEntriesByName('sift:copy:changes').length]));
    });
    return { cpuMs: siftsWork(events, `chrome-extension://${chromium.extensionId}/`).cpuMs, planCpuMs: sliceCpu(events), plans: counts[0], changes: counts[1] };
  } finally {
    await page.close();
  }
}

/** The corpus pages a page-that-keeps-adding run loads (each takes `FEED.for` and more). */
const feedSample = (cases: readonly Case[]) => benchSample(cases).filter((c) => c.set !== 'cluttered').slice(0, 8);

function describeFed(loads: readonly FedLoad[]): string {
  const perPlan = loads.map((l) => l.planCpuMs / l.plans);
  return (
    `all of Sift's work, thread CPU median ${median(loads.map((l) => l.cpuMs)).toFixed(1)} ms; its plans ${median(loads.map((l) => l.planCpuMs)).toFixed(1)} ms ` +
    `in ${median(loads.map((l) => l.plans))} plans (${median(loads.map((l) => l.changes))} sent as changes), ${median(perPlan).toFixed(2)} ms a plan`
  );
}

/**
 * The trace of what `during` does in `page` (the categories the benchmark
 * reads), and what it returned. Every wait on the browser is bounded (`step`):
 * a wait it never ends must fail the run, not hang it.
 */
async function traced<T>(
  chromium: Chromium,
  page: Page,
  url: string,
  during: (step: <S>(what: string, promise: Promise<S>) => Promise<S>) => Promise<T>,
): Promise<{ events: TraceEvent[]; value: T }> {
  const step = <S>(what: string, promise: Promise<S>) => within(promise, 60_000, `${what} (${url}) did not end`);
  const cdp = await step('attaching to the page', chromium.context.newCDPSession(page));
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await step('starting the trace', cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink.user_timing'] }, transferMode: 'ReportEvents' }));
  const value = await during(step);
  await step('ending the trace', cdp.send('Tracing.end'));
  await step('the trace', complete);
  await step('detaching from the page', cdp.detach());
  return { events, value };
}

/** `promise`, or an error after `ms`: a wait the browser never ends must fail the run, not hang it. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} in ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether a trace event is the extension's work: its scripts' evaluation and
 * calls into them (by the script's address), its module compiled and cached
 * (the same), and the module's evaluation, which names only its world (an
 * extension's isolated world has a name; the page's main world has none).
 */
function isSifts(e: TraceEvent, prefix: string): boolean {
  switch (e.name) {
    case 'EvaluateScript':
    case 'FunctionCall':
    case 'v8.compileModule':
    case 'v8.produceModuleCache':
      return String(e.args?.data?.url ?? '').startsWith(prefix);
    case 'v8.evaluateModule':
      return Boolean(e.args?.worldName);
    default:
      return false;
  }
}

/**
 * An unpacked Manifest V3 extension in a new temporary folder: a service
 * worker (`background.js`) and content scripts on every http(s) page, in the
 * top frame as Sift's, each `[file, run_at]`; `files` holds every script's source.
 */
function controlExtension(name: string, scripts: [string, string][], files: Record<string, string>, permissions: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-control-ext-'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    permissions,
    background: { service_worker: 'background.js' },
    content_scripts: scripts.map(([js, runAt]) => ({ matches: ['http://*/*', 'https://*/*'], js: [js], run_at: runAt })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
  return dir;
}

/**
 * The control for the DOMContentLoaded ratio: an extension whose content
 * script, injected like Sift's (document_start, top frame), does nothing.
 * What it costs is the price of any such extension, and how far the ratio
 * moves by chance.
 */
const emptyExtension = () => controlExtension('empty control', [['content.js', 'document_start']], { 'background.js': '', 'content.js': '' });

/**
 * The floor under the content script's cost: an extension whose scripts do
 * only what Sift's cannot leave out, and no cleaning. At document_start, in
 * the top frame, it starts reading its settings from storage; once the page is
 * parsed it takes them, listens for its popup's messages, counts the body's
 * elements in the next frame and reports the count to its background (Sift's
 * badge). Traced like Sift, it says what any extension doing that costs: the
 * isolated world, the extension API's bindings, a message.
 *
 * `readsPage`: it counts them by walking every node of the body once instead,
 * reading each one's type, an element's tag name and a text node's length, the
 * least an engine that looks at the whole page does. In an extension's
 * isolated world every node met for the first time gets a new wrapper, and
 * every kind of element its interface: the cost of reading the page at all.
 */
function floorExtension(readsPage = false): string {
  // It marks its count (the walk, when it walks) as Sift's first plan, so the traced load waits for it the same way.
  const content = `(async () => {
    await globalThis.settings;
    chrome.runtime.onMessage.addListener(() => {});
    requestAnimationFrame(() => {
      const start = performance.now();
      const body = document.body;
      let count = 0;
      if (${readsPage} && body) {
        let node = body.firstChild;
        let chars = 0;
        while (node) {
          let next = null;
          const type = node.nodeType;
          if (type === 1) {
            count++;
            if (node.tagName) next = node.firstChild;
          } else if (type === 3) chars += node.data.length;
          while (!next && node) {
            next = node.nextSibling;
            if (next) break;
            node = node.parentNode;
            if (node === body) node = null;
          }
          node = next;
        }
        globalThis.chars = chars;
      } else if (body) count = body.querySelectorAll('*').length;
      chrome.runtime.sendMessage({ count }).catch(() => {});
      performance.measure('sift:plan', { start, duration: performance.now() - start });
    });
  })();`;
  return controlExtension(
    readsPage ? 'floor control, reading the page' : 'floor control',
    [
      ['early.js', 'document_start'],
      ['content.js', 'document_end'],
    ],
    {
      'background.js': 'chrome.runtime.onMessage.addListener((message, sender, reply) => reply(true));',
      'early.js': 'globalThis.settings = chrome.storage.local.get(["settings"]);',
      'content.js': content,
    },
    ['storage'],
  );
}

/** Elements of the small generated page: an article of 12 paragraphs and one block of each kind of clutter. */
const SMALL_PAGE = 60;

/**
 * The first plan of a small generated page, `loads` times in a new tab and
 * `loads` times in one tab going from load to load (its first load, a new tab
 * too, is left out). A new tab gets a new renderer process, in which every
 * DOM binding, built-in function and regular expression the plan uses is met
 * for the first time; the same tab keeps its renderer, and what it learnt of
 * Sift's code the load before. On so small a page that is most of the cost.
 */
async function smallPagePlans(chromium: Chromium, url: string, loads: number): Promise<{ newTab: number[]; sameTab: number[] }> {
  const out = { newTab: [] as number[], sameTab: [] as number[] };
  const tab = await chromium.context.newPage();
  try {
    await firstPlanOf(tab, `${url}?same-0`);
    for (let i = 1; i <= loads; i++) {
      const page = await chromium.context.newPage();
      try {
        out.newTab.push(await firstPlanOf(page, `${url}?new-${i}`));
      } finally {
        await page.close();
      }
      out.sameTab.push(await firstPlanOf(tab, `${url}?same-${i}`));
    }
  } finally {
    await tab.close();
  }
  return out;
}

const FRAMES = 8;

/**
 * Each page of `cases` in a new tab, each time under the name of a site the
 * browser has never seen (`site-N.test`, mapped to 127.0.0.1 like the frames'
 * sites): Chromium keeps the compiled code of Sift's content script module in
 * its code cache for each site, from the second page of a site on, and uses it
 * from the third. The traced loads above are pages of one site (the test
 * server), so they show a site visited before; these show a site's first page.
 */
async function traceFirstVisits(chromium: Chromium, cases: Case[], base: string, reps: number): Promise<TracedLoad[][]> {
  await chromium.context.route(MADE_UP_SITE, toLocalServer);
  const out = cases.map(() => [] as TracedLoad[]);
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const [i, c] of cases.entries()) out[i].push(await traceLoad(chromium, onNewSite(pageUrl(base, c))));
    }
  } finally {
    await chromium.context.unroute(MADE_UP_SITE, toLocalServer);
  }
  return out;
}

/**
 * Made-up sites (`frame-N.test` for the framed page's iframes, `site-N.test`
 * for a site's first page), each a site of its own to the browser, all served
 * by the local test servers (every other address is aborted).
 */
const MADE_UP_SITE = /^http:\/\/[a-z]+-\d+\.test:/;
const toLocalServer = (route: Route) => route.continue({ url: route.request().url().replace(/[a-z]+-\d+\.test/, '127.0.0.1') });
let sitesMade = 0;
const onNewSite = (url: string) => url.replace('127.0.0.1', `site-${++sitesMade}.test`);

/**
 * A generated page of 1,000 elements with FRAMES iframes of as many other
 * sites (ads, players, embeds: a renderer process each), and the same page
 * without them, each loaded `reps` times in a new tab and traced: Sift's CPU
 * in every process the page made.
 */
async function traceFramed(chromium: Chromium, reps: number): Promise<{ framed: TracedLoad[]; unframed: TracedLoad[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'sift-framed-'));
  const server = await serve(dir);
  writeFileSync(join(dir, 'frame.html'), FRAME_DOCUMENT);
  writeFileSync(join(dir, 'framed.html'), generateFramedPage(1_000, FRAMES, Number(new URL(server.base).port)));
  writeFileSync(join(dir, 'unframed.html'), generatePage(1_000));
  // The frames' sites are names for 127.0.0.1 (every other address is aborted).
  await chromium.context.route(MADE_UP_SITE, toLocalServer);
  const out = { framed: [] as TracedLoad[], unframed: [] as TracedLoad[] };
  try {
    for (let rep = 0; rep < reps; rep++) {
      out.framed.push(await traceLoad(chromium, `${server.base}/framed.html`));
      out.unframed.push(await traceLoad(chromium, `${server.base}/unframed.html`));
    }
  } finally {
    await chromium.context.unroute(MADE_UP_SITE, toLocalServer);
    await server.close();
  }
  return out;
}

function describeFramed({ framed, unframed }: { framed: TracedLoad[]; unframed: TracedLoad[] }): string {
  const cpu = (loads: TracedLoad[]) => median(loads.map((t) => t.cpuMs)).toFixed(2);
  return `generated 1k-element page with ${FRAMES} iframes of ${FRAMES} other sites: all of Sift's work, thread CPU in all of the page's processes, median ${cpu(framed)} ms (${cpu(unframed)} ms without the iframes; new tab each)`;
}

/** In Chromium with and without the built extension: the content script's own time, longest task, DCL/load ratio. */
export async function benchInChromium(cases: Case[], reps: number) {
  const server = await serve();
  const genDir = mkdtempSync(join(tmpdir(), 'sift-gen-'));
  writeFileSync(join(genDir, 'page-100k.html'), generatePage(100_000));
  writeFileSync(join(genDir, 'page-small.html'), generatePage(SMALL_PAGE));
  const gen = await serve(genDir);
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  const control = await launchChromium({ build: emptyExtension() });
  // Launched for the traced loads only: idle, they would run beside the timed ones.
  let floor: Chromium | undefined;
  let walkFloor: Chromium | undefined;
  const sample = benchSample(cases);
  const rows: { id: string; with: PageTiming[]; without: PageTiming[]; control: PageTiming[] }[] = sample.map((c) => ({ id: `${c.set}/${c.name}`, with: [], without: [], control: [] }));
  const browsers = [
    ['with', withExt],
    ['without', without],
    ['control', control],
  ] as const;
  try {
    for (let rep = 0; rep < reps; rep++) {
      process.stderr.write(`Chromium, timed loads: rep ${rep + 1}/${reps}\n`);
      for (const [i, c] of sample.entries()) {
        const url = pageUrl(server.base, c);
        // Rotate which browser goes first.
        for (let k = 0; k < browsers.length; k++) {
          const [key, b] = browsers[(k + rep + i) % browsers.length];
          // Sift's load waits for its first plan, which can come after load on a small page.
          rows[i][key].push(await measure(b.context, url, key === 'with'));
        }
      }
    }
    // Traced loads apart from the timed ones: tracing costs a little, and must not tilt the ratios.
    const traced = sample.map(() => [] as TracedLoad[]);
    const sameTab = sample.map(() => [] as TracedLoad[]);
    const floorNew: number[][] = sample.map(() => []);
    const floorSame: number[][] = sample.map(() => []);
    const walkNew: TracedLoad[][] = sample.map(() => []);
    const walkSame: TracedLoad[][] = sample.map(() => []);
    floor = await launchChromium({ build: floorExtension() });
    walkFloor = await launchChromium({ build: floorExtension(true) });
    const tab = await withExt.context.newPage();
    const floorTab = await floor.context.newPage();
    const walkTab = await walkFloor.context.newPage();
    for (let rep = 0; rep < reps; rep++) {
      process.stderr.write(`Chromium, traced loads: rep ${rep + 1}/${reps}\n`);
      for (const [i, c] of sample.entries()) {
        const url = pageUrl(server.base, c);
        traced[i].push(await traceLoad(withExt, url));
        sameTab[i].push(await traceLoad(withExt, url, tab));
        floorNew[i].push((await traceLoad(floor, url)).cpuMs);
        floorSame[i].push((await traceLoad(floor, url, floorTab)).cpuMs);
        walkNew[i].push(await traceLoad(walkFloor, url));
        walkSame[i].push(await traceLoad(walkFloor, url, walkTab));
      }
    }
    await tab.close();
    await floor.close();
    await walkFloor.close();
    floor = walkFloor = undefined;
    process.stderr.write("Chromium, each site's first page\n");
    const firstVisits = await traceFirstVisits(withExt, sample, server.base, reps);
    const sift = rows.map((r) => median(r.with.map((t) => t.siftMs)));
    const longest = rows.map((r) => Math.max(...r.with.map((t) => t.longestTaskMs)));
    const dclRatio = rows.map((r) => median(r.with.map((t) => t.dclMs)) / median(r.without.map((t) => t.dclMs)));
    const loadRatio = rows.map((r) => median(r.with.map((t) => t.loadMs)) / median(r.without.map((t) => t.loadMs)));
    const controlRatio = rows.map((r) => median(r.control.map((t) => t.dclMs)) / median(r.without.map((t) => t.dclMs)));
    console.log(`\nChromium with the built extension (${sample.length} corpus pages × ${reps}, with/without/control interleaved):`);
    console.log(`  content script time per page   median ${median(sift).toFixed(2)} ms  p95 ${p95(sift).toFixed(2)} ms (its plans' wall time)`);
    const planCpu = traced.map((t) => median(t.map((x) => x.planCpuMs)));
    const planCpuSame = sameTab.map((t) => median(t.map((x) => x.planCpuMs)));
    const planWallTraced = traced.map((t) => median(t.map((x) => x.planMs)));
    console.log(
      `    the same plans' thread CPU     median ${median(planCpu).toFixed(2)} ms  p95 ${p95(planCpu).toFixed(2)} ms (traced loads, new tab; ${median(planCpuSame).toFixed(2)} ms in the same tab); ` +
        `their wall time in those loads ${median(planWallTraced).toFixed(2)} ms: above CPU, the thread waited for a core`,
    );
    const copies = rows.flatMap((r) => r.with.flatMap((t) => (t.copy ? [t.copy] : [])));
    if (copies.length) {
      const of = (k: keyof NonNullable<PageTiming['copy']>) => median(copies.map((c) => c[k])).toFixed(1);
      console.log(
        `  planned as a copy in the planner  ${copies.length} of ${rows.length * reps} loads; round trip median ${of('roundTripMs')} ms (the planner parsing ${of('parseMs')}, planning ${of('planMs')}); ` +
          `findings hidden ${of('hiddenAfterDclMs')} ms after DOMContentLoaded ended`,
      );
    }
    const cpu = traced.map((t) => median(t.map((x) => x.cpuMs)));
    const start = traced.map((t) => median(t.map((x) => x.startMs)));
    const wall = traced.map((t) => median(t.map((x) => x.wallMs)));
    console.log(`  all of Sift's work, thread CPU   median ${median(cpu).toFixed(2)} ms  p95 ${p95(cpu).toFixed(2)} ms (traced loads: starting the scripts, the plan, callbacks)`);
    console.log(`    of which starting its scripts  median ${median(start).toFixed(2)} ms (compiling and running the top level of early.js and of the content-main.js module)`);
    console.log(`    the same events' wall time     median ${median(wall).toFixed(2)} ms (above CPU: the thread waited for one of the machine's cores)`);
    const firstCpu = firstVisits.map((t) => median(t.map((x) => x.cpuMs)));
    const firstStart = firstVisits.map((t) => median(t.map((x) => x.startMs)));
    const offThread = (loads: TracedLoad[][]) => median(loads.map((t) => median(t.map((x) => x.offThreadMs)))).toFixed(2);
    console.log(`  the same, a site's first page    thread CPU median ${median(firstCpu).toFixed(2)} ms  p95 ${p95(firstCpu).toFixed(2)} ms, of which starting ${median(firstStart).toFixed(2)} ms`);
    console.log(`                                   (new tab, each load on a site never seen: nothing of Sift's in Chromium's code cache for it;`);
    console.log(`                                   compiling the module on a background thread besides: median ${offThread(firstVisits)} ms; a site visited before: ${offThread(traced)} ms)`);
    const tabCpu = sameTab.map((t) => median(t.map((x) => x.cpuMs)));
    const tabStart = sameTab.map((t) => median(t.map((x) => x.startMs)));
    const tabPlan = sameTab.map((t) => median(t.map((x) => x.planMs)));
    console.log(`  the next page in the same tab    thread CPU median ${median(tabCpu).toFixed(2)} ms  p95 ${p95(tabCpu).toFixed(2)} ms, of which starting ${median(tabStart).toFixed(2)} ms; its plans ${median(tabPlan).toFixed(2)} ms wall`);
    console.log(`                                   (one tab going from page to page, as on one site: the renderer has Sift's code compiled; in a new tab ${median(traced.map((t) => median(t.map((x) => x.planMs)))).toFixed(2)} ms wall, traced)`);
    const floorCpu = (loads: number[][]) => median(loads.map(median)).toFixed(2);
    console.log(`  the floor: an extension that only reads its settings, listens for messages and reports a count (see floorExtension)`);
    console.log(`                                   thread CPU median ${floorCpu(floorNew)} ms in a new tab, ${floorCpu(floorSame)} ms for the next page in the same tab`);
    const walkCpu = (loads: TracedLoad[][], key: 'cpuMs' | 'planMs') => median(loads.map((t) => median(t.map((x) => x[key])))).toFixed(2);
    console.log(`  the same, reading the page: it walks every node of the body once instead (type, tag name, text length; see floorExtension)`);
    console.log(`                                   thread CPU median ${walkCpu(walkNew, 'cpuMs')} ms in a new tab, ${walkCpu(walkSame, 'cpuMs')} ms in the same tab; the walk alone ${walkCpu(walkNew, 'planMs')} ms and ${walkCpu(walkSame, 'planMs')} ms wall`);
    const least = sift.indexOf(Math.min(...sift));
    console.log(`  least on any page               ${sift[least].toFixed(2)} ms (${rows[least].id}: the cost of the engine's code run cold, whatever the page)`);
    console.log(`  longest task while loading     median ${median(longest).toFixed(0)} ms  max ${Math.max(...longest).toFixed(0)} ms (long tasks are ≥ 50 ms; 0 = none)`);
    console.log(`  DOMContentLoaded with ÷ without median ${median(dclRatio).toFixed(3)}  p95 ${p95(dclRatio).toFixed(3)}`);
    console.log(`  load with ÷ without             median ${median(loadRatio).toFixed(3)}  p95 ${p95(loadRatio).toFixed(3)}`);
    console.log(`  DOMContentLoaded, control       median ${median(controlRatio).toFixed(3)}  (an extension whose document_start content script is empty, ÷ without)`);
    const oneSlice = rows.flatMap((r) => r.with.flatMap((t) => (t.phases ? [t.phases] : [])));
    if (oneSlice.length) {
      const names = Object.keys(oneSlice[0]);
      const parts = names.map((n) => `${n} ${median(oneSlice.map((p) => p[n] ?? 0)).toFixed(2)}`);
      console.log(`  where the first plan's time goes  median ms per phase (${oneSlice.length} loads planned in one slice): ${parts.join(', ')}`);
    }
    const slices = rows.map((r) => Math.max(...r.with.map((t) => t.siftSliceMs)));
    console.log(`  Sift's longest single task       median ${median(slices).toFixed(1)} ms  max ${Math.max(...slices).toFixed(1)} ms`);
    // The same in the traced loads, with its CPU: wall time alone cannot tell Sift's work from waiting.
    const longer = (a: TracedLoad['longest'], x: TracedLoad['longest']) => (x.wallMs > a.wallMs ? x : a);
    const none = { wallMs: 0, cpuMs: 0 };
    const longestTraced = traced.map((t) => t.map((x) => x.longest).reduce(longer, none));
    const worst = longestTraced.reduce(longer, none);
    console.log(
      `    traced (new tab), per page     median ${median(longestTraced.map((x) => x.wallMs)).toFixed(1)} ms wall, ${median(longestTraced.map((x) => x.cpuMs)).toFixed(1)} ms thread CPU; ` +
        `the longest ${worst.wallMs.toFixed(1)} ms wall, ${worst.cpuMs.toFixed(1)} ms CPU (wall above CPU: the thread was waiting, for a core or for helper threads)`,
    );
    // Printed before the generated pages are loaded: a failure there loses none of the above.
    process.stderr.write('Chromium, a small page\n');
    const small = await smallPagePlans(withExt, `${gen.base}/page-small.html`, Math.max(10, reps * 5));
    console.log(
      `  generated ${SMALL_PAGE}-element page: first plan median ${median(small.newTab).toFixed(2)} ms in a new tab (a new renderer, where Sift's code has never run), ` +
        `${median(small.sameTab).toFixed(2)} ms in the same tab (a renderer that has run Sift before): what a plan costs on this machine, whatever the page`,
    );
    process.stderr.write('Chromium, the 100k-element page\n');
    const big = await measure(withExt.context, `${gen.base}/page-100k.html`, true);
    const bigWithout = await measure(without.context, `${gen.base}/page-100k.html`);
    console.log(
      `  generated 100k-element page: content script ${big.siftMs.toFixed(0)} ms in all, its longest task ${big.siftSliceMs.toFixed(1)} ms; ` +
        `page's longest task ${big.longestTaskMs.toFixed(0)} ms with Sift, ${bigWithout.longestTaskMs.toFixed(0)} ms without (parsing the page)`,
    );
    process.stderr.write('Chromium, the page with iframes of other sites\n');
    const framed = await traceFramed(withExt, reps);
    console.log(`  ${describeFramed(framed)}`);
    process.stderr.write('Chromium, pages that keep adding content\n');
    const fed: FedLoad[] = [];
    for (let rep = 0; rep < reps; rep++) for (const c of feedSample(cases)) fed.push(await traceFeed(withExt, pageUrl(server.base, c)));
    console.log(`  ${fed.length} corpus pages that each add a paragraph every ${FEED.every} ms for ${FEED.for / 1000} s after DOMContentLoaded (traced, new tab): ${describeFed(fed)}`);
    return {
      fed,
      rows,
      traced: traced.map((t, i) => ({ id: rows[i].id, loads: t, sameTab: sameTab[i], firstVisit: firstVisits[i], floor: { newTab: floorNew[i], sameTab: floorSame[i] }, readingFloor: { newTab: walkNew[i], sameTab: walkSame[i] } })),
      framed,
      small,
      big,
      bigWithout,
    };
  } finally {
    await withExt.close();
    await without.close();
    await control.close();
    await floor?.close();
    await walkFloor?.close();
    await server.close();
    await gen.close();
  }
}

/**
 * One measurement of each build, which goes first alternating with `turn`,
 * added to `into` only when both builds gave one (a page with no plan, say
 * one without a body, is left out for both).
 */
async function inTurn<T>(turn: number, into: Record<'this' | 'other', T[]>, measure: (build: 'this' | 'other') => Promise<T>): Promise<void> {
  const got: Partial<Record<'this' | 'other', T>> = {};
  for (const k of turn % 2 ? (['this', 'other'] as const) : (['other', 'this'] as const)) {
    try {
      got[k] = await measure(k);
    } catch {
      // Left out for both builds (below).
    }
  }
  if (got.this !== undefined && got.other !== undefined) {
    into.this.push(got.this);
    into.other.push(got.other);
  }
}

/**
 * Two builds of the extension side by side (`npm run bench -- --compare DIR`):
 * the content script's first plan on each page in two Chromium instances,
 * alternating which goes first, in a new tab (a new renderer: Sift's code
 * compiled afresh) and in one tab per build going from page to page (the
 * renderer has it compiled). Differences of a few per cent need this:
 * separate runs differ by more than that.
 */
export async function compareBuildsInChromium(cases: Case[], reps: number, otherBuild: string) {
  const server = await serve();
  const builds = { this: await launchChromium(), other: await launchChromium({ build: otherBuild }) };
  const tabs = { this: await builds.this.context.newPage(), other: await builds.other.context.newPage() };
  const sample = cases.filter((c) => c.set !== 'cluttered').filter((_, i) => i % 3 === 0);
  const ways = ['new tab', 'same tab'] as const;
  type Times = { planMs: number; hiddenMs: number };
  const firstPlan = { 'new tab': { this: [] as Times[], other: [] as Times[] }, 'same tab': { this: [] as Times[], other: [] as Times[] } };
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const [i, c] of sample.entries()) {
        const url = pageUrl(server.base, c);
        for (const way of ways) {
          await inTurn(i + rep, firstPlan[way], async (k) => {
            const page = way === 'new tab' ? await builds[k].context.newPage() : tabs[k];
            try {
              return await firstPlanTimes(page, url);
            } finally {
              if (way === 'new tab') await page.close();
            }
          });
        }
      }
    }
    // All of Sift's main-thread CPU, traced: starting the scripts counts here, which the plan leaves out.
    const traced = ['new tab', "a site's first page", 'same tab'] as const;
    const cpu = Object.fromEntries(traced.map((way) => [way, { this: [] as number[], other: [] as number[] }])) as Record<(typeof traced)[number], Record<'this' | 'other', number[]>>;
    for (const b of Object.values(builds)) await b.context.route(MADE_UP_SITE, toLocalServer);
    for (let rep = 0; rep < reps; rep++) {
      process.stderr.write(`Chromium, traced loads of both builds: rep ${rep + 1}/${reps}\n`);
      for (const [i, c] of sample.entries()) {
        for (const way of traced) {
          const url = way === "a site's first page" ? onNewSite(pageUrl(server.base, c)) : pageUrl(server.base, c);
          await inTurn(i + rep, cpu[way], async (k) => (await traceLoad(builds[k], url, way === 'same tab' ? tabs[k] : undefined)).cpuMs);
        }
      }
    }
    for (const b of Object.values(builds)) await b.context.unroute(MADE_UP_SITE, toLocalServer);
    // The framed page, each build in turn.
    const framed = { this: { framed: [] as TracedLoad[], unframed: [] as TracedLoad[] }, other: { framed: [] as TracedLoad[], unframed: [] as TracedLoad[] } };
    for (let rep = 0; rep < reps; rep++) {
      for (const k of rep % 2 ? (['this', 'other'] as const) : (['other', 'this'] as const)) {
        const got = await traceFramed(builds[k], 1);
        framed[k].framed.push(...got.framed);
        framed[k].unframed.push(...got.unframed);
      }
    }
    // Pages that keep adding content, both builds in turn.
    process.stderr.write('Chromium, pages that keep adding content, both builds\n');
    const fed = { this: [] as FedLoad[], other: [] as FedLoad[] };
    for (let rep = 0; rep < reps; rep++) {
      for (const [i, c] of feedSample(cases).entries()) await inTurn(i + rep, fed, (k) => traceFeed(builds[k], pageUrl(server.base, c)));
    }
    const ratios = { 'new tab': [] as number[], 'same tab': [] as number[] };
    console.log(`\nChromium, this build vs ${otherBuild} (alternating):`);
    for (const way of ways) {
      const mine = firstPlan[way].this.map((t) => t.planMs);
      const other = firstPlan[way].other.map((t) => t.planMs);
      ratios[way] = mine.map((t, i) => t / other[i]);
      console.log(`  ${way} (${mine.length} page loads each): first plan median ${median(mine).toFixed(2)} ms against ${median(other).toFixed(2)} ms (p95 ${p95(mine).toFixed(2)} against ${p95(other).toFixed(2)}); this ÷ other per page, median ${median(ratios[way]).toFixed(3)}`);
      const hidden = (k: 'this' | 'other') => firstPlan[way][k].map((t) => t.hiddenMs).filter(Number.isFinite);
      console.log(`    its findings hidden after DOMContentLoaded ended: median ${median(hidden('this')).toFixed(1)} ms against ${median(hidden('other')).toFixed(1)} ms (p95 ${p95(hidden('this')).toFixed(1)} against ${p95(hidden('other')).toFixed(1)})`);
    }
    for (const way of traced) {
      const { this: mine, other } = cpu[way];
      console.log(`  all of Sift's main-thread CPU, ${way} (${mine.length} traced loads each): median ${median(mine).toFixed(2)} ms against ${median(other).toFixed(2)} ms; this ÷ other per page, median ${median(mine.map((t, i) => t / other[i])).toFixed(3)}`);
    }
    console.log(`  this build: ${describeFramed(framed.this)}`);
    console.log(`  ${otherBuild}: ${describeFramed(framed.other)}`);
    const fedRatio = median(fed.this.map((l, i) => l.cpuMs / fed.other[i].cpuMs));
    console.log(`  pages that keep adding content (${fed.this.length} each; a paragraph every ${FEED.every} ms for ${FEED.for / 1000} s): this build's ${describeFed(fed.this)}`);
    console.log(`    ${otherBuild}'s ${describeFed(fed.other)}; all of Sift's CPU, this ÷ other per page, median ${fedRatio.toFixed(3)}`);
    return { firstPlan, ratios, cpu, framed, fed };
  } finally {
    await builds.this.close();
    await builds.other.close();
    await server.close();
  }
}
