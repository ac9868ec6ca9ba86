import { extractArticle } from './engine/reader';
import type { EngineSettings } from './engine/types';
import { sanitizeArticleHtml } from './export/sanitize';

/** What the reader page needs: sanitised HTML and metadata as text. */
export interface ReaderPayload {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: string | null;
  minutes: number;
  html: string;
}

/** Pages larger than this get a clear message instead of a frozen tab. */
export const MAX_READER_ELEMENTS = 150_000;

/**
 * Extracts the article of a page for the reader view, from the reader page's
 * own parsed snapshot of it, which it uses up (see ReaderOptions.consume).
 * Throws NoArticleError when there is none.
 */
export function readerPayload(doc: Document, url: string, settings: EngineSettings, win: Window): ReaderPayload {
  // A browser's own querySelectorAll finds the selector rules' elements (see PlanOptions.selectors).
  const article = extractArticle(doc, url, settings, { maxElems: MAX_READER_ELEMENTS, selectors: 'native', consume: true });
  const words = (article.content.textContent ?? '').split(/\s+/).filter(Boolean).length;
  return {
    url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    published: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    minutes: Math.max(1, Math.round(words / 230)),
    html: sanitizeArticleHtml(article.content.innerHTML, win),
  };
}
