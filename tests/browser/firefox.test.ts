import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, loadCases, snippetsIn, type Case } from '../helpers/corpus';
import { parseHtml } from '../helpers/dom';
import { FIREFOX_BUILD } from './chromium';
import { FIREFOX_UUID, launchFirefox } from './firefox';
import { serve } from './server';
import { VISIBLE_TEXT } from './visible-text';
import { ARTICLE_EXPOSED, ARTICLE_ON_TOP, ARTICLE_TAKES_FOCUS, SCROLLS } from './usable-probe';
import { DISPLAY_AT_INSERT, PROMPTS_ADDED } from './prompts-probe';
import { ADD_LATER_POPUP, ADD_RAIL, addParagraph, HELD_READY_MARKED, LATER_POPUP_MARKED, OWN_POPUP_HIDDEN, RAIL_MARKED } from './page-actions';
import { MARKS, type Marks } from './marks-probe';
import { LEFT_ALONE, LOADED_AND_PAINTED, RAIL_HIDDEN, SIFT_TRACES } from './frame-probe';


let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let fixtures: Awaited<ReturnType<typeof serve>>;
const FIXTURE_PAGES = join(import.meta.dirname, '../fixtures/pages');
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'sift-firefox-downloads-'));

beforeAll(async () => {
  server = await serve();
  fixtures = await serve(FIXTURE_PAGES);
  browser = await launchFirefox({
    prefs: {
      // Saved copies go straight to a known folder.
      'browser.download.folderList': 2,
      'browser.download.dir': DOWNLOADS,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

async function waitForText(page: Page, check: (t: string) => boolean, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = await (page.evaluate(VISIBLE_TEXT) as Promise<string>);
  while (!check(text) && Date.now() < deadline) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    text = await (page.evaluate(VISIBLE_TEXT) as Promise<string>);
  }
  return text;
}

/** Whether `expression` (one of usable-probe.ts's) holds in the page, asked each frame until it does, for 10 s at most. */
async function holds(page: Page, expression: string, timeout = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression)) && Date.now() < deadline) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  return page.evaluate(expression) as Promise<boolean>;
}

describe('Firefox ESR, cluttered pages (and shadow roots, iframes): clutter hidden, article whole', () => {
  const cases = [...loadCases(`${CORPUS}/cluttered`), ...loadCases(FIXTURE_PAGES)];
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c: Case) => {
    const page = await browser.newPage();
    const base = c.set === 'cluttered' ? `${server.base}/cluttered` : fixtures.base;
    await page.goto(`${base}/${c.name}/page.html`, { waitUntil: 'load' });
    if (c.expect.dynamicWaitMs) await new Promise((r) => setTimeout(r, c.expect.dynamicWaitMs)); // the page's own schedule
    // The prompts are added a moment after loading: judge the page once they are there.
    if (c.name === 'prompts-added-later') expect(await holds(page, PROMPTS_ADDED)).toBe(true);
    const text = await waitForText(page, (t) => snippetsIn(t, c.expect.clutter).present.length === 0 && snippetsIn(t, c.expect.article).missing.length === 0);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    if (c.name === 'modal-dialog') {
      // The hidden modal dialog no longer makes the page inert.
      expect(await holds(page, ARTICLE_TAKES_FOCUS)).toBe(true);
    }
    if (c.name === 'modal-backdrop') {
      // The prompt's backdrop went with it: the page is not covered, and it scrolls.
      expect(await holds(page, ARTICLE_ON_TOP)).toBe(true);
      expect(await holds(page, SCROLLS)).toBe(true);
    }
    if (c.name === 'strict-csp') {
      // The page's policy allows no inline style, yet Sift's own stylesheets apply: the lock its stylesheet set is undone.
      expect(await holds(page, SCROLLS)).toBe(true);
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
      expect(await holds(page, `document.documentElement.hasAttribute('data-shut-off')`)).toBe(true);
      expect(await holds(page, ARTICLE_EXPOSED)).toBe(true);
      expect(await holds(page, ARTICLE_TAKES_FOCUS)).toBe(true);
    }
    await page.close();
  });
});

