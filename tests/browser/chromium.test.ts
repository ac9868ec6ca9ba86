import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import type { Page } from 'playwright-core';
import { CORPUS, loadCases, snippetsIn, type Case } from '../helpers/corpus';
import { launchChromium, launchChromiumToInstall, openPage, plannerDocuments, ROOT, type Chromium } from './chromium';
import { serve } from './server';
import { VISIBLE_TEXT } from './visible-text';
import { ARTICLE_EXPOSED, ARTICLE_ON_TOP, ARTICLE_TAKES_FOCUS, SCROLLS } from './usable-probe';
import { DISPLAY_AT_INSERT, PROMPTS_ADDED } from './prompts-probe';
import { ADD_LATER_POPUP, ADD_RAIL, addParagraph, HELD_READY_MARKED, LATER_POPUP_MARKED, OWN_POPUP_HIDDEN, RAIL_MARKED } from './page-actions';
import { MARKS, type Marks } from './marks-probe';
import { LEFT_ALONE, LOADED_AND_PAINTED, RAIL_HIDDEN, SIFT_TRACES } from './frame-probe';

// The extension's service worker, where these callbacks run, has the `chrome` API.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  downloads: { search(q: object): Promise<{ id: number; filename: string; state: string }[]> };
};

let chromium: Chromium;
let server: Awaited<ReturnType<typeof serve>>;
let fixtures: Awaited<ReturnType<typeof serve>>;
let fixtureRoot: Awaited<ReturnType<typeof serve>>;

/** Leaves no setting, rule (nor filler) behind for the other tests on 127.0.0.1. */
function clearStorage(): Promise<void> {
  return chromium.worker.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } } } };
    await g.chrome.storage.local.clear();
    await g.chrome.storage.sync.clear();
  });
}

const FIXTURE_PAGES = `${ROOT}/tests/fixtures/pages`;
const ARTIFACTS = `${ROOT}/tests/artifacts`;

beforeAll(async () => {
  server = await serve();
  fixtures = await serve(FIXTURE_PAGES);
  fixtureRoot = await serve(`${ROOT}/tests/fixtures`);
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await fixtures?.close();
  await fixtureRoot?.close();
});

/** Flips a switch the way a user does: a click on its label. */
async function flip(popup: Page, id: string, to: boolean) {
  const input = popup.locator(`#${id}`);
  if ((await input.isChecked()) !== to) await popup.locator(`label[for="${id}"]`).click();
  await expect.poll(() => input.isChecked()).toBe(to);
}

const urlOf = (c: Case) => `${server.base}/${c.set}/${c.name}/page.html`;
const visible = (page: Page) => page.evaluate<string>(VISIBLE_TEXT);

/** Waits until the page's visible text satisfies `check` (the content script works asynchronously). */
async function waitForText(page: Page, check: (text: string) => boolean, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = await visible(page);
  while (!check(text) && Date.now() < deadline) {
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    text = await visible(page);
  }
  return text;
}

const cleanedOf = (c: Case) => (text: string) => {
  const a = snippetsIn(text, c.expect.article);
  const k = snippetsIn(text, c.expect.clutter);
  return a.missing.length === 0 && k.present.length === 0;
};

describe('Chromium, cluttered pages: clutter hidden, article whole', () => {
  it.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const page = await openPage(chromium.context, urlOf(c), c.expect.dynamicWaitMs ?? 0);
    const text = await waitForText(page, cleanedOf(c));
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    if (c.name === 'consent-overlay') {
      // The overlay locked scrolling; hiding it gives scrolling back.
      expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
    }
    await page.close();
  });
});

describe('Chromium, shadow roots and same-origin iframes', () => {
  it.each(loadCases(FIXTURE_PAGES).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const page = await openPage(chromium.context, `${fixtures.base}/${c.name}/page.html`);
    if (c.name === 'prompts-added-later') {
      // The prompts are added a moment after loading: judge the page once they are there.
      await expect.poll(() => page.evaluate(PROMPTS_ADDED)).toBe(true);
    }
    const text = await waitForText(page, cleanedOf(c));
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    if (c.name === 'strict-csp') {
      // The page's policy allows no inline style, yet Sift's own stylesheets apply: the lock its stylesheet set is undone.
      await expect.poll(() => page.evaluate(SCROLLS)).toBe(true);
    }
    if (c.name === 'modal-dialog') {
      // The hidden modal dialog no longer makes the page inert.
      await expect.poll(() => page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    }
    if (c.name === 'modal-backdrop') {
      // The prompt's backdrop went with it: the page is not covered, and it scrolls.
      await expect.poll(() => page.evaluate(ARTICLE_ON_TOP)).toBe(true);
      await expect.poll(() => page.evaluate(SCROLLS)).toBe(true);
    }
    if (c.name === 'signup-boxes') {
      // The footer's menu beside the footer's sign-up box stays: the box, not the links around it.
      expect(text).toContain('Letters to the editor');
    }
    if (c.name === 'prompts-added-later') {
      // The web-push service's slide-down, the sign-in prompt and the survey service's invitation were hidden by the early stylesheet as they were added: never painted.
      expect(await page.evaluate(DISPLAY_AT_INSERT)).toEqual(['none', 'none', 'none', 'none']);
    }
    if (c.name === 'modal-inert') {
      // The page its dialog library shut off is given back: clicks, focus, and screen readers.
      await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-shut-off'))).toBe(true);
      await expect.poll(() => page.evaluate(ARTICLE_EXPOSED)).toBe(true);
      await expect.poll(() => page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
      expect(await page.getByRole('button', { name: 'Listen to this article' }).count()).toBe(1);
      expect(await page.evaluate(() => document.querySelector('header .icon')!.getAttribute('aria-hidden'))).toBe('true');
    }
    await page.close();
  });
});

/** A paragraph of article text for the pages below. */
const PARAGRAPH = '<p>The council voted on Tuesday to keep the old bridge open, after a long night of debate, and the mayor said so.</p>';

/**
 * Serves `/{dir}/page.html` with `body`, whose parsing stops at a script in its head until
 * `ready` holds in the page (5 s at most; by default, Sift's early stylesheet is in): the
 * body is then parsed (and could be painted) only after it.
 */
async function pauseParsingUntil(page: Page, dir: string, body: string, ready = () => document.getElementById('sift-early-style') !== null): Promise<void> {
  await page.route(`**/${dir}/page.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Early</title><script src="slow.js"></script></head><body>${body}</body></html>` }),
  );
  await page.route(`**/${dir}/slow.js`, async (route) => {
    await page.waitForFunction(ready, undefined, { polling: 10, timeout: 5_000 }).catch(() => {});
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
}

describe('Chromium, before the page is parsed', () => {
  it("a site's own selector rule hides its block before it is parsed; the plan follows after DOMContentLoaded", async () => {
    const rule = { id: 'user-early-nav', description: 'nav', category: 'custom', action: 'hide', sites: ['127.0.0.1'], match: { kind: 'selector', selector: 'nav' } };
    await chromium.worker.evaluate(async (r) => {
      const g = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await g.chrome.storage.local.set({ 'rules:127.0.0.1': { v: 1, updated: Date.now(), rules: [r] } });
    }, rule);
    const page = await chromium.context.newPage();
    // The nav is parsed (and could be painted) only with the early stylesheet already there.
    await pauseParsingUntil(page, 'early', `<nav><a href="/a">Archive</a></nav><article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article>`);
    try {
      // In the page's own world: what the page sees when its DOMContentLoaded listeners run.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const nav = document.querySelector('nav');
          (window as unknown as { atDcl: object }).atDcl = {
            navDisplay: nav ? getComputedStyle(nav).display : 'no nav',
            early: document.getElementById('sift-early-style') !== null,
            planned: document.querySelector('[data-sift-hide]') !== null,
          };
        });
      });
      await page.goto(`${server.base}/early/page.html`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { atDcl: object }).atDcl)).toEqual({ navDisplay: 'none', early: true, planned: false });
      // Then the content script plans the page: the rule's finding is marked, the article whole.
      await expect.poll(() => page.evaluate(() => document.querySelector('nav')?.getAttribute('data-sift-hide'))).toBe('user-early-nav');
      const text = await visible(page);
      expect(text).toContain('keep the old bridge open');
      expect(text).not.toMatch(/archive/i);
    } finally {
      await clearStorage();
      await page.close();
    }
  });
});

