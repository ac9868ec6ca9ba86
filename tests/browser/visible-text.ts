/**
 * Evaluated in the page: the visible text as a reader sees it — `innerText` of
 * the document, plus that of open shadow roots and same-origin iframes. Kept
 * as source text so that no bundler helper (tsx adds `__name`) leaks into the page.
 */
export const VISIBLE_TEXT = `(() => {
  const parts = [];
  const visit = (root) => {
    const isDoc = root.nodeType === 9;
    if (isDoc) parts.push(root.body ? root.body.innerText : '');
    // innerText of an element that is not rendered is its whole textContent: skip those.
    else parts.push(Array.from(root.children).filter((c) => c.getClientRects().length > 0).map((c) => c.innerText || '').join('\\n'));
    for (const el of (isDoc ? (root.body || root) : root).querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        try {
          if (el.contentDocument && el.contentDocument.body && el.getClientRects().length) visit(el.contentDocument);
        } catch (e) { /* cross-origin */ }
      }
    }
  };
  visit(document);
  return parts.join('\\n');
})()`;
