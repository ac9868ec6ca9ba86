import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * webextension-polyfill ships as a CommonJS (UMD) file. Imported from an ES
 * module, the bundler copies every property of its export onto a namespace
 * object when the script starts, and in Chrome reading those properties
 * instantiates every `chrome.*` API binding: a millisecond or two in every
 * frame of every page, before the page may go on parsing. Loaded as an ES
 * module, its export is used as it is.
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'sift:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      // No side effects: a script that never uses the API (entrypoints/early.ts) leaves it out.
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null, moduleSideEffects: false };
    },
  };
}

/**
 * V8's explicit compile hint, as the built content script's first line: compile
 * every function when the script is compiled. Alone that costs more than it
 * saves (most of the engine runs on every page anyway, compiled lazily); with
 * the code cache a module gets (see entrypoints/content-main.ts), the cache
 * holds every function compiled, and a page of a site visited before compiles
 * none. Added after minifying, which would drop the comment.
 */
function compileHint(fileName: string): Plugin {
  return {
    name: 'sift:compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/** The pages Sift runs on. */
const PAGES = ['http://*/*', 'https://*/*'];
/** entrypoints/content-main.ts, built: imported by entrypoints/early.ts (which names it too). */
const CONTENT_MAIN = 'content-main.js';
/** entrypoints/page-engine.ts, built (Chrome): imported by the content script when it needs the engine (see utils/live/engine-loader.ts). */
const PAGE_ENGINE = 'page-engine.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [polyfillAsModule(), preact(), compileHint(CONTENT_MAIN)],
    build: { minify: process.env.SIFT_MINIFY !== '0', sourcemap: process.env.SIFT_MAP === '1' },
  }),
  hooks: {
    // Sift's scripts run in the top frame only (frames of the same origin are cleaned from
    // there; see utils/live/frames.ts). entrypoints/early.ts runs before the page is parsed. In
    // Chrome it imports the content script proper (entrypoints/content-main.ts) as a module,
    // which must be web-accessible (a content script may import only what the page could load);
    // in Firefox the manifest injects it once the page is parsed (see content-main.ts for why).
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.content_scripts?.length) throw new Error('content scripts are listed here, not by entrypoints');
      const early = { matches: PAGES, js: ['early.js'], run_at: 'document_start' as const };
      if (wxt.config.browser === 'firefox') {
        manifest.content_scripts = [early, { matches: PAGES, js: [CONTENT_MAIN], run_at: 'document_end' }];
        return;
      }
      manifest.content_scripts = [early];
      // Not through Chrome's per-session address (`use_dynamic_url`): Chromium keeps no code cache
      // for it. A page could find Sift by this address, as it can already by the attributes and
      // the stylesheet Sift puts in its document.
      manifest.web_accessible_resources = [{ resources: [CONTENT_MAIN, PAGE_ENGINE], matches: PAGES }];
      // Chrome 148+: messages are structured clones, not JSON (as in Firefox). Posting a page's copy
      // to the planner (utils/messaging.ts) is the page's thread's time: about a third less this way
      // (README, "Structured-clone messages, and the plans' thread CPU"). Older versions ignore the
      // key and use JSON.
      Object.assign(manifest, { message_serialization: 'structured_clone' });
    },
  },
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in the README.
    permissions: ['storage', 'contextMenus', 'activeTab', 'downloads', ...(browser === 'chrome' ? ['offscreen'] : [])],
    // Asked for only when the user switches on "Embed images" in a saved copy.
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: 'Sift' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSite__',
      },
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandReader__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'sift@sift-reader.org',
        strict_min_version: '140.0',
        // Sift sends nothing anywhere: pages are cleaned locally.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