describe('Chromium, the content script imported once the page is parsed', () => {
  it("starts after DOMContentLoaded, so neither the parsing nor the page's listeners wait for it, then plans the parsed page", async () => {
    const page = await chromium.context.newPage();
    // Parsing waits at a script in the head until the early script has run (its stylesheet is in).
    await pauseParsingUntil(page, 'early-module', `<nav><a href="/a">Archive</a></nav><article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article>`);
    try {
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { atDcl: object }).atDcl = {
            importing: performance.getEntriesByName('sift:import').length > 0,
            started: performance.getEntriesByName('sift:settings:early').length > 0,
            planned: performance.getEntriesByName('sift:plan').length > 0,
          };
        });
      });
      await page.goto(`${server.base}/early-module/page.html#sift-debug`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { atDcl: object }).atDcl)).toEqual({ importing: false, started: false, planned: false });
      await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
      // The import began after the DOMContentLoaded event had ended (in a task of its own), and the module then took the settings over.
      const order = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { importAfterDcl: at('sift:import') >= nav.domContentLoadedEventEnd, startedAfterImport: at('sift:settings:early') >= at('sift:import') };
      });
      expect(order).toEqual({ importAfterDcl: true, startedAfterImport: true });
      // The plan sees the whole body and keeps the article.
      const text = await visible(page);
      expect(text).toContain('keep the old bridge open');
    } finally {
      await page.close();
    }
  });
});

describe('Chromium, the first copy sent while the content script loads', () => {
  const related = '<section id="rel"><h2>Related articles</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></section>';
  /** When the first copy was sent and the content script's module began (it takes the early script's settings over first thing). */
  const FIRST_COPY = `(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      copiedBeforeModule: at('sift:copy') < at('sift:settings:early'),
      settings: performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('sift:settings:')),
      copies: performance.getEntriesByName('sift:copy').length,
      plans: performance.getEntriesByName('sift:plan').length,
    };
  })()`;

  it('the early script sends the planner the first copy, the content script takes it over, and what the page adds meanwhile is planned too', async () => {
    const page = await chromium.context.newPage();
    // Parsing waits for the early stylesheet, so the settings are read by DOMContentLoaded.
    await pauseParsingUntil(page, 'early-copy', `<article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article>${related}<div id="rail"></div>`);
    try {
      // The page fills a rail soon after DOMContentLoaded: after the first copy was made, while the content script loads.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () =>
          setTimeout(() => {
            performance.mark('page:rail');
            const rail = document.getElementById('rail');
            if (rail) rail.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li><li><a href="/n">Another</a></li></ol></div>';
          }, 5),
        );
      });
      await page.goto(`${server.base}/early-copy/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#rel[data-sift-hide]') !== null && document.getElementById('late')?.closest('[data-sift-hide]') != null);
      // (Whether the rail came in the first copy or in a batch is the browser's ordering of the page's timer and Sift's task.)
      expect(await page.evaluate(FIRST_COPY)).toMatchObject({ copiedBeforeModule: true, settings: ['sift:settings:early'] });
      expect(await visible(page)).toContain('keep the old bridge open');
    } finally {
      await page.close();
    }
  });

  it('the content script takes the copy and settings over though the page changed its own address while loading', async () => {
    const page = await chromium.context.newPage();
    // The page drops a parameter from its address as it is parsed (history.replaceState), as many do on load.
    const replace = `<script>history.replaceState(null, '', location.pathname + '?utm=gone' + location.hash)</script>`;
    await pauseParsingUntil(page, 'replaced', `${replace}<article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article>${related}`);
    try {
      await page.goto(`${server.base}/replaced/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#rel[data-sift-hide]') !== null);
      expect(await page.evaluate(() => location.search)).toBe('?utm=gone');
      expect(await page.evaluate(FIRST_COPY)).toEqual({ copiedBeforeModule: true, settings: ['sift:settings:early'], copies: 1, plans: 1 });
    } finally {
      await page.close();
    }
  });
});

