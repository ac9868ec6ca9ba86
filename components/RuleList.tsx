import type { RuleSummary } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { Switch } from './Switch';

interface Props {
  rules: RuleSummary[];
  onSwitch: (ruleId: string, on: boolean) => void;
}

/** Hidden blocks grouped by category, then rule: count, reasons (page text, rendered as text) and a switch. */
export function RuleList({ rules, onSwitch }: Props) {
  const categories = [...new Set(rules.map((r) => r.category))];
  return (
    <div class="rules">
      {categories.map((category) => (
        <section class="category" key={category} aria-label={t(`category_${category}`)}>
          <h2>{t(`category_${category}`)}</h2>
          <ul>
            {rules
              .filter((r) => r.category === category)
              .map((rule) => (
                <li key={rule.ruleId} class="rule" data-rule={rule.ruleId}>
                  <Switch id={`rule-${rule.ruleId}`} label={rule.description} checked={rule.active} onChange={(on) => onSwitch(rule.ruleId, on)} />
                  <span class="count" aria-label={String(rule.count)}>
                    {rule.count}
                  </span>
                  <ul class="reasons">
                    {rule.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
