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

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [polyfillAsModule(), preact()],
    build: { minify: process.env.SIFT_MINIFY !== '0', sourcemap: process.env.SIFT_MAP === '1' },
  }),
  hooks: {
    // entrypoints/early.ts runs before the page is parsed, on the same pages as the content
    // script (content/index.ts, top frames only), which runs after.
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      const content = scripts.find((s) => s.js?.includes('content-scripts/content.js'));
      if (!content) throw new Error('the content script is missing from the manifest');
      manifest.content_scripts = [{ matches: content.matches, js: ['early.js'], run_at: 'document_start', all_frames: content.all_frames }, ...scripts];
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in the README.
    permissions: ['storage', 'contextMenus', 'activeTab', 'downloads'],
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
