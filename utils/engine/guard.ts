import type { ArticleInfo } from './article';
import type { PageIndex } from './page-index';

/**
 * The one place that says whether a block may be hidden. A block may not be
 * the article, an ancestor of it, its title or anything inside the title, nor
 * hold as much running text as the article itself (then the article was
 * probably misjudged, and hiding would lose content).
 */
export interface Guard {
  /** The page's per-element figures, shared by every heuristic. */
  index: PageIndex;
  /** The element is protected or holds something protected: never hide it, never climb past it. */
  isBlocked(el: Element): boolean;
  /** Whether hiding the element is safe, given how much running text it holds. */
  canHide(el: Element): boolean;
  /** Whether the element sits inside the article's text. */
  insideArticle(el: Element): boolean;
  /** Largest amount of running text a block inside the article may hold and still be an insert. */
  insertProseLimit: number;
  /** The article's running text, in characters (0 when the page has none). */
  articleProse: number;
}

export function createGuard(doc: Document, article: ArticleInfo, index: PageIndex): Guard {
  const blocked = new Set<Element>();
  for (const el of article.protectedElements) {
    for (let node: Element | null = el; node && !blocked.has(node); node = node.parentElement) blocked.add(node);
  }
  const body = doc.body;
  const bodyText = index.total;
  const insertProseLimit = Math.max(250, article.prose * 0.2);
  const outsideProseLimit = Math.max(500, article.prose);
  const insideArticle = (el: Element) => article.roots.some((root) => root !== el && index.contains(root, el));
  return {
    index,
    isBlocked: (el) => blocked.has(el) || el === body || el === doc.documentElement,
    insideArticle,
    insertProseLimit,
    articleProse: article.prose,
    canHide(el) {
      if (blocked.has(el) || el === body || el === doc.documentElement) return false;
      if (article.title?.contains(el)) return false;
      // A block holding most of the page's text is not clutter, whatever its heading says.
      if (bodyText > 1000 && index.text(el) > bodyText * 0.6) return false;
      const prose = index.prose(el);
      return insideArticle(el) ? prose <= insertProseLimit : prose < outsideProseLimit;
    },
  };
}
