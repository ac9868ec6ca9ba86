/**
 * A page as HTML, for extension pages to extract from: the content script
 * serialises the live document (only when the user asks for a reader view or
 * a copy), the extension page parses it into an inert document. The heavy
 * parts (Readability, DOMPurify, turndown) then stay out of the content script
 * that every page loads.
 */
export interface PageSnapshot {
  url: string;
  html: string;
}

export function snapshotOf(doc: Document, url: string): PageSnapshot {
  return { url, html: `<!doctype html>\n${doc.documentElement.outerHTML}` };
}

/** Parses a snapshot in an extension page; relative links resolve against the page's address. */
export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser): Document {
  const doc = parser.parseFromString(snapshot.html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = snapshot.url;
    doc.head.prepend(base);
  }
  return doc;
}
