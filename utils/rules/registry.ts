import type { Rule } from './types';
import { GENERIC_RULES } from './generic';
import { appliesTo, parseUrl } from './sites';
import { SITE_RULES } from './site-packs';

export { SITE_RULES };

/** Every built-in rule: site packs first (more specific), then the generic pack. */
export const BUILTIN_RULES: readonly Rule[] = [...SITE_RULES, ...GENERIC_RULES];

/** The rules (built-in and the user's own) that apply to a URL. */
export function rulesFor(url: string, userRules: readonly Rule[] = []): Rule[] {
  const parsed = parseUrl(url); // once for every rule
  return [...userRules, ...BUILTIN_RULES].filter((rule) => appliesTo(rule.sites, parsed));
}

export function findRule(id: string, userRules: readonly Rule[] = []): Rule | undefined {
  return userRules.find((r) => r.id === id) ?? BUILTIN_RULES.find((r) => r.id === id);
}