describe('Firefox ESR, a page that locks scrolling behind its overlay', () => {
  it('gets scrolling back when the page locks it after Sift’s plan, and keeps it while the page adds content', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtures.base}/strict-csp/page.html#sift-debug`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('sift:applied').length > 0, { timeout: 10_000 });
    expect(await holds(page, SCROLLS)).toBe(true);
    // A second lock, on html, put on by the page's script after the plan (no plan follows: nothing was added).
    await page.evaluate(() => (document.documentElement.style.overflow = 'hidden'));
    expect(await holds(page, SCROLLS)).toBe(true);
    // Each paragraph the page adds is a new plan, made with Sift's own stylesheet in: scrolling stays.
    for (let i = 1; i <= 3; i++) {
      const plans = await page.evaluate(() => performance.getEntriesByName('sift:applied').length);
      await page.evaluate(addParagraph(i));
      await page.waitForFunction((n) => performance.getEntriesByName('sift:applied').length > n, { timeout: 10_000 }, plans);
      expect(await page.evaluate(SCROLLS), `after added paragraph ${i}`).toBe(true);
    }
    await page.close();
  });
});

describe('Firefox ESR, frames', () => {
  it('cleans a frame of the same origin from the top page; leaves a frame of another origin alone', async () => {
    const root = join(import.meta.dirname, '../fixtures');
    const [top, other] = await Promise.all([serve(root), serve(root)]); // two ports: two origins
    const page = await browser.newPage();
    try {
      await page.goto(`${top.base}/frames/top.html?other=${encodeURIComponent(other.base)}`, { waitUntil: 'load' });
      const frame = (which: string) => until(async () => page.frames().find((f) => f.url().includes(`frame.html?${which}`)), `the ${which} frame`);
      const same = await frame('same');
      const foreign = await frame('foreign');
      await same.waitForFunction(RAIL_HIDDEN);
      await foreign.evaluate(LOADED_AND_PAINTED);
      expect(await foreign.evaluate(SIFT_TRACES)).toEqual(LEFT_ALONE);
      // A frame of the same origin added later is cleaned when it loads.
      await page.evaluate(() => {
        const late = document.createElement('iframe');
        late.src = 'frame.html?late';
        document.body.append(late);
      });
      await (await frame('late')).waitForFunction(RAIL_HIDDEN);
    } finally {
      await page.close();
      await top.close();
      await other.close();
    }
  });
});

describe('Firefox ESR, pages planned as copies in the background page', () => {
  /** What Sift marked on a page: each mark's rule and its element's position among the body's elements. */
  async function marksOf(url: string): Promise<Marks> {
    const page = await browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction('performance.getEntriesByName("sift:plan").length > 0', { timeout: 20_000 });
      return (await page.evaluate(MARKS)) as Marks;
    } finally {
      await page.close();
    }
  }

  it('marks the same elements as a plan made on the page itself', async () => {
    // The cluttered pages: Firefox reports some real pages' navigation as failed here (a resource of a host
    // that does not resolve), with or without Sift (see tests/browser/bench-firefox.ts).
    const cases = loadCases(`${CORPUS}/cluttered`);
    let marked = 0;
    for (const c of cases) {
      const url = `${server.base}/${c.set}/${c.name}/page.html`;
      const copied = await marksOf(`${url}#sift-debug`);
      const inPlace = await marksOf(`${url}#sift-debug,sift-in-place`);
      expect(copied.copy, c.name).toBe(true);
      expect(inPlace.copy, c.name).toBe(false);
      expect(copied.marks, c.name).toEqual(inPlace.marks);
      marked += copied.marks.length;
    }
    expect(marked).toBeGreaterThan(cases.length);
  }, 180_000);

  it("a hostile page's copy runs nothing in the background page (the extension's own origin)", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${fixtures.base}/hostile-copy.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction('performance.getEntriesByName("sift:copy").length > 0', { timeout: 20_000 });
      expect(await page.evaluate(() => document.querySelectorAll('[data-sift-hide]').length)).toBe(1);
      const probe = await openExtensionPage('options.html');
      const stored = await probe.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<object> } } } }).browser.storage.local.get('pwned'));
      await probe.close();
      expect(stored).toEqual({});
    } finally {
      await page.close();
    }
  });
});

