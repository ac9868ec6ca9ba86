import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { removeFindings } from './apply';
import { cloneWithout } from './clone';
import { BRIEF_TEXT, isCommentMarkup, typedArticle } from './article';
import { flattenDeepNesting } from './nesting';
import { plan } from './plan';
import { articleBodyText, holdLineClasses } from './reader-text';
import { blockText, textWeight } from './text';
import type { EngineSettings, Plan, PlanOptions } from './types';

export interface ReaderArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  /** The article as a detached element of the working clone (never the live page). */
  content: Element;
  /** Running text of the article body (computed on first read) (captions, bylines, dates left out): blocks separated by blank lines. */
  text: string;
  /** Everything the reader view shows, as text: title, byline, site, date, then the whole content (captions included). */
  displayText: string;
  /** The cleanup's plan, of the document passed in (its active findings are left out of the copy). */
  plan: Plan;
}

export interface ReaderOptions extends PlanOptions {
  /** Readability's `maxElemsToParse`: larger pages fail with a clear error instead of freezing. */
  maxElems?: number;
  /**
   * `doc` is the caller's own copy of the page (a parsed snapshot or file), not
   * used after: the clutter is removed from it and Readability works on it,
   * with no copy made. The article is the same; in jsdom a copy of the page
   * costs nearly as much as Readability itself. Otherwise `doc` is left
   * untouched and Readability works on a copy.
   */
  consume?: boolean;
}

export class NoArticleError extends Error {}

/**
 * Reader extraction: the engine plans the document (reading it only), the
 * copy Readability works on is made without the blocks the plan hides, then
 * Readability runs on that copy. The document passed in is never modified,
 * unless the caller gives it up (`consume`): then the blocks are removed from
 * it and Readability runs on it.
 */
export function extractArticle(
  doc: Document,
  url: string,
  settings: EngineSettings = {},
  options: ReaderOptions = {},
): ReaderArticle {
  // Scroll locks mean nothing for extraction: no computed styles.
  const cleanup = plan(doc, url, settings, { computedStyles: false, selectors: options.selectors });
  const pageTitle = doc.title.trim();
  let work = doc;
  // Whether Readability would offer to read the page as it came (asked of a short result): asked
  // now when Readability is to work on the document itself, which it changes.
  let offered: boolean | undefined;
  if (options.consume) {
    offered = isProbablyReaderable(doc);
    removeFindings(cleanup.findings);
  } else {
    // Clutter is left out of the copy rather than copied and removed.
    work = cloneWithout(doc, cleanup.findings.filter((f) => f.active).map((f) => f.element));
  }
  flattenDeepNesting(work.documentElement); // a page nested thousands deep would freeze Readability
  if (work.body) {
    dropCommentThreads(work.body);
    holdLineClasses(work.body);
  }
  let parsed;
  try {
    // The serializer hands back Readability's own element: no HTML round trip.
    parsed = new Readability<Element>(work, {
      maxElemsToParse: options.maxElems ?? 0,
      charThreshold: 500,
      // Class names say what a line is ("wp-caption-text"); the running text reads them. The view and
      // the copies are sanitised without them.
      keepClasses: true,
      serializer: (el) => el as Element,
    }).parse();
  } catch (error) {
    if (error instanceof Error && /Aborting parsing document/.test(error.message)) {
      throw new NoArticleError(`The page is too large to extract (more than ${options.maxElems} elements).`);
    }
    throw error;
  }
  const length = textWeight(parsed?.textContent?.trim() ?? '');
  // A few words, on a page Readability itself would not offer to read, are not an article; a short story
  // (a brief under a thread of comments, which Readability's test discounts) is, on a page typed as one.
  if (!parsed || !parsed.content || length < 80 || (length < 500 && !(offered ?? isProbablyReaderable(doc)) && !(length >= BRIEF_TEXT && typedArticle(doc)))) {
    throw new NoArticleError('No article was found on this page.');
  }
  const content = parsed.content;
  // The text forms are computed on first use: the reader view and the copies never need them.
  let text: string | undefined;
  let displayText: string | undefined;
  return {
    title: parsed.title?.trim() || pageTitle,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    lang: parsed.lang || null,
    dir: parsed.dir || null,
    content,
    get text() {
      return (text ??= articleBodyText(content, parsed.title ?? ''));
    },
    get displayText() {
      return (displayText ??= [parsed.title, parsed.byline, parsed.siteName, parsed.publishedTime, blockText(content)].filter(Boolean).join('\n\n'));
    },
    plan: cleanup,
  };
}

/**
 * Readers' comment threads, by their markup ("comments", "comment-list", Disqus's thread), left
 * out of what Readability reads: a reader view is the story. Readability discounts such blocks
 * too, but takes them back when the story is short: under its 500 characters it tries again
 * with every block, and a thread longer than the story wins. In place they stay for the rules
 * to judge (the guard keeps a thread longer than the story). A block holding an h1, an
 * `article` or an article body is left: its markup misnames the page's main part.
 */
function dropCommentThreads(root: Element): void {
  const threads: Element[] = [];
  // A tree walker, not `getElementsByTagName('*')`: walking that live list cost jsdom 23 ms on the
  // median corpus page, the walker under 1 ms.
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* elements */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (!isCommentMarkup(el) || threads.some((thread) => thread.contains(el))) continue;
    if (el.querySelector('h1, article, [itemprop="articleBody"]')) continue;
    threads.push(el);
  }
  for (const thread of threads) thread.remove();
}
