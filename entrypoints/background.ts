export default defineBackground(() => {
  // Filled in by the browser issue: badge, context menu, commands, messages.
});
