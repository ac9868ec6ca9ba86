/**
 * Whether the page scrolls, evaluated in it: neither its `html` nor its `body`
 * hides overflow, and a scroll moves it (it is put back after).
 */
export const SCROLLS = `(() => {
  if ([document.documentElement, document.body].some((el) => getComputedStyle(el).overflowY === 'hidden')) return false;
  scrollTo(0, 200);
  const moved = scrollY > 0;
  scrollTo(0, 0);
  return moved;
})()`;
