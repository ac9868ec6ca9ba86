import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { CATEGORIES, type Rule } from '@/utils/rules/types';
import { checkDraft, type RuleDraft } from '@/utils/user-rules/draft';

interface Props {
  initial: RuleDraft | null;
  onSave: (site: string, rule: Rule) => void;
  onCancel: () => void;
}

const EMPTY: RuleDraft = { site: '', kind: 'selector', value: '', category: 'custom', description: '' };

/**
 * Adds or edits a rule by hand. Every change is checked as it is typed: an
 * invalid site, selector or pattern shows an inline error naming the problem,
 * and the rule cannot be saved until it is valid.
 */
export function RuleEditor({ initial, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<RuleDraft>(initial ?? EMPTY);
  const [touched, setTouched] = useState<Record<string, boolean>>(initial ? { site: true, value: true } : {});
  const check = useMemo(() => checkDraft(draft, document), [draft]);
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const touch = (field: string) => setTouched((s) => ({ ...s, [field]: true }));
  const error = (field: 'site' | 'value' | 'description') => (touched[field] ? check.errors[field] : undefined);
  const submit = (e: Event) => {
    e.preventDefault();
    setTouched({ site: true, value: true, description: true });
    if (check.rule) {
      onSave(draft.site.trim().toLowerCase(), check.rule);
      if (!initial) {
        setDraft(EMPTY);
        setTouched({});
      }
    }
  };
  return (
    <form class="editor card" id="rule-editor" onSubmit={submit} noValidate>
      <label class="field">
        {t('fieldSite')}
        <input type="text" name="site" value={draft.site} placeholder="example.com" aria-invalid={error('site') ? 'true' : 'false'} aria-describedby="site-error"
          onInput={(e) => set({ site: e.currentTarget.value })} onBlur={() => touch('site')} />
        {error('site') && <span class="error" id="site-error">{error('site')}</span>}
      </label>
      <label class="field">
        {t('fieldCategory')}
        <select name="category" value={draft.category} onChange={(e) => set({ category: e.currentTarget.value as RuleDraft['category'] })}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category_${c.replace(/-/g, '_')}`)}</option>)}
        </select>
      </label>
      <label class="field">
        {t('fieldKind')}
        <select name="kind" value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as RuleDraft['kind'] })}>
          <option value="selector">{t('kindSelector')}</option>
          <option value="heading">{t('kindHeading')}</option>
        </select>
      </label>
      <label class="field">
        {draft.kind === 'selector' ? t('fieldSelector') : t('fieldPattern')}
        <input type="text" name="value" value={draft.value} placeholder={draft.kind === 'selector' ? 'aside.newsletter' : 'more from (us|our partners)'}
          aria-invalid={error('value') ? 'true' : 'false'} aria-describedby="value-error" spellcheck={false}
          onInput={(e) => {
            set({ value: e.currentTarget.value });
            touch('value');
          }} />
        {error('value') && <span class="error" id="value-error">{error('value')}</span>}
      </label>
      <label class="field wide">
        {t('fieldDescription')}
        <input type="text" name="description" value={draft.description} placeholder={t('descriptionPlaceholder')} onInput={(e) => set({ description: e.currentTarget.value })} />
      </label>
      <div class="actions wide">
        <button type="submit" class="primary" disabled={!check.rule}>{initial?.id ? t('saveChanges') : t('addRuleButton')}</button>
        {initial && <button type="button" onClick={onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}