describe('Chromium, pages planned as copies in the planner', () => {
  /** What Sift marked on a page: each mark's rule and its element's position among the body's elements. */
  async function marksOf(url: string): Promise<Marks> {
    const page = await chromium.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
      return await page.evaluate<Marks>(MARKS);
    } finally {
      await page.close();
    }
  }

  it('marks the same elements as a plan made on the page itself, and never loads the engine into the page', async () => {
    const cases = ['cluttered', 'aeb', 'readability'].flatMap((set) => loadCases(`${CORPUS}/${set}`)).filter((c, i) => c.set === 'cluttered' || i % 10 === 0);
    for (const c of cases) {
      const copied = await marksOf(`${urlOf(c)}#sift-debug`);
      const inPlace = await marksOf(`${urlOf(c)}#sift-debug,sift-in-place`);
      expect(copied.copy, c.name).toBe(true);
      expect(inPlace.copy, c.name).toBe(false);
      // The engine's module is loaded into the page only to plan it in place.
      expect(copied.engine, c.name).toBe(false);
      expect(inPlace.engine, c.name).toBe(true);
      expect(copied.marks, c.name).toEqual(inPlace.marks);
    }
  }, 120_000);

  it("a hostile page's copy runs nothing in the planner (the extension's own origin)", async () => {
    const hostile = `<article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article>
      <section><h2>Related articles</h2><a href="/1">One</a></section>
      <img src="/missing.gif" onerror="chrome.storage.local.set({ pwned: 'onerror' })">
      <svg onload="chrome.storage.local.set({ pwned: 'svg' })"></svg>
      <iframe srcdoc="<script>parent.chrome.storage.local.set({ pwned: 'srcdoc' })</script>"></iframe>
      <script>if (window.chrome && chrome.storage) chrome.storage.local.set({ pwned: 'script' });</script>`;
    const page = await chromium.context.newPage();
    try {
      await page.route('**/hostile-copy/page.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Bridge</title></head><body>${hostile}</body></html>` }));
      await page.goto(`${server.base}/hostile-copy/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('sift:copy').length > 0);
      expect(await page.evaluate(() => document.querySelectorAll('[data-sift-hide]').length)).toBe(1);
      const stored = await chromium.worker.evaluate(() => (chrome as unknown as { storage: { local: { get(k: string): Promise<object> } } }).storage.local.get('pwned'));
      expect(stored).toEqual({});
    } finally {
      await page.close();
    }
  });

  it("a page's copy goes to the planner alone, not to every extension page listening", async () => {
    const c = loadCases(`${CORPUS}/cluttered`)[0];
    const settings = await chromium.context.newPage();
    try {
      await settings.goto(`chrome-extension://${chromium.extensionId}/options.html`);
      await settings.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        (chrome as unknown as { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } }).runtime.onMessage.addListener((m) => void seen.push(String(m?.type)));
      });
      const { copy, marks } = await marksOf(`${urlOf(c)}#sift-debug`);
      expect(copy).toBe(true);
      expect(marks.length).toBeGreaterThan(0);
      // The page's messages to the background reach this page too (the listener works); its copy does not.
      await expect.poll(() => settings.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('hiddenCount');
      expect(await settings.evaluate(() => (window as unknown as { seen: string[] }).seen)).not.toContain('planCopy');
    } finally {
      await settings.close();
    }
  });

  /** A page that adds blocks with a related-stories heading, each after the last was hidden; what its copies were. */
  async function feed(page: Page, from: number, to: number) {
    for (let i = from; i <= to; i++) {
      await page.evaluate((n) => {
        document.body.insertAdjacentHTML('beforeend', `<div id="late-${n}"><h3>Most read</h3><ol><li><a href="/m${n}">Late story ${n}</a></li><li><a href="/n">Another</a></li></ol></div>`);
      }, i);
      await page.waitForFunction((n) => document.getElementById(`late-${n}`)?.closest('[data-sift-hide]') != null, i);
    }
    return page.evaluate(() => ({ sent: performance.getEntriesByName('sift:copy').length, changes: performance.getEntriesByName('sift:copy:changes').length }));
  }
  const FEED_PAGE = `<article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article><section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`;

  it('sends the planner what a page changed, not its body again, and hides what the page adds', async () => {
    const page = await chromium.context.newPage();
    try {
      await page.route('**/feed/page.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Bridge</title></head><body>${FEED_PAGE}</body></html>` }));
      await page.goto(`${server.base}/feed/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#rel[data-sift-hide]') !== null);
      const { sent, changes } = await feed(page, 1, 3);
      // Two whole copies: the first plan's, and the first batch's, which the planner keeps; every later batch sent changes.
      expect(sent - changes).toBe(2);
      expect(changes).toBeGreaterThanOrEqual(1);
      expect(await visible(page)).toContain('keep the old bridge open');
      expect(await visible(page)).not.toContain('Late story');
    } finally {
      await page.close();
    }
  });

  it('sends a whole copy again when the planner no longer holds the page’s (Chrome closed it)', async () => {
    const page = await chromium.context.newPage();
    try {
      await page.route('**/feed-closed/page.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Bridge</title></head><body>${FEED_PAGE}</body></html>` }));
      await page.goto(`${server.base}/feed-closed/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#rel[data-sift-hide]') !== null);
      expect(await feed(page, 1, 1)).toEqual({ sent: 2, changes: 0 }); // the first batch's copy, kept
      await chromium.worker.evaluate(() => (chrome as unknown as { offscreen: { closeDocument(): Promise<void> } }).offscreen.closeDocument());
      // The changes went to a new planner, which asked for the whole copy.
      expect(await feed(page, 2, 2)).toEqual({ sent: 4, changes: 1 });
      expect(await visible(page)).not.toContain('Late story');
    } finally {
      await page.close();
    }
  });

  it('has the planner let go of a page’s copy when the page is left or its tab closed', async () => {
    const asker = await chromium.context.newPage(); // asks the planner what it holds
    try {
      for (const [token, leave] of [
        ['left', (page: Page) => page.goto(`${server.base}/`, { waitUntil: 'load' })],
        ['closed', (page: Page) => page.close()],
      ] as const) {
        const page = await chromium.context.newPage();
        try {
          await page.route(`**/feed-${token}/page.html`, (route) =>
            route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><title>Bridge</title></head><body><div id="page-${token}"></div>${FEED_PAGE}</body></html>` }),
          );
          await page.goto(`${server.base}/feed-${token}/page.html#sift-debug`, { waitUntil: 'load' });
          await page.waitForFunction(() => document.querySelector('#rel[data-sift-hide]') !== null);
          expect(await feed(page, 1, 1)).toEqual({ sent: 2, changes: 0 }); // the first batch's copy, which the planner keeps
          expect(await plannerDocuments(asker, `#page-${token}`)).toBe(1);
          await leave(page);
          await expect.poll(() => plannerDocuments(asker, `#page-${token}`), { timeout: 15_000, interval: 100 }).toBe(0);
        } finally {
          if (!page.isClosed()) await page.close();
        }
      }
    } finally {
      await asker.close();
    }
  });

  it('opens the planner again when Chrome has closed it', async () => {
    const c = loadCases(`${CORPUS}/cluttered`)[0];
    await chromium.worker.evaluate(() => (chrome as unknown as { offscreen: { closeDocument(): Promise<void> } }).offscreen.closeDocument());
    expect(await chromium.worker.evaluate(() => (chrome as unknown as { offscreen: { hasDocument(): Promise<boolean> } }).offscreen.hasDocument())).toBe(false);
    const { copy, marks } = await marksOf(`${urlOf(c)}#sift-debug`);
    expect(copy).toBe(true);
    expect(marks.length).toBeGreaterThan(0);
  });
});

describe('Chromium, a consent banner before the page is painted', () => {
  it("hides a consent manager's banner before DOMContentLoaded on any site, never a block holding the article", async () => {
    const page = await chromium.context.newPage();
    // The banner is a consent manager's (its embed id); the article sits in a block whose class looks like another one's.
    await pauseParsingUntil(
      page,
      'early-consent',
      `<div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>` +
        `<div class="cc-window"><article><h1>Bridge</h1>${PARAGRAPH.repeat(6)}</article></div>`,
    );
    try {
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const display = (selector: string) => {
            const el = document.querySelector(selector);
            return el ? getComputedStyle(el).display : 'missing';
          };
          (window as unknown as { atDcl: object }).atDcl = {
            banner: display('#onetrust-banner-sdk'),
            articleBlock: display('.cc-window'),
            planned: document.querySelector('[data-sift-hide]') !== null,
          };
        });
      });
      await page.goto(`${server.base}/early-consent/page.html`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { atDcl: object }).atDcl)).toEqual({ banner: 'none', articleBlock: 'block', planned: false });
      // The plan then finds the banner through the whole guard (by its id, or by its text first), and keeps the article's block.
      await expect.poll(() => page.evaluate(() => document.getElementById('onetrust-banner-sdk')?.getAttribute('data-sift-hide'))).toMatch(/^consent-(manager|heading)$/);
      expect(await page.evaluate(() => document.querySelector('.cc-window')?.hasAttribute('data-sift-hide'))).toBe(false);
      const text = await visible(page);
      expect(text).toContain('keep the old bridge open');
      expect(text).not.toContain('We use cookies');
    } finally {
      await page.close();
    }
  });
});

describe('Chromium, two content scripts, one read of the settings', () => {
  it("the content script takes over the settings the early script read (it does not read storage again)", async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${urlOf(loadCases(`${CORPUS}/cluttered`)[0])}#sift-debug`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('sift:settings:')));
    expect(marks).toEqual(['sift:settings:early']);
    await page.close();
  });
});

