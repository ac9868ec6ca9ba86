import { plan } from './plan';
import type { CopyRequest, PlannedCopy } from './copy-plan';

/**
 * The planner's side: parses the copy (`parse`, the planner's DOMParser) and
 * plans it as the content script plans a page, but reads no computed styles
 * (a copy has none: the page works out scroll locks itself).
 */
export function planCopy(request: CopyRequest, parse: (html: string) => Document, clock: () => number = () => performance.now()): PlannedCopy {
  const t0 = clock();
  const doc = parse(request.html);
  // Listed as this parser read the copy: the list stands unless the <noscript>s go back to text.
  let elements: ArrayLike<Element> = doc.body ? doc.body.querySelectorAll('*') : [];
  if (noscriptsWereText(doc, elements.length, request.count)) {
    for (const ns of doc.querySelectorAll('noscript')) ns.textContent = ns.innerHTML;
    if (doc.body) elements = doc.body.querySelectorAll('*');
  }
  const positions = new Map<Element, number>();
  const customElements: number[] = [];
  for (let i = 0; i < elements.length; i++) {
    positions.set(elements[i], i);
    if (elements[i].localName.includes('-')) customElements.push(i);
  }
  const t1 = clock();
  const planned = plan(doc, request.url, request.settings, { computedStyles: false, selectors: 'native' });
  return {
    count: elements.length,
    findings: planned.findings.flatMap((f) => {
      const index = positions.get(f.element);
      return index === undefined ? [] : [{ index, tag: f.element.tagName, children: f.element.childElementCount, ruleId: f.ruleId, category: f.category, reason: f.reason, active: f.active }];
    }),
    errors: planned.errors,
    customElements,
    timing: { parseMs: t1 - t0, planMs: clock() - t1 },
  };
}

/**
 * Whether the page's parser read its `<noscript>`s' contents as text (scripting
 * on, as in nearly every page) rather than as markup (scripts switched off for
 * the site). This parser has no scripting and read them as markup (`asMarkup`
 * elements in the body): read as text, the elements inside them would not be
 * there. The page's element count (`count`) tells which reading is the page's;
 * text when neither is (the page then refuses the plan whichever it is, see
 * `findingsOnPage`).
 */
function noscriptsWereText(doc: Document, asMarkup: number, count: number): boolean {
  return !doc.body || asMarkup !== count || doc.body.querySelector('noscript *') === null;
}
