/**
 * Whether the page can still be used once Sift has hidden its overlays:
 * expressions evaluated in the page.
 */

/** Whether the page scrolls: neither its `html` nor its `body` hides overflow, and a scroll moves it (it is put back after). */
export const SCROLLS = `(() => {
  if ([document.documentElement, document.body].some((el) => getComputedStyle(el).overflowY === 'hidden')) return false;
  scrollTo(0, 200);
  const moved = scrollY > 0;
  scrollTo(0, 0);
  return moved;
})()`;

/**
 * Whether the article's first button takes focus: it does not while a modal
 * dialog makes the rest of the page inert (focus is put back after).
 */
export const ARTICLE_TAKES_FOCUS = `(() => {
  const button = document.querySelector('article button');
  const before = document.activeElement;
  button.focus();
  const took = document.activeElement === button;
  button.blur();
  if (before instanceof HTMLElement && before !== document.body) before.focus();
  return took;
})()`;

/**
 * Whether the article's first button is what a click at its middle reaches:
 * not while an overlay's backdrop covers the page.
 */
export const ARTICLE_ON_TOP = `(() => {
  const button = document.querySelector('article button');
  const r = button.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit !== null && button.contains(hit);
})()`;

/**
 * Whether the article is in reach of assistive technology: neither it nor an
 * element around it is `inert` or `aria-hidden="true"`, as dialog libraries
 * leave the page behind their dialogs.
 */
export const ARTICLE_EXPOSED = `(() => {
  const article = document.querySelector('article');
  return article !== null && article.closest('[inert], [aria-hidden="true"]') === null;
})()`;
