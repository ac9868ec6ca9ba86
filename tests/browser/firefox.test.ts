import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, loadCases, snippetsIn, type Case } from '../helpers/corpus';
import { FIREFOX_BUILD } from './chromium';
import { serve } from './server';
import { VISIBLE_TEXT } from './visible-text';

// The add-on's internal UUID, pinned so its pages have a known moz-extension:// address.
export const FIREFOX_ADDON_ID = 'sift@sift-reader.org';
export const FIREFOX_UUID = '5b1d4c3e-8f2a-4c6b-9e1d-3a7f0c2b4d68';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let fixtures: Awaited<ReturnType<typeof serve>>;
const FIXTURE_PAGES = join(import.meta.dirname, '../fixtures/pages');

beforeAll(async () => {
  server = await serve();
  fixtures = await serve(FIXTURE_PAGES);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'sift-firefox-')),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // No network beyond 127.0.0.1 here: keep Firefox from trying.
      'network.proxy.type': 0,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
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

describe('Firefox ESR, cluttered pages (and shadow roots, iframes): clutter hidden, article whole', () => {
  const cases = [...loadCases(`${CORPUS}/cluttered`), ...loadCases(FIXTURE_PAGES)];
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c: Case) => {
    const page = await browser.newPage();
    const base = c.set === 'cluttered' ? `${server.base}/cluttered` : fixtures.base;
    await page.goto(`${base}/${c.name}/page.html`, { waitUntil: 'load' });
    if (c.expect.dynamicWaitMs) await new Promise((r) => setTimeout(r, c.expect.dynamicWaitMs)); // the page's own schedule
    const text = await waitForText(page, (t) => snippetsIn(t, c.expect.clutter).present.length === 0 && snippetsIn(t, c.expect.article).missing.length === 0);
    expect(snippetsIn(text, c.expect.article).missing).toEqual([]);
    expect(snippetsIn(text, c.expect.clutter).present).toEqual([]);
    await page.close();
  });
});
