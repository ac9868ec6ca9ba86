import { headingRank } from '../engine/labels';
import { normalizeLabel } from '../engine/text';
import type { Matcher } from '../rules/types';
import { cssEscape, cssString } from '../engine/css-escape';
import { escapeRegExp } from '../rules/compile';
import { isStableClass, isStableDataAttribute, isStableToken } from './stable';

/** How the element picker will find a picked element again. */
export interface PickedMatch {
  /** What the saved rule matches on. */
  match: Matcher;
  /** A CSS selector matching exactly the picked element on this page (for previews and tests). */
  selector: string;
  /**
   * How the rule is anchored: on stable attributes (`stable`), on a heading's
   * text (`text`), or on the element's position in the page (`position`,
   * which a redesign breaks).
   */
  anchor: 'stable' | 'text' | 'position';
}

const SEMANTIC = new Set(['ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM', 'SECTION', 'FIGURE', 'DIALOG', 'IFRAME', 'ARTICLE', 'MAIN', 'UL', 'OL', 'TABLE', 'VIDEO']);
const ATTRIBUTES = ['aria-label', 'role', 'itemprop', 'itemtype', 'name', 'title'];
const MAX_DEPTH = 8;

/**
 * A rule for a picked element that survives a reload and small redesigns.
 * Prefers, in order: a selector of stable parts only (ids, `data-*`,
 * `aria-*`, semantic tags, human-made class names — never generated ones
 * such as `css-1q2w3e`) that matches exactly this element, within at most
 * one stable ancestor; then a heading inside the element, by its text;
 * last, the element's position below its nearest stable ancestor.
 */
export function pickMatch(el: Element): PickedMatch {
  const doc = el.ownerDocument;
  const stable = stableSelector(el, doc);
  if (stable) return { match: { kind: 'selector', selector: stable }, selector: stable, anchor: 'stable' };
  const path = positionSelector(el, doc);
  const heading = headingAnchor(el, doc);
  if (heading) return { match: heading, selector: path, anchor: 'text' };
  return { match: { kind: 'selector', selector: path }, selector: path, anchor: 'position' };
}

/** Simple selectors made of stable parts only, most specific first. */
export function stableParts(el: Element): string[] {
  const tag = el.localName;
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && isStableToken(id, { maxLength: 60 })) out.push(`#${cssEscape(id)}`);
  for (const attr of el.getAttributeNames()) {
    const value = el.getAttribute(attr) ?? '';
    if (isStableDataAttribute(attr, value)) out.push(value === '' ? `${tag}[${attr}]` : `${tag}[${attr}=${cssString(value)}]`);
  }
  for (const attr of ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value && value.length <= 60 && !/\d{4,}/.test(value)) out.push(`${tag}[${attr}=${cssString(value)}]`);
  }
  const classes = [...el.classList].filter(isStableClass);
  if (classes.length) {
    out.push(`${tag}${classes.slice(0, 3).map((c) => `.${cssEscape(c)}`).join('')}`);
    for (const c of classes.slice(0, 3)) if (classes.length > 1) out.push(`${tag}.${cssEscape(c)}`);
  }
  if (SEMANTIC.has(el.tagName.toUpperCase())) out.push(tag);
  return out;
}

function count(doc: Document, selector: string, limit = 2): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return limit;
  }
}

function stableSelector(el: Element, doc: Document): string | null {
  const own = stableParts(el);
  for (const s of own) if (count(doc, s) === 1) return s;
  if (own.length === 0) return null;
  // Within one stable ancestor: `#sidebar .newsletter`, `aside[aria-label="Related"] ul`.
  let ancestor = el.parentElement;
  for (let depth = 0; ancestor && ancestor !== doc.body && depth < MAX_DEPTH; depth++, ancestor = ancestor.parentElement) {
    const outer = stableParts(ancestor).filter((p) => p !== ancestor!.localName || SEMANTIC.has(ancestor!.tagName.toUpperCase()));
    for (const p of outer.slice(0, 3)) {
      for (const s of own.slice(0, 4)) {
        for (const combinator of [' > ', ' ']) {
          if (combinator === ' > ' && depth > 0) continue;
          const candidate = `${p}${combinator}${s}`;
          if (count(doc, candidate) === 1) return candidate; // `el` matches it, so it is the one
        }
      }
    }
  }
  return null;
}

/** `tag:nth-of-type(n)` steps from the nearest ancestor with a unique stable selector (or `body`). */
function positionSelector(el: Element, doc: Document): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node !== doc.body && node !== doc.documentElement) {
    const parent: Element | null = node.parentElement;
    if (node !== el) {
      const anchor = stableParts(node).find((s) => count(doc, s) === 1);
      if (anchor) return [anchor, ...steps].join(' > ');
    }
    let n = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === node.localName) n++;
    steps.unshift(`${cssEscape(node.localName)}:nth-of-type(${n})`);
    node = parent;
  }
  return [node === doc.documentElement ? ':root' : 'body', ...steps].join(' > ');
}

/** A heading inside the element whose text is unique on the page: the rule finds the block from it. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function headingAnchor(el: Element, doc: Document): Matcher | null {
  const headings = [...el.querySelectorAll(HEADINGS)];
  let pageHeadings: string[] | undefined; // every heading's text on the page, read once when needed
  for (const h of headings.slice(0, 3)) {
    if (headingRank(h) === null || h.childElementCount > 6) continue;
    const text = normalizeLabel(h.textContent ?? '');
    if (text.length < 3 || text.length > 80) continue;
    pageHeadings ??= [...doc.querySelectorAll(HEADINGS)].map((o) => normalizeLabel(o.textContent ?? ''));
    if (pageHeadings.filter((other) => other === text).length !== 1) continue;
    let up = 0;
    for (let node: Element | null = h; node && node !== el; node = node.parentElement) up++;
    return { kind: 'heading', patterns: [escapeRegExp(text)], up };
  }
  return null;
}
