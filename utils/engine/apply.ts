import { cssString } from './css-escape';
import { blockText } from './text';
import type { Finding, Plan, ScrollLock } from './types';

/** Attribute that marks a hidden block on a live page; its value is the rule id. */
export const HIDE_ATTR = 'data-sift-hide';
/** On `<html>`: the user asked to see the original page; nothing is hidden. */
export const OFF_ATTR = 'data-sift-off';
export const STYLE_ID = 'sift-style';

/**
 * Marks each finding on a live page with `data-sift-hide="rule-id"`. Marking
 * changes no layout by itself; the stylesheet from `hidingCss` hides the marks,
 * so switching a rule is a stylesheet change, not a new plan.
 */
export function markFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
    if (!f.element.hasAttribute(HIDE_ATTR)) f.element.setAttribute(HIDE_ATTR, f.ruleId);
  }
}

/** Removes every mark (and the stylesheet) from a live page or one of its shadow roots. */
export function unmarkAll(root: Document | ShadowRoot): void {
  for (const el of root.querySelectorAll(`[${HIDE_ATTR}]`)) el.removeAttribute(HIDE_ATTR);
  root.getElementById(STYLE_ID)?.remove();
}

/**
 * The one stylesheet that hides marked blocks of the active rules and undoes
 * the scroll locks of hidden overlays. `html[data-sift-off]` turns it all off.
 */
export function hidingCss(activeRuleIds: Iterable<string>, scrollLocks: readonly ScrollLock[] = [], options: { shadow?: boolean } = {}): string {
  const ids = [...new Set(activeRuleIds)];
  // Inside a shadow root there is no <html> to scope by: the cleaner empties that sheet instead.
  const on = options.shadow ? ':host' : `html:not([${OFF_ATTR}])`;
  const rules: string[] = [];
  if (ids.length) {
    const prefix = options.shadow ? '' : `${on} `;
    rules.push(`${ids.map((id) => `${prefix}[${HIDE_ATTR}=${cssString(id)}]`).join(',\n')} { display: none !important; }`);
  }
  const active = new Set(ids);
  const targets = [...new Set(scrollLocks.filter((l) => l.ruleIds.some((id) => active.has(id))).map((l) => l.target))];
  if (targets.length) {
    const sel = targets.map((t) => (t === 'html' ? `html:not([${OFF_ATTR}])` : `${on} > body`)).join(', ');
    rules.push(`${sel} { overflow: auto !important; position: static !important; }`);
  }
  return rules.join('\n');
}

/**
 * Installs (or replaces) the hiding stylesheet in a live document. A page with
 * nothing to hide gets none (null) until it has: adding an element to the
 * page's head is not free, and many pages have nothing to hide.
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
