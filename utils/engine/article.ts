import { indexPage, SILENT_TAGS, TEXT_BODY_TAGS, type PageIndex } from './page-index';
import { CHUNK, drain, type Steps } from './steps';
import { isTeaserSummary, siteOf } from './teaser-cards';
import { BLOCK_TAGS, collapseSpace, normalizeLabel } from './text';

/** Where the main article is, found before any rule runs, so no rule can hide it. */
export interface ArticleInfo {
  /** The element(s) holding the article's running text (split bodies give several). */
  roots: Element[];
  /** The article's own title heading, when one is found. */
  title: Element | null;
  /** Elements that must never be hidden, nor any ancestor of them. */
  protectedElements: Element[];
  /** Running text length of the article (see `PageIndex.prose`). */
  prose: number;
}

const MIN_PARAGRAPH = 25;
const TITLE_CLASS = /title|headline/i;
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);

/**
 * A light, Readability-style scoring pass: every paragraph gives its parent a
 * score (1 + commas + length bonus), its grandparent half of it, and further
 * ancestors a third per level. The best-scoring element (corrected for link
 * density) is the article; siblings that score well are parts of it.
 */
export function findArticle(doc: Document, index: PageIndex = indexPage(doc.body), scope: Element | ShadowRoot | null = doc.body): ArticleInfo {
  return drain(findArticleSteps(doc, index, scope));
}

/**
 * `native`: title candidates come from one selector query (see `findTitle`): a browser's, on a page not huge.
 * `site`: the page's host (see `siteOf`), which tells a teaser's link to another story of the site.
 */
export function* findArticleSteps(doc: Document, index: PageIndex, scope: Element | ShadowRoot | null, native = false, site = siteOf(doc.URL)): Steps<ArticleInfo> {
  const body = scope;
  if (!body) return { roots: [], title: null, protectedElements: [], prose: 0 };
  const all = index.elements;
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = [];
  const textBodies: Element[] = [];
  const { tags, textLengths } = index;
  for (let i = 0; i < all.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    if (textLengths[i] < MIN_PARAGRAPH) continue; // too short to score, whatever it is
    const el = all[i];
    const tag = tags[i];
    if (PARAGRAPH_TAGS.has(tag)) paragraphs.push(el);
    else if (index.inlineText(i) < 100) continue;
    // A list item of running text: a post written as bullet points (a link list has none of it).
    else if (tag === 'LI') paragraphs.push(el);
    else if (TEXT_BODY_TAGS.has(tag)) {
      // Text in divs without block children counts like a paragraph (many sites use them, and
      // `<div><span>…</span></div>`); with block children, the element is a body written with
      // line breaks (see `textRuns`).
      if (!hasBlockChild(index, i)) {
        if (tag === 'DIV') paragraphs.push(el);
      } else textBodies.push(el);
    }
  }
  const credit = (from: Element | null, score: number) => {
    let node = from;
    for (let level = 0; node && level < 5; level++, node = node.parentElement) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, (scores.get(node) ?? 0) + score / divider);
      if (node === body) break;
    }
  };
  const paragraphScore = (text: string) => 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
  // A teaser card's summary is no paragraph of an article, nor is a reader's comment: on a short story,
  // a grid of summaries or a thread of comments outweighs it.
  const grids = new Map<Element, boolean>();
  const comments = new Map<Element, number>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (i % 256 === 255) yield;
    const p = paragraphs[i];
    if (index.inControl(p) || index.inNavigation(p) || inComment(p, comments) || isTeaserSummary(p, index, site, grids)) continue;
    credit(p.parentElement, paragraphScore(collapseSpace(p.textContent ?? '')));
  }
  // Each run of its own text is a paragraph of the body itself, as Readability turns them into <p>s.
  for (const el of textBodies) {
    if (index.inControl(el) || index.inNavigation(el)) continue;
    for (const run of textRuns(el)) if (run.length >= MIN_PARAGRAPH) credit(el, paragraphScore(run));
  }
  // Link density is costly on big subtrees: correct only the strongest candidates by it.
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 12);
  let top: Element | null = null;
  let topScore = 0;
  const adjusted = new Map<Element, number>();
  for (const [el, score] of ranked) {
    const value = score * (1 - index.linkDensity(el));
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
        const raw = scores.get(sibling) ?? 0;
        if (raw < Math.max(10, topScore * 0.2)) continue;
        const value = adjusted.get(sibling) ?? raw * (1 - index.linkDensity(sibling));
        if (value >= Math.max(10, topScore * 0.2) && index.linkDensity(sibling) < 0.25) roots.push(sibling);
      }
    }
  }
  // A web component's shadow tree holds an article only if it holds real running text.
  if (body.nodeType !== 1 && roots.reduce((sum, root) => sum + index.prose(root), 0) < 200) {
    return { roots: [], title: null, protectedElements: [], prose: 0 };
  }
  yield;
  const title = yield* findTitle(doc, roots, index, native ? body : null);
  const protectedElements = [...roots];
  if (title) protectedElements.push(title);
  // Bylines and author boxes inside the text are the article's own: [rel="author"], [itemprop="author"].
  for (const root of roots) protectedElements.push(...root.querySelectorAll('[rel="author"], [itemprop="author"]'));
  const prose = roots.reduce((sum, root) => sum + index.prose(root), 0);
  return { roots, title, protectedElements, prose };
}