describe('Chromium, the content script as a cached module', () => {
  it("from a site's third page on, the content script compiles from Chromium's code cache", async () => {
    const url = `${urlOf(loadCases(`${CORPUS}/cluttered`)[0])}#sift-debug`;
    // Pages of one site, each in a new tab (a new renderer), until one compiles the module from the cache.
    const compiles: { consumed: number; rejected: boolean }[] = [];
    const cached = () => compiles.some((c) => c.consumed > 0 && !c.rejected);
    for (let load = 0; load < 6 && !cached(); load++) {
      const page = await chromium.context.newPage();
      const cdp = await chromium.context.newCDPSession(page);
      const events: { name: string; args?: { data?: { url?: string; consumedCacheSize?: number; cacheRejected?: boolean } } }[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8'] }, transferMode: 'ReportEvents' });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
      await cdp.send('Tracing.end');
      await complete;
      for (const e of events) {
        const data = e.args?.data;
        if (e.name === 'v8.compileModule' && String(data?.url).endsWith('/content-main.js')) compiles.push({ consumed: Number(data?.consumedCacheSize ?? 0), rejected: data?.cacheRejected === true });
      }
      await cdp.detach();
      await page.close();
    }
    expect(compiles.length).toBeGreaterThan(0); // compiled as a module, once per load
    expect(cached()).toBe(true);
  });
});

describe('Chromium, a page that locks scrolling behind its overlay', () => {
  it('gets scrolling back when its locking stylesheet arrives after Sift’s plan, and keeps it while the page adds content', async () => {
    const page = await chromium.context.newPage();
    // The page's stylesheet (which locks scrolling) is held back until Sift has hidden the overlay and the rail.
    await page.route('**/strict-csp/page.css', async (route) => {
      await page.waitForFunction(() => document.querySelectorAll('[data-sift-hide]').length >= 2, undefined, { polling: 10, timeout: 10_000 }).catch(() => {});
      await route.continue();
    });
    await page.goto(`${fixtures.base}/strict-csp/page.html#sift-debug`, { waitUntil: 'load' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.consent')!).position)).toBe('fixed'); // the stylesheet is in
    await expect.poll(() => page.evaluate(SCROLLS)).toBe(true);
    // Each paragraph the page adds is a new plan, made with Sift's own stylesheet in: scrolling stays.
    for (let i = 1; i <= 3; i++) {
      const plans = await page.evaluate(() => performance.getEntriesByName('sift:applied').length);
      await page.evaluate(addParagraph(i));
      await page.waitForFunction((n) => performance.getEntriesByName('sift:applied').length > n, plans, { timeout: 10_000 });
      expect(await page.evaluate(SCROLLS), `after added paragraph ${i}`).toBe(true);
    }
    await page.close();
  });
});

describe('Chromium, a page that takes clicks from body behind its overlay', () => {
  it('gets them back once Sift has hidden the overlay (pointer-events: none on body, as some dialog libraries do)', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'modal-backdrop')!;
    const page = await openPage(chromium.context, `${fixtures.base}/modal-backdrop/page.html`);
    await waitForText(page, cleanedOf(c));
    await expect.poll(() => page.evaluate(ARTICLE_ON_TOP)).toBe(true);
    await page.evaluate(() => (document.body.style.pointerEvents = 'none'));
    await expect.poll(() => page.evaluate(ARTICLE_ON_TOP)).toBe(true);
    await page.locator('#listen').click({ timeout: 5_000 }); // a real click lands
    await page.close();
  });
});

describe('Chromium, a modal dialog Sift hides', () => {
  it('is no modal while hidden, so the page can be used, though the page opens it again when closed; "Show original" and switching Sift off make it a modal again, and back', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'modal-dialog')!;
    const page = await openPage(chromium.context, `${fixtures.base}/modal-dialog/page.html`);
    await waitForText(page, cleanedOf(c));
    const modal = () => page.evaluate(() => document.getElementById('privacy')!.matches(':modal'));
    await expect.poll(() => page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    expect(await modal()).toBe(false);
    // A real click reaches the article's button.
    const clicks = await page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.getElementById('listen')!.addEventListener('click', () => w.clicks++);
    });
    expect(clicks).toBeUndefined();
    await page.locator('#listen').click({ timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    // The page closes it and opens it as a modal again, in one go: plain again at once.
    await page.evaluate(() => {
      const privacy = document.getElementById('privacy') as HTMLDialogElement;
      privacy.close();
      privacy.showModal();
    });
    await expect.poll(() => page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    expect(await modal()).toBe(false);

    const popup = await popupFor(page);
    await popup.locator('#show-original').click();
    await expect.poll(modal).toBe(true);
    expect(await page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(false); // the original page, inert behind its dialog
    await popup.locator('#show-original').click();
    await expect.poll(modal).toBe(false);
    expect(await page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    // Sift switched off for the site: the page as it was; on again: closed again.
    await flip(popup, 'site-switch', false);
    await expect.poll(modal).toBe(true);
    await flip(popup, 'site-switch', true);
    await expect.poll(modal).toBe(false);
    expect(await page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('Chromium, a page that insists on its modal dialog', () => {
  it('making it a modal again each time Sift makes it plain, is let be after a few turns rather than the two taking turns for ever', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'modal-dialog')!;
    const page = await openPage(chromium.context, `${fixtures.base}/modal-dialog/page.html`);
    await waitForText(page, cleanedOf(c));
    await expect.poll(() => page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    await page.evaluate(() => {
      const privacy = document.getElementById('privacy') as HTMLDialogElement;
      const w = window as unknown as { turns: number };
      w.turns = 0;
      // Whenever it is closed and is no modal, the page makes it one again.
      privacy.addEventListener('close', () => {
        if (privacy.matches(':modal')) return;
        w.turns++;
        privacy.close();
        privacy.showModal();
      });
      privacy.close();
      privacy.showModal();
    });
    await expect.poll(() => page.evaluate(() => document.getElementById('privacy')!.matches(':modal'))).toBe(true);
    const turns = () => page.evaluate(() => (window as unknown as { turns: number }).turns);
    const settled = await turns();
    expect(settled).toBeGreaterThan(0);
    expect(settled).toBeLessThanOrEqual(10);
    // Ten frames later, neither has moved again.
    for (let i = 0; i < 10; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    expect(await turns()).toBe(settled);
    expect(await page.evaluate(() => document.getElementById('privacy')!.matches(':modal'))).toBe(true);
    await page.close();
  });
});

describe('Chromium, a modal dialog inside a web component', () => {
  it('is no modal while Sift hides it, so the page can be used', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'web-components')!;
    const page = await openPage(chromium.context, `${fixtures.base}/web-components/page.html`);
    await waitForText(page, cleanedOf(c));
    await page.evaluate(() => {
      document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p><button type="button">Listen to this article</button></p>');
      const host = document.createElement('div');
      host.id = 'prompt-host';
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<dialog><h2>We value your privacy</h2><p>We and our partners use cookies to measure our audience.</p><button>Accept all</button></dialog>';
      host.shadowRoot!.querySelector('dialog')!.showModal();
    });
    await expect.poll(() => page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('prompt-host')!.shadowRoot!.querySelector('dialog')!.matches(':modal'))).toBe(false);
    await page.close();
  });
});

describe('Chromium, an overlay the user asked for', () => {
  it('a consent manager’s dialog opened by the user’s click is shown, and stays shown; opened by the page’s own click it is hidden, as is the page’s own pop-up', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-dialog')!;
    const page = await openPage(chromium.context, `${fixtures.base}/asked-dialog/page.html`);
    await waitForText(page, cleanedOf(c));
    const SETTINGS = 'We and our partners use cookies';
    // The page's own script clicks (no trusted event): hidden, and planned as a finding.
    await page.evaluate(() => document.getElementById('privacy-settings')!.click());
    await expect.poll(() => page.evaluate(() => document.getElementById('sp_message_container_1')?.hasAttribute('data-sift-hide') ?? false)).toBe(true);
    expect(await visible(page)).not.toContain(SETTINGS);
    await page.evaluate(() => document.getElementById('sp_message_container_1')!.remove());
    // The user clicks: shown, and still shown after a later plan (the page adds a rail, which is hidden).
    await expect.poll(() => page.evaluate(OWN_POPUP_HIDDEN)).toBe(true);
    await page.locator('#privacy-settings').click();
    await expect.poll(() => visible(page)).toContain(SETTINGS);
    // A pop-up the page adds a moment later (within two seconds of the click) is no answer: the click's task answered.
    await page.evaluate(ADD_LATER_POPUP);
    await expect.poll(() => page.evaluate(LATER_POPUP_MARKED)).toBe(true);
    await page.evaluate(ADD_RAIL);
    await expect.poll(() => page.evaluate(RAIL_MARKED)).toBe(true);
    const text = await visible(page);
    expect(text).toContain(SETTINGS);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('sp_message_container_2')!.hasAttribute('data-sift-hide'))).toBe(false);
    // The popup does not list it.
    const popup = await popupFor(page);
    await popup.locator('.summary').waitFor();
    expect(await popup.locator('body').innerText()).not.toContain('Privacy settings');
    await popup.close();
    // The user's own choice closes it, as the page has it.
    await page.locator('#sp_message_container_2 .save').click();
    await expect.poll(() => page.evaluate(() => document.getElementById('sp_message_container_2'))).toBeNull();
    await page.close();
    // Asked from a button inside a web component's shadow root (the click reaches the document
    // as its host's), on a fresh page, so that no earlier click counts: shown too.
    const again = await openPage(chromium.context, `${fixtures.base}/asked-dialog/page.html`);
    await waitForText(again, cleanedOf(c));
    await again.locator('cookie-link button').click();
    await expect.poll(() => visible(again)).toContain(SETTINGS);
    expect(await again.evaluate(() => document.querySelector('#sp_message_container_1[data-sift-asked], #sp_message_container_1 [data-sift-asked]') !== null)).toBe(true);
    await again.close();
  });

  it('a consent manager that fetches its settings first, and shows them after the click’s task, is answered too', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-dialog')!;
    const page = await openPage(chromium.context, `${fixtures.base}/asked-dialog/page.html`);
    await waitForText(page, cleanedOf(c));
    const LATE = 'Choose what our partners may store';
    await page.evaluate((late) => {
      const button = document.createElement('button');
      button.id = 'fetching-settings';
      button.textContent = 'Manage cookies';
      button.addEventListener('click', () => setTimeout(() => document.body.insertAdjacentHTML('beforeend',
        `<div id="sp_message_container_late" style="position: fixed; inset: 0"><div role="dialog" aria-modal="true"><h2>Cookie settings</h2><p>${late}.</p></div></div>`), 300));
      // A timer of the page's own, due while the click is handled, adds a pop-up just after it: not the click's doing.
      button.addEventListener('mousedown', () => setTimeout(() => document.body.insertAdjacentHTML('beforeend',
        '<div class="layer" id="timed-popup"><div class="box"><h2>Get our app</h2><p>The Courier on your phone.</p></div></div>'), 0));
      button.addEventListener('click', () => { for (const start = performance.now(); performance.now() - start < 30; ); });
      document.querySelector('footer')!.append(button);
    }, LATE);
    await page.locator('#fetching-settings').click();
    await expect.poll(() => visible(page)).toContain(LATE);
    await page.close();
  });
});

describe('Chromium, an overlay held ready that the user opens', () => {
  it('a consent manager’s preference centre opened by a class, inside the container Sift hides, shows when the user clicks its link; opened by the page’s script it stays hidden', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-panel')!;
    const PANEL = 'Privacy preference centre';
    const page = await openPage(chromium.context, `${fixtures.base}/asked-panel/page.html`);
    await expect.poll(() => page.evaluate(HELD_READY_MARKED)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('onetrust-consent-sdk')!.getAttribute('data-sift-hide'))).toBe('consent-manager');
    // The page's own script opens it (no trusted event), then the user clicks something that
    // opens nothing and, later, the newsletter: the panel, open since before that click, stays hidden.
    await page.evaluate(() => document.getElementById('cookie-settings')!.click());
    await page.locator('#listen').click();
    await page.locator('#newsletter-button').click();
    await expect.poll(() => visible(page)).toContain('Get the Morning Briefing in your inbox');
    let text = await visible(page);
    expect(text).not.toContain(PANEL);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    await page.close();

    // The user clicks "Cookie settings": the panel shows, and its dimmed backdrop, at once and
    // after later plans; the popup no longer lists the container.
    const again = await openPage(chromium.context, `${fixtures.base}/asked-panel/page.html`);
    await expect.poll(() => again.evaluate(HELD_READY_MARKED)).toBe(true);
    await again.locator('#cookie-settings').click();
    await expect.poll(() => visible(again)).toContain(PANEL);
    expect(await again.evaluate(() => getComputedStyle(document.querySelector('.onetrust-pc-dark-filter')!).display)).toBe('block');
    await again.evaluate(ADD_RAIL);
    await expect.poll(() => again.evaluate(RAIL_MARKED)).toBe(true);
    text = await visible(again);
    expect(text).toContain(PANEL);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(text).not.toContain('Get the Courier app'); // the page's own pop-up stays hidden
    const popup = await popupFor(again);
    await popup.locator('.summary').waitFor();
    await expect.poll(() => popup.locator('body').innerText()).toContain('Most read');
    expect(await popup.locator('body').innerText()).not.toContain('consent manager');
    await popup.close();
    // The user's choice closes it, as the page has it.
    await again.locator('.save-preference-btn-handler').click();
    await expect.poll(() => visible(again)).not.toContain(PANEL);
    await again.close();
  });

  it('a Bootstrap-style newsletter modal opened by a style shows when the user clicks its button, with its backdrop; closed, it goes', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-panel')!;
    const page = await openPage(chromium.context, `${fixtures.base}/asked-panel/page.html`);
    await expect.poll(() => page.evaluate(HELD_READY_MARKED)).toBe(true);
    await page.locator('#newsletter-button').click();
    await expect.poll(() => visible(page)).toContain('Get the Morning Briefing in your inbox');
    // Its backdrop, added by the page, is not hidden as the backdrop of a hidden overlay.
    await page.evaluate(ADD_RAIL);
    await expect.poll(() => page.evaluate(RAIL_MARKED)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.modal-backdrop')!.hasAttribute('data-sift-hide'))).toBe(false);
    expect(await visible(page)).toContain('Get the Morning Briefing in your inbox');
    await page.locator('#newsletter-modal .close').click();
    await expect.poll(() => visible(page)).not.toContain('Get the Morning Briefing in your inbox');
    expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).not.toBe('hidden');
    const text = await visible(page);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    await page.close();
  });
});

