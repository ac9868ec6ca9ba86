import createDOMPurify from 'dompurify';

/**
 * Sanitises article HTML for a saved copy or the reader view: no scripts, no
 * event handlers, no `javascript:` or `data:text/html` links, no frames,
 * forms, SVG or MathML (both carry script and CSS tricks), no inline styles
 * (CSS `url(javascript:…)`), no `<meta>`, `<base>` or `<link>`. Images keep
 * only `data:` or http(s) sources. `win` is any window: the page's in the
 * extension, jsdom's in the command line.
 */
export function sanitizeArticleHtml(html: string, win: Window): string {
  const purify = createDOMPurify(win as never);
  // Embedded players (video, audio, frames) become a placeholder with a link to the media.
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (!['iframe', 'video', 'audio', 'embed', 'object'].includes(data.tagName)) return;
    const el = node as Element;
    const src = el.getAttribute('src') ?? el.getAttribute('data') ?? el.querySelector('source[src]')?.getAttribute('src') ?? '';
    const doc = el.ownerDocument;
    const placeholder = doc.createElement('p');
    placeholder.setAttribute('data-embed', '');
    placeholder.textContent = '[Embedded media';
    const url = URL.canParse(src, doc.baseURI) ? new URL(src, doc.baseURI) : null;
    if (url && /^https?:$/.test(url.protocol)) {
      placeholder.append(': ');
      const a = doc.createElement('a');
      a.setAttribute('href', url.href);
      a.textContent = url.hostname;
      placeholder.append(a);
    }
    placeholder.append(']');
    el.parentNode?.replaceChild(placeholder, el);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (!/^\s*data:/i.test(data.attrValue)) return;
    // data: only as an image's source (an SVG in <img> runs no script); never a link target.
    const image = node.tagName === 'IMG' && data.attrName === 'src' && /^\s*data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/i.test(data.attrValue);
    if (!image) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('rel', 'noopener noreferrer nofollow');
      const href = node.getAttribute('href') ?? '';
      if (href && !/^(https?:|mailto:|#)/i.test(href)) node.removeAttribute('href');
    }
  });
  const clean = purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'link', 'base', 'svg', 'math', 'template', 'noscript', 'dialog', 'portal'],
    FORBID_ATTR: ['style', 'srcset', 'sizes', 'ping', 'formaction', 'action', 'background', 'poster', 'xlink:href', 'id', 'class', 'target', 'data-embed'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|data:image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,])/i,
  }) as unknown as string;
  purify.removeAllHooks();
  return clean;
}