/**
 * The least text of a short story (a brief) on a page that says it is an article: its running
 * text to the teaser rule (see `declaresArticle`), its extracted text to the reader (see
 * `typedArticle`), where either would otherwise take a page of so little for no article.
 */
export const BRIEF_TEXT = 200;

/**
 * Whether the page says it is an article: its og:type is "article", or an `article` element (or
 * an element typed as a schema.org Article) holds both its title and its text. A section front
 * with a few lines of introduction above its grid of teasers says neither.
 */
export function declaresArticle(doc: Document, info: ArticleInfo): boolean {
  if (typedArticle(doc)) return true;
  const box = info.roots[0]?.closest('article, [itemtype*="Article"]');
  return !!box && !!info.title && box.contains(info.title);
}

/** Comment markup: a class name or id that is "comment", "comments", "comment-body", "commentlist", Disqus's thread. */
const COMMENT_MARKUP = /(^|[\s_-])(comments?|commentlist|comment-?(list|body|content|text|thread)|disqus_thread)([\s_-]|$)/i;

/** Whether an element's class name or id says it is a comment or holds comments. */
export function isCommentMarkup(el: Element): boolean {
  // The reflected properties (strings on HTML elements): cheaper than getAttribute outside browsers.
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class');
  const id = el.id;
  return (!!cls && COMMENT_MARKUP.test(cls)) || (!!id && COMMENT_MARKUP.test(id));
}

/** How far up a paragraph's comment markup may stand: the comment, its body, its list item, the list, the thread. */
const COMMENT_DEPTH = 4;

/**
 * Whether a paragraph stands in a comment: comment markup on it or on one of its
 * `COMMENT_DEPTH` nearest ancestors. `distances` remembers each element's distance to
 * the nearest such markup at or above it (a story's paragraphs share their parents).
 */
function inComment(p: Element, distances: Map<Element, number>): boolean {
  const path: Element[] = [];
  let distance = Infinity;
  for (let node: Element | null = p; node; node = node.parentElement) {
    const known = distances.get(node);
    if (known !== undefined) {
      distance = known;
      break;
    }
    if (isCommentMarkup(node)) {
      distance = 0;
      distances.set(node, 0);
      break;
    }
    path.push(node);
  }
  for (let i = path.length - 1; i >= 0; i--) distances.set(path[i], ++distance);
  return distances.get(p)! <= COMMENT_DEPTH;
}

/** Whether the page's og:type is "article". */
export function typedArticle(doc: Document): boolean {
  for (const meta of doc.head?.getElementsByTagName('meta') ?? []) {
    if (meta.getAttribute('property') === 'og:type' && /^article\b/i.test(meta.getAttribute('content') ?? '')) return true;
  }
  return false;
}