describe('Firefox ESR, a page that keeps adding content', () => {
  it('sends the background page what the page changed, not its body again, and hides what it adds', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.base}/cluttered/${loadCases(`${CORPUS}/cluttered`)[0].name}/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
      for (let n = 1; n <= 3; n++) {
        await page.evaluate((i: number) => {
          document.body.insertAdjacentHTML('beforeend', `<div id="late-${i}"><h3>Most read</h3><ol><li><a href="/m${i}">Late story ${i}</a></li><li><a href="/n">Another</a></li></ol></div>`);
        }, n);
        await until(() => page.evaluate((i: number) => document.getElementById(`late-${i}`)?.closest('[data-sift-hide]') != null || null, n), `late block ${n} hidden`);
      }
      const sent = await page.evaluate(() => ({ copies: performance.getEntriesByName('sift:copy').length, changes: performance.getEntriesByName('sift:copy:changes').length }));
      // Two whole copies, the first plan's and the first batch's (kept); each later batch sent changes.
      expect(sent.copies - sent.changes).toBe(2);
      expect(sent.changes).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });
});

describe('Firefox ESR, a page back from the back/forward cache', () => {
  it('lets go of the planner’s copy when the page is hidden: back from the cache, it sends a whole copy, then changes again', async () => {
    const page = await browser.newPage();
    const sent = () => page.evaluate(() => ({ copies: performance.getEntriesByName('sift:copy').length, changes: performance.getEntriesByName('sift:copy:changes').length }));
    const add = async (n: number) => {
      await page.evaluate((i: number) => {
        document.body.insertAdjacentHTML('beforeend', `<div id="late-${i}"><h3>Most read</h3><ol><li><a href="/m${i}">Late story ${i}</a></li><li><a href="/n">Another</a></li></ol></div>`);
      }, n);
      await until(() => page.evaluate((i: number) => document.getElementById(`late-${i}`)?.closest('[data-sift-hide]') != null || null, n), `late block ${n} hidden`);
    };
    try {
      await page.goto(`${server.base}/cluttered/${loadCases(`${CORPUS}/cluttered`)[0].name}/page.html#sift-debug`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
      await add(1);
      await add(2);
      const before = await sent();
      expect(before.copies - before.changes).toBe(2); // the first plan's copy and the first batch's (kept); then changes
      await page.evaluate(() => addEventListener('pageshow', (e) => ((window as unknown as { restored: boolean }).restored = e.persisted)));
      await page.goto(`${server.base}/`, { waitUntil: 'load' });
      // Back without waiting for a load event (puppeteer's goBack waits for one, which a page from the cache does not fire).
      await page.evaluate(() => setTimeout(() => history.back(), 0));
      await until(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored === true || null), 'the page restored from the back/forward cache');
      await add(3); // the planner let go of the copy when the page was hidden: a whole copy, kept again
      await add(4); // then changes again
      const after = await sent();
      expect(after.copies - after.changes).toBe(3);
      expect(after.changes).toBe(before.changes + 1);
    } finally {
      await page.close();
    }
  });
});

describe('Firefox ESR, two content scripts, one read of the settings', () => {
  it('the content script takes over the settings the early script read (the two share their sandbox)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/cluttered/${loadCases(`${CORPUS}/cluttered`)[0].name}/page.html#sift-debug`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('sift:settings:') || n === 'sift:import'));
    // Injected by Firefox (the manifest lists it), not imported by the early script.
    expect(marks).toEqual(['sift:settings:early']);
    await page.close();
  });

  it('a page that stops DOMContentLoaded on its window gets no document_end script from Firefox: the early script imports it, once', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtures.base}/hostile-events/page.html#sift-debug`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('sift:plan').length > 0);
    // One content script, imported: had Firefox injected one too, the second would have read the settings again.
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('sift:settings:') || n === 'sift:import'));
    expect(marks).toEqual(['sift:import', 'sift:settings:early']);
    await page.close();
  });
});

