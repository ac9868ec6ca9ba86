/**
 * The frames test page (`tests/fixtures/frames/`), probed in its frames the
 * same way in both browsers. Kept as source text, like VISIBLE_TEXT, so that
 * no bundler helper leaks into the page.
 */

/** In the same-origin frame: its "Recommended for you" rail was hidden by the related-heading rule. */
export const RAIL_HIDDEN = `document.querySelector('section')?.getAttribute('data-sift-hide') === 'related-heading'`;

/**
 * In the foreign frame: it has loaded and painted twice since. A top page that
 * took it for its own would have reached it at its load (its iframe's load event)
 * and planned it in the next frame.
 */
export const LOADED_AND_PAINTED = `new Promise((resolve) => {
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
  if (document.readyState === 'complete') painted();
  else addEventListener('load', painted, { once: true });
})`;

/** What the foreign frame holds of Sift's work. */
export const SIFT_TRACES = `({
  rail: document.querySelector('section h2')?.textContent,
  marked: document.querySelectorAll('[data-sift-hide]').length,
  styles: document.querySelectorAll('#sift-style, #sift-early-style').length,
})`;

/** SIFT_TRACES of a frame Sift left alone. */
export const LEFT_ALONE = { rail: 'Recommended for you', marked: 0, styles: 0 };
