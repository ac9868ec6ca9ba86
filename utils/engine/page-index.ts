import { CHUNK, drain, type Steps } from './steps';
import { BLOCK_TAGS } from './text';

/**
 * Per-element figures computed once per plan, bottom-up, in one pass over the
 * document: text length, text inside links, running text ("prose"), and each
 * element's subtree span in document order. Every heuristic reads them in
 * O(1), so planning stays linear in the size of the page (asking
 * `textContent` of big ancestors again and again made it quadratic).
 */
export interface PageIndex {
  elements: readonly Element[];
  /** Each element's upper-case tag name, aligned with `elements` (read once: DOM getters are not free). */
  tags: readonly string[];
  /** Each element's `role` attribute, aligned with `elements`. */
  roles: readonly (string | null)[];
  /** Each element's attribute names, aligned with `elements` (most elements have none or one). */
  attributeNames: readonly (readonly string[])[];
  /** Each element's text length (what `text` answers), aligned with `elements`. */
  textLengths: ArrayLike<number>;
  /** Open shadow roots (web components' own trees) of the scope's elements, the scope's root element included. */
  shadowRoots: readonly ShadowRoot[];
  /** Whether the element is, or is inside, a link or a button (`a`, `button`, role link or button). */
  inControl(el: Element): boolean;
  /** Whether the element is, or is inside, navigation or a footer (`nav`, `footer`, role navigation). */
  inNavigation(el: Element): boolean;
  /** The element's index in `elements` (and `tags`, `roles`, `attributeNames`). */
  indexOf(el: Element): number;
  /** The element's descendants, in document order. */
  descendants(el: Element): readonly Element[];
  /** Text length of the whole scope (the body, or a shadow root). */
  total: number;
  /** Length of the element's text, whitespace collapsed (scripts and styles left out). */
  text(el: Element): number;
  /** Length of the element's text inside links. */
  linkText(el: Element): number;
  /** Share of the element's text inside links. */
  linkDensity(el: Element): number;
  /** Running text: paragraphs (and divs used as paragraphs) not in links or cards, not link lists. */
  prose(el: Element): number;
  /** Position of the element in document order. */
  position(el: Element): number;
  /** Position of the element's last descendant (its own position when it has none). */
  end(el: Element): number;
  /** Whether `outer` contains `inner` (or is it). */
  contains(outer: Element, inner: Element): boolean;
}

const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NO_NAMES: readonly string[] = [];
const PROSE_MIN = 40;

/** Indexes the body of a document, or an open shadow root (a page's web component). */
export function indexPage(scope: Element | ShadowRoot | null): PageIndex {
  return drain(indexPageSteps(scope));
}

