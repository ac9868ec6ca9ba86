import { browser } from 'wxt/browser';
import { CopyMirrors } from './engine/copy-mirrors';
import { isPlannerMessage, PLANNER_PORT } from './messaging';

/**
 * Plans the copies of pages their content scripts send (see `sendToPlanner`),
 * in an extension page with a DOM: Chrome's offscreen planner
 * (entrypoints/planner), Firefox's background page. A copy is parsed with
 * DOMParser, which neither runs the page's scripts nor loads what it links
 * to. Each copy comes over a port of its own, the only ones this accepts; a
 * copy that cannot be planned closes its port, and the page plans itself.
 * The latest copies are kept, changed by what their pages send next (see
 * `CopyMirrors`), until their pages go.
 */
export function servePlans(): void {
  const parser = new DOMParser();
  const copies = new CopyMirrors((html) => parser.parseFromString(html, 'text/html'));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PLANNER_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (!isPlannerMessage(message)) return;
      if (message.type === 'forgetCopy') return copies.forget(message.key);
      try {
        port.postMessage(copies.plan(message.request));
      } catch {
        port.disconnect(); // no plan (or the page went meanwhile): the page plans itself
      }
    });
  });
}
