import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
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