describe('Chromium, a consent manager in a shadow root that the user opens', () => {
  it('its settings, rendered into the shadow root of the container Sift hides, show when the user clicks "Privacy settings"; its banner stayed hidden before', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-shadow-panel')!;
    const SETTINGS = 'Choose which services may set cookies on this site';
    const page = await openPage(chromium.context, `${fixtures.base}/asked-shadow-panel/page.html`);
    await expect.poll(() => page.evaluate(() => document.getElementById('usercentrics-root')!.hasAttribute('data-sift-hide'))).toBe(true);
    expect(snippetsIn(await visible(page), c.expect.clutter).present).toEqual([]);
    await page.locator('#privacy-settings').click();
    await expect.poll(() => visible(page)).toContain(SETTINGS);
    await page.evaluate(ADD_RAIL);
    await expect.poll(() => page.evaluate(RAIL_MARKED)).toBe(true);
    expect(await visible(page)).toContain(SETTINGS);
    await page.close();
  });
});

describe('Chromium, a page its dialog library shut off (inert and aria-hidden around a scripted dialog)', () => {
  it('is given back while Sift hides the dialog; "Show original" shuts it off again as the page had it, and back', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'modal-inert')!;
    const page = await openPage(chromium.context, `${fixtures.base}/modal-inert/page.html`);
    await waitForText(page, cleanedOf(c));
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-shut-off'))).toBe(true);
    await expect.poll(() => page.evaluate(ARTICLE_EXPOSED)).toBe(true);
    await page.locator('#listen').click({ timeout: 5_000 }); // a real click lands

    const popup = await popupFor(page);
    await popup.locator('#show-original').click();
    await expect.poll(() => page.evaluate(ARTICLE_EXPOSED)).toBe(false);
    expect(await page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(false); // the original page, inert behind its dialog
    expect(await page.getByRole('button', { name: 'Listen to this article' }).count()).toBe(0);
    await popup.locator('#show-original').click();
    await expect.poll(() => page.evaluate(ARTICLE_EXPOSED)).toBe(true);
    expect(await page.evaluate(ARTICLE_TAKES_FOCUS)).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('Chromium, a page that removes Sift’s stylesheets', () => {
  it('gets them back at once, though the page adds nothing after', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'strict-csp')!;
    const page = await openPage(chromium.context, `${fixtures.base}/strict-csp/page.html`);
    await waitForText(page, cleanedOf(c));
    await expect.poll(() => page.evaluate(SCROLLS)).toBe(true);
    await page.evaluate(() => {
      for (const style of document.querySelectorAll('style[id^="sift-"]')) style.remove(); // a script that rewrites the head, say
    });
    const text = await waitForText(page, cleanedOf(c));
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    await expect.poll(() => page.evaluate(SCROLLS)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('style[id^="sift-"]').length)).toBe(2);
    await page.close();
  });
});

