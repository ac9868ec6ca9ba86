import type { ScopePart } from './page-index';
import { CHUNK, drain, type Steps } from './steps';

/**
 * Matching many selector rules in one walk of the document.
 *
 * Each selector list is split into its complex selectors; the rightmost
 * compound of each names a key an element must have (an id, a class, an
 * attribute or a tag). One pass over the elements collects those that carry a
 * key, and only they are tested with `Element.matches`. A selector with no
 * usable key (`*`, `:not(...)` alone) falls back to `querySelectorAll`.
 * Same result as `querySelectorAll` per rule, without a full traversal per rule
 * (which costs seconds on large pages in jsdom).
 */

type KeyKind = 'id' | 'class' | 'attr' | 'tag';
interface Key {
  kind: KeyKind;
  value: string;
  /** For attribute keys with a value: a quick test before `matches`. */
  test?: (value: string) => boolean;
}

/** Splits a selector list at top-level commas (not inside (), [] or quotes). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

const IDENT = /^-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9\u00a0-\uffff]*/;

/** The most selective key of the rightmost compound of a complex selector, or null. */
export function keyOf(complex: string): Key | null {
  // The rightmost compound: after the last combinator outside brackets/parens.
  let depth = 0;
  let cut = 0;
  for (let i = 0; i < complex.length; i++) {
    const c = complex[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) cut = i + 1;
  }
  const compound = complex.slice(cut);
  if (/\\/.test(compound)) return null; // escaped identifiers: leave to the engine
  let tag: Key | null = null;
  const tagMatch = IDENT.exec(compound);
  if (tagMatch) tag = { kind: 'tag', value: tagMatch[0].toUpperCase() };
  let attr: Key | null = null;
  let cls: Key | null = null;
  // Skip pseudo-class arguments: keys inside :not(...) are not requirements.
  const outside = compound.replace(/\((?:[^()]|\([^()]*\))*\)/g, '()');
  for (const m of outside.matchAll(/([#.])(-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9\u00a0-\uffff]*)|\[\s*([-_a-zA-Z0-9:]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*([iIsS])?\s*)?\]/g)) {
    if (m[1] === '#') return { kind: 'id', value: m[2] };
    if (m[1] === '.') cls ??= { kind: 'class', value: m[2] };
    else if (m[3]) attr ??= { kind: 'attr', value: m[3].toLowerCase(), test: m[4] ? attributeTest(m[4], m[5] ?? m[6] ?? m[7] ?? '', m[8]?.toLowerCase() === 'i') : undefined };
  }
  return cls ?? attr ?? tag;
}

function attributeTest(op: string, operand: string, insensitive: boolean): (value: string) => boolean {
  const want = insensitive ? operand.toLowerCase() : operand;
  const norm = (v: string) => (insensitive ? v.toLowerCase() : v);
  switch (op) {
    case '=':
      return (v) => norm(v) === want;
    case '^=':
      return (v) => want !== '' && norm(v).startsWith(want);
    case '$=':
      return (v) => want !== '' && norm(v).endsWith(want);
    case '*=':
      return (v) => want !== '' && norm(v).includes(want);
    case '~=':
      return (v) => norm(v).split(/\s+/).includes(want);
    default:
      return (v) => norm(v) === want || norm(v).startsWith(`${want}-`);
  }
}

export interface SelectorQuery {
  selector: string;
}

/**
 * For each query, the elements under `root` (in document order) that match it.
 * `elements` is the static list of every element under `root`.
 */
export function matchSelectors<Q extends SelectorQuery>(root: Element | ShadowRoot, elements: readonly Element[], queries: readonly Q[]): Map<Q, Element[]> {
  return drain(matchSelectorsSteps(root, elements, queries));
}

/**
 * The same answers from the document's own selector engine: one query per rule,
 * pausing between rules; or, given `parts` (see `partsOf`; a huge page), each
 * rule's query part by part, pausing after about CHUNK elements.
 */
export function* querySelectorsSteps<Q extends SelectorQuery>(root: Element | ShadowRoot, queries: readonly Q[], parts: readonly ScopePart[] | null = null): Steps<Map<Q, Element[]>> {
  const result = new Map<Q, Element[]>();
  if (!parts) {
    for (const query of queries) {
      result.set(query, Array.from(root.querySelectorAll(query.selector)));
      yield;
    }
    return result;
  }
  // Part by part: a query from an element still matches the selector against the whole
  // document, and finds only the element's descendants.
  for (const query of queries) result.set(query, []);
  let count = 0;
  for (const part of parts) {
    for (const query of queries) {
      const found = result.get(query)!;
      if (part.element.matches(query.selector)) found.push(part.element);
      if (!part.whole) continue;
      const within = part.element.querySelectorAll(query.selector);
      for (let i = 0; i < within.length; i++) found.push(within[i]);
    }
    count += part.count;
    if (count >= CHUNK) {
      count = 0;
      yield;
    }
  }
  return result;
}

const WHITESPACE = /[ \t\n\f\r]+/;

/**
 * `position`: each element's index in `elements`, and `tags`: their upper-case
 * tag names (the page index has both; otherwise they are read here).
 */
export function* matchSelectorsSteps<Q extends SelectorQuery>(
  root: Element | ShadowRoot,
  elements: readonly Element[],
  queries: readonly Q[],
  position?: (el: Element) => number,
  tags?: readonly string[],
  attributeNames?: (i: number) => readonly string[],
): Steps<Map<Q, Element[]>> {
  const result = new Map<Q, Element[]>(queries.map((q) => [q, []]));
  interface Entry {
    query: Q;
    complex: string;
    key: Key;
  }
  const maps: Record<KeyKind, Map<string, Entry[]>> = { id: new Map(), class: new Map(), attr: new Map(), tag: new Map() };
  let indexed = 0;
  for (const query of queries) {
    const complexes = splitSelectorList(query.selector);
    const keys = complexes.map(keyOf);
    if (keys.some((k) => k === null)) {
      result.set(query, Array.from(root.querySelectorAll(query.selector)));
      continue;
    }
    indexed++;
    complexes.forEach((complex, i) => {
      const key = keys[i]!;
      const list = maps[key.kind].get(key.value) ?? [];
      list.push({ query, complex, key });
      maps[key.kind].set(key.value, list);
    });
  }
  if (indexed === 0) return result;
  const { id: byId, class: byClass, attr: byAttr, tag: byTag } = maps;
  const matched = new Map<Q, Set<Element>>();
  const consider = (el: Element, entries: Entry[] | undefined, value?: string) => {
    if (!entries) return;
    for (const e of entries) {
      if (e.key.test && (value === undefined || !e.key.test(value))) continue;
      const seen = matched.get(e.query) ?? new Set();
      if (seen.has(el) || !el.matches(e.complex)) continue;
      seen.add(el);
      matched.set(e.query, seen);
    }
  };
  for (let i = 0; i < elements.length; i++) {
    if (i % (CHUNK / 4) === CHUNK / 4 - 1) yield; // `matches` calls make elements costlier here
    const el = elements[i];
    if (byTag.size) consider(el, byTag.get(tags ? tags[i] : el.tagName.toUpperCase()));
    // Plain attribute reads, only of attributes that are there: `attributes` and `classList`
    // are live objects, costly to iterate.
    for (const name of attributeNames ? attributeNames(i) : el.getAttributeNames()) {
      if (name === 'id') {
        if (byId.size) consider(el, byId.get(el.getAttribute('id') ?? ''));
      } else if (name === 'class') {
        if (byClass.size) for (const c of (el.getAttribute('class') ?? '').split(WHITESPACE)) if (c) consider(el, byClass.get(c));
      }
      if (byAttr.has(name)) consider(el, byAttr.get(name), el.getAttribute(name) ?? '');
    }
  }
  // Document order, as querySelectorAll would give.
  let at = position;
  if (!at) {
    const order = new Map<Element, number>();
    for (let i = 0; i < elements.length; i++) {
      if (i % (CHUNK * 4) === CHUNK * 4 - 1) yield;
      order.set(elements[i], i);
    }
    at = (el) => order.get(el)!;
  }
  for (const [query, set] of matched) {
    const list = [...set];
    const pos = new Map(list.map((el) => [el, at(el)]));
    result.set(query, list.sort((a, b) => pos.get(a)! - pos.get(b)!));
  }
  return result;
}
