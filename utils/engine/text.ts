/** Text helpers shared by the engine's heuristics. Pure: they only read the DOM. */

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The comparable form of a heading or label: lower case, straight quotes,
 * collapsed whitespace, and no leading/trailing punctuation, arrows, bullets
 * or counters in brackets ("Comments (12)" → "comments 12"). Leading
 * characters that are not letters or digits go, and trailing ones that are
 * not letters, digits or apostrophes.
 */
export function normalizeLabel(text: string): string {
  let lower = text.toLowerCase();
  // Turkish "İ" lowers to "i" and a combining dot: "İLGİLİ HABERLER" reads "ilgili haberler".
  if (lower.includes('\u0307')) lower = lower.replace(/i\u0307/g, 'i');
  const s = collapseSpace(lower.replace(QUOTES, "'").replace(BRACKETS, ' '));
  // The ends trimmed by hand, one code point at a time: a Unicode-aware expression costs
  // more to compile on every page load than all the labels of a page cost to trim.
  let start = 0;
  let end = s.length;
  while (start < end) {
    const cp = s.codePointAt(start)!;
    if (isLetterOrDigit(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  while (end > start) {
    let at = end - 1;
    const low = s.charCodeAt(at);
    if (low >= 0xdc00 && low <= 0xdfff && at > start) {
      const high = s.charCodeAt(at - 1);
      if (high >= 0xd800 && high <= 0xdbff) at--;
    }
    const cp = s.codePointAt(at)!;
    if (cp === 0x27 || isLetterOrDigit(cp)) break;
    end = at;
  }
  return s.slice(start, end);
}

const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const BRACKETS = /[()[\]{}]/g;
// Compiled on first use only (when a label ends in a character beyond Latin).
// Marks too: Devanagari's vowel signs end a word ("पढ़ें" ends on two of them), as Thai's and others' do.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether a code point is a letter, a number or a mark on one (`\p{L}`, `\p{N}`, `\p{M}`); Latin ones without an expression. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7; // Latin-1 letters and Latin Extended-A/B
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Length of an element's text with whitespace collapsed and trimmed. */
export function textLength(el: Element): number {
  return collapseSpace(el.textContent ?? '').length;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element, length = textLength(el)): number {
  if (length === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textLength(a);
  if (el.tagName === 'A') linked = length;
  return Math.min(1, linked / length);
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IFRAME']);

/** Whether inline markup alone hides the element (no stylesheet needed). */
export function isHiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  return /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'OPTION', 'LEGEND',
]);

/**
 * Text of a subtree with a line break between block elements, so words in
 * adjacent blocks are never glued together (`textContent` would glue them).
 * Blocks are separated by one blank line; whitespace inside a block is collapsed.
 * `skip` leaves out whole subtrees (for example elements a plan hides).
 */
export function blockText(root: Node, skip?: (el: Element) => boolean): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = collapseSpace(current);
    if (text) blocks.push(text);
    current = '';
  };
  const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
  // Depth first without recursion: a page may nest elements deeper than the call stack goes.
  let node: Node | null = root;
  while (node) {
    let enter = false;
    if (node.nodeType === 3) current += node.nodeValue ?? '';
    else if (node.nodeType === 9 || node.nodeType === 11) enter = true;
    else if (node.nodeType === 1) {
      const el = node as Element;
      enter = !(SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isHiddenInline(el) || skip?.(el));
    }
    if (enter && isBlock(node)) flush();
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave this node and every ancestor that has no next sibling, flushing the blocks left.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && isBlock(node)) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return blocks.join('\n\n');
}

/**
 * A text's length as the reader's checks read it (is there an article, has the
 * story begun): a Chinese, Japanese or Korean character says about what three
 * Latin letters say (a word), so it counts three. Readability's own check
 * (`isProbablyReaderable`) counts characters, and turns down a Japanese story
 * of 300 characters, which says as much as 900 of English.
 */
export function textWeight(text: string): number {
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) wide++;
  }
  return text.length + 2 * wide;
}
