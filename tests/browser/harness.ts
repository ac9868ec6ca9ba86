import { dirname, resolve } from 'node:path';
import { comparable, type Case } from '../helpers/corpus';
import { launchChromium, openPage } from './chromium';
import { serve } from './server';
import { VISIBLE_TEXT } from './visible-text';

/** How long a page may take to get Sift's first plan before its text is read anyway (and the run says so). */
const PLAN_TIMEOUT = 30_000;

/** For `npm run eval -- --browser`: the visible text of each case in Chromium with Sift loaded, once settled. */
export async function openChromiumHarness() {
  // One server for each folder that holds case folders' sets: the corpus, or any folder given to `npm run eval`.
  const servers = new Map<string, ReturnType<typeof serve>>();
  const chromium = await launchChromium();
  return {
    async visibleText(c: Case): Promise<string> {
      const root = resolve(dirname(dirname(c.dir)));
      if (!servers.has(root)) servers.set(root, serve(root));
      const server = await servers.get(root)!;
      // `#sift-debug`: Sift marks each plan it has applied (`sift:applied`), which the page's text cannot tell.
      const url = `${server.base}/${c.set}/${c.name}/page.html#sift-debug`;
      const page = await openPage(chromium.context, url, c.expect.dynamicWaitMs ?? 0);
      // Settled: Sift's first plan is applied (before, the text was sometimes read first on a busy
      // machine, and a page's clutter counted as not removed), and the text stops changing.
      try {
        await page.waitForFunction(() => performance.getEntriesByName('sift:applied').length > 0, undefined, { timeout: PLAN_TIMEOUT });
      } catch {
        process.stderr.write(`${c.set}/${c.name}: Sift applied no plan within ${PLAN_TIMEOUT / 1000} s; its text is read as it stands\n`);
      }
      let last = '';
      for (let i = 0; i < 20; i++) {
        const text = comparable(await page.evaluate<string>(VISIBLE_TEXT));
        if (text === last) break;
        last = text;
        await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
      }
      await page.close();
      return last;
    },
    async close() {
      await chromium.close();
      for (const server of servers.values()) await (await server).close();
    },
  };
}
