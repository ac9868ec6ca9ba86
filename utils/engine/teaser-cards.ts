import type { PageIndex } from './page-index';

/**
 * Teaser cards: a grid of other stories, each card a linked headline over a
 * summary ("Council approves budget after four-hour meeting" + three lines
 * about it). On a short story the cards' summaries can outweigh the story's own
 * paragraphs, and a scoring pass that reads paragraphs alone takes the grid for
 * the article. A card is small, leads with a headline that links to a page of
 * the same site, and stands beside two or more cards like it.
 */

/** The most text a card holds: a headline, a summary of a few lines, a date. */
const CARD_TEXT = 800;
/** The shortest headline a teaser has: a menu's linked headings say "Physics" or "Home Page". */
export const HEADLINE = 25;
/** The fewest cards side by side that make a grid. */
const GRID_CARDS = 3;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** How far into a card its headline may stand (elements in document order): after a picture, a label, a wrapper or two. */
const HEADLINE_DEPTH = 24;

/** A card's first heading, read from the index (no query): among its first `HEADLINE_DEPTH` descendants. */
function firstHeading(card: Element, index: PageIndex): Element | null {
  const i = index.indexOf(card);
  if (i < 0) return null;
  const last = Math.min(i + index.end(card) - index.position(card), i + HEADLINE_DEPTH);
  for (let j = i + 1; j <= last; j++) if (HEADING_TAGS.has(index.tags[j])) return index.elements[j];
  return null;
}

/** The page's host without "www.", from its address; null when it has none (a copy parsed elsewhere is given it). */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Whether a link goes to a page of `site`: a path on it, or its host or a subdomain of it. */
function onSite(href: string, site: string | null): boolean {
  if (href.startsWith('/')) return !href.startsWith('//') || (site !== null && hostIn(href.slice(2).split('/')[0], site));
  if (!/^https?:\/\//i.test(href)) return !/^(#|[a-z][a-z0-9+.-]*:)/i.test(href); // a relative path; not "#…", "mailto:", "javascript:"
  return site !== null && hostIn(href.split('/')[2] ?? '', site);
}

function hostIn(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '');
  return h === site || h.endsWith(`.${site}`);
}

/** The linked headline `card` leads with (its first heading, a link to a page of `site`), or null. */
export function cardHeadline(card: Element, index: PageIndex, site: string | null): Element | null {
  if (index.text(card) > CARD_TEXT) return null;
  const heading = firstHeading(card, index);
  if (!heading) return null;
  const text = index.text(heading);
  if (text < HEADLINE) return null;
  let link = heading.closest('a[href]');
  if (link && !card.contains(link)) link = null;
  if (!link && index.linkText(heading) >= text * 0.9) link = heading.querySelector('a[href]');
  return link && onSite(link.getAttribute('href') ?? '', site) ? heading : null;
}

/** Whether `card` stands beside two or more cards of its tag that lead with a linked headline (each grid asked once). */
export function inCardGrid(card: Element, index: PageIndex, site: string | null, grids: Map<Element, boolean>): boolean {
  const grid = card.parentElement;
  if (!grid) return false;
  let known = grids.get(grid);
  if (known === undefined) {
    let cards = 0;
    for (const child of grid.children) if (child.tagName === card.tagName && cardHeadline(child, index, site)) cards++;
    known = cards >= GRID_CARDS;
    grids.set(grid, known);
  }
  return known;
}

/** Whether paragraph `p` is a card's summary: under its linked headline, in its parent or grandparent, in a grid. */
export function isTeaserSummary(p: Element, index: PageIndex, site: string | null, grids: Map<Element, boolean>): boolean {
  let card = p.parentElement;
  for (let level = 0; card && level < 2; level++, card = card.parentElement) {
    if (index.text(card) > CARD_TEXT) return false;
    const headline = cardHeadline(card, index, site);
    if (headline && headline.compareDocumentPosition(p) & 4 && inCardGrid(card, index, site, grids)) return true;
  }
  return false;
}

/** The most text a grid holds besides its cards: a heading, a "More" link, an ad's label. */
const GRID_EXTRA = 200;

/**
 * The grid a teaser's headline leads a card of (its card an ancestor up to three levels up), with
 * how many cards it holds; null when there is none, or when the grid holds more than its cards
 * and a few words (a sidebar with other widgets in it).
 */
export function cardGridOf(headline: Element, index: PageIndex, site: string | null, grids: Map<Element, boolean>): { grid: Element; cards: number } | null {
  let card = headline.parentElement;
  for (let level = 0; card && level < 3; level++, card = card.parentElement) {
    if (index.text(card) > CARD_TEXT) return null;
    if (cardHeadline(card, index, site) !== headline || !inCardGrid(card, index, site, grids)) continue;
    const grid = card.parentElement!;
    let cards = 0;
    let extra = index.text(grid);
    for (const child of grid.children) {
      if (child.tagName === card.tagName && cardHeadline(child, index, site)) {
        cards++;
        extra -= index.text(child);
      }
    }
    return extra <= GRID_EXTRA ? { grid, cards } : null;
  }
  return null;
}
