/**
 * Evaluated in the page: what Sift marked, each mark as its element's position
 * among the body's elements, tag name and rule id; whether the plan was of a
 * copy (`sift:copy`) and whether the engine was loaded into the page
 * (`sift:engine`), both measured under `#sift-debug`. Kept as source text, as
 * `VISIBLE_TEXT` is, so that one probe serves Playwright and Puppeteer alike.
 */
export const MARKS = `(() => {
  const all = [...document.body.querySelectorAll('*')];
  return {
    copy: performance.getEntriesByName('sift:copy').length > 0,
    engine: performance.getEntriesByName('sift:engine').length > 0,
    marks: all.flatMap((el, i) => (el.hasAttribute('data-sift-hide') ? [i + ' ' + el.tagName + ' ' + el.getAttribute('data-sift-hide')] : [])),
  };
})()`;

export interface Marks {
  copy: boolean;
  engine: boolean;
  marks: string[];
}
