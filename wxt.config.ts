import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Sift',
    description:
      'Removes clutter from article pages: promos, related-article rails, app prompts, comments, newsletter and cookie overlays.',
    browser_specific_settings: {
      gecko: {
        id: 'sift@sift-reader.org',
        strict_min_version: '140.0',
        // Sift sends nothing anywhere: pages are cleaned locally.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
