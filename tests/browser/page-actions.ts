/** What a page's own script does, as expressions evaluated in it. */

/** The page adds a paragraph to its article (a live update, say): content added, so Sift plans again. */
export function addParagraph(n: number): string {
  return `(() => {
  const p = document.createElement('p');
  p.textContent = 'Update ${n}: the water board will publish the reservoirs\\' levels every week from now on, it said.';
  document.querySelector('article').append(p);
})()`;
}
