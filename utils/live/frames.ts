/**
 * The frames of a page that Sift cleans: those of the page's own origin,
 * reached from the top page's content script through their iframe elements.
 *
 * The content script runs in the top frame only. Were it injected into every
 * frame, each ad slot, video player and social embed of another site would
 * compile and start both of Sift's scripts only to find it has nothing to do:
 * 10 to 13 ms of CPU for each frame of another site (a renderer process of its
 * own), measured on Chromium (`npm run bench -- --compare`). A frame of another
 * origin is hidden or kept whole by the top page's plan (its iframe is an
 * element there); a frame of the same origin is planned and watched from here,
 * like the top document.
 *
 * `attach` is called once per frame document, with the frame's document (and
 * its iframe) as soon as it has its own address (not the initial
 * `about:blank`); it returns what to do when that document goes (the frame
 * navigated or left the page, or Sift stops).
 * Returns what stops the watch and detaches every frame.
 */
export function watchFrames(doc: Document, attach: (frame: Document, host: Element) => () => void): () => void {
  const attached = new Map<Element, { frame: Document; detach: () => void }>();
  const origin = originOf(doc.URL); // a page's own address may change (history.pushState), its origin not
  const visit = (el: Element) => {
    const frame = origin ? sameOriginDocument(el, origin) : null;
    const before = attached.get(el);
    if (before?.frame === frame) return;
    before?.detach();
    attached.delete(el);
    if (frame) attached.set(el, { frame, detach: attach(frame, el) });
  };
  const scan = () => {
    // Frames whose element left the page: their documents went with them.
    for (const [el, { detach }] of attached) {
      if (!el.isConnected) {
        detach();
        attached.delete(el);
      }
    }
    for (const el of doc.querySelectorAll('iframe, frame')) visit(el);
  };
  // A frame's `load` (its first document, or a new one after it navigated) does not bubble,
  // but it passes the document in the capture phase.
  const onLoad = (event: Event) => {
    const target = event.target as Element | null;
    if (target && target.nodeType === 1 && (target.localName === 'iframe' || target.localName === 'frame')) scan();
  };
  doc.addEventListener('load', onLoad, true);
  scan();
  return () => {
    doc.removeEventListener('load', onLoad, true);
    for (const { detach } of attached.values()) detach();
    attached.clear();
  };
}

/**
 * The document in a frame element, if it is of `origin` and has an http(s)
 * address of its own. Frames of another origin are told by their `src`
 * before their document is touched: reaching into a frame while it still shows
 * its first, empty document would make the browser set up Sift's script world
 * in it.
 */
function sameOriginDocument(el: Element, origin: string): Document | null {
  const src = el.getAttribute('src');
  // No address of its own (about:blank, srcdoc: ad slots, mostly): the top's plan sees its iframe.
  if (!src || el.hasAttribute('srcdoc')) return null;
  if (originOf(src, el.baseURI) !== origin) return null;
  let frame: Document | null;
  try {
    frame = (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // another origin after all (browsers that throw rather than answer null)
  }
  // Still its first, empty document, or redirected or navigated elsewhere.
  return frame && originOf(frame.URL) === origin ? frame : null;
}

/** The origin of an http(s) address, or null for any other (about:, data:, javascript:, unparsable). */
function originOf(url: string, base?: string): string | null {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
