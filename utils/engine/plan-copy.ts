import { plan } from './plan';
import type { CopyRequest, PlannedCopy } from './copy-plan';

/** A copy as the planner parsed it: its body's elements in document order, each numbered by its position. */
export interface ParsedCopy {
  doc: Document;
  elements: ArrayLike<Element>;
  /** Whether the page's parser read `<noscript>` contents as text (see `noscriptsWereText`); the copy's are read so too. */
  noscriptText: boolean;
}

/**
 * The planner's side: parses the copy (`parse`, the planner's DOMParser) and
 * plans it as the content script plans a page, but reads no computed styles
 * (a copy has none: the page works out scroll locks itself).
 */
export function planCopy(request: CopyRequest, parse: (html: string) => Document, clock: () => number = () => performance.now()): PlannedCopy {
  const t0 = clock();
  const copy = parseCopy(request, parse);
  const positions = new Map<Element, number>();
  for (let i = 0; i < copy.elements.length; i++) positions.set(copy.elements[i], i);
  return planParsed(copy.doc, copy.elements, positions, request, t0, clock);
}

/** Parses a copy, its `<noscript>`s read as the page's parser read them. */
export function parseCopy(request: CopyRequest, parse: (html: string) => Document): ParsedCopy {
  const doc = parse(request.html);
  // Listed as this parser read the copy: the list stands unless the <noscript>s go back to text.
  let elements: ArrayLike<Element> = doc.body ? doc.body.querySelectorAll('*') : [];
  const noscriptText = noscriptsWereText(doc, elements.length, request.count);
  if (noscriptText) {
    noscriptsAsText(doc);
    if (doc.body) elements = doc.body.querySelectorAll('*');
  }
  return { doc, elements, noscriptText };
}

/** Reads the `<noscript>`s under `root` as text, as a page with scripting on does. */
export function noscriptsAsText(root: ParentNode): void {
  for (const ns of root.querySelectorAll('noscript')) ns.textContent = ns.innerHTML;
}

/**
 * Plans a parsed copy whose body's elements are `elements`, and names the
 * findings by their number (`numbers`: a position, or a number given later,
 * see utils/engine/copy-mirrors.ts). `t0`: when parsing (or changing) it began.
 */
export function planParsed(
  doc: Document,
  elements: ArrayLike<Element>,
  numbers: { get(el: Element): number | undefined },
  request: { url: string; settings: CopyRequest['settings'] },
  t0: number,
  clock: () => number,
): PlannedCopy {
  const customElements: number[] = [];
  for (let i = 0; i < elements.length; i++) {
    if (elements[i].localName.includes('-')) customElements.push(numbers.get(elements[i]) ?? -1);
  }
  const t1 = clock();
  const planned = plan(doc, request.url, request.settings, { computedStyles: false, selectors: 'native' });
  return {
    count: elements.length,
    findings: planned.findings.flatMap((f) => {
      const index = numbers.get(f.element);
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
