import type { Category } from '../rules/types';
import type { EngineSettings, Finding } from './types';

/**
 * Planning a copy of the page elsewhere (Chrome: an offscreen document of the
 * extension), so the page's own main thread only serialises its body and
 * marks what the plan names: the engine's code runs warm in one long-lived
 * document instead of cold in every new tab's renderer (docs/performance.md, "Planning a
 * copy in the planner"). Page → copy → plan → findings on the page.
 *
 * Elements travel as their position among the body's descendants in document
 * order. The copy is the body's markup, which parses back to the same
 * elements in the same order (all 151 corpus pages do; the head does not,
 * where a parser without scripting moves a `<noscript>`'s image into the
 * body). A plan whose element count, or a finding's tag name or child count,
 * disagrees with the page is dropped, and the page is planned where it is.
 *
 * This file is the page's side, which the content script bundles; the
 * planner's side, which needs the engine, is `plan-copy.ts`.
 */

/** What the planner needs: the body's markup, the head's title lines, the page's address and settings. */
export interface CopyRequest {
  /** A document of the body and the title lines (see `copyOf`). */
  html: string;
  url: string;
  settings: EngineSettings;
  /**
   * How many elements the body holds (the planner's copy must hold as many).
   * Also how the planner tells whether the page's parser read `<noscript>`
   * contents as text (scripting on, as in nearly every page) or as markup
   * (scripts switched off for the site): see `planCopy`.
   */
  count: number;
  /**
   * Names this copy in the planner, which keeps it (a few pages' at most) so
   * later changes of the page can be sent as changes (see `ChangesRequest`).
   */
  key?: string;
}

/**
 * The body's child lists and attributes that changed since the copy named
 * `key` was made (or last changed), for the planner to change its copy alike
 * and plan it again: a page that keeps adding content (a feed, comments,
 * lazy-loaded blocks) costs its thread what it changed, not its whole body
 * each time (see utils/live/copy-tracker.ts).
 */
export interface ChangesRequest {
  key: string;
  /** The changes' number for this copy, from 1: the planner applies each in turn, or asks for a whole copy. */
  seq: number;
  changes: CopyChange[];
  url: string;
  settings: EngineSettings;
  /** How many elements the body holds now (the planner's copy must hold as many). */
  count: number;
}

/** What the planner is sent: a copy of the body, or the changes to the copy it holds. */
export type PlanRequest = CopyRequest | ChangesRequest;

/**
 * One change of the copy. Elements are named by number: the copy's own by
 * their position in it, each element added since by the next number, in
 * document order (the page and the planner count alike).
 */
export type CopyChange =
  /** The element's child nodes now: numbers for elements the copy holds (moved there if need be), markup for the rest. */
  | { parent: number; children: (number | string)[] }
  /** The element's attributes now. */
  | { element: number; attributes: [string, string][] };

/** The number of the body itself, as a parent of changed child lists. */
export const BODY = -1;

/** One finding of a planned copy: the element by its position among the body's descendants. */
export interface CopyFinding {
  index: number;
  tag: string;
  /** Its child elements: with the tag, a check that the copy's element is the page's. */
  children: number;
  ruleId: string;
  category: Category;
  reason: string;
  active: boolean;
}

export interface PlannedCopy {
  count: number;
  findings: CopyFinding[];
  errors: string[];
  /** Positions of custom elements (a name with a hyphen): the page may have given them shadow roots, which a copy lacks. */
  customElements: number[];
  /** The planner's own time (ms): parsing the copy (or changing it), planning it. */
  timing: { parseMs: number; planMs: number };
  /** The planner does not hold the copy the changes were for (or they did not apply): send a whole copy. */
  resync?: boolean;
}

/** The page's elements a plan's numbers name: a copy's own (`NodeList`), or a tracker's (see utils/live/copy-tracker.ts). */
export interface CopiedElements {
  readonly length: number;
  item(index: number): Element | null;
}

const HEAD_LINES = 'title, meta[property="og:title"], meta[name="twitter:title"], meta[property="og:site_name"]';
const ROOT_END = '</html>';

