export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {
    // Filled in by the browser issue: read settings, start the live cleaner.
  },
});