describe('Firefox ESR, a consent banner before the page is painted', () => {
  it("the early stylesheet's rule for consent managers holds in Firefox: the banner hidden, the block holding the article kept", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtures.base}/consent-banner.html`, { waitUntil: 'load' });
    // The early stylesheet is in (its rules are the extension's: the page cannot read them) and the plan has marked its findings.
    await until(() => page.evaluate(() => document.getElementById('sift-early-style') !== null && document.querySelector('[data-sift-hide]') !== null), 'the stylesheet and the marks');
    // With the plan's own marks taken off, what the early stylesheet alone hides: the banner, not the
    // article's block (a selector Firefox could not parse would have dropped the rule: the banner shown).
    const alone = await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-sift-hide]')) el.removeAttribute('data-sift-hide');
      const display = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
      return { banner: display('#onetrust-banner-sdk'), articleBlock: display('.cc-window') };
    });
    expect(alone).toEqual({ banner: 'none', articleBlock: 'block' });
    await page.close();
  });
});

/** Polls `probe` until it returns a truthy value (conditions, not fixed sleeps). */
async function until<T>(probe: () => Promise<T>, what: string, timeout = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts loading `url` in `page` and returns at once (BiDi's `browsingContext.navigate` with `wait: none`). */
async function navigateWithoutWaiting(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } }).browsingContext;
  await context.navigate(url, 'none');
}

/**
 * Opens one of Sift's own pages. Puppeteer's `goto` never resolves for
 * moz-extension:// pages (Firefox sends no load event for them over BiDi:
 * puppeteer issue #14314), so navigate without waiting and poll the page instead.
 */
async function openExtensionPage(path: string, on: Browser = browser): Promise<Page> {
  const page = await on.newPage();
  await navigateWithoutWaiting(page, `moz-extension://${FIREFOX_UUID}/${path}`);
  await until(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'), `${path} to load`);
  return page;
}

/** The tab id of the page at `url`: its content script answers with the page's address (no `tabs` permission needed). */
async function tabIdOf(url: string): Promise<number> {
  const probe = await openExtensionPage('options.html');
  const id = await until(
    () =>
      probe.evaluate(async (wanted: string) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<{ ok?: { url: string } }> } } }).browser;
        for (const tab of await api.tabs.query({})) {
          const answer = await api.tabs.sendMessage(tab.id, { type: 'getState' }).catch(() => null);
          if (answer?.ok?.url === wanted) return tab.id; // the content script's answer (see `answering`)
        }
        return null;
      }, url),
    `the tab of ${url}`,
  );
  await probe.close();
  return id;
}

describe('Firefox ESR, reader view and clean copies', () => {
  it.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('%s: reader view, HTML and Markdown hold the article, no clutter', async (_name, c) => {
    const url = `${server.base}/cluttered/${c.name}/page.html`;
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (c.expect.dynamicWaitMs) await new Promise((r) => setTimeout(r, c.expect.dynamicWaitMs)); // the page's own schedule
    const tabId = await tabIdOf(url);

    const reader = await openExtensionPage(`reader.html?tab=${tabId}`);
    await until(() => reader.evaluate(() => document.querySelector('.reader > article') !== null), 'the reader article');
    const text = await (reader.evaluate(VISIBLE_TEXT) as Promise<string>);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    expect(await reader.evaluate(() => document.querySelector('#back') !== null)).toBe(true); // Sift's own controls
    await reader.close();

    const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
    await until(() => popup.evaluate(() => document.querySelector('#save-html') !== null), 'the popup');
    for (const [button, ext] of [['#save-html', '.html'], ['#save-md', '.md']] as const) {
      const before = new Set(readdirSync(DOWNLOADS));
      await popup.evaluate((sel: string) => (document.querySelector(sel) as HTMLButtonElement).click(), button);
      const file = await until(async () => readdirSync(DOWNLOADS).find((f) => f.endsWith(ext) && !before.has(f)), `the ${ext} download`);
      const raw = await until(async () => readFileSync(join(DOWNLOADS, file), 'utf8'), `${file} to be written`);
      const saved = ext === '.html' ? (parseHtml(raw, 'https://copy.example/').body.textContent ?? '') : raw;
      expect(snippetsIn(saved, c.expect.article).missing, ext).toEqual([]);
      expect(snippetsIn(saved, c.expect.clutter).present, ext).toEqual([]);
    }
    await popup.close();
    await page.close();
  });
});