describe('Chromium, frames', () => {
  it('cleans a frame of the same origin from the top page; a frame of another origin gets no Sift script at all', async () => {
    const other = await serve(`${ROOT}/tests/fixtures`); // another port: another origin
    const page = await chromium.context.newPage();
    // Every script world created in the page's frames (the other origin shares the process here).
    const cdp = await chromium.context.newCDPSession(page);
    const worlds: { frameId: string; origin: string; type: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ frameId: String(context.auxData?.frameId), origin: context.origin, type: String(context.auxData?.type) }));
    await cdp.send('Runtime.enable');
    try {
      await page.goto(`${fixtureRoot.base}/frames/top.html?other=${encodeURIComponent(other.base)}`, { waitUntil: 'load' });
      const same = page.frames().find((f) => f.url().includes('frame.html?same'))!;
      const foreign = page.frames().find((f) => f.url().includes('frame.html?foreign'))!;
      await same.waitForFunction(RAIL_HIDDEN);
      await foreign.evaluate(LOADED_AND_PAINTED);
      expect(await foreign.evaluate(SIFT_TRACES)).toEqual(LEFT_ALONE);
      // A frame of the same origin added later is cleaned when it loads.
      await page.evaluate(() => {
        const late = document.createElement('iframe');
        late.src = 'frame.html?late';
        document.body.append(late);
      });
      await expect.poll(() => page.frames().some((f) => f.url().includes('frame.html?late'))).toBe(true);
      await page.frames().find((f) => f.url().includes('frame.html?late'))!.waitForFunction(RAIL_HIDDEN);
      // A frame's own page world carries its origin: the foreign frame is the one of the other server.
      const framesOf = (origin: string) => new Set(worlds.filter((w) => w.type === 'default' && w.origin === origin).map((w) => w.frameId));
      const siftIn = (frames: Set<string>) => worlds.filter((w) => w.origin === `chrome-extension://${chromium.extensionId}` && frames.has(w.frameId));
      const foreignFrames = framesOf(new URL(other.base).origin);
      expect(foreignFrames.size).toBe(1);
      expect(siftIn(framesOf(new URL(fixtureRoot.base).origin)).length).toBeGreaterThan(0); // the top page's
      expect(siftIn(foreignFrames)).toEqual([]);
    } finally {
      await cdp.detach();
      await page.close();
      await other.close();
    }
  });
});

describe("Chromium, the page's own channels", () => {
  it('Sift posts nothing to the page (no window message a page listener could take for its own, no event announcing it)', async () => {
    const c = loadCases(`${CORPUS}/cluttered`)[0];
    const page = await chromium.context.newPage();
    // WXT's content script context, which the content script used before it left webextension-polyfill out,
    // dispatched this event on the document, where the page sees it.
    const announced = `${chromium.extensionId}:content-main:wxt:content-script-started`;
    await page.addInitScript((name) => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (e) => seen.push(e.data));
      document.addEventListener(name, () => seen.push(name), true);
    }, announced);
    await page.goto(urlOf(c), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-sift-hide]') !== null);
    // Messages arrive in the order they were posted: once the page's own has, anything posted before it has too.
    const seen = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          addEventListener('message', (e) => {
            if (e.data === 'page-probe') resolve((window as unknown as { seen: unknown[] }).seen.filter((d) => d !== 'page-probe'));
          });
          postMessage('page-probe', '*');
        }),
    );
    expect(seen).toEqual([]);
    await page.close();
  });
});

describe('Chromium, real pages: article text stays visible', () => {
  const all = loadCases(`${CORPUS}/readability`);
  const sample = all.filter((_, i) => i % 7 === 0);
  it.each(sample.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const page = await openPage(chromium.context, urlOf(c));
    // Let the first plan land: the content script marks its pass on <html> via the stylesheet or nothing to hide.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    const text = await visible(page);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    await page.close();
  });
});

describe('Chromium, the popup', () => {
  it('lists findings, switches a rule and the site, and the badge counts', async () => {
    const c = loadCases(`${CORPUS}/cluttered`).find((x) => x.name === 'aggregator-seed')!;
    const page = await openPage(chromium.context, urlOf(c));
    await waitForText(page, cleanedOf(c));
    await page.setViewportSize({ width: 900, height: 1400 });
    // Whole pages: the clutter sits below the first screen.
    await page.screenshot({ path: `${ARTIFACTS}/after.png`, fullPage: true });
    await page.evaluate(() => document.documentElement.setAttribute('data-sift-off', ''));
    await page.screenshot({ path: `${ARTIFACTS}/before.png`, fullPage: true });
    await page.evaluate(() => document.documentElement.removeAttribute('data-sift-off'));

    await page.bringToFront();
    const tabId = await chromium.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(tabId).toBeTypeOf('number');
    const badge = () => chromium.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!);

    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
    const summary = popup.locator('.summary');
    await expect.poll(() => summary.getAttribute('data-hidden')).not.toBeNull();
    const hidden = Number(await summary.getAttribute('data-hidden'));
    expect(hidden).toBeGreaterThanOrEqual(4);
    await expect.poll(badge).toBe(String(hidden));
    await expect.poll(() => popup.locator('[data-rule="related-heading"] .reasons').innerText()).toContain('heading "Related Articles"');
    expect(await popup.locator('#site-switch').isChecked()).toBe(true);
    await popup.screenshot({ path: `${ARTIFACTS}/popup.png` });

    // A rule switch brings back only that rule's blocks, without a reload.
    await flip(popup, 'rule-related-heading', false);
    let text = await waitForText(page, (t) => t.includes('Related Articles'));
    expect(text).toContain('Related Articles');
    expect(text).not.toContain('DOWNLOAD THE APP');
    expect(text).not.toContain('Try Our AI Features');
    await flip(popup, 'rule-related-heading', true);
    text = await waitForText(page, (t) => !t.includes('Related Articles'));
    expect(text).not.toContain('Related Articles');

    // The site switch shows everything, and stays off after a reload.
    await flip(popup, 'site-switch', false);
    text = await waitForText(page, (t) => snippetsIn(t, c.expect.clutter).missing.length === 0);
    expect(snippetsIn(text, c.expect.clutter).missing).toEqual([]);
    await expect.poll(badge).toBe('');
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    expect(snippetsIn(await visible(page), c.expect.clutter).missing).toEqual([]);
    await popup.reload();
    await expect.poll(() => popup.locator('#site-switch').isChecked()).toBe(false);
    await flip(popup, 'site-switch', true);
    text = await waitForText(page, cleanedOf(c));
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);

    // "Show original" is temporary and for this tab only.
    await popup.reload();
    await popup.locator('#show-original').click();
    text = await waitForText(page, (t) => t.includes('Related Articles'));
    expect(text).toContain('Related Articles');
    await popup.locator('#show-original').click();
    text = await waitForText(page, (t) => !t.includes('Related Articles'));
    expect(text).not.toContain('Related Articles');
    await popup.close();
    await page.close();
  });
});

