/**
 * Runs in the page: the visible text as a reader sees it — `innerText` of the
 * document, plus that of open shadow roots and same-origin iframes.
 */
export function visibleTextInPage(): string {
  const parts: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const host = root instanceof Document ? root.body : (root.host as HTMLElement);
    if (root instanceof Document) parts.push(root.body?.innerText ?? '');
    // innerText of an element that is not rendered is its whole textContent: skip those.
    else parts.push(Array.from(root.children).filter((c) => c.getClientRects().length > 0).map((c) => (c as HTMLElement).innerText ?? '').join('\n'));
    for (const el of (root instanceof Document ? root.body ?? root : root).querySelectorAll('*')) {
      if (el.shadowRoot && host) visit(el.shadowRoot);
      if (el instanceof HTMLIFrameElement) {
        try {
          if (el.contentDocument?.body && el.getClientRects().length) visit(el.contentDocument);
        } catch {
          /* cross-origin */
        }
      }
    }
  };
  visit(document);
  return parts.join('\n');
}
