import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

export interface Chromium {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded (or `build`, another
 * build of it, to compare two in one run); every request that leaves
 * 127.0.0.1 is aborted.
 */
export async function launchChromium(options: { extension?: boolean; build?: string } = {}): Promise<Chromium> {
  const withExtension = options.extension ?? true;
  const build = options.build ?? CHROME_BUILD;
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--lang=en-US',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${build}`, `--load-extension=${build}`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sift-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '127.0.0.1') return route.continue();
    return route.abort();
  });
  if (!withExtension) return { context, extensionId: '', worker: undefined as never, close: () => context.close() };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** Loads a page and waits for `load`, then for the page's own late injections (its `dynamicWaitMs`). */
export async function openPage(context: BrowserContext, url: string, dynamicWaitMs = 0): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (dynamicWaitMs > 0) await page.waitForTimeout(dynamicWaitMs); // the page's own schedule, not ours
  return page;
}
