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
  /** The attribute names of the element at index `i` of `elements`, read when first asked for. */
  attributeNames(i: number): readonly string[];
  /** Each element's text length (what `text` answers), aligned with `elements`. */
  textLengths: ArrayLike<number>;
  /**
   * Length of the text of the element's own text nodes (not its descendants'), whitespace
   * collapsed, by index. A leaf's text (no element children) is collapsed as one run, so text
   * split by comments (React renders `Follow CNN <!-- -->Business`) counts as it reads.
   */
  ownText(i: number): number;
  /**
   * Length of the element's own text and its inline children's (spans, emphasis; not its link
   * children's), by index: the text of a `div` used as a paragraph, `<div><span>…</span></div>`
   * included.
   */
  inlineText(i: number): number;
  /** The index of the first element child of the element at index `i`, or -1 (no DOM read). */
  firstChildOf(i: number): number;
  /** The index of the next element sibling of the element at index `i`, or -1 (no DOM read). */
  nextSiblingOf(i: number): number;
  /** Open shadow roots (web components' own trees) of the scope's elements, the scope's root element included. */
  shadowRoots: readonly ShadowRoot[];
  /** Whether the element is, or is inside, a link or a button (`a`, `button`, role link or button). */
  inControl(el: Element): boolean;
  /** Whether the element is, or is inside, navigation or a footer (`nav`, `footer`, role navigation). */
  inNavigation(el: Element): boolean;
  /** The element's index in `elements` (and `tags`, `roles`, `attributeNames`). */
  indexOf(el: Element): number;
  /** Text length of the whole scope (the body, or a shadow root). */
  total: number;
  /** Length of the element's text, whitespace collapsed (scripts and styles left out). */
  text(el: Element): number;
  /** Length of the element's text inside links. */
  linkText(el: Element): number;
  /** Share of the element's text inside links. */
  linkDensity(el: Element): number;
  /** Running text: paragraphs (and text outside paragraphs in divs, sections, articles and mains) not in links or cards, not link lists. */
  prose(el: Element): number;
  /** Position of the element in document order. */
  position(el: Element): number;
  /** Position of the element's last descendant (its own position when it has none). */
  end(el: Element): number;
  /** Whether `outer` contains `inner` (or is it). */
  contains(outer: Element, inner: Element): boolean;
}

/** Elements whose text is never the page's (scripts, styles), however much they hold. */
export const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NO_NAMES: readonly string[] = [];
const PROSE_MIN = 40;
/** Elements whose text outside paragraphs is running text too: a div used as a paragraph, a body written with line breaks. */
export const TEXT_BODY_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
// Elements that can hold an open shadow root besides custom elements (the DOM standard's list).
const MAY_HOST_SHADOW = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);
const IN_LINK = 1;
const IN_PARAGRAPH = 2;
const CONTROL = 4;
const NAVIGATION = 8;

export interface IndexOptions {
  /**
   * Ask the browser, in one native XPath query, which elements with element children hold
   * text of their own, and read the child nodes of those only (see `textHolders`); and which
   * elements have a `role`, in one selector query. Same index; in a browser, most of the
   * walk's cost was wrapping the blank text between blocks. Outside browsers (jsdom's XPath
   * is script) the walk reads them all. Not on a huge page (one query would be a long task).
   */
  textQuery?: boolean;
}

/** Indexes the body of a document, or an open shadow root (a page's web component). */
export function indexPage(scope: Element | ShadowRoot | null, options: IndexOptions = {}): PageIndex {
  return drain(indexPageSteps(scope, options));
}

