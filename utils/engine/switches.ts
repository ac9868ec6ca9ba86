import type { Rule } from '../rules/types';
import type { EngineSettings } from './types';

/**
 * Whether a rule is switched on under the user's settings: neither the rule
 * nor its category is switched off. The plan marks findings active with it;
 * the early stylesheet hides only what it lets through.
 */
export function switchedOn(settings: EngineSettings): (rule: Pick<Rule, 'id' | 'category'>) => boolean {
  const rules = new Set(settings.disabledRules ?? []);
  const categories = new Set(settings.disabledCategories ?? []);
  return (rule) => !rules.has(rule.id) && !categories.has(rule.category);
}
