import { browser } from 'wxt/browser';
import { planCopy } from '@/utils/engine/plan-copy';
import { isPlannerMessage } from '@/utils/messaging';

/**
 * Chrome's offscreen document (see utils/planner.ts): plans the copies of
 * pages their content scripts send, with the engine's code compiled and warm
 * from one page to the next. A copy is parsed with DOMParser, which neither
 * runs the page's scripts nor loads what it links to.
 */
const parser = new DOMParser();
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isPlannerMessage(message)) return undefined;
  return Promise.resolve().then(() => planCopy(message.request, (html) => parser.parseFromString(html, 'text/html')));
});
