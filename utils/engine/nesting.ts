/**
 * How deep the reader lets a page nest its elements. Readability's cost grows
 * faster than the depth (a chain of 500 wrappers takes it a second in
 * Chromium, over ten in jsdom), so a page nesting thousands of elements would
 * freeze the reader. No page of the corpus nests deeper than 38.
 */
export const MAX_NESTING = 128;

/**
 * Lifts what is nested deeper than `maxDepth` elements below `root` up to that
 * depth, as Chromium's parser does past 512 levels: an element that deep keeps
 * its own text, and the elements inside it follow it as siblings, in document
 * order. Shallower elements are untouched, so is every page nested no deeper.
 * Returns how many elements were lifted. For the copy Readability works on,
 * never the live page.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_NESTING): number {
  let lifted = 0;
  // Walk the elements down to maxDepth without recursion (the point is deep trees).
  let el: Element | null = root;
  let depth = 0;
  while (el) {
    if (depth === maxDepth) lifted += flattenInside(el);
    else if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return lifted;
}

/** Makes every element inside `holder` a child of it, each followed by the elements it held. */
function flattenInside(holder: Element): number {
  let lifted = 0;
  for (const child of Array.from(holder.children)) {
    const inside = Array.from(child.getElementsByTagName('*')); // document order
    // The last first: each then holds no element any more when it moves, and the move is cheap.
    for (let i = inside.length - 1; i >= 0; i--) child.after(inside[i]);
    lifted += inside.length;
  }
  return lifted;
}
