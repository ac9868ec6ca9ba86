import { ENGINE_KEY } from '@/utils/live/engine-loader';
import { pageEngine } from '@/utils/live/page-engine';

/**
 * Chrome: the engine's code for the content script, loaded when it is first
 * needed (see utils/live/page-engine.ts): imported as a module into the
 * content script's isolated world, where it leaves the engine for
 * `engineOnDemand`. Firefox bundles the engine with the content script.
 */
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    (globalThis as Record<symbol, unknown>)[ENGINE_KEY] = pageEngine;
  },
});