/** Largest body planned as a copy: serialising a bigger one is one long task; it is planned in place, in slices. */
export const COPY_MAX_ELEMENTS = 20_000;

/**
 * The page's side: its body's elements (a static list: what the plan's
 * positions will name, whatever the page does meanwhile) and the copy to
 * send, or null for a page with no body or too big a body.
 */
export function copyOf(doc: Document, url: string, settings: EngineSettings): { request: CopyRequest; elements: NodeListOf<Element> } | null {
  const body = doc.body;
  if (!body) return null;
  const elements = body.querySelectorAll('*');
  if (elements.length > COPY_MAX_ELEMENTS) return null;
  // The title lines the article's title is matched against (findTitle), as markup: the head's
  // first title and its og:/twitter: titles, in one query of the head alone (one of the whole
  // document would walk the body too).
  let head = '';
  let titled = false;
  for (const el of doc.head?.querySelectorAll(HEAD_LINES) ?? []) {
    if (el.localName === 'title') {
      if (titled || el.parentNode !== doc.head) continue;
      titled = true;
    }
    head += el.outerHTML;
  }
  // Standards mode or quirks: the parser nests a few elements differently in each (a table in a paragraph).
  const doctype = doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  // The root's attributes too: a user's or an imported rule may name the page by them (`html.dark .promo`).
  // Its start tag as the browser serialises it (an empty shallow copy's markup, less the end tag).
  const root = (doc.documentElement.cloneNode(false) as Element).outerHTML.slice(0, -ROOT_END.length);
  const html = `${doctype}${root}<head>${head}</head>${withoutScriptText(body.outerHTML)}</html>`;
  return { request: { html, url, settings, count: elements.length }, elements };
}

/**
 * Markup without the text of its scripts and style sheets (the elements
 * stay, empty): posting the copy is the page's thread's time, about 20 µs a
 * kB here, and scripts are a seventh of the median page's body markup and
 * most of the largest (inline data for the page's own scripts). Without
 * them, every corpus page's copy is planned exactly as the page itself is
 * (docs/performance.md, "A smaller copy").
 * Serialised markup names these elements in lower case and closes them with
 * exactly `</script>` or `</style>`; comments and `<noscript>`s, which may hold
 * script tags as text, are passed over. Text that would still fool this
 * (`</script>` inside a script made by the page's own code) leaves a copy
 * whose elements are not the page's, which the checks refuse.
 */
export function withoutScriptText(html: string): string {
  // Comments and a <noscript>'s contents are passed over whole: they may hold script tags as text.
  const tag = /<(?:!--|noscript\b|script\b|style\b)/g;
  let out = '';
  let from = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const kind = m[0];
    if (kind === '<!--' || kind === '<noscript') {
      const close = kind === '<!--' ? '-->' : '</noscript>';
      const end = html.indexOf(close, tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + close.length;
      continue;
    }
    const start = html.indexOf('>', tag.lastIndex) + 1;
    const end = html.indexOf(`</${kind.slice(1)}>`, start);
    if (start === 0 || end < 0) break;
    out += html.slice(from, start);
    from = end;
    tag.lastIndex = end;
  }
  return from === 0 ? html : out + html.slice(from);
}

/**
 * The page's side again: the planned copy's findings on the page's own
 * elements (`elements`, as `copyOf` listed them, or as a tracker names them),
 * or null when the copy did not parse back to the page's elements (then the
 * page is planned in place).
 */
export function findingsOnPage(planned: PlannedCopy, elements: CopiedElements): Finding[] | null {
  if (planned.resync || planned.count !== elements.length) return null;
  const findings: Finding[] = [];
  for (const f of planned.findings) {
    const element = elements.item(f.index);
    if (!element || element.tagName !== f.tag || element.childElementCount !== f.children) return null;
    findings.push({ element, ruleId: f.ruleId, category: f.category, reason: f.reason, active: f.active });
  }
  return findings;
}
