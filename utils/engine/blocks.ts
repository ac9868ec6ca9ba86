import type { Guard } from './guard';
import { headingRank, mostlyLinks, STYLED_LABEL_RANK, type Label } from './labels';
import type { PageIndex } from './page-index';
import { CHUNK, type Steps } from './steps';
import { HEADLINE } from './teaser-cards';

/** Headings (h1–h6, role=heading) of a page in document order, for range queries. */
export interface HeadingIndex {
  elements: Element[];
  positions: number[];
  ranks: number[];
  /** Whether each is a teaser's title: all of its text a link's, or inside a link. */
  teasers: boolean[];
}

export function* indexHeadings(index: PageIndex): Steps<HeadingIndex> {
  const elements: Element[] = [];
  const positions: number[] = [];
  const ranks: number[] = [];
  const teasers: boolean[] = [];
  const { elements: all, tags, roles } = index;
  for (let i = 0; i < all.length; i++) {
    if (i % (CHUNK * 4) === CHUNK * 4 - 1) yield;
    const el = all[i];
    const rank = headingRank(el, tags[i], roles[i]);
    if (rank !== null) {
      elements.push(el);
      positions.push(index.position(el));
      ranks.push(rank);
      teasers.push(isTeaserTitle(el, index));
    }
  }
  return { elements, positions, ranks, teasers };
}

/** The least link share of a rail of teasers (bylines and dates aside, all of its text is its links). */
const RAIL_LINK_DENSITY = 0.7;

/**
 * The rail around a teaser's title: its largest ancestor that holds no
 * running text at all and whose text is mostly links, never a page region
 * itself nor anything protected; with how many teasers' titles it holds
 * (linked headlines of `HEADLINE` characters or more).
 * Null when the title's own card is all there is.
 */
