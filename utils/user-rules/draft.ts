import { CATEGORIES, type Category, type Rule } from '../rules/types';
import { validateRule } from '../rules/validate';
import { isSiteKey } from './transfer';
import { newRuleId } from './rule-id';
import { ALL_SITES } from './entry';

/** A rule as the options page's form holds it. */
export interface RuleDraft {
  /** Set when editing an existing rule. */
  id?: string;
  site: string;
  kind: 'selector' | 'heading';
  /** The CSS selector, or the heading pattern (a regular expression matched against the whole heading). */
  value: string;
  category: Category;
  description: string;
  /** A heading rule the picker anchored on a heading's text: the block is this many levels above it (kept when editing). */
  up?: number;
  /** A heading rule that hides an empty slot's tag with its box (see the heading matcher's `emptySlots`; kept when editing). */
  emptySlots?: boolean;
  /** A heading rule's patterns for its label with the site's name taken out (see the heading matcher's `siteNamed`; kept when editing). */
  siteNamed?: readonly string[];
}

export interface DraftCheck {
  rule: Rule | null;
  errors: Partial<Record<'site' | 'value' | 'description', string>>;
}

/** The rule a form describes, or the problem with each field; `doc` parses selectors. */
export function checkDraft(draft: RuleDraft, doc: Document, newId: () => string = newRuleId): DraftCheck {
  const errors: DraftCheck['errors'] = {};
  const site = draft.site.trim().toLowerCase();
  if (!isSiteKey(site)) errors.site = 'Enter a site such as example.com, or * for every site.';
  const value = draft.value.trim();
  if (!value) errors.value = draft.kind === 'selector' ? 'Enter a CSS selector.' : 'Enter the heading text or a pattern.';
  if (!CATEGORIES.includes(draft.category)) errors.description = 'Choose a category.';
  const description = draft.description.trim() || `Hides ${draft.kind === 'selector' ? value : `the block under "${value}"`}`;
  const rule: Rule = {
    id: draft.id ?? newId(),
    description: description.length < 10 ? `${description} (own rule)` : description,
    category: draft.category,
    sites: site === ALL_SITES ? [] : [site],
    match:
      draft.kind === 'selector'
        ? { kind: 'selector', selector: value }
        : { kind: 'heading', patterns: [value], ...(draft.up !== undefined ? { up: draft.up } : {}), ...(draft.emptySlots ? { emptySlots: true } : {}), ...(draft.siteNamed ? { siteNamed: draft.siteNamed } : {}) },
    action: 'hide',
  };
  if (!errors.value && !errors.site) {
    const problems = validateRule(rule, doc);
    // "Rule "user-…": invalid selector "x": reason" → the part after the rule's name.
    if (problems.length) errors.value = problems.map((p) => p.replace(/^Rule "[^"]*": /, '')).join(' ');
  }
  return { rule: Object.keys(errors).length ? null : rule, errors };
}

/** The form for an existing rule. */
export function draftOf(site: string, rule: Rule): RuleDraft {
  return {
    id: rule.id,
    site,
    kind: rule.match.kind === 'heading' ? 'heading' : 'selector',
    value: draftValue(rule.match),
    category: rule.category,
    description: rule.description,
    ...(rule.match.kind === 'heading' && rule.match.up !== undefined ? { up: rule.match.up } : {}),
    ...(rule.match.kind === 'heading' && rule.match.emptySlots ? { emptySlots: true } : {}),
    ...(rule.match.kind === 'heading' && rule.match.siteNamed ? { siteNamed: rule.match.siteNamed } : {}),
  };
}

/** What the form shows of a matcher it cannot edit as it is (links, dialog, form, notice and teasers rules edit as selector drafts). */
function draftValue(match: Rule['match']): string {
  switch (match.kind) {
    case 'selector':
      return match.selector;
    case 'heading':
      return match.patterns.join('|');
    case 'dialog':
      return match.textPatterns.join('|');
    case 'form':
      return match.asks;
    case 'notice':
      return match.buttons.join('|');
    case 'teasers':
      return String(match.min);
    case 'links':
      return match.hrefPatterns.join('|');
  }
}
