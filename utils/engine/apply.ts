import { cssString } from './css-escape';
import { blockText } from './text';
import type { EngineSettings, Finding, Plan, ScrollLock } from './types';

/** Attribute that marks a hidden block on a live page; its value is the rule id. */
export const HIDE_ATTR = 'data-sift-hide';
/** Beside it, the rule's category: a category switched off is left alone by `markedCss`. */
export const CATEGORY_ATTR = 'data-sift-category';
/** On `<html>`: the user asked to see the original page; nothing is hidden. */
export const OFF_ATTR = 'data-sift-off';
export const STYLE_ID = 'sift-style';
/** On an overlay the user asked for (see utils/live/asked-for.ts): left shown, also by the early stylesheet. */
export const ASKED_ATTR = 'data-sift-asked';

/**
 * Marks each finding on a live page with `data-sift-hide="rule-id"` and
 * `data-sift-category="category"`. Marking changes no layout by itself; a
 * stylesheet hides the marks (`markedCss` in a document, `shadowCss` in a
 * shadow root), so switching a rule is a stylesheet change, not a new plan.
 */
export function markFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
    if (f.element.getAttribute(HIDE_ATTR) === f.ruleId) continue;
    f.element.setAttribute(HIDE_ATTR, f.ruleId);
    f.element.setAttribute(CATEGORY_ATTR, f.category);
  }
}

/** Takes one element's mark off. */
export function unmark(el: Element): void {
  el.removeAttribute(HIDE_ATTR);
  el.removeAttribute(CATEGORY_ATTR);
}

/** Removes every mark (and the stylesheet) from a live page or one of its shadow roots. */
export function unmarkAll(root: Document | ShadowRoot): void {
  for (const el of root.querySelectorAll(`[${HIDE_ATTR}]`)) unmark(el);
  root.getElementById(STYLE_ID)?.remove();
}

/**
 * The rule that hides the marked blocks of a live document, but those of the
 * rules and categories the settings switch off (as `switchedOn` tells). It
 * depends on the settings alone, so it sits in the early stylesheet from
 * `document_start` (see `hideEarly`), a switch rewrites it, and a plan adds
 * no stylesheet of its own to the page (adding one cost about 0.2 ms of the
 * page's thread here), but for scroll locks (`scrollLockCss`).
 */
export function markedCss(settings: EngineSettings): string {
  const off = [
    ...(settings.disabledRules ?? []).map((id) => `[${HIDE_ATTR}=${cssString(id)}]`),
    ...(settings.disabledCategories ?? []).map((c) => `[${CATEGORY_ATTR}=${cssString(c)}]`),
  ];
  return `html:not([${OFF_ATTR}]) [${HIDE_ATTR}]${off.length ? `:not(${off.join(', ')})` : ''} { display: none !important; }`;
}

/**
 * The stylesheet of a shadow root, which the document's `markedCss` does not
 * reach: it hides the marked blocks of the active rules, by rule id. (There
 * is no `<html>` inside to scope it by: the cleaner empties it to show the
 * original.)
 */
export function shadowCss(activeRuleIds: Iterable<string>): string {
  const ids = [...new Set(activeRuleIds)];
  return ids.length ? `${ids.map((id) => `[${HIDE_ATTR}=${cssString(id)}]`).join(',\n')} { display: none !important; }` : '';
}

/**
 * Undoes the locks (`overflow: hidden` on `html` or `body`, or
 * `pointer-events: none`) of the hidden overlays whose rules are active: a
 * document's only stylesheet of the plan's own. `html[data-sift-off]` turns
 * it off.
 */
export function scrollLockCss(activeRuleIds: Iterable<string>, scrollLocks: readonly ScrollLock[]): string {
  if (scrollLocks.length === 0) return '';
  const active = new Set(activeRuleIds);
  const targets = [...new Set(scrollLocks.filter((l) => l.ruleIds.some((id) => active.has(id))).map((l) => l.target))];
  if (targets.length === 0) return '';
  const on = `html:not([${OFF_ATTR}])`;
  const sel = targets.map((t) => (t === 'html' ? on : `${on} > body`)).join(', ');
  return `${sel} { overflow: auto !important; position: static !important; pointer-events: auto !important; }`;
}

/**
 * Installs (or replaces) a plan's stylesheet in a live document (the scroll
 * locks it undoes) or shadow root (what it hides there). A page with nothing
 * for it gets none (null) until it has: adding an element to the page's head
 * is not free, and most pages need none.
 */
export function installCss(target: Document | ShadowRoot, css: string): HTMLStyleElement | null {
  const doc = target.nodeType === 9 ? (target as Document) : target.ownerDocument!;
  let style = target.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    if (!css) return null;
    style = doc.createElement('style');
    style.id = STYLE_ID;
    if (target.nodeType === 9) (doc.head ?? doc.documentElement).appendChild(style);
    else target.appendChild(style);
  }
  if (style.textContent !== css) style.textContent = css;
  return style;
}

/** Active rule ids of a plan. */
export function activeRules(plan: Plan): string[] {
  return [...new Set(plan.findings.filter((f) => f.active).map((f) => f.ruleId))];
}

/** Removes the active findings from a document: use it on a clone only (reader view, clean copies). */
export function removeFindings(findings: readonly Finding[]): void {
  for (const f of findings) if (f.active) f.element.remove();
}

/** The page's text as it reads after cleanup, computed without touching the page. */
export function textAfterCleanup(doc: Document, findings: readonly Finding[]): string {
  const hidden = new Set(findings.filter((f) => f.active).map((f) => f.element));
  return doc.body ? blockText(doc.body, (el) => hidden.has(el)) : '';
}