describe('Firefox ESR, the element picker', () => {
  it('pick a block, save it; after a reload it is hidden; delete it on the settings page; after a reload it shows', async () => {
    const url = `${server.base}/cluttered/clean-control/page.html`;
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(url);
    const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
    const state = () => page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-state') ?? null);
    const has = (text: string, what: string) => text.toLowerCase().includes(what);
    try {
      await until(() => popup.evaluate(() => document.querySelector('#pick') !== null), 'the popup');
      await popup.evaluate(() => (document.querySelector('#pick') as HTMLButtonElement).click());
      await until(async () => (await state()) === 'hover', 'the picker');
      await page.bringToFront();
      const link = (await page.$('nav a'))!;
      const box = (await link.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await until(() => page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-target') === 'a'), 'the hovered link');
      await page.keyboard.press('ArrowUp');
      await until(() => page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-target') === 'nav'), 'the widened block');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await until(async () => (await state()) === 'preview', 'the preview');
      expect(await page.evaluate(() => document.querySelector('sift-picker')?.getAttribute('data-count'))).toBe('1');
      await page.keyboard.press('Enter');
      await until(async () => (await state()) === 'saved', 'the saved rule');

      await page.reload({ waitUntil: 'load' });
      let text = await waitForText(page, (t) => !has(t, 'archive'));
      expect(has(text, 'archive')).toBe(false);
      expect(has(text, 'repair café')).toBe(true);

      const options = await openExtensionPage('options.html');
      await until(() => options.evaluate(() => document.querySelectorAll('[data-site="127.0.0.1"] .user-rule').length === 1), 'the rule on the settings page');
      await options.evaluate(() => (document.querySelector('[data-site="127.0.0.1"] .user-rule [data-action="delete"]') as HTMLButtonElement).click());
      await until(() => options.evaluate(() => document.querySelectorAll('.user-rule').length === 0), 'the rule deleted');
      await options.close();

      await page.reload({ waitUntil: 'load' });
      text = await waitForText(page, (t) => has(t, 'archive'));
      expect(has(text, 'archive')).toBe(true);
    } finally {
      await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } } } }).browser;
        await api.storage.local.clear();
        await api.storage.sync.clear();
      });
      await popup.close();
      await page.close();
    }
  });
});

describe('Firefox ESR, a tab open since before Sift was installed', () => {
  it('is cleaned at once (Firefox runs an add-on’s content scripts in the tabs open when it is installed), and the popup lists its findings', async () => {
    // A browser of its own, Sift installed into it while the page is open. (Chrome runs no content
    // script in such a tab: its popup offers to reload the page, tested in chromium.test.ts.)
    const own = await launchFirefox({ extension: false });
    try {
      const c = loadCases(`${CORPUS}/cluttered`).find((x) => x.name === 'aggregator-seed')!;
      const [page] = await own.pages(); // the first tab: the only one besides the extension's pages
      await page.goto(`${server.base}/cluttered/${c.name}/page.html`, { waitUntil: 'load' });
      expect(snippetsIn(await (page.evaluate(VISIBLE_TEXT) as Promise<string>), c.expect.clutter).missing).toEqual([]); // nothing hidden yet
      await own.installExtension(FIREFOX_BUILD);
      const text = await waitForText(page, (t) => snippetsIn(t, c.expect.clutter).present.length === 0);
      expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
      expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
      const probe = await openExtensionPage('options.html', own);
      const tabIds = await probe.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]>; getCurrent(): Promise<{ id: number }> } } }).browser;
        const self = (await api.tabs.getCurrent()).id;
        return (await api.tabs.query({})).filter((t) => t.id !== self).map((t) => t.id);
      });
      await probe.close();
      expect(tabIds).toHaveLength(1);
      const popup = await openExtensionPage(`popup.html?tabId=${tabIds[0]}`, own);
      const hidden = await until(() => popup.evaluate(() => document.querySelector('.summary')?.getAttribute('data-hidden') ?? null), 'the findings');
      expect(Number(hidden)).toBeGreaterThanOrEqual(4);
      expect(await popup.evaluate(() => document.querySelector('#not-running') !== null)).toBe(false);
    } finally {
      await own.close();
    }
  });
});

