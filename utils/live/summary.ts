import type { EngineSettings, Finding } from '../engine/types';
import type { RuleSummary } from '../messaging';
import { findRule } from '../rules/registry';

/** The popup's list: findings grouped by rule, with reasons (page text, shown as text). */
export function summarize(findings: readonly Finding[], settings: EngineSettings): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const f of findings) {
    let s = byRule.get(f.ruleId);
    if (!s) {
      s = {
        ruleId: f.ruleId,
        category: f.category,
        description: findRule(f.ruleId, settings.userRules)?.description ?? f.ruleId,
        count: 0,
        reasons: [],
        active: f.active,
      };
      byRule.set(f.ruleId, s);
    }
    s.count++;
    if (!s.reasons.includes(f.reason) && s.reasons.length < 5) s.reasons.push(f.reason);
  }
  return [...byRule.values()];
}
