import type { PageIndex } from './page-index';
import { CHUNK, type Steps } from './steps';
import { collapseSpace, normalizeLabel } from './text';

/** A heading, or a short text element styled as one, that may introduce a block. */
export interface Label {
  element: Element;
  /** Normalised text (see `normalizeLabel`). */
  text: string;
  /**
   * A heading's text outside its links, normalised, when it holds both and its title comes
   * first: a title followed by a link of its own ("Share this story" + "About sharing",
   * "Most read" + "See all"), not a linked headline with words after it.
   */
  bare?: string;
  /** The original text, collapsed, for reasons shown to the user. */
  display: string;
  /** h1 = 1 … h6 = 6; a styled div or span counts as 2.5 (between h2 and h3). */
  rank: number;
}

const LABEL_TAGS = new Set(['DIV', 'SPAN', 'P', 'STRONG', 'B', 'EM', 'HEADER', 'DT', 'LEGEND', 'SUMMARY', 'SMALL', 'LABEL']);
const INLINE_TAGS = new Set(['SPAN', 'B', 'STRONG', 'I', 'EM', 'SMALL', 'IMG', 'SVG', 'BR', 'ABBR', 'SUP', 'SUB', 'TIME', 'MARK', 'PICTURE', 'U', 'S']);
const MAX_LABEL = 80;
/** Block elements that, empty, draw a rule or an icon: a divider under a rail's title. */
const DECORATION_TAGS = new Set(['DIV', 'HR']);

/**
 * Whether element `i` is decoration beside a label's text: an empty `div`
 * or `hr` with no children (a line, an icon's box). An iframe, an image or
 * a video is content, however empty its text: a "Publicité" tag over an ad's
 * iframe is the ad, not a heading over what follows.
 */
function isDecoration(index: PageIndex, i: number): boolean {
  return DECORATION_TAGS.has(index.tags[i]) && index.textLengths[i] === 0 && index.firstChildOf(i) < 0;
}
export const STYLED_LABEL_RANK = 2.5;

/** h1 = 1 … h6 = 6, role=heading by its aria-level; null for anything else. `tag` and `role` when already read. */
export function headingRank(el: Element, tag = el.tagName.toUpperCase(), role: string | null = el.getAttribute('role')): number | null {
  if (tag.length === 2 && tag[0] === 'H' && tag[1] >= '1' && tag[1] <= '6') return Number(tag[1]);
  if (role === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return null;
}

/**
 * Every heading and heading-like label in the document, in document order.
 * A label is a short element of inline content only (see `isDecoration`), not
 * inside a link or a button (a navigation item is not a heading).
 */
export function* collectLabels(index: PageIndex): Steps<Label[]> {
  const labels: Label[] = [];
  const { elements: all, tags, roles, textLengths } = index;
  for (let i = 0; i < all.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    const length = textLengths[i];
    if (length < 2 || length > MAX_LINK_LINE) continue;
    // Its children from the index: no DOM read for the many short elements that are no label.
    let children = 0;
    let inline = true;
    let links = false;
    for (let c = index.firstChildOf(i); c >= 0; c = index.nextSiblingOf(c)) {
      children++;
      if (tags[c] === 'A') links = true;
      else if (!INLINE_TAGS.has(tags[c]) && !isDecoration(index, c)) inline = false;
    }
    if (children > 6) continue;
    const el = all[i];
    const tag = tags[i];
    let rank = headingRank(el, tag, roles[i]);
    if (rank === null) {
      if (!LABEL_TAGS.has(tag) || !inline || index.inControl(el)) continue;
      rank = STYLED_LABEL_RANK;
    }
    // Longer than a label, or a styled one with links of its own: only a link line ("Also read: " + a headline).
    if (length > MAX_LABEL || (links && rank === STYLED_LABEL_RANK)) {
      const lead = linkLine(el, index, length);
      if (lead) labels.push({ element: el, text: normalizeLabel(el.textContent ?? ''), bare: lead.text, display: lead.display, rank });
      continue;
    }
    const raw = el.textContent ?? '';
    const text = normalizeLabel(raw);
    if (!text) continue;
    const label: Label = { element: el, text, display: collapseSpace(raw), rank };
    const linked = index.linkText(el);
    if (linked > 0 && linked < length) {
      const bare = normalizeLabel(titleBeforeLinks(el));
      if (bare && bare !== text) label.bare = bare;
    }
    labels.push(label);
  }
  return labels;
}

/** The longest link line (see `linkLine`): a lead-in and a headline or two. */
const MAX_LINK_LINE = 200;
/** The longest lead-in of a link line ("Also read", "Related post", "Leia mais"). */
const MAX_LEAD_IN = 40;

/**
 * The lead-in of a link line (normalised, and as shown to the user), or null: an element whose text is
 * mostly its links, after a few words of its own that come first ("ALSO READ:
 * <a>headline</a>", "Related post: <a>headline</a>"). Such a line is a label
 * and its own block: a "Read more" line between a story's paragraphs.
 */
function linkLine(el: Element, index: PageIndex, length: number): { text: string; display: string } | null {
  if (!mostlyLinks(el, index, length)) return null;
  const raw = titleBeforeLinks(el);
  const text = normalizeLabel(raw);
  return text && text.length <= MAX_LEAD_IN ? { text, display: collapseSpace(raw) } : null;
}

/** Whether links hold at least half of an element's text (`length`, when already read). */
export function mostlyLinks(el: Element, index: PageIndex, length = index.text(el)): boolean {
  return index.linkText(el) * 2 >= length;
}

/** The text of `el` outside links (and scripts and styles), or '' when a link's text comes first. */
export function titleBeforeLinks(el: Element): string {
  let text = '';
  // Document order without recursion (a hostile page may nest inline elements thousands deep).
  let node: Node | null = el.firstChild;
  while (node && node !== el) {
    let descend = false;
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'A') {
        if (text.trim() === '' && (node.textContent ?? '').trim() !== '') return '';
      } else if (tag !== 'SCRIPT' && tag !== 'STYLE') {
        text += ' ';
        descend = node.firstChild !== null;
      }
    }
    if (descend) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== el) text += ' ';
      }
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return text;
}