describe('Firefox ESR, an overlay held ready that the user opens', () => {
  it('a consent manager’s preference centre and a newsletter modal, opened by a class or a style, show when the user clicks; opened by the page’s script they stay hidden', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-panel')!;
    const PANEL = 'Privacy preference centre';
    const NEWSLETTER = 'Get the Morning Briefing in your inbox';
    const page = await browser.newPage();
    await page.goto(`${fixtures.base}/asked-panel/page.html`, { waitUntil: 'load' });
    expect(await holds(page, HELD_READY_MARKED)).toBe(true);
    // The page's script opens the panel: hidden. The user opens the newsletter: shown, the panel still hidden.
    await page.evaluate(() => document.getElementById('cookie-settings')!.click());
    await page.click('#newsletter-button');
    let text = await waitForText(page, (t) => t.includes(NEWSLETTER));
    expect(text).toContain(NEWSLETTER);
    expect(text).not.toContain(PANEL);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    await page.close();
    // The user opens the panel: shown, and after a later plan.
    const again = await browser.newPage();
    await again.goto(`${fixtures.base}/asked-panel/page.html`, { waitUntil: 'load' });
    expect(await holds(again, HELD_READY_MARKED)).toBe(true);
    await again.click('#cookie-settings');
    expect(await waitForText(again, (t) => t.includes(PANEL))).toContain(PANEL);
    await again.evaluate(ADD_RAIL);
    expect(await holds(again, RAIL_MARKED)).toBe(true);
    text = await (again.evaluate(VISIBLE_TEXT) as Promise<string>);
    expect(text).toContain(PANEL);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(text).not.toContain('Get the Courier app');
    await again.close();
  });
});

describe('Firefox ESR, a consent manager in a shadow root that the user opens', () => {
  it('its settings, rendered into the shadow root of the container Sift hides, show when the user clicks "Privacy settings"', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-shadow-panel')!;
    const SETTINGS = 'Choose which services may set cookies on this site';
    const page = await browser.newPage();
    await page.goto(`${fixtures.base}/asked-shadow-panel/page.html`, { waitUntil: 'load' });
    expect(await holds(page, `document.getElementById('usercentrics-root').hasAttribute('data-sift-hide')`)).toBe(true);
    expect(snippetsIn(await (page.evaluate(VISIBLE_TEXT) as Promise<string>), c.expect.clutter).present).toEqual([]);
    await page.click('#privacy-settings');
    expect(await waitForText(page, (t) => t.includes(SETTINGS))).toContain(SETTINGS);
    await page.close();
  });
});

describe('Firefox ESR, an overlay the user asked for', () => {
  it('a consent manager’s dialog opened by the user’s click is shown, and stays shown; opened by the page’s own click it is hidden', async () => {
    const c = loadCases(FIXTURE_PAGES).find((x) => x.name === 'asked-dialog')!;
    const page = await browser.newPage();
    await page.goto(`${fixtures.base}/asked-dialog/page.html`, { waitUntil: 'load' });
    await waitForText(page, (t) => snippetsIn(t, c.expect.clutter).present.length === 0);
    const SETTINGS = 'We and our partners use cookies';
    const shows = (t: string) => t.includes(SETTINGS);
    await page.evaluate(() => document.getElementById('privacy-settings')!.click());
    expect(await holds(page, `document.getElementById('sp_message_container_1')?.hasAttribute('data-sift-hide') ?? false`)).toBe(true);
    expect(shows(await (page.evaluate(VISIBLE_TEXT) as Promise<string>))).toBe(false);
    await page.evaluate(() => document.getElementById('sp_message_container_1')!.remove());
    expect(await holds(page, OWN_POPUP_HIDDEN)).toBe(true);
    await page.click('#privacy-settings');
    expect(shows(await waitForText(page, shows))).toBe(true);
    // A pop-up the page adds a moment later (within two seconds of the click) is no answer: the click's task answered.
    await page.evaluate(ADD_LATER_POPUP);
    expect(await holds(page, LATER_POPUP_MARKED)).toBe(true);
    await page.evaluate(ADD_RAIL);
    expect(await holds(page, RAIL_MARKED)).toBe(true);
    const text = await (page.evaluate(VISIBLE_TEXT) as Promise<string>);
    expect(shows(text)).toBe(true);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    await page.close();
  });
});
