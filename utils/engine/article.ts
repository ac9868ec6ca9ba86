import { collapseSpace, linkDensity, normalizeLabel, proseLength, textLength } from './text';

/** Where the main article is, found before any rule runs, so no rule can hide it. */
export interface ArticleInfo {
  /** The element(s) holding the article's running text (split bodies give several). */
  roots: Element[];
  /** The article's own title heading, when one is found. */
  title: Element | null;
  /** Elements that must never be hidden, nor any ancestor of them. */
  protectedElements: Element[];
  /** Running text length of the article (see `proseLength`). */
  prose: number;
}

const MIN_PARAGRAPH = 25;
const PARAGRAPH_SELECTOR = 'p, pre, td, blockquote';

/**
 * A light, Readability-style scoring pass: every paragraph gives its parent a
 * score (1 + commas + length bonus), its grandparent half of it, and further
 * ancestors a third per level. The best-scoring element (corrected for link
 * density) is the article; siblings that score well are parts of it.
 */
export function findArticle(doc: Document): ArticleInfo {
  const body = doc.body;
  if (!body) return { roots: [], title: null, protectedElements: [], prose: 0 };
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = Array.from(body.querySelectorAll(PARAGRAPH_SELECTOR));
  // Text in divs without block children counts like a paragraph (many sites use them).
  for (const div of body.querySelectorAll('div')) {
    if (hasDirectText(div, 100)) paragraphs.push(div);
  }
  for (const p of paragraphs) {
    if (p.closest('a, button, nav, footer, [role="link"], [role="navigation"]')) continue;
    const text = collapseSpace(p.textContent ?? '');
    if (text.length < MIN_PARAGRAPH) continue;
    const score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    let node = p.parentElement;
    for (let level = 0; node && level < 5; level++, node = node.parentElement) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, (scores.get(node) ?? 0) + score / divider);
      if (node === body) break;
    }
  }
  let top: Element | null = null;
  let topScore = 0;
  const adjusted = new Map<Element, number>();
  for (const [el, score] of scores) {
    const value = score * (1 - linkDensity(el));
    adjusted.set(el, value);
    if (value > topScore) {
      topScore = value;
      top = el;
    }
  }
  const roots: Element[] = [];
  if (top && top !== body) {
    roots.push(top);
    // Bodies split by ads or inserts: siblings that score like article text are parts of it.
    const parent = top.parentElement;
    if (parent) {
      for (const sibling of parent.children) {
        if (sibling === top) continue;
        const value = adjusted.get(sibling) ?? 0;
        if (value >= Math.max(10, topScore * 0.2) && linkDensity(sibling) < 0.25) roots.push(sibling);
      }
    }
  }
  const title = findTitle(doc, roots);
  const protectedElements = [...roots];
  if (title) protectedElements.push(title);
  for (const root of roots) {
    // Bylines and author boxes next to the text are the article's own.
    for (const el of root.querySelectorAll('[rel="author"], [itemprop="author"]')) protectedElements.push(el);
  }
  const prose = roots.reduce((sum, root) => sum + proseLength(root), 0);
  return { roots, title, protectedElements, prose };
}

function hasDirectText(el: Element, min: number): boolean {
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child.nodeValue ?? '').trim().length;
    else if (child.nodeType === 1 && /^(P|DIV|SECTION|ARTICLE|UL|OL|TABLE|H[1-6])$/.test((child as Element).tagName)) {
      return false;
    }
  }
  return length >= min;
}

/** The heading that carries the article's title: it matches og:title or <title>, else the first h1. */
function findTitle(doc: Document, roots: Element[]): Element | null {
  const wanted = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content') ?? '',
    doc.title,
  ]
    .map(normalizeLabel)
    .filter((t) => t.length > 0);
  const headings = Array.from(doc.body.querySelectorAll('h1, h2, [itemprop="headline"], [class*="title" i], [class*="headline" i]'));
  let best: Element | null = null;
  for (const h of headings) {
    const len = textLength(h);
    if (len < 3 || len > 300) continue;
    const text = normalizeLabel(h.textContent ?? '');
    if (wanted.some((w) => w === text || (text.length >= 15 && w.includes(text)))) {
      if (!best || (best.tagName !== 'H1' && h.tagName === 'H1')) best = h;
    }
  }
  if (best) return best;
  const h1 = doc.body.querySelector('h1');
  if (h1) return h1;
  // Otherwise the last heading-like element before the article text.
  const root = roots[0];
  if (!root) return null;
  const before = Array.from(doc.body.querySelectorAll('h1, h2')).filter(
    (h) => (h.compareDocumentPosition(root) & 4) !== 0,
  );
  return before.at(-1) ?? null;
}
