import { comparable, type Case } from '../helpers/corpus';
import { launchChromium, openPage } from './chromium';
import { serve } from './server';
import { VISIBLE_TEXT } from './visible-text';

/** For `npm run eval -- --browser`: the visible text of each case in Chromium with Sift loaded, once settled. */
export async function openChromiumHarness() {
  const server = await serve();
  const chromium = await launchChromium();
  return {
    async visibleText(c: Case): Promise<string> {
      const url = `${server.base}/${c.set}/${c.name}/page.html`;
      const page = await openPage(chromium.context, url, c.expect.dynamicWaitMs ?? 0);
      // Settled: the hiding stylesheet exists (or the page has nothing to hide) and text stops changing.
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
      await server.close();
    },
  };
}