export function* indexPageSteps(scope: Element | ShadowRoot | null): Steps<PageIndex> {
  const rootElement = scope && scope.nodeType === 1 ? (scope as Element) : null;
  const elements: Element[] = rootElement ? [rootElement] : [];
  if (scope) yield* collectElements(scope, elements);
  const n = elements.length;
  const pos = new Map<Element, number>();
  const parentOf = new Int32Array(n).fill(-1);
  const text = new Float64Array(n);
  const linkText = new Float64Array(n);
  const prose = new Float64Array(n);
  const direct = new Float64Array(n); // own text plus inline children, for div-as-paragraph
  const end = new Int32Array(n);
  const tags = new Array<string>(n);
  const roles = new Array<string | null>(n);
  const names = new Array<readonly string[]>(n);
  const shadowRoots: ShadowRoot[] = [];
  // Context flags from the top down: inside a link/card/button, inside a paragraph.
  const inLink = new Uint8Array(n);
  const inParagraph = new Uint8Array(n);
  const control = new Uint8Array(n);
  const navigation = new Uint8Array(n);
  // Top down, in document order (a parent comes before its children): what each element is, and where.
  for (let i = 0; i < n; i++) {
    const el = elements[i];
    pos.set(el, i);
    const tag = el.tagName.toUpperCase();
    tags[i] = tag;
    const shadow = el.shadowRoot;
    if (shadow) shadowRoots.push(shadow);
    // One read of the attribute names; single attributes are read only when present.
    const list = el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
    names[i] = list;
    const role = list.length && list.includes('role') ? el.getAttribute('role') : null;
    roles[i] = role;
    const parent = el.parentElement;
    const p = parent ? pos.get(parent) : undefined;
    if (p !== undefined) {
      parentOf[i] = p;
      const ptag = tags[p];
      inLink[i] = inLink[p] || ptag === 'A' || ptag === 'BUTTON' || roles[p] === 'link' ? 1 : 0;
      inParagraph[i] = inParagraph[p] || ptag === 'P' ? 1 : 0;
      control[i] = control[p];
      navigation[i] = navigation[p];
    }
    if (!control[i]) control[i] = tag === 'A' || tag === 'BUTTON' || role === 'button' || role === 'link' ? 1 : 0;
    if (!navigation[i]) navigation[i] = tag === 'NAV' || tag === 'FOOTER' || role === 'navigation' ? 1 : 0;
    if (i % CHUNK === CHUNK - 1) yield;
  }
  // Each element's own text (its text-node children), in one walk over the text nodes only.
  const own = new Float64Array(n);
  if (scope) {
    const walker = scope.ownerDocument!.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const p = pos.get(node.parentNode as Element);
      // Not the text of scripts and styles (it can be most of a page's characters).
      if (p !== undefined && !SILENT_TAGS.has(tags[p])) own[p] += collapsedLength(node.nodeValue ?? '');
      if (++count % CHUNK === 0) yield;
    }
  }
  // Bottom up, in reverse document order (every descendant comes before its ancestor): each
  // element adds its own text to what its children gave it, then gives to its parent.
  for (let i = 0; i < n; i++) end[i] = i;
  for (let i = n - 1; i >= 0; i--) {
    if (i % CHUNK === 0) yield;
    const tag = tags[i];
    const p = parentOf[i];
    if (p >= 0 && end[i] > end[p]) end[p] = end[i];
    if (SILENT_TAGS.has(tag)) {
      text[i] = linkText[i] = prose[i] = direct[i] = 0; // scripts, styles: no text, whatever they hold
      continue;
    }
    const t = text[i] + own[i];
    const lt = linkText[i];
    const d = direct[i] + own[i];
    let pr = prose[i];
    text[i] = t;
    direct[i] = d;
    linkText[i] = tag === 'A' ? t : lt;
    const isLink = inLink[i] || tag === 'A' || roles[i] === 'link';
    if (tag === 'P' && !isLink && !inParagraph[i] && t >= PROSE_MIN && lt / t <= 0.5) pr = t; // a paragraph: its own text
    else if (tag === 'DIV' && !isLink && !inParagraph[i] && d >= PROSE_MIN) pr += d;
    prose[i] = pr;
    if (p >= 0) {
      text[p] += t;
      linkText[p] += linkText[i];
      prose[p] += pr;
      if (!BLOCK_TAGS.has(tag) && tag !== 'A') direct[p] += t;
    }
  }
  const at = (el: Element) => {
    const i = pos.get(el);
    if (i === undefined) throw new Error('element outside the indexed page');
    return i;
  };
  let total = 0;
  if (rootElement) total = text[0] ?? 0;
  else if (scope) {
    for (let child = scope.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) total += collapsedLength(child.nodeValue ?? '');
      else if (child.nodeType === 1) total += text[pos.get(child as Element) ?? -1] ?? 0;
    }
  }
  return {
    elements: rootElement ? elements.slice(1) : elements,
    tags: rootElement ? tags.slice(1) : tags,
    roles: rootElement ? roles.slice(1) : roles,
    attributeNames: rootElement ? names.slice(1) : names,
    textLengths: rootElement ? text.subarray(1) : text,
    shadowRoots,
    inControl: (el) => control[at(el)] === 1,
    inNavigation: (el) => navigation[at(el)] === 1,
    indexOf: (el) => at(el) - (rootElement ? 1 : 0),
    descendants: (el) => {
      const i = at(el);
      return elements.slice(i + 1, end[i] + 1);
    },
    total,
    text: (el) => text[at(el)],
    linkText: (el) => linkText[at(el)],
    linkDensity: (el) => {
      const i = at(el);
      return text[i] ? Math.min(1, linkText[i] / text[i]) : 0;
    },
    prose: (el) => prose[at(el)],
    position: at,
    end: (el) => end[at(el)],
    contains: (outer, inner) => {
      const o = at(outer);
      const i = at(inner);
      return i >= o && i <= end[o];
    },
  };
}

/**
 * Every element under `scope` in document order (what `querySelectorAll('*')`
 * gives), walked in chunks: no single step for a huge page, and cheaper than
 * building the NodeList.
 */
export function* collectElements(scope: Element | ShadowRoot, out: Element[] = []): Steps<Element[]> {
  const doc = scope.ownerDocument!;
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (out.push(node as Element) % CHUNK === 0) yield;
  }
  return out;
}

const WHITESPACE_RUN = /[ \n\t\r\f\u00a0]+/g;

/**
 * Length of a text node's value with runs of whitespace (space, tab, line
 * breaks, form feed, no-break space) counted as one and the ends trimmed.
 * One native replace: a character loop runs in the page's cold interpreter.
 */
export function collapsedLength(s: string): number {
  const r = s.replace(WHITESPACE_RUN, ' ');
  const n = r.length;
  if (n === 0 || r === ' ') return 0;
  return n - (r.charCodeAt(0) === 32 ? 1 : 0) - (r.charCodeAt(n - 1) === 32 ? 1 : 0);
}
