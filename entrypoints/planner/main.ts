import { browser } from 'wxt/browser';
import { planCopy } from '@/utils/engine/plan-copy';
import { isPlannerMessage, PLANNER_PORT } from '@/utils/messaging';

/**
 * Chrome's offscreen document (see utils/planner.ts): plans the copies of
 * pages their content scripts send, with the engine's code compiled and warm
 * from one page to the next. A copy is parsed with DOMParser, which neither
 * runs the page's scripts nor loads what it links to. Each copy comes over a
 * port of its own (see `sendToPlanner`), the only ones the extension accepts.
 */
const parser = new DOMParser();
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PLANNER_PORT) return;
  port.onMessage.addListener((message: unknown) => {
    if (!isPlannerMessage(message)) return;
    try {
      port.postMessage(planCopy(message.request, (html) => parser.parseFromString(html, 'text/html')));
    } catch {
      port.disconnect(); // no plan (or the page went meanwhile): the page plans itself
    }
  });
});