export function* indexPageSteps(scope: Element | ShadowRoot | null, options: IndexOptions = {}): Steps<PageIndex> {
  const rootElement = scope && scope.nodeType === 1 ? (scope as Element) : null;
  const holders = options.textQuery && rootElement ? textHolders(rootElement) : null;
  // With the text query, roles from one native query as well (few elements have one).
  const roleOf = holders ? rolesIn(rootElement!) : null;
  if (holders) yield;
  const elements: Element[] = [];
  const pos = new Map<Element, number>();
  // Per element, grown as the walk finds them (the count is not known before).
  const parents: number[] = [];
  const tags: string[] = [];
  const roles: (string | null)[] = [];
  const ownText: number[] = []; // its text-node children's text (see PageIndex.ownText)
  // The element tree by index: each element's first child and next sibling (-1: none), and the
  // last child found so far while walking.
  const firstChild: number[] = [];
  const nextSibling: number[] = [];
  const lastChild: number[] = [];
  const flags: number[] = []; // context from the top down: IN_LINK, IN_PARAGRAPH, CONTROL, NAVIGATION
  const shadowRoots: ShadowRoot[] = [];
  let parent = -1;
  const add = (el: Element) => {
    const i = elements.length;
    elements.push(el);
    pos.set(el, i);
    parents.push(parent);
    const tag = el.tagName.toUpperCase();
    tags.push(tag);
    if (MAY_HOST_SHADOW.has(tag) || tag.includes('-')) {
      const shadow = el.shadowRoot;
      if (shadow) shadowRoots.push(shadow);
    }
    const role = roleOf && el !== rootElement ? (roleOf.get(el) ?? null) : el.getAttribute('role');
    roles.push(role);
    let f = 0;
    if (parent >= 0) {
      const pf = flags[parent];
      const ptag = tags[parent];
      f = pf & (IN_LINK | IN_PARAGRAPH | CONTROL | NAVIGATION);
      if (ptag === 'A' || ptag === 'BUTTON' || roles[parent] === 'link') f |= IN_LINK;
      if (ptag === 'P') f |= IN_PARAGRAPH;
    }
    if (tag === 'A' || tag === 'BUTTON' || role === 'button' || role === 'link') f |= CONTROL;
    if (tag === 'NAV' || tag === 'FOOTER' || role === 'navigation') f |= NAVIGATION;
    flags.push(f);
    ownText.push(0);
    firstChild.push(-1);
    nextSibling.push(-1);
    lastChild.push(-1);
    if (parent >= 0) {
      const last = lastChild[parent];
      if (last < 0) firstChild[parent] = i;
      else nextSibling[last] = i;
      lastChild[parent] = i;
    }
    return i;
  };
  // One walk over the elements in document order, with each one's parent at hand (no lookup):
  // what each element is and where, and the text its own text nodes hold. A leaf's text is its
  // `textContent`, one native read; only an element with element children has its child
  // nodes read one by one. Walking elements alone, the blank text between blocks (a third of
  // a page's nodes) is never read from a leaf, and is skipped natively between siblings.
  if (rootElement) parent = add(rootElement);
  if (scope) {
    let node: Element | null = scope.firstElementChild;
    while (node) {
      const i = add(node);
      if (elements.length % CHUNK === 0) yield;
      const next: Element | null = node.firstElementChild;
      // Not the text of scripts and styles (it can be most of a page's characters).
      if (!SILENT_TAGS.has(tags[i])) {
        if (!next) ownText[i] = collapsedLength(node.textContent ?? '');
        else if (!holders || holders.has(node)) {
          let text = 0;
          for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) text += collapsedLength((child as Text).data);
          ownText[i] = text;
        }
      }
      if (next) {
        parent = i;
        node = next;
        continue;
      }
      // Next in document order: the next sibling of the element or of its nearest ancestor
      // that has one, without leaving the scope (the ancestors are known by index).
      let at: Element | null = node;
      node = null;
      while (at) {
        node = at.nextElementSibling;
        if (node) break;
        if (parent < 0 || (rootElement && parent === 0)) at = null;
        else {
          at = elements[parent];
          parent = parents[parent];
        }
      }
    }
  }
  const n = elements.length;
  const parentOf = Int32Array.from(parents);
  const own = Float64Array.from(ownText);
  const text = new Float64Array(n);
  const linkText = new Float64Array(n);
  const prose = new Float64Array(n);
  const direct = new Float64Array(n); // own text plus inline children, for div-as-paragraph
  const end = new Int32Array(n);
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
    const f = flags[i];
    const isLink = f & IN_LINK || tag === 'A' || roles[i] === 'link';
    const inParagraph = f & IN_PARAGRAPH;
    if (tag === 'P' && !isLink && !inParagraph && t >= PROSE_MIN && lt / t <= 0.5) pr = t; // a paragraph: its own text
    else if (TEXT_BODY_TAGS.has(tag) && !isLink && !inParagraph && d >= PROSE_MIN) pr += d;
    prose[i] = pr;
    if (p >= 0) {
      text[p] += t;
      linkText[p] += linkText[i];
      prose[p] += pr;
      if (!BLOCK_TAGS.has(tag) && tag !== 'A') direct[p] += t;
    }
  }
  // Attribute names, read only where a pass asks (most need one attribute or none).
  const names: (readonly string[] | undefined)[] = [];
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
  // The scope's root element, when it is one, is left out of the lists the index gives.
  const offset = rootElement ? 1 : 0;
  return {
    elements: rootElement ? elements.slice(1) : elements,
    tags: rootElement ? tags.slice(1) : tags,
    roles: rootElement ? roles.slice(1) : roles,
    attributeNames: (i) => {
      const at = i + offset;
      return (names[at] ??= elements[at].hasAttributes() ? elements[at].getAttributeNames() : NO_NAMES);
    },
    textLengths: rootElement ? text.subarray(1) : text,
    ownText: (i) => own[i + offset],
    inlineText: (i) => direct[i + offset],
    firstChildOf: (i) => {
      const c = firstChild[i + offset];
      return c < 0 ? -1 : c - offset;
    },
    nextSiblingOf: (i) => {
      const c = nextSibling[i + offset];
      return c < 0 ? -1 : c - offset;
    },
    shadowRoots,
    inControl: (el) => (flags[at(el)] & CONTROL) !== 0,
    inNavigation: (el) => (flags[at(el)] & NAVIGATION) !== 0,
    indexOf: (el) => at(el) - offset,
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
 * Pages of more elements than this are huge: one native query over all of one
 * would be one long task (15 to 22 ms over 100,000 elements). There, the plan's
 * selector queries go part by part (see partsOf), and the index and the
 * title ask none. A typical page has about 750.
 */
export const WHOLE_QUERY_MAX = CHUNK * 8;

const TEXT_HOLDERS = `.//*[*][text()[translate(., ' \t\n\r', '')]]`;

/**
 * The descendants of `root` that have element children and a text node child
 * with a character other than space, tab, line feed or carriage return, or
 * null (no XPath, or a huge page). Those four are a subset of
 * `collapsedLength`'s whitespace, so every element with own text is in the
 * set: reading only them changes nothing. (`translate` names the four exactly,
 * whatever an XPath engine takes for blank in `normalize-space`.)
 */
export function textHolders(root: Element): Set<Node> | null {
  const doc = root.ownerDocument;
  // A parsed copy has no window (the planner's DOMParser documents): the global's constants serve.
  const results = (doc.defaultView ?? (globalThis as { XPathResult?: typeof XPathResult })).XPathResult;
  if (typeof doc.evaluate !== 'function' || !results) return null;
  if (root.getElementsByTagName('*').length > WHOLE_QUERY_MAX) return null;
  try {
    const found = doc.evaluate(TEXT_HOLDERS, root, null, results.UNORDERED_NODE_SNAPSHOT_TYPE, null);
    const holders = new Set<Node>();
    for (let i = 0; i < found.snapshotLength; i++) holders.add(found.snapshotItem(i)!);
    return holders;
  } catch {
    return null;
  }
}

/** The `role` of every descendant of `root` that has one. */
function rolesIn(root: Element): Map<Element, string> {
  const roles = new Map<Element, string>();
  for (const el of root.querySelectorAll('[role]')) roles.set(el, el.getAttribute('role')!);
  return roles;
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

/** A part of an indexed scope for native queries: a subtree of at most a chosen size, or one element alone. */
export interface ScopePart {
  element: Element;
  /** The element with its whole subtree; else the element alone (its descendants are in later parts). */
  whole: boolean;
  /** Elements the part holds. */
  count: number;
}

/**
 * The scope's elements in parts of at most `size`, in document order: the
 * largest subtrees that fit, and alone each element whose subtree does not
 * (its children's subtrees follow it). Every element is in exactly one part.
 */
export function partsOf(index: PageIndex, size: number): ScopePart[] {
  const { elements } = index;
  const parts: ScopePart[] = [];
  for (let i = 0; i < elements.length; ) {
    const element = elements[i];
    const count = index.end(element) - index.position(element) + 1;
    if (count <= size) {
      parts.push({ element, whole: true, count });
      i += count;
    } else {
      parts.push({ element, whole: false, count: 1 });
      i++;
    }
  }
  return parts;
}
