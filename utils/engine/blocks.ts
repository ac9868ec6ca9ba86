import type { Guard } from './guard';
import { headingRank, type Label } from './labels';
import { linkDensity, proseLength, textLength } from './text';

/**
 * The block a heading introduces: the largest ancestor in which the heading
 * is the first text, that holds no rival heading (same or higher rank) and
 * nothing protected. When the heading stands alone among its siblings (a flat
 * layout), the block is the heading plus the siblings up to the next rival
 * heading, provided they are not running text ("prose that follows the
 * heading is content"). Returns the elements to hide, or [] when none is safe.
 */
export function blockForLabel(label: Label, guard: Guard): Element[] {
  let block = label.element;
  for (;;) {
    const parent = block.parentElement;
    if (!parent || guard.isBlocked(parent)) break;
    if (hasTextBefore(parent, block) || hasRivalHeading(parent, block, label.rank)) break;
    block = parent;
  }
  if (hasContentBeyond(block, label.element)) return guard.canHide(block) ? [block] : [];
  return flatSection(block, label.rank, guard);
}

function flatSection(start: Element, rank: number, guard: Guard): Element[] {
  const section = [start];
  let prose = 0;
  for (let s = start.nextElementSibling; s; s = s.nextElementSibling) {
    if (isRival(s, rank) || containsRival(s, rank)) break;
    if (guard.isBlocked(s)) return [];
    const own = proseLength(s);
    // Running text after a link list means the article (or another section) resumes.
    if (own > 0 && section.length > 1) break;
    prose += own;
    section.push(s);
  }
  if (section.length === 1 || prose > 200) return [];
  // Inside the article a bare heading introduces clutter only when what follows
  // is a link list ("Read more:" + links) or a form, never plain text or a figure.
  if (guard.insideArticle(start)) {
    let text = 0;
    let linked = 0;
    let form = false;
    for (const el of section.slice(1)) {
      const len = textLength(el);
      text += len;
      linked += linkDensity(el, len) * len;
      form ||= el.matches('form, input') || el.querySelector('form, input') !== null;
    }
    if (!form && (text === 0 || linked / text < 0.5)) return [];
  }
  return section.every((el) => guard.canHide(el)) ? section : [];
}

const SILENT = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'SVG', 'IMG', 'PICTURE', 'NOSCRIPT', 'TEMPLATE']);

/** Visible text in `parent` before its child `block` (close buttons and icons do not count). */
function hasTextBefore(parent: Element, block: Element): boolean {
  for (let node = parent.firstChild; node && node !== block; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim().length > 2) return true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (SILENT.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true') continue;
      if (textLength(el) > 2) return true;
    }
  }
  return false;
}

function isRival(el: Element, rank: number): boolean {
  const r = headingRank(el);
  return r !== null && r <= rank;
}

function rivalSelector(rank: number): string {
  const levels = [];
  for (let i = 1; i <= Math.min(6, Math.floor(rank)); i++) levels.push(`h${i}`);
  return levels.join(', ');
}

function containsRival(el: Element, rank: number): boolean {
  const selector = rivalSelector(rank);
  return selector !== '' && el.querySelector(selector) !== null;
}

function hasRivalHeading(parent: Element, block: Element, rank: number): boolean {
  for (const child of parent.children) {
    if (child === block) continue;
    if (isRival(child, rank) || containsRival(child, rank)) return true;
  }
  return false;
}

/** Whether the block holds more than its heading: text, links, media or a form. */
function hasContentBeyond(block: Element, heading: Element): boolean {
  if (block === heading) return false;
  if (textLength(block) > textLength(heading) + 2) return true;
  return block.querySelector('a[href], img, picture, iframe, form, input, button, video, [role="link"]') !== null;
}

const COMPACT = 400;
/** A badge row is never a whole page region, however little text the region has. */
const LANDMARKS = new Set(['BODY', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'ARTICLE']);

/** The compact block around a link (an app-store badge row and its caption), or null. */
export function blockForLink(anchor: Element, guard: Guard): Element | null {
  let block = anchor;
  for (;;) {
    const parent = block.parentElement;
    if (!parent || guard.isBlocked(parent) || LANDMARKS.has(parent.tagName.toUpperCase())) break;
    if (textLength(parent) > COMPACT) break;
    block = parent;
  }
  return guard.canHide(block) && proseLength(block) <= 300 ? block : null;
}