/** The popup, opened as a tab for the page's tab. */
async function popupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await chromium.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await chromium.context.newPage();
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.summary, .note').first().waitFor();
  return popup;
}

/** Clicks a save button in the popup and returns the finished download's path. */
async function saveFrom(popup: Page, button: string): Promise<string> {
  const before = await chromium.worker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await popup.locator(button).click();
  let path = '';
  await expect
    .poll(async () => {
      const items = await chromium.worker.evaluate(async () => chrome.downloads.search({ state: 'complete' }));
      const done = items.find((d) => !before.includes(d.id));
      path = done?.filename ?? '';
      return path;
    }, { timeout: 15_000 })
    .not.toBe('');
  return path;
}

describe('Chromium, a tab open since before Sift was installed', () => {
  it('the popup says Sift is not running there and reloads the page, which Sift then cleans', async () => {
    // A browser of its own, Sift installed into it while the page is open: the page has no content script.
    const browser = await launchChromiumToInstall();
    try {
      const c = loadCases(`${CORPUS}/cluttered`).find((x) => x.name === 'aggregator-seed')!;
      const page = await openPage(browser.context, urlOf(c));
      const { extensionId, worker } = await browser.install();
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      expect(tabId).toBeTypeOf('number');
      expect(snippetsIn(await visible(page), c.expect.clutter).missing).toEqual([]); // nothing hidden
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('#not-running').isVisible(), { timeout: 10_000 }).toBe(true);
      await popup.locator('#reload-page').click();
      await popup.locator('.summary').waitFor({ timeout: 30_000 });
      // The summary shows from the reloaded page's first report, which may come before its plan has hidden anything.
      await expect.poll(async () => Number(await popup.locator('.summary').getAttribute('data-hidden')), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
      const text = await waitForText(page, cleanedOf(c));
      expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('Chromium, saving a clean copy from the popup', () => {
  it.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('%s: HTML and Markdown hold the article, no clutter', async (_name, c) => {
    const page = await openPage(chromium.context, urlOf(c), c.expect.dynamicWaitMs ?? 0);
    const popup = await popupFor(page);
    for (const [button, format] of [['#save-html', 'html'], ['#save-md', 'md']] as const) {
      const file = await saveFrom(popup, button);
      const raw = readFileSync(file, 'utf8');
      const text = format === 'html' ? parseHtml(raw, 'https://copy.example/').body.textContent ?? '' : raw;
      expect(snippetsIn(text, c.expect.article).missing, format).toEqual([]);
      expect(snippetsIn(text, c.expect.clutter).present, format).toEqual([]);
    }
    await popup.close();
    await page.close();
  });

  it('the saved HTML of a hostile page runs no script and makes no request when opened', async () => {
    const page = await openPage(chromium.context, `${fixtureRoot.base}/xss/payloads.html`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(1); // the page itself does run them
    const popup = await popupFor(page);
    const file = await saveFrom(popup, '#save-html');
    const opened = await chromium.context.newPage();
    const requests: string[] = [];
    opened.on('request', (r) => requests.push(r.url()));
    await opened.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await opened.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    expect(await opened.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await opened.evaluate(() => document.body.innerText), readFileSync(file, 'utf8').slice(0, 3000)).toContain('annual report on Monday');
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await opened.close();
    await popup.close();
    await page.close();
  });
});

/** Clicks "Reader view" in the popup and returns the reader tab that opens next to the page. */
async function openReader(popup: Page): Promise<Page> {
  const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
  await popup.locator('#open-reader').click();
  return opened;
}

describe('Chromium, reader view', () => {
  it.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('%s: the article alone, with Sift\'s own controls', async (_name, c) => {
    const page = await openPage(chromium.context, urlOf(c), c.expect.dynamicWaitMs ?? 0);
    const popup = await popupFor(page);
    const reader = await openReader(popup);
    await reader.locator('.reader > article').waitFor();
    const text = await visible(reader);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    // Typography is remembered; back to the page in one click.
    await reader.selectOption('#theme', 'sepia');
    await expect.poll(() => reader.locator('.reader-root').getAttribute('class')).toContain('theme-sepia');
    if (c.name === 'aggregator-seed') {
      await reader.setViewportSize({ width: 900, height: 1100 });
      await reader.screenshot({ path: `${ARTIFACTS}/reader.png` });
    }
    const closed = reader.waitForEvent('close');
    await reader.locator('#back').click();
    await closed;
    expect(page.url()).toBe(urlOf(c)); // the page itself was never touched
    await popup.close();
    await page.close();
  });

  it('says so plainly when a page has no article, and leaves the page alone', async () => {
    const page = await openPage(chromium.context, `${fixtureRoot.base}/pages/no-article.html`);
    const popup = await popupFor(page);
    const reader = await openReader(popup);
    await expect.poll(() => reader.locator('#no-article').innerText()).toContain('No article found');
    expect(page.url()).toContain('no-article.html');
    await reader.close();
    await popup.close();
    await page.close();
  });
});

describe('Chromium, always open a site in reader view', () => {
  it('a site switched to "always reader" opens in reader view on the next visit, and can be switched back', async () => {
    const c = loadCases(`${CORPUS}/cluttered`).find((x) => x.name === 'broadsheet')!;
    const page = await openPage(chromium.context, urlOf(c));
    const popup = await popupFor(page);
    await flip(popup, 'always-reader', true);
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
    await page.reload();
    const reader = await opened;
    await reader.locator('.reader > article').waitFor();
    expect(snippetsIn(await visible(reader), c.expect.article).missing).toEqual([]);
    await reader.close();
    await popup.reload(); // as a user would reopen it
    await popup.locator('.summary').waitFor();
    await flip(popup, 'always-reader', false);
    await popup.close();
    await page.close();
  });
});

describe('Chromium, the element picker and the user\'s own rules', () => {
  const has = (text: string, what: string) => text.toLowerCase().includes(what.toLowerCase());
  const pickerState = (page: Page) => page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-state') ?? null);
  const pickerCount = (page: Page) => page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-count') ?? null);

  /** The text of the picker's bar, in its closed shadow root (which only the DevTools protocol reaches). */
  async function pickerText(page: Page): Promise<string> {
    type DomNode = { nodeType: number; nodeName: string; nodeValue: string; children?: DomNode[]; shadowRoots?: DomNode[] };
    const cdp = await chromium.context.newCDPSession(page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const texts: string[] = [];
      const walk = (node: DomNode, inPicker: boolean) => {
        if (inPicker && node.nodeType === 3) texts.push(node.nodeValue);
        if (node.nodeName === 'STYLE') return;
        const picker = inPicker || node.nodeName === 'SIFT-PICKER';
        for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, picker);
      };
      walk(root, false);
      return texts.join(' ');
    } finally {
      await cdp.detach();
    }
  }

  /** Points at `selector`'s first link (or the element itself) and widens until the picker highlights `selector`. */
  async function pick(page: Page, popup: Page, selector: string, pointAt: string) {
    await popup.locator('#pick').click();
    await expect.poll(() => pickerState(page)).toBe('hover');
    await page.bringToFront();
    await page.locator(pointAt).first().scrollIntoViewIfNeeded();
    const box = (await page.locator(pointAt).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // How many levels the element under the pointer is below the wanted block: that many ↑.
    const levels = await page.evaluate(
      ([sel, x, y]) => {
        let n = 0;
        for (let el = document.elementFromPoint(x as number, y as number); el && !el.matches(sel as string); el = el.parentElement) n++;
        return n;
      },
      [selector, box.x + box.width / 2, box.y + box.height / 2] as const,
    );
    // Pointer moves reach the page with the next frame: wait until the picker shows what is under it.
    const target = () => page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-target') ?? null);
    await expect.poll(target).not.toBeNull();
    for (let i = 0; i < levels; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(target).toBe(await page.evaluate((sel) => document.querySelector(sel)!.localName, selector));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => pickerState(page)).toBe('preview');
  }

  it('pick a block and save it; it stays hidden after a reload; the options page lists it; deleting it brings it back', async () => {
    const c = loadCases(`${CORPUS}/cluttered`).find((x) => x.name === 'clean-control')!;
    const page = await openPage(chromium.context, urlOf(c));
    // The page's own handlers must not fire while picking.
    await page.evaluate(() => {
      const w = window as unknown as { pageSaw: string[] };
      w.pageSaw = [];
      for (const type of ['click', 'mousedown', 'keydown']) document.addEventListener(type, () => w.pageSaw.push(type));
    });
    const popup = await popupFor(page);
    try {
      await pick(page, popup, 'nav', 'nav a');
      expect(await pickerCount(page)).toBe('1');
      // The preview hides it already.
      let text = await waitForText(page, (t) => !has(t, 'Archive'));
      expect(text).not.toMatch(/archive/i);
      await page.keyboard.press('Enter');
      await expect.poll(() => pickerState(page)).toBe('saved');
      expect(await page.evaluate(() => (window as unknown as { pageSaw: string[] }).pageSaw)).toEqual([]);

      // Undo right after saving: a second pick, undone.
      await page.keyboard.press('Escape');
      await expect.poll(() => pickerState(page)).toBeNull();
      await pick(page, popup, 'footer', 'footer');
      await page.keyboard.press('Enter');
      await expect.poll(() => pickerState(page)).toBe('saved');
      await page.keyboard.press('Enter'); // the focused "Undo"
      await expect.poll(() => pickerState(page)).toBeNull();
      text = await waitForText(page, (t) => has(t, 'Independent writing'));
      expect(text).toMatch(/independent writing/i);

      // After a reload the picked block is still hidden, the article whole.
      await page.reload({ waitUntil: 'load' });
      text = await waitForText(page, (t) => !has(t, 'Archive') && has(t, 'Independent writing'));
      expect(text).not.toMatch(/archive/i);
      expect(text).toMatch(/independent writing/i);
      expect(snippetsIn(text, c.expect.article).missing).toEqual([]);

      // The popup lists it; the options page lists it and deletes it.
      await popup.reload();
      await expect.poll(() => popup.locator('.user-rule').count()).toBe(1);
      const options = await chromium.context.newPage();
      await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
      const row = options.locator('[data-site="127.0.0.1"] .user-rule');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.innerText()).toContain('nav');
      await options.setViewportSize({ width: 900, height: 1000 });
      await options.screenshot({ path: `${ARTIFACTS}/options.png` });
      // "Test on the open tab": the page answers with how many elements the rule hides there.
      await row.locator('[data-action="test"]').click();
      await expect.poll(() => row.locator('.test-result').innerText()).toMatch(/hides 1 element/);
      await row.locator('[data-action="delete"]').click();
      await expect.poll(() => options.locator('[data-site="127.0.0.1"] .user-rule').count()).toBe(0);
      await options.close();

      await page.reload({ waitUntil: 'load' });
      text = await waitForText(page, (t) => has(t, 'Archive'));
      expect(text).toMatch(/archive/i);

      // Deleting from the popup's list works the same.
      await pick(page, popup, 'footer', 'footer');
      await page.keyboard.press('Enter');
      await expect.poll(() => pickerState(page)).toBe('saved');
      await page.keyboard.press('Escape');
      await popup.reload();
      await expect.poll(() => popup.locator('.user-rule').count()).toBe(1);
      await popup.locator('.user-rule .delete').click();
      await expect.poll(() => popup.locator('.user-rule').count()).toBe(0);
      await page.reload({ waitUntil: 'load' });
      text = await waitForText(page, (t) => has(t, 'Independent writing'));
      expect(text).toMatch(/independent writing/i);
    } finally {
      await clearStorage();
      await popup.close();
      await page.close();
    }
  });

  it("a pick that storage refuses says why in the picker, and keeps the pick to try again (the background's error crosses to the page)", async () => {
    const c = loadCases(`${CORPUS}/cluttered`).find((x) => x.name === 'clean-control')!;
    const page = await openPage(chromium.context, urlOf(c));
    const popup = await popupFor(page);
    // Local storage full to the byte (Chrome's 10 MiB without `unlimitedStorage`): the rule's write is refused.
    const fill = (on: boolean) =>
      chromium.worker.evaluate(async (filling) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void>; clear(): Promise<void>; getBytesInUse(k: null): Promise<number> } } } }).chrome.storage.local;
        await local.clear();
        if (filling) await local.set({ filler: 'x'.repeat(10 * 1024 * 1024 - 64) });
        return local.getBytesInUse(null);
      }, on);
    try {
      expect(await fill(true)).toBeGreaterThan(10 * 1024 * 1024 - 100);
      await pick(page, popup, 'nav', 'nav a');
      await page.keyboard.press('Enter');
      await expect.poll(() => pickerText(page)).toMatch(/Could not save the rule: .*quota/i);
      expect(await pickerState(page)).toBe('preview');
      // Nothing was saved, and the pick is still there: with room again, Enter saves it.
      await popup.reload();
      await expect.poll(() => popup.locator('.user-rule').count()).toBe(0);
      await fill(false);
      await page.bringToFront();
      await page.keyboard.press('Enter');
      await expect.poll(() => pickerState(page)).toBe('saved');
      await popup.reload();
      await expect.poll(() => popup.locator('.user-rule').count()).toBe(1);
    } finally {
      await clearStorage();
      await popup.close();
      await page.close();
    }
  });

  it('the rule editor refuses an invalid selector with an inline error, and saves a valid one', async () => {
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    const form = options.locator('#rule-editor');
    await form.locator('input[name="site"]').fill('example.com');
    await form.locator('input[name="value"]').fill('div >');
    await expect.poll(() => form.locator('#value-error').innerText()).toMatch(/invalid selector/i);
    expect(await form.locator('button[type="submit"]').isDisabled()).toBe(true);
    await form.locator('input[name="value"]').fill('aside.newsletter');
    await expect.poll(() => form.locator('#value-error').count()).toBe(0);
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => options.locator('[data-site="example.com"] .user-rule').count()).toBe(1);
    // Import: a partly invalid uBlock list is previewed item by item; only the valid line is imported.
    await options.locator('#import-text').fill('example.org##.promo\nexample.org#@#.x\n||ads.example^');
    await expect.poll(() => options.locator('#import-problems li').count()).toBe(2);
    await options.locator('#import-apply').click();
    await expect.poll(() => options.locator('[data-site="example.org"] .user-rule').count()).toBe(1);
    expect(await options.locator('[data-site="example.com"] .user-rule').count()).toBe(1);
    // Reset asks first.
    await options.locator('#reset').click();
    await options.locator('#reset-confirm-button').click();
    await expect.poll(() => options.locator('.user-rule').count()).toBe(0);
    await options.close();
  });
});

describe('Chromium, the eval harness (`npm run eval -- DIR --browser`)', () => {
  it('reads the pages of any folder of cases, not only the corpus’s, and scores them in place', async () => {
    const { openChromiumHarness } = await import('./harness');
    const harness = await openChromiumHarness();
    try {
      for (const c of [loadCases(`${ROOT}/tests/fixtures/probe-text`)[0], loadCases(`${CORPUS}/cluttered`)[0]]) {
        const text = await harness.visibleText(c);
        expect(snippetsIn(text, c.expect.article).missing, `${c.set}/${c.name}`).toEqual([]);
      }
    } finally {
      await harness.close();
    }
  });
});
