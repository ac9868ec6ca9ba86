import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

export interface Chromium {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium's command line for every test launch (`extra` added). */
function chromiumArgs(extra: string[]): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--lang=en-US',
    ...extra,
  ];
}

/** A persistent context of Debian's Chromium in which every request that leaves 127.0.0.1 is aborted. */
async function launchContext(args: string[], ignoreDefaultArgs: string[] = []): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sift-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(args),
    ignoreDefaultArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '127.0.0.1') return route.continue();
    return route.abort();
  });
  return context;
}

/**
 * Debian's Chromium with the built extension loaded (or `build`, another
 * build of it, to compare two in one run); every request that leaves
 * 127.0.0.1 is aborted.
 */
export async function launchChromium(options: { extension?: boolean; build?: string } = {}): Promise<Chromium> {
  const withExtension = options.extension ?? true;
  const build = options.build ?? CHROME_BUILD;
  const context = await launchContext(withExtension ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []);
  if (!withExtension) return { context, extensionId: '', worker: undefined as never, close: () => context.close() };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/**
 * Debian's Chromium without the extension, which `install` then adds to the
 * running browser, as a user installs or updates it: tabs already open get
 * no content script. It loads the built extension unpacked over a second
 * DevTools connection (`Extensions.loadUnpacked`, which Chromium allows
 * under `--enable-unsafe-extension-debugging`).
 */
export async function launchChromiumToInstall(): Promise<{ context: BrowserContext; install(): Promise<Omit<Chromium, 'context' | 'close'>>; close(): Promise<void> }> {
  const port = await freePort();
  const context = await launchContext(['--enable-unsafe-extension-debugging', `--remote-debugging-port=${port}`], ['--disable-extensions']);
  let connection: Browser | null = null;
  return {
    context,
    async install() {
      connection = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const session = await connection.newBrowserCDPSession();
      const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never)) as { id: string };
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)) ?? (await context.waitForEvent('serviceworker'));
      return { extensionId: id, worker };
    },
    async close() {
      await connection?.close().catch(() => {});
      await context.close();
    },
  };
}

/** A TCP port free on 127.0.0.1 now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Loads a page and waits for `load`, then for the page's own late injections (its `dynamicWaitMs`). */
export async function openPage(context: BrowserContext, url: string, dynamicWaitMs = 0): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (dynamicWaitMs > 0) await page.waitForTimeout(dynamicWaitMs); // the page's own schedule, not ours
  return page;
}

/**
 * How many documents in Sift's planner (the offscreen document, which no
 * Playwright API reaches) hold an element matching `selector`: the copies of
 * pages it keeps. Over the DevTools protocol: the browser's list of targets,
 * then, attached to the planner, every `Document` object alive in its heap
 * (`Runtime.queryObjects` collects garbage first, so a copy let go is not
 * counted). `page` is any page of the browser, whose session asks.
 */
export async function plannerDocuments(page: Page, selector: string): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const planner = targetInfos.find((t) => new URL(t.url).protocol === 'chrome-extension:' && t.url.endsWith('/planner.html'));
    if (!planner) return 0;
    // Flattened sessions are out of a page session's reach; messages to the target are not.
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: planner.targetId, flatten: false });
    type Reply = { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    let id = 0;
    const waiting = new Map<number, (reply: Reply) => void>();
    session.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as Reply;
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
    });
    const call = async (method: string, params: object): Promise<Record<string, unknown>> => {
      const n = ++id;
      const reply = await new Promise<Reply>((resolve) => {
        waiting.set(n, resolve);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params }) });
      });
      if (!reply.result) throw new Error(`${method}: ${reply.error?.message ?? 'no result'}`);
      return reply.result;
    };
    const prototype = (await call('Runtime.evaluate', { expression: 'Document.prototype' })).result as { objectId: string };
    const found = (await call('Runtime.queryObjects', { prototypeObjectId: prototype.objectId })).objects as { objectId: string };
    const counted = await call('Runtime.callFunctionOn', {
      objectId: found.objectId,
      // Prototypes (Document's own, HTMLDocument's) are among what inherits from Document.prototype.
      functionDeclaration: `function (selector) { return this.filter((d) => !Object.hasOwn(d, 'constructor') && d.querySelector(selector) !== null).length; }`,
      arguments: [{ value: selector }],
      returnByValue: true,
    });
    await session.send('Target.detachFromTarget', { sessionId });
    return (counted.result as { value: number }).value;
  } finally {
    await session.detach();
  }
}