const BLOCK_CHILDREN = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The runs of text directly in `el`: its text and inline children's, cut at
 * each line break and each block child. A blog body written as text and
 * `<br>`s (Blogger's, a forum post's) holds its paragraphs this way, between
 * headings, lists and images of its own.
 */
export function textRuns(el: Element): string[] {
  const runs: string[] = [];
  let run = '';
  const close = () => {
    const text = collapseSpace(run);
    if (text) runs.push(text);
    run = '';
  };
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) run += (node as Text).data;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) close();
      else if (!SILENT_TAGS.has(tag)) run += node.textContent ?? '';
    }
  }
  close();
  return runs;
}

/** Whether the element at index `i` has a child that makes it more than a paragraph (read from the index). */
function hasBlockChild(index: PageIndex, i: number): boolean {
  for (let c = index.firstChildOf(i); c >= 0; c = index.nextSiblingOf(c)) if (BLOCK_CHILDREN.has(index.tags[c])) return true;
  return false;
}

/** Elements `findTitle` considers: h1, h2, a class naming a title or headline, itemprop=headline. */
const TITLE_CANDIDATES = 'h1, h2, [class*="title" i], [class*="headline" i], [itemprop="headline"]';

/**
 * The heading that carries the article's title: it matches og:title or <title>, else the first h1.
 * `query`: the scope to ask for candidates in one native query (a browser); else every indexed
 * element is looked at (attribute selectors over a whole document are slow outside browsers).
 */
function* findTitle(doc: Document, roots: Element[], index: PageIndex, query: Element | ShadowRoot | null = null): Steps<Element | null> {
  const meta = { og: '', twitter: '' };
  // By tag, then attributes: attribute selectors over the whole document are slow outside browsers.
  for (const m of doc.querySelectorAll('meta')) {
    if (!meta.og && m.getAttribute('property') === 'og:title') meta.og = m.getAttribute('content') ?? '';
    if (!meta.twitter && m.getAttribute('name') === 'twitter:title') meta.twitter = m.getAttribute('content') ?? '';
  }
  const wanted = [meta.og, meta.twitter, doc.title]
    .map(normalizeLabel)
    .filter((t) => t.length > 0);
  let best: Element | null = null;
  const { elements: all, tags, textLengths } = index;
  // In document order either way: every indexed element, or the candidates the query found
  // (sorted by index: jsdom returns a selector list's matches list by list).
  const candidates = wanted.length === 0 ? [] : query ? Array.from(query.querySelectorAll(TITLE_CANDIDATES), (el) => index.indexOf(el)).sort((a, b) => a - b) : null;
  const count = candidates ? candidates.length : all.length;
  for (let k = 0; k < count; k++) {
    if (k % (CHUNK * 4) === CHUNK * 4 - 1) yield;
    const i = candidates ? candidates[k] : k;
    const len = textLengths[i];
    if (len < 3 || len > 300) continue;
    const h = all[i];
    const tag = tags[i];
    if (tag !== 'H1' && tag !== 'H2') {
      // The reflected property (a string on HTML elements): cheaper than getAttribute outside browsers.
      const cls = typeof h.className === 'string' ? h.className : h.getAttribute('class');
      if (!(cls && TITLE_CLASS.test(cls)) && h.getAttribute('itemprop') !== 'headline') continue;
    }
    const text = normalizeLabel(h.textContent ?? '');
    if (wanted.some((w) => w === text || (text.length >= 15 && w.includes(text)))) {
      if (!best || (best.tagName !== 'H1' && tag === 'H1')) best = h;
    }
  }
  if (best) return best;
  const h1 = index.tags.indexOf('H1');
  if (h1 >= 0) return all[h1];
  // Otherwise the last heading-like element before the article text.
  const root = roots[0];
  if (!root) return null;
  for (let i = index.indexOf(root) - 1; i >= 0; i--) {
    if ((index.tags[i] === 'H1' || index.tags[i] === 'H2') && !index.contains(all[i], root)) return all[i];
  }
  return null;
}