export function teaserRail(title: Element, guard: Guard, headings: HeadingIndex): { rail: Element; teasers: number } | null {
  const { index } = guard;
  let rail: Element | null = null;
  for (let block = title.parentElement; block; block = block.parentElement) {
    if (guard.isBlocked(block) || LANDMARKS.has(block.tagName.toUpperCase())) break;
    if (index.prose(block) > 0 || index.linkDensity(block) < RAIL_LINK_DENSITY) break;
    rail = block;
  }
  if (!rail) return null;
  const from = index.position(rail);
  const to = index.end(rail);
  let teasers = 0;
  for (let i = lowerBound(headings.positions, from); i < headings.positions.length && headings.positions[i] <= to; i++) {
    if (headings.teasers[i] && index.text(headings.elements[i]) >= HEADLINE) teasers++;
  }
  return { rail, teasers };
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A heading that is a link's text: all of its text linked, or itself inside a link. */
function isTeaserTitle(el: Element, index: PageIndex): boolean {
  const text = index.text(el);
  if (text > 0 && index.linkText(el) >= text * 0.9) return true;
  return el.parentElement?.closest('a[href]') != null;
}

/**
 * The block a heading introduces: the largest ancestor in which the heading
 * is the first text, that holds no rival heading (same or higher rank) and
 * nothing protected. When the heading stands alone among its siblings (a flat
 * layout), the block is the heading plus the siblings up to the next rival
 * heading or the next running text, provided they are not running text
 * themselves ("prose that follows the heading is content"). Returns the
 * elements to hide, or [] when none is safe.
 */
export function blockForLabel(label: Label, guard: Guard, headings: HeadingIndex, allies: ReadonlySet<Element> = NO_ALLIES, emptySlots = false): Element[] {
  const { index } = guard;
  let block = label.element;
  for (;;) {
    const parent = block.parentElement;
    if (!parent || guard.isBlocked(parent)) break;
    // A teaser's title heads no section of its own: a rail's "Recommended" over h3 teasers is one block, whatever levels the site gave them.
    if (hasTextBefore(parent, block, index) || hasRival(parent, block, label.rank, headings, index, true, allies)) break;
    block = parent;
  }
  if (hasContentBeyond(block, label.element, index)) return guard.canHide(block) && !isRunInHead(label, block, guard) ? [block] : [];
  const linkLine = isLinkLine(label, index);
  // A paragraph's link line ("ALSO READ: " + a headline) is a block of its own, outside the article only:
  // inside, it is the story's text to Readability, and to the corpus's expected text (lemonde-1's "Lire aussi : " + a headline).
  if (linkLine && label.rank === STYLED_LABEL_RANK) return guard.canHide(block) && !guard.insideArticle(block) ? [block] : [];
  const section = flatSection(block, label.rank, guard, headings);
  if (section.length > 0) return section;
  // A heading that is a link line ("Related post: " + a headline) goes alone when it heads nothing, inside the article too.
  if (linkLine) return guard.canHide(block) ? [block] : [];
  if (block === label.element || !emptySlots) return section;
  return emptySlot(block, label, guard) ? [block] : [];
}

/**
 * Whether a label is a run-in head of one of the story's paragraphs: "UP NEXT" + "The Wildcats close the
 * season at home on Friday.", "Why it matters:" + a sentence. Inside the article, the paragraph around it
 * goes on in words of its own, not a link's (a link line's "Read next: " + a headline is no sentence).
 */
function isRunInHead(label: Label, block: Element, guard: Guard): boolean {
  const para = label.element.parentElement?.closest('p');
  if (!para || !block.contains(para) || !guard.insideArticle(para)) return false;
  const { index } = guard;
  const own = index.text(para) - index.text(label.element) - (index.linkText(para) - index.linkText(label.element));
  return own >= RUN_IN_TEXT;
}

/** The least text of its own, besides the head and links, that makes a paragraph the story's. */
const RUN_IN_TEXT = 40;

/** Whether a label is a title and its own links, the links most of its text ("Related post: " + a headline). */
function isLinkLine(label: Label, index: PageIndex): boolean {
  return label.bare !== undefined && mostlyLinks(label.element, index);
}

/**
 * Whether `block`, a box around a styled label and nothing else but empty
 * elements, is an empty slot's tag (a rule's `emptySlots`): an
 * "Advertisement" over an ad slot an ad blocker left empty, between a
 * story's paragraphs. Hidden inside the article too: it holds no more than
 * the label's few words. Never a real heading, nor part of a table or list.
 */
function emptySlot(block: Element, label: Label, guard: Guard): boolean {
  return label.rank === STYLED_LABEL_RANK && hideableTag(block, guard);
}

function flatSection(start: Element, rank: number, guard: Guard, headings: HeadingIndex): Element[] {
  const { index } = guard;
  const section = [start];
  let prose = 0;
  let passed = 0; // siblings passed, unseen ones too
  for (let s = start.nextElementSibling; s; s = s.nextElementSibling, passed++) {
    // The site's header or footer is a region of its own: a top ad's "Advertisement" heads none of it.
    if (REGIONS.has(s.tagName.toUpperCase()) || REGION_ROLES.has(s.getAttribute('role') ?? '')) break;
    if (hasRival(s, null, rank, headings, index)) break;
    if (guard.isBlocked(s)) return [];
    // A script, a style sheet: nothing to see, and nothing to list among what was hidden.
    if (UNSEEN.has(s.tagName.toUpperCase())) continue;
    const own = index.prose(s);
    // Running text after a link list means the article (or another section) resumes.
    if (own > 0 && passed > 0) break;
    prose += own;
    section.push(s);
  }
  if (section.length === 1) return loneLabel(start, guard) ? [start] : [];
  if (prose > 200) return [];
  // Inside the article a bare heading introduces clutter only when what follows
  // is a link list ("Read more:" + links) or a form, never plain text or a figure.
  if (guard.insideArticle(start)) {
    let text = 0;
    let linked = 0;
    let form = false;
    for (const el of section.slice(1)) {
      text += index.text(el);
      linked += index.linkText(el);
      form ||= el.matches('form, input') || el.querySelector('form, input') !== null;
    }
    if (!form && (text === 0 || linked / text < 0.5)) return [];
  }
  return section.every((el) => guard.canHide(el)) ? section : [];
}

/** Elements a flat section passes over: they show nothing. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT']);

/** The longest label hidden with nothing after it: a tag ("Advertisement", "Related Stories"), not a sentence ("This site uses cookies to …"). */
const LONE_LABEL = 30;
/** A longer tag, one that ends on no sentence's stop: "Story continues below advertisement". */
const LONE_TAG = 48;
/** Where a label is part of a structure its siblings carry on (a table's cell, a list's item, a heading's inner span). */
const PART_OF = 'td, th, li, dt, dd, table, h1, h2, h3, h4, h5, h6';

/**
 * Whether a label with nothing after it is clutter alone: an ad's tag whose
 * slot stayed empty, a rail's title before a script fills the rail. A short
 * tag, not a sentence; outside the article only, and never a part of a
 * table, a list or a heading, whose content goes on beyond the label's own
 * siblings.
 */
function loneLabel(start: Element, guard: Guard): boolean {
  return !guard.insideArticle(start) && hideableTag(start, guard);
}

/** A tag of `LONE_LABEL` characters at most (`LONE_TAG` when it ends on no stop), no part of a table, a list or a heading, that the guard lets go. */
function hideableTag(el: Element, guard: Guard): boolean {
  const length = guard.index.text(el);
  if (length > LONE_TAG || (length > LONE_LABEL && /[.!?…:;]["”’)]?$/u.test((el.textContent ?? '').trim()))) return false;
  if (el.matches(PART_OF) || el.parentElement?.closest(PART_OF)) return false;
  return guard.canHide(el);
}

const SILENT = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'SVG', 'IMG', 'PICTURE', 'NOSCRIPT', 'TEMPLATE']);

/** Visible text in `parent` before its child `block` (close buttons and icons do not count). */
function hasTextBefore(parent: Element, block: Element, index: PageIndex): boolean {
  for (let node = parent.firstChild; node && node !== block; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim().length > 2) return true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (SILENT.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true') continue;
      if (index.text(el) > 2) return true;
    }
  }
  return false;
}

const NO_ALLIES: ReadonlySet<Element> = new Set();

/**
 * Whether `scope` holds a heading of rank ≤ `rank` outside `except` (binary search over heading
 * positions); `teasersAside`: teasers' titles do not count; nor do `allies`, headings the same
 * rule names (a comments section's "Leave a reply" under its "2 comments").
 */
function hasRival(scope: Element, except: Element | null, rank: number, headings: HeadingIndex, index: PageIndex, teasersAside = false, allies = NO_ALLIES): boolean {
  const from = index.position(scope);
  const to = index.end(scope);
  const skipFrom = except ? index.position(except) : -1;
  const skipTo = except ? index.end(except) : -2;
  for (let i = lowerBound(headings.positions, from); i < headings.positions.length && headings.positions[i] <= to; i++) {
    const p = headings.positions[i];
    if (p >= skipFrom && p <= skipTo) {
      i = upperBound(headings.positions, skipTo) - 1; // jump past the excluded block
      continue;
    }
    if (headings.ranks[i] <= rank && !(teasersAside && headings.teasers[i]) && !allies.has(headings.elements[i])) return true;
  }
  return false;
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the block holds more than its heading: text, links, media or a form. */
function hasContentBeyond(block: Element, heading: Element, index: PageIndex): boolean {
  if (block === heading) return false;
  if (index.text(block) > index.text(heading) + 2) return true;
  return block.querySelector('a[href], img, picture, iframe, form, input, button, video, [role="link"]') !== null;
}

/**
 * The page's regions a label's flat section ends at: its header, footer and main part (teaser
 * cards may be `<article>`s, rails `<aside>`s, and a "See also" heads a `<nav>` of links).
 */
const REGIONS = new Set(['HEADER', 'FOOTER', 'MAIN']);
const REGION_ROLES = new Set(['banner', 'contentinfo', 'main']);

/** A compact block is never a whole page region, however little text the region has. */
const LANDMARKS = new Set(['BODY', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'ARTICLE']);

/** How far a compact block may grow, in characters (see `compactBlock`). */
export interface BlockLimits {
  /** Its text (400: a badge row, a sign-up box). */
  text?: number;
  /** Its link text (a footer's menu beside a sign-up box is short too, but it is links). */
  linkText?: number;
  /** Its running text (300: a blurb). */
  prose?: number;
  /** How many links it holds (1: a prompt's call alone, not beside a logo or a menu). */
  links?: number;
  /** Its text besides its links (40: a shop button's lead-in or its box's label, not the review around it). */
  ownText?: number;
}

/**
 * The compact block around an element, or null: an app-store badge row and
 * its caption around a store link, a sign-up box (its heading, its blurb)
 * around its form, a cookie notice around its button. The largest ancestor
 * within `limits`, never a page region itself.
 */
export function compactBlock(start: Element, guard: Guard, limits: BlockLimits = {}): Element | null {
  const { text = 400, linkText = Infinity, prose = 300, links = Infinity, ownText = Infinity } = limits;
  let block = start;
  for (;;) {
    const parent = block.parentElement;
    if (!parent || guard.isBlocked(parent) || LANDMARKS.has(parent.tagName.toUpperCase())) break;
    if (guard.index.text(parent) > text || guard.index.linkText(parent) > linkText) break;
    if (ownText !== Infinity && guard.index.text(parent) - guard.index.linkText(parent) > ownText) break;
    if (links !== Infinity && parent.getElementsByTagName('a').length > links) break;
    block = parent;
  }
  return guard.canHide(block) && guard.index.prose(block) <= prose ? block : null;
}

/**
 * A links rule's `bar`: the largest block around `a` whose every other link
 * goes where the rule says (`goes`, given the raw `href`) or nowhere (a "Copy
 * link" control), with a label's words at most besides its links; never a
 * page region itself.
 */
export function linkBar(a: Element, guard: Guard, goes: (href: string) => boolean): Element | null {
  const { index } = guard;
  let bar = a;
  for (let parent = a.parentElement; parent; parent = parent.parentElement) {
    if (guard.isBlocked(parent) || LANDMARKS.has(parent.tagName.toUpperCase())) break;
    if (index.text(parent) - index.linkText(parent) > BAR_LABEL || DATED.test(parent.textContent ?? '')) break;
    if (Array.from(parent.getElementsByTagName('a')).some((link) => !inBar(link, goes))) break;
    bar = parent;
  }
  return guard.canHide(bar) ? bar : null;
}

/** A bar's words besides its links: a label ("Share this article", "2,192 shares"). */
const BAR_LABEL = 40;
/** A year: the dateline a share bar may stand beside, which is the article's. */
const DATED = /\b(19|20)\d\d\b/;

/** Whether a link may stand in a bar: it goes where the rule says, or nowhere (a control). */
function inBar(link: Element, goes: (href: string) => boolean): boolean {
  const raw = (link.getAttribute('href') ?? '').trim();
  return !raw || raw.startsWith('#') || /^javascript:/i.test(raw) || goes(raw);
}
