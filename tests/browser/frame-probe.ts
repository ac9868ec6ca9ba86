/**
 * The frames test page (`tests/fixtures/frames/`), probed in its frames the
 * same way in both browsers. Kept as source text, like VISIBLE_TEXT, so that
 * no bundler helper leaks into the page.
 */

/** In the same-origin frame: its "Recommended for you" rail was hidden by the related-heading rule. */
export const RAIL_HIDDEN = `document.querySelector('section')?.getAttribute('data-sift-hide') === 'related-heading'`;

/** In the foreign frame: the content script ran there (a mark under #sift-debug) and stopped. */
export const SCRIPT_STOPPED = `performance.getEntriesByName('sift:foreign-frame').length > 0`;

/** What the foreign frame holds of Sift's work. */
export const SIFT_TRACES = `({
  rail: document.querySelector('section h2')?.textContent,
  marked: document.querySelectorAll('[data-sift-hide]').length,
  styles: document.querySelectorAll('#sift-style, #sift-early-style').length,
  planned: performance.getEntriesByName('sift:plan').length,
})`;

/** SIFT_TRACES of a frame Sift left alone. */
export const LEFT_ALONE = { rail: 'Recommended for you', marked: 0, styles: 0, planned: 0 };
