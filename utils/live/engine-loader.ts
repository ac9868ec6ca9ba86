import { extensionApi } from '../extension-api';
import type { PageEngine } from './page-engine';

/** The page's engine: at hand (`current`) once loaded; `load` loads it once, and again after a failure. */
export interface EngineRef {
  current: PageEngine | undefined;
  load(): Promise<PageEngine>;
}

/** Where the Chrome module (entrypoints/page-engine.ts) leaves the engine, in the content script's isolated world. */
export const ENGINE_KEY = Symbol.for('sift.page-engine');

/** The built entrypoints/page-engine.ts: a web-accessible module, as content-main.js is (see wxt.config.ts). */
const PAGE_ENGINE = '/page-engine.js';

/** An engine already at hand (the tests; Firefox's content script loads its bundled one through `engineOnDemand`). */
export function engineAtHand(engine: PageEngine): EngineRef {
  return { current: engine, load: () => Promise.resolve(engine) };
}

/** An engine loaded the first time it is asked for (`importEngine`), then at hand; `onLoad` under debug. */
export function engineOnDemand(importEngine: () => Promise<PageEngine> = importPageEngine, onLoad: () => void = () => {}): EngineRef {
  let pending: Promise<PageEngine> | undefined;
  const ref: EngineRef = {
    current: undefined,
    load: () =>
      (pending ??= importEngine().then(
        (engine) => {
          ref.current = engine;
          onLoad();
          return engine;
        },
        (error: unknown) => {
          pending = undefined; // the next need tries again
          throw error;
        },
      )),
  };
  return ref;
}

/**
 * The engine's module. Chrome: imported into this isolated world from the
 * extension, where it leaves the engine under `ENGINE_KEY` (a module of an
 * unlisted script exports nothing). Firefox: bundled with the content script,
 * which compiles once for all pages (see entrypoints/content-main.ts).
 */
async function importPageEngine(): Promise<PageEngine> {
  if (import.meta.env.FIREFOX) return (await import('./page-engine')).pageEngine;
  await import(/* @vite-ignore */ extensionApi().runtime.getURL(PAGE_ENGINE));
  const engine = (globalThis as Record<symbol, PageEngine | undefined>)[ENGINE_KEY];
  if (!engine) throw new Error('Sift: the page engine did not load');
  return engine;
}
