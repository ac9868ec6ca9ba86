import type { Rule } from '@/utils/rules/types';
import { t } from '@/utils/i18n';

interface Props {
  rules: Rule[];
  onDelete: (rule: Rule) => void;
}

/** The user's own rules for one site, each with a delete button (the undo of the picker). */
export function UserRuleList({ rules, onDelete }: Props) {
  if (rules.length === 0) return null;
  return (
    <section class="user-rules" aria-label={t('yourRules')}>
      <h2>{t('yourRules')}</h2>
      <ul>
        {rules.map((rule) => (
          <li key={rule.id} class="user-rule" data-rule={rule.id}>
            <span class="user-rule-text">{rule.description}</span>
            <button type="button" class="delete" aria-label={`${t('deleteRule')}: ${rule.description}`} onClick={() => onDelete(rule)}>
              {t('deleteRule')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
