import { disposeDocument, parseHtml } from '../../cli/dom';
import { plan } from '../../utils/engine/plan';
import { extractArticle } from '../../utils/engine/reader';
import { textAfterCleanup } from '../../utils/engine/apply';
import { type Case, readPage, snippetsIn } from './corpus';

export interface CaseResult {
  inplace: { missingArticle: string[]; presentClutter: string[] };
  reader: { missingArticle: string[]; presentClutter: string[]; error?: string };
}

/** The visible text of a page after in-place cleanup, computed without touching the page. */
export function inplaceText(doc: Document, url: string): string {
  return textAfterCleanup(doc, plan(doc, url, {}, { computedStyles: false }).findings);
}

/** What the reader view shows, as text; it uses the document up, as the reader view does (see ReaderOptions.consume). */
export function readerText(doc: Document, url: string): string {
  return extractArticle(doc, url, {}, { consume: true }).displayText;
}

export function scoreCase(c: Case, withReader = true): CaseResult {
  const doc = parseHtml(readPage(c), c.url);
  const inplace = snippetsIn(inplaceText(doc, c.url), [...c.expect.article, ...c.expect.clutter]);
  const result: CaseResult = {
    inplace: {
      missingArticle: c.expect.article.filter((s) => inplace.missing.includes(s)),
      presentClutter: c.expect.clutter.filter((s) => inplace.present.includes(s)),
    },
    reader: { missingArticle: [], presentClutter: [] },
  };
  if (withReader) {
    try {
      const text = readerText(doc, c.url); // last: it uses the document up
      const r = snippetsIn(text, [...c.expect.article, ...c.expect.clutter]);
      result.reader.missingArticle = c.expect.article.filter((s) => r.missing.includes(s));
      result.reader.presentClutter = c.expect.clutter.filter((s) => r.present.includes(s));
    } catch (error) {
      result.reader.error = String(error);
      result.reader.missingArticle = [...c.expect.article];
    }
  }
  disposeDocument(doc);
  return result;
}
