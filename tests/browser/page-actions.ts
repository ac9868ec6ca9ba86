/** What a page's own script does, as expressions evaluated in it. */

/** The page adds a paragraph to its article (a live update, say): content added, so Sift plans again. */
export function addParagraph(n: number): string {
  return `(() => {
  const p = document.createElement('p');
  p.textContent = 'Update ${n}: the water board will publish the reservoirs\\' levels every week from now on, it said.';
  document.querySelector('article').append(p);
})()`;
}

/** The page adds a "Most read" rail (`#late-rail`) to its main column: content Sift hides, so a plan that marks it has run. */
export const ADD_RAIL = `(() => {
  document.querySelector('main').insertAdjacentHTML('beforeend', '<section id="late-rail"><h2>Most read</h2><ul><li><a href="/m1">Harbour wall repairs finish early</a></li></ul></section>');
})()`;

/**
 * The asked-dialog page's own pop-up has come (100 ms after DOMContentLoaded)
 * and Sift has hidden it: a click at the "Privacy settings" button's centre
 * reaches the button, not the pop-up's layer. A click made before could land
 * on the layer (Puppeteer clicks where the button is, whatever covers it).
 */
export const OWN_POPUP_HIDDEN = `(() => {
  const button = document.getElementById('privacy-settings');
  if (!document.getElementById('newsletter')) return false;
  button.scrollIntoView({ block: 'center' });
  const r = button.getBoundingClientRect();
  return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === button;
})()`;

/**
 * The page's own pop-up, added by its script a moment after the user's click
 * (a timer that fires then): the click's own task answered it, so this is no answer.
 */
export const ADD_LATER_POPUP = `(() => {
  document.body.insertAdjacentHTML('beforeend', '<div id="later-popup" style="position: fixed; inset: 0; background: #fff"><div><h2>Get our app</h2><p>The Courier on your phone, with alerts for your street.</p></div></div>');
})()`;

/** Whether the later pop-up (see ADD_LATER_POPUP), or what in it a rule names, is marked hidden. */
export const LATER_POPUP_MARKED = `(() => { const p = document.getElementById('later-popup'); return !!p && (p.hasAttribute('data-sift-hide') || !!p.querySelector('[data-sift-hide]')); })()`;

/** Whether the late rail (see ADD_RAIL) is marked hidden. */
export const RAIL_MARKED = `document.getElementById('late-rail')?.hasAttribute('data-sift-hide') ?? false`;

/** Whether Sift's plan hides the asked-panel fixture's three overlays (the page hides them itself at first, so its text tells nothing). */
export const HELD_READY_MARKED = `['app-sheet', 'newsletter-modal', 'onetrust-consent-sdk'].every((id) => document.getElementById(id).hasAttribute('data-sift-hide'))`;
